"""A question that takes for granted papers from years before the listing opens ('his first
2018 paper?' of a listing that runs 2020-2026) is corrected, not declined: no listed paper is
from then, the span the listing covers, and its earliest paper cited. Asked in words of no
eval set, in several styles and with he, she, they and the name."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant

BEFORE = [
    "What was Qiu's first paper in 2017?",
    "her earliest paper from 2018?",
    "Which paper did he put out first in 2016?",
    "what was the frist paper minghui qiu wrote in 2019",
    "I'm curious what their first 2017 publication was.",
    "They have been publishing since 2015; what was their first 2015 paper about?",
]


@pytest.mark.parametrize("question", BEFORE)
def test_papers_asked_before_the_listing_opens_are_corrected_with_its_span(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    earliest = min(bundled_assistant.profile.papers, key=lambda p: (p.date, p.n))
    assert not answer.abstained, answer.text
    assert "2020 to 2026" in answer.text, answer.text
    assert [c.title for c in answer.citations] == [earliest.title]


def test_a_year_inside_the_listing_is_answered_from_its_papers(
    bundled_assistant: Assistant,
) -> None:
    answer = bundled_assistant.ask("What was Qiu's first paper in 2021?")
    first = min(
        (p for p in bundled_assistant.profile.papers if p.date.year == 2021),
        key=lambda p: (p.date, p.n),
    )
    assert "2020 to 2026" not in answer.text
    assert [c.title for c in answer.citations] == [first.title]
