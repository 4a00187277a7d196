"""The date slot: families of phrasings that must read as the same dates, and questions with none."""

from __future__ import annotations

import datetime as dt

import pytest

from prompts.understand.dates import DateRange, read_dates

REF = dt.date(2026, 11, 30)  # the profile's capture date
D = dt.date


def year(y: int, negated: bool = False) -> DateRange:
    return DateRange(start=D(y, 1, 1), end=D(y, 12, 31), negated=negated)


def years(lo: int, hi: int, negated: bool = False) -> DateRange:
    return DateRange(start=D(lo, 1, 1), end=D(hi, 12, 31), negated=negated)


# Each family: casual, formal, lower-case with a typo, he/she/they/"Minghui Qiu", indirect.
FAMILIES: dict[str, tuple[DateRange, list[str]]] = {
    "bare year": (year(2023), [
        "what did she publish in 2023?",
        "Please list the publications Minghui Qiu authored during 2023.",
        "waht papers from 2023 does he have",
        "Show me their 2023 papers on retrieval",
        "I'm curious whether Minghui Qiu published anything in the year 2023",
        "How many papers were published 2023?",
    ]),
    "two-digit year": (year(2023), [
        "what did he put out in '23",
        "papers she wrote back in 23'",
        "their '23 papers on retrieval",
        "i'm curious whether minghui qiu publishd anything in 23",
        "Which works by Minghui Qiu appeared in ’23?",
        "anything from '23?",
    ]),
    "closed range": (years(2021, 2022), [
        "papers between 2021 and 2022",
        "What did Minghui Qiu publish from 2021 to 2022?",
        "her work 2021-2022",
        "Their publications, 2021–2022.",
        "he wrote what 2021 through 2022?",
        "anything betwen 2021 and 2022 on agents",
        "I'm curious whether she published in 2021 and 2022",
        "from '21 to '22",
    ]),
    "since a year": (DateRange(start=D(2021, 1, 1)), [
        "papers since 2021",
        "List Minghui Qiu's publications from 2021 onwards.",
        "what has she done from 2021 on?",
        "their 2021 and later papers",
        "sinse 2021 waht did he publish",
        "I'm curious whether anything came out after 2020",
        "Publications since the start of 2021, please.",
        "starting in 2021, what did they write?",
    ]),
    "after a year": (DateRange(start=D(2022, 1, 1)), [
        "papers after 2021",
        "Publications by Minghui Qiu later than 2021.",
        "post-2021 work on retrieval",
        "what did she do since 2022",
        "i'm curious whether they publishd anyting since '22",
    ]),
    "up to a year": (DateRange(end=D(2020, 12, 31)), [
        "papers before 2021",
        "Which publications appeared prior to 2021?",
        "what did he do up to 2020",
        "her work until 2020",
        "papers no later than 2020",
        "their 2020 and earlier papers",
        "I'm curious whether Minghui Qiu published anything earlier than 2021",
        "pre-2021 papres on vision",
    ]),
    "since a month": (DateRange(start=D(2024, 3, 1)), [
        "papers since March 2024",
        "Publications by Minghui Qiu from March 2024 onwards.",
        "what has she written since march of 2024",
        "their work after February 2024",
        "i'm curious whether he publishd anything starting mar 2024",
    ]),
    "disjoint years": (DateRange(start=D(2020, 1, 1), end=D(2022, 12, 31), years=[2020, 2022]), [
        "papers in 2020 and 2022",
        "Publications by Minghui Qiu from 2020 or 2022.",
        "what did she write in 2022 and in 2020",
        "their '20 and '22 papres",
        "I'm curious whether he published in 2020, and in 2022",
    ]),
    "negated year": (year(2023, negated=True), [
        "papers not in 2023",
        "Publications by Minghui Qiu excluding 2023.",
        "everything apart from 2023",
        "her papers other than 2023",
        "papers that aren't from 2023",
        "which papers arent from 2023",
        "papers that werent published in 2023",
        "what did he publish except in 2023",
        "their work, 2023 excluded",
        "i'm curious whether minghui qiu has papres not publishd in 2023",
    ]),
    "negated range": (years(2021, 2022, negated=True), [
        "papers outside 2021-2022",
        "Publications by Minghui Qiu excluding 2021 and 2022.",
        "what did she write not between 2021 and 2022",
        "their work other than 2021–2022",
        "i'm curious whether he has papres not in 2021 or 2022",
    ]),
    # Relative to REF = 2026-11-30.
    "this year": (year(2026), [
        "papers this year",
        "What has Minghui Qiu published so far this year?",
        "waht did she write in 2026",
        "I'm curious whether they published anything this year",
    ]),
    "last year": (year(2025), [
        "papers last year",
        "Publications by Minghui Qiu in the previous year.",
        "what did he do a year ago",
        "i'm curious whether she publishd anything in 2025",
        "their work one year ago",
    ]),
    "the year before last": (year(2024), [
        "papers the year before last",
        "What did Minghui Qiu publish two years ago?",
        "her work from 2 years ago",
        "i'm curious whether they publishd in 2024",
    ]),
    "last 18 months": (DateRange(start=D(2025, 5, 30)), [
        "papers in the last 18 months",
        "Publications by Minghui Qiu over the past 18 months.",
        "what did she do over the last year and a half",
        "their work within the past eighteen months",
        "i'm curious whether he publishd anything in the last 1.5 years",
    ]),
    "last two years": (years(2025, 2026), [
        "papers from the last two years",
        "Publications by Minghui Qiu in the past 2 years.",
        "what did she do the last couple of years",
        "their work over the past two years",
        "i'm curious whether he publishd anything in 2025-2026",
    ]),
    "last 6 months": (DateRange(start=D(2026, 5, 30)), [
        "papers in the last 6 months",
        "Publications by Minghui Qiu within the past six months.",
        "what did she do the last six months",
        "i'm curious whether they publishd anything over the past 6 months",
    ]),
    "last month": (DateRange(start=D(2026, 10, 1), end=D(2026, 10, 31)), [
        "papers last month",
        "Publications by Minghui Qiu in October 2026.",
        "what did she put out a month ago",
        "i'm curious whether he publishd anything last month",
    ]),
    "a month range ending in a year": (DateRange(start=D(2025, 3, 1), end=D(2025, 6, 30)), [
        "what did she publish between march and june 2025?",
        "Papers by Minghui Qiu from March to June 2025, please.",
        "papers between march and jun 2025",
        "I'm curious what they released from March through June 2025",
    ]),
    "last spring, said in November": (DateRange(start=D(2026, 3, 1), end=D(2026, 5, 31)), [
        "what did she publish last spring?",
        "Which papers did Minghui Qiu release in the past spring?",
        "papers from last spring pls",
        "I'm curious what he put out this spring",
    ]),
    "last winter spans the new year": (DateRange(start=D(2025, 12, 1), end=D(2026, 2, 28)), [
        "papers from last winter",
        "What did they publish last winter?",
    ]),
}  # fmt: skip


