"""Windows a count is asked over, in shapes users write: the stretch two named papers bound
(even when called 'the gap between' them), a range of months across a year's end ('up to the
end of', 'winter 22/23', 'Y to Y+1, December through February') and a part of a year said
after it ("2025's first half"). Each need is a family of phrasings that must agree on the
papers cited."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant


def _cited(answer: Answer) -> set[str]:
    return {c.paper_id for c in answer.citations}


def _dated(assistant: Assistant, keep: Callable[[dt.date], bool]) -> set[str]:
    return {p.id for p in assistant.profile.papers if keep(p.date)}


def _between(first: dt.date, last: dt.date) -> Callable[[dt.date], bool]:
    return lambda d: first <= d <= last


BETWEEN_TWO_PAPERS = [
    "how many papers came out in the gap between Kaleido-BERT and DKPLM?",
    "In the stretch between Kaleido-BERT and DKPLM, how many papers did Minghui Qiu publish?",
    "how productive was she in the gap betwen kaleido-bert and DKPLM - how many papers?",
    "I'm curious how many papers they put out in the gap between Kaleido-BERT and DKPLM.",
    "number of his papers in the time between DKPLM and Kaleido-BERT?",
]


@pytest.mark.parametrize("question", BETWEEN_TWO_PAPERS)
def test_the_gap_between_two_named_papers_counts_the_papers_inside_it(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    inside = _dated(bundled_assistant, _between(dt.date(2021, 3, 31), dt.date(2021, 12, 1)))
    assert len(inside) == 4
    assert _cited(answer) == inside, answer.text
    assert answer.text.startswith("4 of"), answer.text


ACROSS_A_YEAR_END = [
    "papers from November 2020 up to the end of January 2021?",
    "How many papers did Minghui Qiu release from November 2020 up to January 2021?",
    "papers she publishd from nov 2020 until the end of jan 2021",
    "I'm curious what they published across the turn of the year 2020 to 2021, November "
    "through January.",
    "his output over 2020 into 2021, Nov to Jan?",
]


@pytest.mark.parametrize("question", ACROSS_A_YEAR_END)
def test_a_range_of_months_across_a_year_end_keeps_both_years(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    inside = _dated(bundled_assistant, _between(dt.date(2020, 11, 1), dt.date(2021, 1, 31)))
    assert len(inside) == 5
    assert _cited(answer) == inside, answer.text


WINTER_SHORT = [
    "winter 22/23 paper count",
    "How many papers did Minghui Qiu publish in winter 22/23?",
    "what did she put out in the winter of 22/23",
    "I'm curious whether they published anything in winter 22-23.",
]


@pytest.mark.parametrize("question", WINTER_SHORT)
def test_a_winter_written_with_two_short_years_is_december_to_february(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    inside = _dated(bundled_assistant, _between(dt.date(2022, 12, 1), dt.date(2023, 2, 28)))
    assert len(inside) == 2
    assert _cited(answer) == inside, answer.text


def test_two_short_years_alone_are_no_winter(bundled_assistant: Assistant) -> None:
    """'20/21' without a season or a year of months is no span: a score, a fraction."""
    from prompts.understand.dates import read_dates

    dates, _ = read_dates("the model scored 20/21 on the test", dt.date(2026, 6, 1))
    assert dates is None


PART_AFTER_THE_YEAR = [
    "how many papers in 2025's first half?",
    "Minghui Qiu's 2025's first half: how many papers?",
    "papers from 2025's first half pls",
    "I'm curious how many papers they had in 2025's first half.",
    "count her papers of 2025's frist half",
]


@pytest.mark.parametrize("question", PART_AFTER_THE_YEAR)
def test_a_part_of_a_year_said_after_the_year(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    inside = _dated(bundled_assistant, _between(dt.date(2025, 1, 1), dt.date(2025, 6, 30)))
    assert len(inside) == 7
    assert _cited(answer) == inside, answer.text


EXACTLY_THREE = [
    "which years had exactly three papers?",
    "Did Minghui Qiu have any year with precisely 3 publications?",
    "wich years are tied at three papers for her?",
    "I'm curious which of their years landed on exactly three papers.",
    "years where he had just 3 papers?",
]


@pytest.mark.parametrize("question", EXACTLY_THREE)
def test_years_with_an_exact_count_name_those_years(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    per_year: dict[int, int] = {}
    for p in bundled_assistant.profile.papers:
        per_year[p.date.year] = per_year.get(p.date.year, 0) + 1
    years = sorted(y for y, n in per_year.items() if n == 3)
    assert years, per_year
    assert answer.text.removeprefix("Yes: ").startswith(f"{len(years)} year"), answer.text
    assert all(str(y) in answer.text.splitlines()[0] for y in years), answer.text
    others = [y for y, n in per_year.items() if n != 3]
    assert not any(f"{y} (" in answer.text.splitlines()[0] for y in others), answer.text


LATEST_N_SAID_AFTER = [
    "latest two from this researcher pls",
    "Minghui Qiu's newest two?",
    "show me her lastest two",
    "I'm curious about their most recent two, please.",
]


@pytest.mark.parametrize("question", LATEST_N_SAID_AFTER)
def test_the_newest_n_with_the_number_after_lists_n(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    newest = sorted(bundled_assistant.profile.papers, key=lambda p: p.date)[-2:]
    assert _cited(answer) == {p.id for p in newest}, answer.text
