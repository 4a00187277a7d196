"""A plain yes/no question answered by the papers the records pick for it leads with Yes when
one or more is found, whichever exact answer is chosen (a tag, a pair of co-authors, a day
of the year, co-authors from a place); an amount or a negation asked gets no such Yes. Each
need is asked several ways on the small profile (tag 'mit' on GraphSum; Bo Li and Cy Chen on
two papers, Dee Park with Bo Li on one; PixelGuard dated 10 June)."""

from __future__ import annotations

import re

import pytest

from prompts.answer.leads import asks_if_any
from prompts.assistant import Assistant


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("Is any of Ada's papers tagged mit?", "GraphSum"),
        ("mit tag on any of her papers? y/n", "GraphSum"),
        ("Does a paper by Ada Example carry an MIT affiliation tag?", "GraphSum"),
        ("any paper of theirs taged mit?", "GraphSum"),
        ("Did Bo Li and Dee Park ever appear on the same paper?", "PixelGuard"),
        (
            "I'm checking co-authorships and wonder whether Bo Li and Dee Park share a paper.",
            "PixelGuard",
        ),
        ("has he got a paper from 10 June of any year?", "PixelGuard"),
        ("Is there a paper of hers dated June 10th?", "PixelGuard"),
    ],
)
def test_found_papers_answer_yes(assistant: Assistant, question: str, cited: str) -> None:
    answer = assistant.ask(question)
    assert answer.text.startswith("Yes"), answer.text[:300]
    assert any(cited in c.title for c in answer.citations), answer.text[:300]


@pytest.mark.parametrize(
    "question",
    [
        "Did Cy Chen and Dee Park ever appear on the same paper?",
        "any paper of hers from 11 June?",
    ],
)
def test_nothing_found_is_no_yes(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert not answer.text.startswith("Yes"), answer.text[:300]


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("any paper tagged mit?", True),
        ("Is there a paper from 31 December 2021?", True),
        ("papers with code from 2021, yes or no?", True),
        ("Did she publish 3 papers in 2022?", False),
        ("Did she publish three papers in 2022?", False),
        ("Are most of her papers tagged mit?", False),
        ("Has she only published papers tagged mit?", False),
        ("Doesn't she have a paper tagged mit?", False),
        ("Which papers are tagged mit?", False),
        ("papers in Q1 of any year, total?", False),
    ],
)
def test_an_amount_or_negation_asked_is_no_plain_yes_no(question: str, plain: bool) -> None:
    assert asks_if_any(question) is plain


def test_code_asked_of_papers_counted_without_it_gets_no_yes(assistant: Assistant) -> None:
    """The Yes is to what the answer counted: code asked of the tagged papers is no Yes to
    their tag."""
    answer = assistant.ask("Does the paper tagged mit come with code?")
    assert not re.match(r"Yes: \d+ of the \d+ listed papers? carr", answer.text), answer.text[:300]
