"""`stems_in` finds which stems a text holds by stemming only the words that could have them,
and says exactly what stemming every word says (issue 12: a topic that thousands of papers
of a large profile name has each of them read this way)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from retrieval import text
from retrieval.ingest.load import load_profile
from retrieval.text import stem, stems_in, words

PROFILE = Path(__file__).resolve().parents[2] / "data" / "minghui_qiu_profile.txt"


def every_word(t: str, wanted: set[str]) -> set[str]:
    return set(stem(words(t, split_hyphens=True))) & wanted


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [f"{p.title} {p.abstract}" for p in load_profile(PROFILE).papers]


def test_the_same_stems_as_stemming_every_word_on_the_bundled_profile(texts: list[str]) -> None:
    pick = random.Random(12)
    every = sorted({s for t in texts for s in stem(words(t, split_hyphens=True))})
    for t in texts:
        own = sorted(set(stem(words(t, split_hyphens=True))))
        for _ in range(8):  # some of its own stems and some of other papers'
            wanted = {*pick.sample(own, min(len(own), 3)), *pick.sample(every, 2)}
            assert stems_in(t, wanted) == every_word(t, wanted)


@pytest.mark.parametrize(
    ("t", "wanted"),
    [
        ("Dying stars and lying models", {"die", "lie", "star", "model"}),  # stems unlike the word
        ("possibilities, possibly POSSIBLE", {"possibl"}),
        ("state-of-the-art multi-task pre-training", {"state", "art", "multi", "task", "train"}),
        ("qwen2.5-math and GPT-4o at 81.5%", {"qwen2.5", "math", "gpt", "4o", "81.5"}),  # numbers
        ("naïve_bayes under-fitting--models", {"na", "ve", "bay", "fit", "model", "under"}),
        ("", {"model"}),
        ("tuning tuned tunes", set()),
    ],
)
def test_odd_words_the_same_as_stemming_every_word(t: str, wanted: set[str]) -> None:
    assert stems_in(t, wanted) == every_word(t, wanted)


def test_random_strings_the_same_as_stemming_every_word() -> None:
    pick = random.Random(7)
    letters = "ab1.-_ Xé9-.yingtionsly"
    for _ in range(3000):
        t = "".join(pick.choice(letters) for _ in range(pick.randint(0, 40)))
        own = sorted(set(stem(words(t, split_hyphens=True))))
        wanted = {*pick.sample(own, min(len(own), 2)), "ab", "b", "tion", "ing"}
        assert stems_in(t, wanted) == every_word(t, wanted)


def test_only_the_words_that_could_have_them_are_stemmed(
    texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stemmed: list[str] = []

    def counting(tokens: list[str]) -> list[str]:
        stemmed.extend(tokens := list(tokens))
        return stem(tokens)

    monkeypatch.setattr(text, "stem", counting)
    longest = max(texts, key=len)
    assert stems_in(longest, {"retriev", "graph"}) == every_word(longest, {"retriev", "graph"})
    assert len(stemmed) < len(words(longest)) / 5  # fails when every word is stemmed