@pytest.mark.parametrize("name", FAMILIES)
def test_a_family_of_phrasings_reads_as_the_same_dates(name: str) -> None:
    expected, phrasings = FAMILIES[name]
    got = {q: read_dates(q, REF)[0] for q in phrasings}
    assert got == dict.fromkeys(phrasings, expected)


REF_2024 = D(2024, 12, 31)  # another capture date: the same words, other dates
FAMILIES_2024: dict[str, tuple[DateRange, list[str]]] = {
    "last two years": (years(2023, 2024), [
        "papers from the last two years",
        "Publications by Minghui Qiu in the past 2 years.",
        "what did she do the last couple of years",
        "I'm curious whether they published anything in 2023-2024",
    ]),
    "last 18 months": (DateRange(start=D(2023, 6, 30)), [
        "papers in the last 18 months",
        "what did he do over the last year and a half",
        "i'm curious whether she publishd anything within the past eighteen months",
    ]),
    "this year": (year(2024), ["papers this year", "What did Minghui Qiu publish in 2024?"]),
    "last year": (year(2023), ["papers last year", "their work from a year ago"]),
}  # fmt: skip


@pytest.mark.parametrize("name", FAMILIES_2024)
def test_relative_dates_follow_the_capture_date(name: str) -> None:
    expected, phrasings = FAMILIES_2024[name]
    got = {q: read_dates(q, REF_2024)[0] for q in phrasings}
    assert got == dict.fromkeys(phrasings, expected)


NO_DATE = [
    "what are her main research areas?",
    "top 5 papers",
    "Valley2 vs Valley3",
    "How does GPT-4o compare?",
    "20 Newsgroups 1-shot results",
    "AI Score 61",
    "what is his h-index?",
    "papers reporting 81.5 accuracy",
    "3D reconstruction papers",
    "755 entries on R1 reasoning",
    "what has she worked on recently?",
    "anything new lately?",
    "results in 23 languages",
    "how did it do on 20 Newsgroups",
    "a 2048 tokens context window",
    "papers with over 2000 citations",
    "the last paper she wrote",
    "may I see her papers on March of progress",
    "which paper is the most cited one?",
]


