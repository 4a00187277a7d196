"""A date said by age, by an occasion or by what it leaves out is the period the user means,
counted from the capture date: 'older than three years' (before the day three years back),
'less than two years ago', 'since last christmas' (the latest one), 'before the pandemic',
'this decade', 'early 2023', 'the last 3 years not counting this year', 'leaving out
everything before 2022 and after 2023'. The answer uses that period and says it. Words of
time with no date meaning ('three years of data', 'recent work on X') stay words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from dateutil.relativedelta import relativedelta

from prompts.answer.model import Answer
from prompts.assistant import Assistant
from prompts.understand.dates import read_dates, reference_date


def _cited(answer: Answer) -> set[str]:
    return {c.paper_id for c in answer.citations}


def _dated(assistant: Assistant, keep: Callable[[dt.date], bool]) -> set[str]:
    return {p.id for p in assistant.profile.papers if keep(p.date)}


def _ref(assistant: Assistant) -> dt.date:
    return reference_date(assistant.profile)


OLDER_THAN_THREE_YEARS = [
    "papers older than three years?",
    "which of her papers are more than 3 years old?",
    "How many papers did Minghui Qiu publish over three years ago?",
    "list anything of theirs from more than three yrs ago",
    "his papers 3+ years old",
    "what has he published that is older then three years",
]


@pytest.mark.parametrize("question", OLDER_THAN_THREE_YEARS)
def test_older_than_an_age_is_everything_before_that_day(
    bundled_assistant: Assistant, question: str
) -> None:
    cut = _ref(bundled_assistant) - relativedelta(years=3)
    papers = _dated(bundled_assistant, lambda d: d < cut)
    answer = bundled_assistant.ask(question)
    assert _cited(answer) == papers, answer.text
    assert f"up to {cut - dt.timedelta(days=1)}" in answer.text, answer.text


NEWER_THAN_TWO_YEARS = [
    "papers published less than two years ago",
    "anything newer than 2 years?",
    "Which of their papers are not older than two years?",
    "her papers younger than two years",
    "what did Qiu put out less than 2 yrs ago",
]


@pytest.mark.parametrize("question", NEWER_THAN_TWO_YEARS)
def test_newer_than_an_age_is_everything_since_that_day(
    bundled_assistant: Assistant, question: str
) -> None:
    cut = _ref(bundled_assistant) - relativedelta(years=2)
    papers = _dated(bundled_assistant, lambda d: d >= cut)
    answer = bundled_assistant.ask(question)
    assert _cited(answer) == papers, answer.text
    assert f"since {cut}" in answer.text, answer.text


def test_an_age_joins_a_category_and_code(bundled_assistant: Assistant) -> None:
    ref = _ref(bundled_assistant)
    three, one = ref - relativedelta(years=3), ref - relativedelta(years=1)
    papers = {p.id: p for p in bundled_assistant.profile.papers}
    nlp = bundled_assistant.ask("anything published over three years ago on NLP?")
    expected = {i for i, p in papers.items() if p.date < three and p.category == "CL"}
    assert expected and _cited(nlp) == expected, nlp.text
    coded = bundled_assistant.ask("papers from more than a year ago that have code")
    assert _cited(coded) == {i for i, p in papers.items() if p.date < one and p.has_code}
    assert f"up to {one - dt.timedelta(days=1)}" in coded.text, coded.text


SINCE_LAST_CHRISTMAS = [
    "how many papers since last christmas?",
    "since christmas, any new papers?",
    "Has she published anything since this past Christmas?",
    "what came out since xmas",
]


@pytest.mark.parametrize("question", SINCE_LAST_CHRISTMAS)
def test_since_a_holiday_is_since_its_latest_one(
    bundled_assistant: Assistant, question: str
) -> None:
    ref = _ref(bundled_assistant)
    day = dt.date(ref.year, 12, 25)
    day = day if day <= ref else dt.date(ref.year - 1, 12, 25)
    answer = bundled_assistant.ask(question)
    assert _cited(answer) == _dated(bundled_assistant, lambda d: d >= day), answer.text
    assert f"since {day}" in answer.text, answer.text


def test_on_a_holiday_stays_that_day_of_every_year(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("papers published on christmas day")
    assert "(any year)" in answer.text, answer.text


BEFORE_THE_PANDEMIC = [
    "How many of their papers came out before the pandemic?",
    "anything pre-covid?",
    "which papers did Minghui Qiu publish before COVID-19",
    "papers from prior to the covid pandemic",
]


@pytest.mark.parametrize("question", BEFORE_THE_PANDEMIC)
def test_before_the_pandemic_is_before_march_2020(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    papers = _dated(bundled_assistant, lambda d: d < dt.date(2020, 3, 11))
    assert papers and _cited(answer) == papers, answer.text
    assert "up to 2020-03-10" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "first", "last"),
    [
        ("papers from early 2023", dt.date(2023, 1, 1), dt.date(2023, 6, 30)),
        ("what did she publish late in 2024?", dt.date(2024, 7, 1), dt.date(2024, 12, 31)),
        ("mid 2022 papers", dt.date(2022, 5, 1), dt.date(2022, 8, 31)),
        ("leaving out everything before 2022 and after 2023, list her papers",
         dt.date(2022, 1, 1), dt.date(2023, 12, 31)),
    ],
)  # fmt: skip
def test_a_part_of_a_year_or_what_is_left_is_that_window(
    bundled_assistant: Assistant, question: str, first: dt.date, last: dt.date
) -> None:
    answer = bundled_assistant.ask(question)
    assert _cited(answer) == _dated(bundled_assistant, lambda d: first <= d <= last), answer.text


LAST_YEARS_WITHOUT_THIS_ONE = [
    "papers in the last 3 years not counting this year",
    "How many papers in the past three years, excluding the current year?",
    "what did they publish in the last 3 full years",
]


@pytest.mark.parametrize("question", LAST_YEARS_WITHOUT_THIS_ONE)
def test_the_last_years_without_this_one_end_last_year(
    bundled_assistant: Assistant, question: str
) -> None:
    year = _ref(bundled_assistant).year
    answer = bundled_assistant.ask(question)
    papers = _dated(bundled_assistant, lambda d: year - 3 <= d.year <= year - 1)
    assert _cited(answer) == papers, answer.text
    assert f"{year - 3}-{year - 1}" in answer.text, answer.text


def test_this_decade_is_its_years_so_far(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("how many papers this decade")
    year = _ref(bundled_assistant).year
    assert f"{year // 10 * 10}-{year}" in answer.text, answer.text


NO_DATE_MEANT = [
    "recent work on retrieval",
    "papers that use three years of data",
    "models with more than 3 layers",
    "models trained for over 3 days",
    "papers within 2 years of her first paper",
    "does any paper compare against older models",
    "papers on covid detection",
    "is more than 3 of her papers about retrieval?",
]


@pytest.mark.parametrize("question", NO_DATE_MEANT)
def test_time_words_without_a_date_meaning_restrict_no_dates(question: str) -> None:
    assert read_dates(question, dt.date(2026, 12, 5))[0] is None


SINCE_CHATGPT = [
    "what has she published since chatgpt was released?",
    "anything post-ChatGPT?",
    "How many papers did Minghui Qiu put out after ChatGPT came out?",
]


@pytest.mark.parametrize("question", SINCE_CHATGPT)
def test_since_chatgpt_is_since_its_release(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    papers = _dated(bundled_assistant, lambda d: d >= dt.date(2022, 11, 30))
    assert _cited(answer) == papers, answer.text
    assert "since 2022-11-30" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "how did his work change before and after ChatGPT?",
        "her topics before vs after the pandemic?",
    ],
)
def test_before_and_after_an_event_sets_the_two_eras_against_each_other(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    days = {p.id: p.date for p in bundled_assistant.profile.papers}
    cited = [days[i] for i in _cited(answer)]
    assert min(cited) < dt.date(2020, 3, 11) or min(cited) < dt.date(2022, 11, 30), answer.text
    assert max(cited) > dt.date(2023, 5, 5), answer.text


def test_a_plus_between_a_year_and_another_filter_joins_them() -> None:
    dates = read_dates("how many papers in 2023 + any with code?", dt.date(2026, 12, 5))[0]
    assert dates is not None and dates.describe() == "in 2023"


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("how many papers before 2022 (pre-chatgpt)?", "up to 2021"),
        ("papers before june 2020 (pre-pandemic)", "up to 2020-05-31"),
    ],
)
def test_an_event_beside_the_dates_said_glosses_them(question: str, said: str) -> None:
    dates = read_dates(question, dt.date(2026, 12, 5))[0]
    assert dates is not None and dates.describe() == said
