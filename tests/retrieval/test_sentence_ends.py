"""The sentence splitters test the point first (retrieval/text.py): the same splits as the
patterns written with the abbreviations first, on the bundled abstracts and on a family of
texts around each abbreviation, typed and not."""

from __future__ import annotations

import random
import re

import pytest

from bot.settings import BUNDLED_PROFILE
from retrieval.ingest.load import load_profile
from retrieval.text import SENTENCE_END, TYPED_SENTENCE_END, first_sentence, split_sentences

# The patterns as they were written before the point test came first (the reference).
ABBREVIATIONS_FIRST = re.compile(
    r"(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bet al\.)(?<!\bvs\.)(?<!\bFig\.)(?<!\bNo\.)"
    r"(?<=[.!?])\s+(?=[A-Z0-9(\[\"'])"
)
TYPED_ABBREVIATIONS_FIRST = re.compile(
    r"(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bet al\.)(?<!\bvs\.)(?<!\betc\.)(?<!\bFig\.)(?<!\bNo\.)"
    r"(?<=[.!?])\s+(?=[A-Za-z0-9(\[\"'])"
)
PIECES = [
    "e.g.", "i.e.", "et al.", "vs.", "Fig.", "No.", "etc.", "eg.", "al.", "v.", "fig.",
    "We", "we", "3", "(a)", "[1]", '"quoted"', "'tick'", "model", "BLEU", "?", "!", ".",
    "..", "\n", "  ", "\t", "x.", "U.S.", "Dr.", "no.", "NLP.", "2021.", "ok!", "why?",
]  # fmt: skip
TEXTS = [
    "We compare GPT-4 vs. Llama. Results improve.",
    "As shown in Fig. 3, the loss drops. It converges.",
    "Smith et al. propose X. We extend it.",
    "Tasks, e.g. QA, and others. Next comes more.",
    "Some tasks (i.e. QA) matter! Why? Because 2 models differ.",
    "Item No. 5 was sold. then lower case follows. And etc. Here.",
    "no point at all",
    "",
    "Ends with a point.",
    "A. B. C.",
]


def _random_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(PIECES) + rng.choice([" ", "", "  ", "\n"]) for _ in range(30))
        for _ in range(count)
    ]


def _cases() -> list[str]:
    abstracts = [p.abstract for p in load_profile(BUNDLED_PROFILE).papers]
    return abstracts + TEXTS + _random_texts(400, 7)


@pytest.fixture(scope="module")
def cases() -> list[str]:
    return _cases()


@pytest.mark.parametrize(
    ("pattern", "reference"),
    [(SENTENCE_END, ABBREVIATIONS_FIRST), (TYPED_SENTENCE_END, TYPED_ABBREVIATIONS_FIRST)],
)
def test_the_same_ends_as_the_abbreviations_first(
    cases: list[str], pattern: re.Pattern[str], reference: re.Pattern[str]
) -> None:
    for text in cases:
        assert [m.span() for m in pattern.finditer(text)] == [
            m.span() for m in reference.finditer(text)
        ], text


@pytest.mark.parametrize("typed", [False, True])
def test_split_sentences_unchanged(cases: list[str], typed: bool) -> None:
    reference = TYPED_ABBREVIATIONS_FIRST if typed else ABBREVIATIONS_FIRST
    for text in cases:
        expected = [s.strip() for s in reference.split(text) if s.strip()]
        assert split_sentences(text, typed) == expected, text


def test_first_sentence_is_the_first_split(cases: list[str]) -> None:
    for text in cases:
        split = [s.strip() for s in ABBREVIATIONS_FIRST.split(text) if s.strip()]
        assert first_sentence(text) == (split[0] if split else None), text


def test_the_abbreviations_still_hold() -> None:
    """Controls: an abbreviation does not end a sentence, a point before a capital does."""
    assert split_sentences("Smith et al. Propose it. We extend.") == [
        "Smith et al. Propose it.",
        "We extend.",
    ]
    assert split_sentences("As in Fig. 2 the loss drops. It converges.") == [
        "As in Fig. 2 the loss drops.",
        "It converges.",
    ]
    assert split_sentences("done. then more", typed=True) == ["done.", "then more"]
    assert split_sentences("done. then more") == ["done. then more"]
    assert split_sentences("Lists etc. Here", typed=True) == ["Lists etc. Here"]