@pytest.mark.parametrize("question", NO_DATE)
def test_questions_without_dates_are_left_alone(question: str) -> None:
    assert read_dates(question, REF) == (None, question)


@pytest.mark.parametrize("question", [q for _, phrasings in FAMILIES.values() for q in phrasings])
def test_nothing_date_like_is_left_after_blanking(question: str) -> None:
    _, rest = read_dates(question, REF)
    assert len(rest) == len(question)
    assert read_dates(rest, REF) == (None, rest)


def test_date_phrases_are_blanked_for_topic_extraction() -> None:
    question = "papers on retrieval not in 2023 by Minghui Qiu"
    _, rest = read_dates(question, REF)
    assert len(rest) == len(question)
    assert rest.split() == ["papers", "on", "retrieval", "by", "Minghui", "Qiu"]


def test_a_negation_inside_a_range_leaves_the_other_years() -> None:
    got, _ = read_dates("papers since 2021 but not 2023", REF)
    assert got == DateRange(
        start=D(2021, 1, 1), end=D(2026, 12, 31), years=[2021, 2022, 2024, 2025, 2026]
    )


def test_an_excluded_open_range_is_negated() -> None:
    got, _ = read_dates("papers before 2023 excluded", REF)
    assert got == DateRange(end=D(2022, 12, 31), negated=True)
    assert got.matches(D(2023, 1, 1)) and not got.matches(D(2022, 12, 31))


@pytest.mark.parametrize(
    ("date_range", "day", "expected"),
    [
        (year(2023), D(2023, 6, 1), True),
        (year(2023), D(2024, 1, 1), False),
        (year(2023, negated=True), D(2023, 6, 1), False),
        (year(2023, negated=True), D(2022, 6, 1), True),
        (
            DateRange(start=D(2020, 1, 1), end=D(2022, 12, 31), years=[2020, 2022]),
            D(2021, 5, 5),
            False,
        ),
        (DateRange(start=D(2025, 5, 30)), D(2025, 5, 30), True),
        (DateRange(start=D(2025, 5, 30)), D(2025, 5, 29), False),
    ],
)
def test_matches_applies_bounds_and_negation(
    date_range: DateRange, day: dt.date, expected: bool
) -> None:
    assert date_range.matches(day) is expected


@pytest.mark.parametrize(
    ("date_range", "text"),
    [
        (year(2023), "in 2023"),
        (DateRange(start=D(2025, 5, 30)), "since 2025-05-30"),
        (years(2021, 2022), "2021-2022"),
        (DateRange(end=D(2020, 12, 31)), "up to 2020"),
        (year(2023, negated=True), "not in 2023"),
        (DateRange(start=D(2020, 1, 1), end=D(2022, 12, 31), years=[2020, 2022]), "2020 and 2022"),
        (DateRange(start=D(2026, 10, 1), end=D(2026, 10, 31)), "2026-10-01 to 2026-10-31"),
    ],
)
def test_describe_words_the_range(date_range: DateRange, text: str) -> None:
    assert date_range.describe() == text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # what the papers since then are: an open range
        ("every paper he wrote since 2024 is about LLMs, right?", DateRange(start=D(2024, 1, 1))),
        (
            "all she has published since 2024 is on retrieval, correct?",
            DateRange(start=D(2024, 1, 1)),
        ),
        ("since 2024 it is all multimodal for them, no?", DateRange(start=D(2024, 1, 1))),
        # a reason about the year itself: that year
        ("Since 2024 was her busiest year, what did she publish then?", year(2024)),
        ("since 2023 is when he started on video, which papers are from it?", year(2023)),
    ],
)
def test_since_a_year_said_of_the_papers_is_an_open_range(
    question: str, expected: DateRange
) -> None:
    assert read_dates(question, REF)[0] == expected


@pytest.mark.parametrize(
    "question",
    [
        "31/12 paper?",
        "did she publish on 12/31 of any year?",
        "any papers of his dated 31/12",
        "Has Minghui Qiu published anything on 31/12?",
        "i'm curious whether they put out a paper on dec 31",
    ],
)
def test_a_day_in_figures_is_that_day_of_any_year(question: str) -> None:
    found, _ = read_dates(question, REF)
    assert found is not None and found.days == [(12, 31)], question


@pytest.mark.parametrize(
    "question",
    ["papers on 05/06?", "does 1/3 of her work have code?", "a 50/50 split of CV and CL?"],
)
def test_figures_that_need_not_be_a_day_are_no_date(question: str) -> None:
    assert read_dates(question, REF)[0] is None, question
