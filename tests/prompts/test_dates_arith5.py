"""Dates and arithmetic in shapes new users write: a day of any year ('on dec 2'), months
written short or listed ('in Oct', 'March or April'), a range of months across a year's end,
a season alone, a part of last year, two-digit years before what they date, a difference of
two years' counts, the owner's 'listed papers' and the words that say 'any year'. Each need is
a family of phrasings (casual, formal, typo, he/she/they/the name, indirect) that must agree."""

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


DAY_OF_ANY_YEAR = [
    "any papers dated 2 December?",
    "Did Minghui Qiu release anything on Dec 2nd?",
    "which papres came out on december 2",
    "I'm curious whether they ever published on the 2nd of December.",
    "her dec 2 papers?",
    "his papers from December 2?",
]


@pytest.mark.parametrize("question", DAY_OF_ANY_YEAR)
def test_a_day_without_a_year_is_that_day_of_every_year(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    papers = _dated(bundled_assistant, lambda d: (d.month, d.day) == (12, 2))
    assert len(papers) == 2  # two years' 2 December
    assert _cited(answer) == papers, answer.text
    assert "2 December (any year)" in answer.text, answer.text


NO_PAPER_ON_A_HOLIDAY = [
    "anything published on Halloween?",
    "Did she ever put out a paper on halloween?",
    "I'm curious whether Qiu has a Halloween paper, any year.",
    "papers released on new year's day?",
]


@pytest.mark.parametrize("question", NO_PAPER_ON_A_HOLIDAY)
def test_a_holiday_without_a_year_with_no_paper_is_answered_no(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.citations, answer.text
    assert answer.text.startswith(("No", "None")), answer.text
    assert "(any year)" in answer.text, answer.text


SHORT_MONTH = [
    "papers in Oct?",
    "What did she publish in oct.?",
    "how many papres did Minghui Qiu put out in Oct",
    "I'm curious what they released during oct",
    "his Oct papers",
]


@pytest.mark.parametrize("question", SHORT_MONTH)
def test_a_month_written_short_is_that_month_of_every_year(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    papers = _dated(bundled_assistant, lambda d: d.month == 10)
    assert _cited(answer) == papers, answer.text
    assert f"{len(papers)} of the" in answer.text, answer.text


MAY = [
    "anything published in May?",
    "which of her papers came out in may",
    "Count Minghui Qiu's papers from May, any year.",
]


@pytest.mark.parametrize("question", MAY)
def test_may_after_a_cue_word_is_the_month(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert _cited(answer) == _dated(bundled_assistant, lambda d: d.month == 5), answer.text


def test_may_as_a_verb_and_jan_as_a_name_are_no_dates(bundled_assistant: Assistant) -> None:
    for question in ("Which papers may be about distillation?", "papers by Jan Kautz?"):
        query, _ = bundled_assistant.understand(question)
        assert not query.filters.months and query.filters.year_from is None, question


MONTHS_LISTED = [
    "papers in March or April?",
    "Which of Qiu's papers appeared in march or april",
    "anything she put out in Mar/Apr?",
    "I'm curious about their papers from March and April.",
    "how many papers in april or march",
]


@pytest.mark.parametrize("question", MONTHS_LISTED)
def test_months_listed_without_a_year_are_each_read(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    papers = _dated(bundled_assistant, lambda d: d.month in (3, 4))
    assert _cited(answer) == papers, answer.text


ACROSS_YEAR_END = [
    "papers from nov to jan?",
    "What did Minghui Qiu publish between November and January?",
    "how many papres in nov-jan",
    "I'm curious what came out from November through January.",
]


@pytest.mark.parametrize("question", ACROSS_YEAR_END)
def test_months_across_a_years_end_without_a_year(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    papers = _dated(bundled_assistant, lambda d: d.month in (11, 12, 1))
    assert _cited(answer) == papers, answer.text


SEASON = [
    "her autumn papers?",
    "What did they publish in the fall?",
    "how many papers came out during autumn",
    "I'm curious which papers appeared in the autumn months.",
    "in teh fall, how many papres did Minghui Qiu release?",
]


@pytest.mark.parametrize("question", SEASON)
def test_a_season_without_a_year_is_its_months_of_every_year(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    papers = _dated(bundled_assistant, lambda d: d.month in (9, 10, 11))
    assert _cited(answer) == papers, answer.text


def test_fall_as_a_verb_is_no_season(bundled_assistant: Assistant) -> None:
    query, _ = bundled_assistant.understand("Which papers fall under CV?")
    assert not query.filters.months


LAST_YEARS_HALF = [
    "papers in the second half of last year?",
    "What did Minghui Qiu publish in H2 of last year?",
    "how many papres in the latter half of last year",
    "I'm curious what she released in the back half of the previous year.",
]


@pytest.mark.parametrize("question", LAST_YEARS_HALF)
def test_a_part_of_last_year(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    last = bundled_assistant.profile.captured_year - 1
    papers = _dated(bundled_assistant, lambda d: d.year == last and d.month >= 7)
    assert papers and _cited(answer) == papers, answer.text


TWO_DIGIT_RANGE = [
    "20-21 paper count?",
    "her 20-21 papers, how many?",
    "Qiu's 20-21 publications?",
    "the 20-21 papers pls",
]


@pytest.mark.parametrize("question", TWO_DIGIT_RANGE)
def test_two_digit_years_before_the_papers_they_date(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    papers = _dated(bundled_assistant, lambda d: d.year in (2020, 2021))
    assert _cited(answer) == papers, answer.text
    assert f"{len(papers)} of the" in answer.text, answer.text


def test_a_count_of_papers_is_no_range_of_years(bundled_assistant: Assistant) -> None:
    query, _ = bundled_assistant.understand("list 10-12 papers on distillation")
    assert query.filters.year_from is None


CALENDAR_YEARS = [
    "How many papers in the two calendar years 2024-2025?",
    "over calendar years 2024 and 2025, how many papers did she write?",
    "I'm curious how many papers they had in calendar year 2024 and calendar year 2025.",
]


@pytest.mark.parametrize("question", CALENDAR_YEARS)
def test_calendar_years_are_years(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    papers = _dated(bundled_assistant, lambda d: d.year in (2024, 2025))
    assert _cited(answer) == papers, answer.text
    assert "calendar" not in answer.text, answer.text


DIFFERENCE = [
    "By how many papers did 2020 exceed 2021?",
    "2020 minus 2021, in papers?",
    "how much bigger was her 2020 output than 2021's?",
    "Did 2020 beat 2021 in papers, and by how much?",
    "I'm curious how many more papers Minghui Qiu had in 2020 than in 2021.",
]


@pytest.mark.parametrize("question", DIFFERENCE)
def test_a_difference_of_two_years_counts_is_stated(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    first = len(_dated(bundled_assistant, lambda d: d.year == 2020))
    second = len(_dated(bundled_assistant, lambda d: d.year == 2021))
    assert f"{first} in 2020" in answer.text and f"{second} in 2021" in answer.text, answer.text
    assert f"{first - second} more" in answer.text, answer.text


OWNERS_LISTED_PAPERS = [
    "Minghui Qiu's listed papers from 2024",
    "what are Minghui Qiu's listed 2024 papers?",
    "how many listed papers does Minghui Qiu have from 2024",
    "I'm curious about Minghui Qiu's listed works of 2024.",
]


@pytest.mark.parametrize("question", OWNERS_LISTED_PAPERS)
def test_the_owners_listed_papers_are_the_profiles(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    papers = _dated(bundled_assistant, lambda d: d.year == 2024)
    assert _cited(answer) == papers, answer.text


ANY_YEAR_SAID = [
    "how many of her papers came out in an October, any year?",
    "Count papers dated October, irrespective of year.",
    "across all years, how many papers were published in October?",
    "I'm curious how many papers appeared in Octobers.",
    "october papers whatever the year?",
]


@pytest.mark.parametrize("question", ANY_YEAR_SAID)
def test_words_saying_any_year_are_no_topic_and_no_yes(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    papers = _dated(bundled_assistant, lambda d: d.month == 10)
    assert _cited(answer) == papers, answer.text
    assert answer.text.startswith(f"{len(papers)} of the"), answer.text


AVERAGE_SHORT = [
    "avg papers/year 2021-2023?",
    "average output per year 2021..2023",
    "she averaged how many papers/yr over 2021-2023?",
]


@pytest.mark.parametrize("question", AVERAGE_SHORT)
def test_a_yearly_average_written_short(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    papers = _dated(bundled_assistant, lambda d: 2021 <= d.year <= 2023)
    assert f"{len(papers) / 3:.1f} papers a year" in answer.text, answer.text
