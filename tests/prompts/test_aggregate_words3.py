"""Aggregates and time windows in any words: day-to-day ranges whose year is said once, ends
said inclusive, a date glossed by a closer one in brackets, 'since then' and fixed holidays,
a category taken away in words, papers tallied by calendar month, years picked by their count
and windows added up. Each need is asked several ways (casual, formal, typo, he/she/they/the
name, indirect); the answers must agree. Counts are of the bundled profile's 50 listed papers
(per year: 2020 12, 2021 7, 2022 7, 2023 4, 2024 3, 2025 14, 2026 3)."""

from __future__ import annotations

import datetime as dt

import pytest

from prompts.assistant import Assistant
from prompts.understand.dates import read_dates


def _cited(answer: object) -> set[str]:
    return {c.title for c in answer.citations}  # type: ignore[attr-defined]


# A window from one day to another, the year said once at the end (or on both ends)
DAY_RANGE = [
    "how many papers did she publish between feb 1 and june 30, 2021?",
    "Papers by Minghui Qiu from 1 February to 30 June 2021, please.",
    "numbr of papers they put out from February 1st through June 30th 2021",
    "I'm curious how many of his papers are dated between the 1st of February and the 30th of "
    "June 2021.",
    "From Feb 1 2021 until June 30 2021, how many publications came out?",
]


