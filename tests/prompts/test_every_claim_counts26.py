"""A claim that every paper of a set is of one kind ('all his 2025 papers are CV', 'every 2021
paper has code') is corrected with the set's own size: how many of its papers are not of that
kind, and how many are, so a question built on the claim ('..., how many is that?') still gets
its number. Bundled profile: of the 14 papers of 2025, 10 are CV (4 are not: LG 3, AI 1); of
the 12 of 2020, 8 are CL; of the 7 of 2021, one has code."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from tests.prompts.test_yesno_phrasings import asked, cited

CV_2025 = [
    "All of his 2025 papers are computer vision, how many is that?",
    "Given that every 2025 publication is in computer vision, how many CV papers were there?",
    "since all 2025 papers are cv - count?",
    "I'm curious how many papers Minghui Qiu put out in 2025, seeing as all of them are CV.",
    "all of their 2025 work is computer vison, right?",
    "Why is every one of Qiu's 2025 papers in CV?",
]


@pytest.mark.parametrize("question", CV_2025)
def test_a_claim_that_every_paper_of_a_year_is_cv_says_how_many_are_and_are_not(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(("That premise does not hold", "No: ")), answer.text
    head = answer.text.splitlines()[0]
    assert "4 of the 14" in head and "the other 10 are CV" in head, head


def test_the_claim_cites_the_papers_that_are_not(bundled_assistant: Assistant) -> None:
    outside = bundled_assistant.ask("Which 2025 papers are not in CV?")
    for q, answer in asked(bundled_assistant, CV_2025[:3]):
        assert cited(answer) == cited(outside), q


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("all of her 2020 papers are NLP, right?", ("4 of the 12", "the other 8 are CL")),
        ("every 2021 paper of hers has code yeah?", ("6 of the 7", "the other one has code")),
    ],
)
def test_other_sets_and_code_say_both_sides(
    bundled_assistant: Assistant, question: str, said: tuple[str, str]
) -> None:
    head = bundled_assistant.ask(question).text.splitlines()[0]
    assert all(s in head for s in said), head


def test_asked_outright_and_asked_for_stay_as_they_were(bundled_assistant: Assistant) -> None:
    """Controls: a question whether every paper is CV is answered by the share; a list asked
    for claims nothing."""
    outright = bundled_assistant.ask("Are all of her 2025 papers in CV?")
    assert outright.text.startswith("No: 10 of the 14"), outright.text
    listed = bundled_assistant.ask("Which of all her 2025 papers are CV?")
    assert "premise" not in listed.text and len(cited(listed)) == 10, listed.text
