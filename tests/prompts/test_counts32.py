"""Counts asked the way new users ask them get the exact number from the metadata, over the
right papers: 'her most productive year' ranks the years (the busiest one, not every year
listed); 'N years ago' is one year counted back from the capture date, not a number of
years; 'how often / how frequently does she share code' is the share of papers with code
(x of N and the percentage). Needs of the bundled profile (Minghui Qiu), in words of no eval set."""

from __future__ import annotations

from collections import Counter

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant
from prompts.understand.dates import reference_date


def _cited(answer: Answer) -> set[str]:
    return {c.paper_id for c in answer.citations}


def _per_year(assistant: Assistant) -> Counter[int]:
    return Counter(p.date.year for p in assistant.profile.papers)


MOST_PRODUCTIVE = [
    "what was her most productive year?",
    "Which year was Minghui Qiu most productive?",
    "his most productive year so far?",
    "As a grant reviewer, I'd like to know their most productive year.",
    "which were his most productive years?",
]
LEAST_PRODUCTIVE = [
    "what was her least productive year?",
    "his least productive year?",
    "I'm curious which year was Qiu's least productive year.",
]


@pytest.mark.parametrize("question", MOST_PRODUCTIVE)
def test_most_productive_year_is_the_busiest_year(
    bundled_assistant: Assistant, question: str
) -> None:
    per_year = _per_year(bundled_assistant)
    year, n = per_year.most_common(1)[0]
    answer = bundled_assistant.ask(question)
    first = answer.text.splitlines()[0]
    assert first.startswith(f"{year} is the busiest year: {n} of"), answer.text
    busiest = {p.id for p in bundled_assistant.profile.papers if p.date.year == year}
    assert _cited(answer) == busiest, answer.text


@pytest.mark.parametrize("question", LEAST_PRODUCTIVE)
def test_least_productive_year_is_the_quietest_year(
    bundled_assistant: Assistant, question: str
) -> None:
    per_year = _per_year(bundled_assistant)
    fewest = min(per_year.values())
    quiet = sorted(y for y, n in per_year.items() if n == fewest)
    answer = bundled_assistant.ask(question)
    first = answer.text.splitlines()[0]
    assert "quietest year" in first and all(str(y) in first for y in quiet), answer.text
    assert "per year" not in first, answer.text


YEARS_AGO = [
    ("how many papers two years ago?", 2),
    ("hw many papers did she put out 2 yrs ago", 2),
    ("How many papers did Minghui Qiu publish three years ago?", 3),
    ("number of his papers from a year ago", 1),
    ("how many CV papers a year ago?", 1),
]


@pytest.mark.parametrize(("question", "back"), YEARS_AGO)
def test_years_ago_is_one_year_counted(
    bundled_assistant: Assistant, question: str, back: int
) -> None:
    year = reference_date(bundled_assistant.profile).year - back
    cv = "CV" in question
    want = {
        p.id
        for p in bundled_assistant.profile.papers
        if p.date.year == year and (not cv or p.category == "CV")
    }
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(f"{len(want)} of the"), answer.text
    assert _cited(answer) == want, answer.text


def test_years_holding_a_paper_are_still_counted(bundled_assistant: Assistant) -> None:
    years = {p.date.year for p in bundled_assistant.profile.papers if p.category == "CV"}
    answer = bundled_assistant.ask("how many years had a CV paper?")
    assert answer.text.startswith(f"{len(years)} different years"), answer.text


CODE_HOW_OFTEN = [
    "how often does she release code?",
    "how frequently do his papers come with code?",
    "How regularly does Minghui Qiu publish code alongside a paper?",
    "how often do they share code?",
    "I'm curious how often Qiu's papers ship code",
]


@pytest.mark.parametrize("question", CODE_HOW_OFTEN)
def test_how_often_code_is_the_share_with_code(bundled_assistant: Assistant, question: str) -> None:
    papers = bundled_assistant.profile.papers
    coded = {p.id for p in papers if p.has_code}
    pct = round(100 * len(coded) / len(papers))
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(f"{len(coded)} of the {len(papers)} listed papers ({pct}%)"), (
        answer.text
    )
    assert _cited(answer) == coded, answer.text


def test_how_often_a_category_has_code_is_of_that_category(bundled_assistant: Assistant) -> None:
    cv = [p for p in bundled_assistant.profile.papers if p.category == "CV"]
    coded = {p.id for p in cv if p.has_code}
    answer = bundled_assistant.ask("how frequently do CV papers of hers have code?")
    pct = round(100 * len(coded) / len(cv))
    assert answer.text.startswith(f"{len(coded)} of the {len(cv)} listed papers (CV) ({pct}%)"), (
        answer.text
    )