@pytest.mark.parametrize("question", DAY_RANGE)
def test_a_range_of_days_with_its_year_said_once(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "match 2021-02-01 to 2021-06-30" in answer.text, answer.text[:200]
    assert "topic" not in answer.text.split("\n")[0], answer.text[:200]


# Two whole years, the last one said inclusive in words
INCLUSIVE = [
    "how many papers from 2021 up to and including 2022?",
    "Count her publications for 2021 to 2022, both years included.",
    "papers 2021 thru and including 2022 pls",
    "I'm curious how many papers they wrote from 2021 until 2022 inclusive.",
    "Between 2021 and 2022 (inclusive), how many papers did Minghui Qiu publish?",
]


@pytest.mark.parametrize("question", INCLUSIVE)
def test_an_end_said_inclusive(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("14 of the 50 listed papers match 2021-2022"), answer.text[:200]
    assert "topic" not in answer.text.split("\n")[0]


# The second half of 2021, said roughly with the months in brackets
GLOSSED = [
    "how many papers in late 2021 (july to december)?",
    "How many papers did he publish in the second half of 2021 (Jul-Dec)?",
    "her output in the back half of 2021 (jul thru dec), how many papers",
    "I'm curious about late 2021 (July through December): how many publications?",
    "Minghui Qiu, autumn 2021 (July to December): number of papers?",
]


@pytest.mark.parametrize("question", GLOSSED)
def test_a_date_glossed_in_brackets(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert "match 2021-07-01 to 2021-12-31" in answer.text, answer.text[:200]
    assert "topic" not in answer.text.split("\n")[0], answer.text[:200]


# Papers after the end of October 2024, the point said as a holiday or as 'then'
SINCE_THEN = [
    "what has she published since halloween 2024?",
    "I last looked at his list at the end of October 2024. What came out since then?",
    "Any new papers from Minghui Qiu since Halloween 2024?",
    "i checked their papers on oct 31 2024 - anything after that?",
    "I'm curious what this researcher has released since halloween, 2024.",
]


@pytest.mark.parametrize("question", SINCE_THEN)
def test_since_a_holiday_or_since_then(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    reference = bundled_assistant.ask("papers published after October 31, 2024")
    assert _cited(answer) == _cited(reference), answer.text[:300]
    assert "topic" not in answer.text.split("\n")[0], answer.text[:200]


# 2022 without its NLP (CL) papers, the category taken away in words
NOT_NLP_2022 = [
    "non-NLP papers from 2022?",
    "her 2022 papers minus the language ones",
    "Which of Minghui Qiu's 2022 publications are outside computation and language?",
    "2022 papers without the nlp ones pls",
    "I'm curious which of his 2022 papers are left once you set aside the NLP ones.",
    "2022 papers except the CL ones, what's left?",
]


@pytest.mark.parametrize("question", NOT_NLP_2022)
def test_a_category_taken_away_in_words(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    reference = bundled_assistant.ask("2022 papers not in cs.CL")
    assert not answer.abstained, answer.text[:200]
    assert _cited(answer) == _cited(reference), answer.text[:300]
    assert "topic" not in answer.text.split("\n")[0], answer.text[:200]


# The calendar month with the most papers over all years (May and October, 8 each)
BUSIEST_MONTH = [
    "In which month of the year does she usually publish the most?",
    "what's his peak month for papers",
    "busiest calender month for Minghui Qiu?",
    "I'm curious which month tends to see the most of their papers.",
    "Which month of the year has the most publications from this researcher?",
]


@pytest.mark.parametrize("question", BUSIEST_MONTH)
def test_the_busiest_calendar_month(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert "May and October are tied as the busiest calendar month" in answer.text, answer.text[
        :200
    ]


QUIETEST_MONTH = [
    "Which month of the year has the fewest of her papers?",
    "what month is qiu least productive in",
    "In which calendar month do they publish the least?",
]


@pytest.mark.parametrize("question", QUIETEST_MONTH)
def test_the_quietest_calendar_month(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("July is the quietest calendar month"), answer.text[:200]


# Years picked by their count: 7 or more (2020, 2021, 2022, 2025)
SEVEN_PLUS = [
    "which years had 7 or more papers?",
    "In what years did Minghui Qiu publish at least seven papers?",
    "yrs with 7+ pubs?",
    "I'm curious in which years they managed more than 6 papers.",
    "Were there years where she wrote no fewer than 7 papers?",
]


@pytest.mark.parametrize("question", SEVEN_PLUS)
def test_years_picked_by_their_count(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.removeprefix("Yes: ").startswith(  # a yes/no leads with Yes
        "4 years with 7 or more papers: 2020 (12 papers), 2021 (7 papers), 2022 (7 papers) and "
        "2025 (14 papers)"
    ), answer.text[:200]


FEW_YEARS = [
    "which years had fewer than 4 papers?",
    "Were there any years in which he published three papers or fewer?",
    "years with under 4 pubs for qiu",
]


@pytest.mark.parametrize("question", FEW_YEARS)
def test_years_under_a_count(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.removeprefix("Yes: ").startswith(  # a yes/no leads with Yes
        "2 years with 3 or fewer papers: 2024 (3 papers) and 2026 (3 papers)"
    ), answer.text[:200]


# Papers per month: the average, and the months without one (Feb 2020 to May 2026)
PER_MONTH = [
    "how many papers a month does she average?",
    "What's his average monthly output?",
    "papers per month, on average, for Minghui Qiu?",
    "typical number of papres per month for them",
]


@pytest.mark.parametrize("question", PER_MONTH)
def test_papers_per_month(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("On average 0.66 listed papers a month"), answer.text[:200]


EMPTY_MONTHS = [
    "how many months went by without a paper from her?",
    "How many calendar months had zero publications?",
    "count of months with no papers for qiu",
    "I'm curious how many months they published nothing.",
]


@pytest.mark.parametrize("question", EMPTY_MONTHS)
def test_months_without_a_paper(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("41 of the 76 months from February 2020 to May 2026"), (
        answer.text[:200]
    )


# Two years added up
ADDED_UP = [
    "2021 and 2022 combined, how many papers?",
    "add up his 2021 and 2022 papers",
    "How many papers in 2021 and 2022 put together?",
    "I'm curious about 2021 and 2022 taken together: how many publications?",
    "total papers for 2021 + 2022 by minghui qiu?",
]


@pytest.mark.parametrize("question", ADDED_UP)
def test_years_added_up(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("14 of the 50 listed papers match 2021"), answer.text[:200]
    assert "topic" not in answer.text.split("\n")[0], answer.text[:200]


# One window (March to May 2020) in the notations people write dates in
SPRING_2020 = [
    "papers from 03/2020 to 05/2020",
    "anything between 2020-03 and 2020-05?",
    "her papers on or after March 1st 2020 and on or before May 31st 2020",
    "How many did he write from the 1st of March to the 31st of May 2020?",
    "they published what between mar 1 and may 31 2020",
]


@pytest.mark.parametrize("question", SPRING_2020)
def test_one_window_in_several_notations(question: str) -> None:
    dates, _ = read_dates(question, dt.date(2026, 12, 31))
    assert dates is not None and (dates.start, dates.end) == (
        dt.date(2020, 3, 1),
        dt.date(2020, 5, 31),
    ), dates


# A count said after a year is no second year ('2021, and 10 of them')
@pytest.mark.parametrize(
    "question",
    [
        "she had papers in 2021, and 10 of them had code?",
        "In 2021 and 12 months later, how many papers?",
        "were 2021 and 10 papers her record?",
    ],
)
def test_a_count_after_a_year_is_no_year(question: str) -> None:
    dates, _ = read_dates(question, dt.date(2026, 12, 31))
    assert dates is not None and dates.start is not None and dates.start.year >= 2021, dates


# Months within one year: the busiest (June and October 2025, 4 each) and the empty ones
BUSIEST_MONTH_2025 = [
    "which month in 2025 had the most papers?",
    "Her top month of 2025 by paper count?",
    "In 2025, what was Minghui Qiu's most productive month?",
    "wich month of 2025 had the most papers from them",
]


@pytest.mark.parametrize("question", BUSIEST_MONTH_2025)
def test_the_busiest_month_of_a_year(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("June and October are tied as the busiest calendar month"), (
        answer.text[:200]
    )
    assert "all years" not in answer.text


EMPTY_2021 = [
    "Which months in 2021 had no papers from him?",
    "in what months of 2021 did she publish nothing",
    "I'm curious which months of 2021 were empty for this researcher.",
]


@pytest.mark.parametrize("question", EMPTY_2021)
def test_the_empty_months_of_a_year(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert "5 of the 12 months from January 2021 to December 2021" in answer.text, answer.text[:200]
    assert "February 2021, April 2021, May 2021, September 2021 and November 2021" in answer.text
