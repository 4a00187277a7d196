"""A question's new words are embedded shortest first (issue 12): the model pads each batch to
its longest text, so words of one length embedded together waste no padding; the first asking
of a topic embeds the words of its nearest papers, ~20-200 of them. A word's
vector is the same in any batch, so what a user sees must not depend on that order."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import numpy as np
import pytest

from bot.settings import BUNDLED_PROFILE
from prompts.assistant import Assistant
from prompts.understand.lexicon import Lexicon
from retrieval.ingest.load import load_profile
from tests.prompts import synthetic


class Recording:
    """An embedder whose vector of a word depends on the word alone; records each call."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def __call__(self, texts: list[str]) -> Sequence[np.ndarray]:
        self.calls.append(list(texts))
        out = []
        for text in texts:
            seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:4], "little")
            out.append(np.random.default_rng(seed).normal(size=8).astype(np.float32))
        return out


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon(load_profile(BUNDLED_PROFILE))


def test_new_words_go_to_the_model_shortest_first_each_with_its_own_vector(
    lexicon: Lexicon,
) -> None:
    embed = Recording()
    lexicon.embed, lexicon._vectors = embed, {}
    words = ["meteorological", "gpu", "weather", "e-commerce", "ad", "conversations", "weather"]
    lexicon._embed(words)
    assert embed.calls == [
        ["ad", "gpu", "weather", "e-commerce", "conversations", "meteorological"]
    ]
    for word in set(words):
        alone = np.asarray(Recording()([word])[0])
        assert np.allclose(lexicon._vector(word), alone / np.linalg.norm(alone))
    lexicon._embed(["gpu", "forecast"])  # kept words are not embedded again
    assert embed.calls[-1] == ["forecast"]


def profile_text() -> str:
    papers = []
    for i in range(24):
        title = f"KelpNet{i}: Seaweed Farming Yield from Satellite Imagery, Bay {i}"
        abstract = (
            f"Bay {i} maps kelp canopies with multispectral satellites. We estimate aquaculture "
            f"yield for seaweed farms under storm-driven turbidity in season {i}."
        )
        papers.append((title, abstract))
    return synthetic.profile_text(papers, "EE", others=24, kinds=3)


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """Opened as a large profile is: no table of the profile's words embedded at open (over
    PHRASE_TABLE_PAPERS), so a question embeds the words it compares."""
    opened = synthetic.opened(tmp_path_factory.mktemp("embed-order"), profile_text())
    opened.lexicon.keep([], np.zeros((0, 384), dtype=np.float32))
    opened.phrases = None
    return opened


# Topic and people shapes a first asking embeds words for: formal, casual, a typo, indirect,
# she / they / the name, negated, and a subject no paper names
QUESTIONS = [
    "What has Ada Example published on seaweed farming?",
    "anything on kelp aquaculture?",
    "Has she looked into satelite imagery at all?",
    "I'd like to know whether they did work on turbidity.",
    "Which papers use multispectral satellites for yield estimation?",
    "What did Ada work on with Bo Li since 2015?",
    "what did they and bo li do together on seaweed yield",
    "Which of her papers are not about seaweed?",
    "Has Ada Example written about coral bleaching?",
]


def answers(bot: Assistant) -> list[tuple[str, bool, list[str]]]:
    bot.lexicon.forget()  # each asked as if first: its words embedded again
    out = []
    for question in QUESTIONS:
        answer = bot.ask(question)
        out.append((answer.text, answer.abstained, [c.paper_id for c in answer.citations]))
    return out


def test_answers_are_the_same_with_words_embedded_in_the_order_met(
    bot: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    shortest_first = answers(bot)
    lexicon = bot.lexicon

    def as_met(words: list[str]) -> None:  # the order before: as the texts gave them
        todo = [w for w in dict.fromkeys(words) if w not in lexicon._vectors]
        todo = [w for w in todo if w not in lexicon._rows]
        if todo and lexicon.embed is not None:
            for w, v in zip(todo, lexicon.embed(todo), strict=True):
                vector = np.asarray(v, dtype=np.float32)
                lexicon._vectors[w] = vector / np.linalg.norm(vector)

    monkeypatch.setattr(lexicon, "_embed", as_met)
    assert answers(bot) == shortest_first
    assert sum(not a[1] for a in shortest_first) >= 4  # most are answered, not declined


def test_a_question_embeds_its_new_words_in_one_call_shortest_first(
    bot: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[list[str]] = []
    embed = bot.lexicon.embed
    assert embed is not None

    def recorded(texts: list[str]) -> Sequence[object]:
        calls.append(list(texts))
        return embed(texts)

    monkeypatch.setattr(bot.lexicon, "embed", recorded)
    bot.lexicon.forget()
    bot.ask("anything on kelp aquaculture?")
    many = [c for c in calls if len(c) > 3]
    assert many  # the nearest papers' words
    assert all([len(w) for w in c] == sorted(len(w) for w in c) for c in many)
