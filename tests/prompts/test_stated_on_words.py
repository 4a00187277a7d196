"""Whether a paper stating a phrase of a topic is on it (`stated_on`) reads only the words of
its text that could be the topic's (issue 12: at 10k papers a topic named by ~1,000 papers
had each paper's every word stemmed, ~1 s a question), and decides as reading every word
does, for topics written as different people write them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from prompts.understand import concepts
from prompts.understand.concepts import LIGHT, TITLED, stated_on, stated_phrases
from prompts.understand.terms import STOPWORDS
from retrieval import text
from retrieval.ingest.load import load_profile
from retrieval.text import stem, words

PROFILE = Path(__file__).resolve().parents[2] / "data" / "minghui_qiu_profile.txt"
TOPICS = [
    "knowledge distillation for BERT compression",
    "Multi-Modal pretraining on e-commerce product data",
    "graph neural netwroks for session-based recommendation",  # a typo
    "reinforcement learning for dialogue policy",
    "few-shot text classification with prompt tuning",
    "large language model hallucination detection",
]


def background(word: str) -> bool:
    return word in {"model", "models", "learning"}


def far(topic: str, phrases: list[str]) -> Sequence[float]:
    return [TITLED - 0.2] * len(phrases)


def every_word(topic: str, phrase: str, t: str) -> bool:
    """`stated_on` as it read every word of the text."""

    def stems(s: str) -> set[str]:
        return set(stem(words(s, split_hyphens=True)))

    held = stems(t)
    if not stems(phrase) <= held:
        return False
    said = set(phrase.split())
    rest = [
        w
        for w in topic.casefold().split()
        if w not in said and w not in STOPWORDS and w not in LIGHT and not background(w)
    ]
    return not rest or stems(" ".join(rest)) <= held


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [f"{p.title} {p.abstract}" for p in load_profile(PROFILE).papers]


@pytest.mark.parametrize("topic", TOPICS)
def test_the_same_papers_as_reading_every_word(topic: str, texts: list[str]) -> None:
    phrases = stated_phrases(topic, background)
    assert phrases
    for phrase in phrases:
        on = [t for t in texts if stated_on(topic, phrase, t, far, background)]
        assert on == [t for t in texts if every_word(topic, phrase, t)]


def test_a_long_abstract_is_not_stemmed_whole(
    texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stemmed: list[str] = []

    def counting(tokens: list[str]) -> list[str]:
        stemmed.extend(tokens := list(tokens))
        return stem(tokens)

    monkeypatch.setattr(text, "stem", counting)
    monkeypatch.setattr(concepts, "stem", counting)
    longest = max(texts, key=len)
    stated_on("graph neural networks for recommendation", "graph neural", longest, far, background)
    assert len(stemmed) < len(words(longest)) / 5  # fails when every word is stemmed
