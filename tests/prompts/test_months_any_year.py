"""A month said without a year ('papers in November', 'never in August, right?') means that
month of any year: the profile spans years, and no year was said. A month with its year, or
a relative one ('last month'), keeps its dates. Each need is a family of phrasings (casual,
formal, typo, he/she/they/the name, indirect, negated) that must agree on the papers."""

from __future__ import annotations

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant


def _cited(answer: Answer) -> set[str]:
    return {c.paper_id for c in answer.citations}


def _in_month(assistant: Assistant, month: int, year: int | None = None) -> set[str]:
    return {
        p.id
        for p in assistant.profile.papers
        if p.date.month == month and (year is None or p.date.year == year)
    }


NOVEMBER = [
    "papers in any November?",
    "Which papers did Minghui Qiu publish in November?",
    "how many papres did she put out in november",
    "I'm curious what they released in November.",
    "his november papers, whatever the year?",
]


@pytest.mark.parametrize("question", NOVEMBER)
def test_a_month_without_a_year_is_that_month_of_every_year(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    papers = _in_month(bundled_assistant, 11)
    years = {p.date.year for p in bundled_assistant.profile.papers if p.id in papers}
    assert len(years) > 1  # Novembers of several years
    assert _cited(answer) == papers, answer.text
    assert f"{len(papers)} of the" in answer.text, answer.text


NEVER_IN_AUGUST = [
    "never published in August, right?",
    "She has never put out a paper in August, has she?",
    "Is it true that Qiu has no August papers?",
    "they dont publish in august, correct?",
]


@pytest.mark.parametrize("question", NEVER_IN_AUGUST)
def test_a_claim_of_no_papers_in_a_month_is_corrected_with_every_years_papers(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    papers = _in_month(bundled_assistant, 8)
    assert papers
    assert answer.text.startswith(("No", "Yes, actually")), answer.text
    assert _cited(answer) == papers, answer.text


def test_a_month_with_its_year_keeps_the_year(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("What did she publish in March 2024?")
    assert _cited(answer) == _in_month(bundled_assistant, 3, 2024), answer.text
