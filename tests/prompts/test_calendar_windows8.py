"""Calendar windows said around a point ('the twelve months after Christmas 2023', 'around
new year 2021', 'the 3 weeks before 2024-05-01') and years outside the listing ('papers from
2028', 'before 2015'): the window read with both ends; a year past the listing answered 'none:
the listing spans first-last', not declined nor answered with every paper."""

from __future__ import annotations

import datetime as dt

import pytest

from prompts.assistant import Assistant
from prompts.understand.dates import read_dates

REF = dt.date(2026, 6, 30)

WINDOWS = [
    (
        "papers in the twelve months after Christmas 2023",
        dt.date(2023, 12, 26),
        dt.date(2024, 12, 25),
    ),
    (
        "how many did she put out in the 6 months following march 2022?",
        dt.date(2022, 4, 1),
        dt.date(2022, 9, 30),
    ),
    (
        "anything from qiu in the three weeks before 2024-05-01",
        dt.date(2024, 4, 10),
        dt.date(2024, 4, 30),
    ),
    (
        "Which of his papers came out in the two years following 2021?",
        dt.date(2022, 1, 1),
        dt.date(2023, 12, 31),
    ),
    (
        "their output in the six months leading up to Christmas 2022",
        dt.date(2022, 6, 25),
        dt.date(2022, 12, 24),
    ),
    ("papers around new year 2021", dt.date(2020, 12, 17), dt.date(2021, 1, 16)),
    ("I'm curious what came out near new year's 2023", dt.date(2022, 12, 17), dt.date(2023, 1, 16)),
]


@pytest.mark.parametrize(("question", "start", "end"), WINDOWS)
def test_a_window_next_to_a_point_has_both_ends(
    question: str, start: dt.date, end: dt.date
) -> None:
    dates, _ = read_dates(question, REF)
    assert dates is not None, question
    assert (dates.start, dates.end) == (start, end), dates


def test_the_window_counts_the_papers_inside_it(bundled_assistant: Assistant) -> None:
    papers = bundled_assistant.profile.papers
    inside = [p for p in papers if dt.date(2022, 4, 1) <= p.date <= dt.date(2022, 9, 30)]
    answer = bundled_assistant.ask(
        "how many papers did he publish in the six months after March 2022?"
    )
    assert answer.text.startswith(f"{len(inside)} of the"), answer.text[:200]


OUTSIDE = [
    "How many papers did Minghui Qiu publish before 2015?",
    "did she publish anything in twenty thirty?",
    "how many of their papers are from 2012",
    "any qiu papers after 2030?",
]
# a list of then: the listing leaves papers out (65 claimed, 50 listed), so it cannot tell
LISTS_OUTSIDE = ["papers from 2028", "list his 2029 papers pls"]


@pytest.mark.parametrize("question", OUTSIDE + LISTS_OUTSIDE)
def test_years_outside_the_listing_are_none_with_its_span(
    bundled_assistant: Assistant, question: str
) -> None:
    years = [p.year for p in bundled_assistant.profile.papers]
    answer = bundled_assistant.ask(question)
    assert f"the listing spans {min(years)}-{max(years)}" in answer.text, answer.text[:300]
    assert not answer.citations
    assert answer.abstained == (question in LISTS_OUTSIDE), answer.text[:300]
