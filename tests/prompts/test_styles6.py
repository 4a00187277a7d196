"""One need in any style, one answer: a need asked plainly is rewritten by style transforms (a
greeting before it, a sentence of context about who asks and why, lower case, a pronoun or
the name, an indirect wrapper, emoji, a typo in a content word) and every rewrite cites the
papers the plain one does, with the same leading number or word. Needs of the bundled profile
(Minghui Qiu, 50 listed papers) that the eval sets do not ask in these words."""

from __future__ import annotations

import re

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant
from prompts.understand.lexicon import Lexicon

CONTEXT = "Quick context: I'm putting together notes for our reading group next week."
OTHER_CONTEXT = "So I'm tidying up an old bibliography for the lab wiki."


def greeted(q: str) -> str:
    return "hey, " + q[0].lower() + q[1:]


def with_context(q: str) -> str:
    return f"{CONTEXT} {q}"


def with_other_context(q: str) -> str:
    return f"{OTHER_CONTEXT} {q}"


# Each need: its plain wording, and rewrites in other styles (the transforms above applied,
# and hand-written casual, indirect and emoji ones).
NEEDS = {
    "a half-year's papers": (
        "Which papers did Minghui Qiu publish in the second half of 2022?",
        [
            greeted("Which papers did she publish in the second half of 2022?"),
            with_context("Which papers did Minghui Qiu publish in the second half of 2022?"),
            with_other_context(
                "Which of this researcher's papers came out in the second half of 2022?"
            ),
            "I'm curious which papers they put out in the second half of 2022.",
            "papers from jul-dec 2022? 📚",
        ],
    ),
    "a category's count since a year": (
        "How many CV papers has Minghui Qiu published since 2024?",
        [
            greeted("How many CV papers has she published since 2024?"),
            with_context("How many CV papers has Minghui Qiu published since 2024?"),
            with_other_context(
                "How many computer vision papers has this researcher put out since 2024?"
            ),
            "I'm curious how many computer vision papers they have published since 2024.",
            "cv papers since 2024, how many? 👀",
        ],
    ),
    "a category's count, its code glossed in lower case": (
        "How many IR papers has Minghui Qiu published?",
        [
            "how many ir (information retrieval) papers has she published?",
            "How many information retrieval (ir) papers does this researcher have?",
            greeted("How many IR papers has Minghui Qiu published?"),
            "i'm curious how many ir (information retrieval) papers they've put out 🔎",
        ],
    ),
    "a co-author's papers": (
        "Which papers did Minghui Qiu write with Jun Huang?",
        [
            greeted("Which papers did she write with Jun Huang?"),
            with_context("Which papers did Minghui Qiu write with Jun Huang?"),
            with_other_context("Which of this researcher's papers list Jun Huang as a co-author?"),
            "I'm curious which papers they co-authored with jun huang.",
        ],
    ),
    "the first paper of a year": (
        "What was Minghui Qiu's first paper of 2023?",
        [
            greeted("What was her first paper of 2023?"),
            with_context("What was Minghui Qiu's first paper of 2023?"),
            with_other_context("What was this researcher's earliest paper in 2023?"),
        ],
    ),
    "a field never worked on, said as a claim": (
        "She has never worked on knowledge distillation, has she?",
        [
            greeted("She has never worked on knowledge distillation, has she?"),
            "hey, Minghui Qiu has never worked on knowledge distillation, has he?",
            "ok so - they never did any knowledge distilation work, did they?",
        ],
    ),
    "a field never worked on, asked if true": (
        "Is it true that Minghui Qiu never worked on knowledge distillation?",
        [
            "I'm curious: is it true that this researcher never worked on knowledge distillation?",
            "quick question - is it true she never worked on knowledge distilation?",
            greeted("Is it true that they never worked on knowledge distillation?"),
        ],
    ),
}

LEADING = re.compile(r"^\W*(yes|no)\b", re.I)
NUMBER = re.compile(r"\b\d+\b")


def _outcome(answer: Answer, plain: Answer) -> tuple[bool, frozenset[str], str]:
    """Abstained, the papers cited, and what leads: the Yes/No when the plain answer leads
    with one, else the first number said."""
    lead = LEADING.match(answer.text) if LEADING.match(plain.text) else NUMBER.search(answer.text)
    return (
        answer.abstained,
        frozenset(c.paper_id for c in answer.citations),
        lead[1 if lead and lead.re is LEADING else 0].casefold() if lead else "",
    )


CASES = [(need, q) for need, (_, rewrites) in NEEDS.items() for q in rewrites]


@pytest.mark.parametrize(("need", "rewrite"), CASES)
def test_a_need_in_another_style_gets_the_plain_answer(
    bundled_assistant: Assistant, need: str, rewrite: str
) -> None:
    plain = bundled_assistant.ask(NEEDS[need][0])
    assert not plain.abstained and plain.citations, plain.text[:200]
    got = bundled_assistant.ask(rewrite)
    assert _outcome(got, plain) == _outcome(plain, plain), (
        rewrite,
        got.text[:200],
        plain.text[:200],
    )


# A typo in a content word reads as the profile word sharing the longest start with it: the
# first letters are seldom the slip ('cverage' is 'coverage', not 'average').
TYPOS = {
    "sparce": "sparse",
    "cverage": "coverage",
    "desined": "designed",
    "distint": "distinct",
    "compriss": "comprises",
}


@pytest.mark.parametrize(("typed", "meant"), list(TYPOS.items()))
def test_a_typo_reads_as_the_word_sharing_its_start(
    bundled_assistant: Assistant, typed: str, meant: str
) -> None:
    lexicon: Lexicon = bundled_assistant.lexicon
    assert lexicon.spell(f"papers with {typed} results") == f"papers with {meant} results"