def test_how_often_in_a_year_is_no_share(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("how often did she publish in 2025?")
    assert "%" not in answer.text.splitlines()[0], answer.text


# The whole a share is taken of, as named after 'of' / 'out of' / 'among': (question, the
# whole's test, the measured part's test)
WHOLES = [
    ("what share of her code papers are CV?", "code", "CV"),
    ("out of the papers with code, how many are CL?", "code", "CL"),
    ("what percent of his code papers came out in 2025?", "code", 2025),
    ("Of the papers that ship code, what fraction is computer vision?", "code", "CV"),
    ("among papers with code, what proportion are vision papers?", "code", "CV"),
    ("of her CV papers, what share are from 2025?", "CV", 2025),
    ("what share of her CV papers have code?", "CV", "code"),
    ("what fraction of the 2025 output is CV?", 2025, "CV"),
]


def _holds(paper: object, part: str | int) -> bool:
    if part == "code":
        return bool(paper.has_code)  # type: ignore[attr-defined]
    if isinstance(part, int):
        return bool(paper.date.year == part)  # type: ignore[attr-defined]
    return bool(paper.category == part)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("question", "whole", "part"), WHOLES)
def test_a_share_is_taken_of_the_whole_named(
    bundled_assistant: Assistant, question: str, whole: str | int, part: str | int
) -> None:
    base = [p for p in bundled_assistant.profile.papers if _holds(p, whole)]
    hit = {p.id for p in base if _holds(p, part)}
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(f"{len(hit)} of the {len(base)} listed papers"), answer.text
    assert _cited(answer) == hit, answer.text


def test_all_of_a_whole_is_checked_against_that_whole(bundled_assistant: Assistant) -> None:
    coded = [p for p in bundled_assistant.profile.papers if p.has_code]
    latest = max(p.date.year for p in coded)
    n = sum(p.date.year == latest for p in coded)
    answer = bundled_assistant.ask(f"are all of her code papers from {latest}?")
    assert answer.text.startswith(f"No: {n} of the {len(coded)} listed papers"), answer.text


# A window of recent years kept when something else is set aside or negated after it
WINDOW_AND_ASIDE = [
    ("how many papers in the past two years except CV?", lambda p: p.category != "CV"),
    (
        "how many papers did she publish in the last 2 years excluding CV?",
        lambda p: p.category != "CV",
    ),
    ("papers from the past two years other than CV ones", lambda p: p.category != "CV"),
    ("how many papers in the last two years apart from the CV ones", lambda p: p.category != "CV"),
    ("how many papers in the last 2 years without code?", lambda p: not p.has_code),
    ("hw many papers in the past two years that lack code", lambda p: not p.has_code),
]


@pytest.mark.parametrize(("question", "keep"), WINDOW_AND_ASIDE)
def test_recent_years_stay_when_a_part_is_set_aside(
    bundled_assistant: Assistant, question: str, keep: object
) -> None:
    last = reference_date(bundled_assistant.profile).year
    want = {
        p.id
        for p in bundled_assistant.profile.papers
        if p.date.year >= last - 1 and keep(p)  # type: ignore[operator]
    }
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(f"{len(want)} of the"), answer.text
    assert _cited(answer) == want, answer.text


@pytest.mark.parametrize(
    "question",
    ["give me a tally of papers by category", "tally up her papers per category pls"],
)
def test_a_tally_by_category_counts_each_category(
    bundled_assistant: Assistant, question: str
) -> None:
    n = len({p.category for p in bundled_assistant.profile.papers})
    answer = bundled_assistant.ask(question)
    assert f"span {n} categories" in answer.text.splitlines()[0], answer.text


def test_what_ratio_of_papers_is_a_share(bundled_assistant: Assistant) -> None:
    papers = bundled_assistant.profile.papers
    cl = [p for p in papers if p.category == "CL"]
    answer = bundled_assistant.ask("what ratio of her papers are CL?")
    pct = round(100 * len(cl) / len(papers))
    assert answer.text.startswith(f"{len(cl)} of the {len(papers)} listed papers ({pct}%)"), (
        answer.text
    )


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("how old is the Valley paper?", "Valley: Video Assistant"),
        ("How old is Valley2?", "Valley2:"),
        ("how old is her oldest paper?", None),
    ],
)
def test_how_old_a_paper_is_its_date(
    bundled_assistant: Assistant, question: str, title: str | None
) -> None:
    papers = bundled_assistant.profile.papers
    paper = (
        min(papers, key=lambda p: p.date)
        if title is None
        else next(p for p in papers if p.title.startswith(title))
    )
    answer = bundled_assistant.ask(question)
    assert paper.date.isoformat() in answer.text, answer.text
    assert paper.id in _cited(answer), answer.text


@pytest.mark.parametrize("question", ["how old is Minghui Qiu?", "how old is she?"])
def test_how_old_the_person_is_stays_unheld(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("The profile does not answer this"), answer.text
    assert not answer.citations, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "how many papers she write in 21, 22 and 23 all together?",
        "papers in 21, 22 and 23 combined - how many?",
    ],
)
def test_two_digit_years_added_up(bundled_assistant: Assistant, question: str) -> None:
    want = {p.id for p in bundled_assistant.profile.papers if 2021 <= p.date.year <= 2023}
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(f"{len(want)} of the"), answer.text
    assert _cited(answer) == want, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Among her CV papers dated 2025, which lack a code release?",
        "How many of his CV papers from 2025 come with a code link?",
    ],
)
def test_a_whole_dated_after_its_noun_keeps_its_year(
    bundled_assistant: Assistant, question: str
) -> None:
    base = [p for p in bundled_assistant.profile.papers if p.category == "CV" and p.year == 2025]
    answer = bundled_assistant.ask(question)
    assert f"of the {len(base)} listed papers (CV, in 2025)" in answer.text, answer.text
