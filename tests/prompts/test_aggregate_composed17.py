"""Aggregates composed of three independent parts (prompts/understand/extremes.py, units.py,
formulas.py; prompts/answer/bounded.py, grouped.py): the papers kept (the router's filters, a
window bounded by a paper the question computes, an author's place on the byline), the unit
they are grouped by (year, month of a year, month of any year, quarter) and the reduction (the
largest group, the groups with none, the number of groups with a paper, a count). Each family
crosses the parts in combinations no eval set holds, in several phrasings (casual, formal,
typo, his/her/their/the name, pseudo-code); every expected value is computed here from the
bundled profile's own records. Controls keep their reading."""

from __future__ import annotations

import calendar
import re
from collections import Counter

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant
from prompts.understand.extremes import read_bound
from prompts.understand.formulas import in_words
from prompts.understand.people import author_place
from prompts.understand.units import listed_months, read_grouping
from retrieval.index.aliases import aliases
from retrieval.model import Paper
from retrieval.people import same_person

WORDS = {2: "two", 3: "three", 4: "four"}
ORDINALS = {1: "first", 2: "second", 3: "third"}
PRONOUNS = ["his", "her", "their", "Qiu's"]


def _cited(answer: Answer) -> list[str]:
    return [c.paper_id for c in sorted(answer.citations, key=lambda c: c.n)]


def _of(bot: Assistant, category: str) -> list[Paper]:
    return sorted((p for p in bot.profile.papers if p.category == category), key=lambda p: p.date)


def _number_said(answer: Answer, n: int) -> bool:
    return re.search(rf"(?<![\d-]){n}(?![\d-])", answer.text) is not None


def _placed(bot: Assistant, k: int) -> list[Paper]:
    """The owner's papers with the owner at place k of the byline, from the records."""
    owner = bot.profile.name
    return [
        p
        for p in bot.profile.papers
        if len(p.authors) >= k and same_person(p.authors[k - 1], owner)
    ]


def _leads_with(bot: Assistant, q: str, groups: list[str], n: int) -> None:
    """The answer's first line names every group expected, and the number is said."""
    a = bot.ask(q)
    assert all(g in a.text.split("\n")[0] for g in groups), (q, a.text)
    assert _number_said(a, n), (q, a.text)


# --- a window bounded by a paper the question computes: first or last paper of a category ---

AFTER_LAST = [
    "How many papers came out after {pron} last {cat} paper?",
    "newest {cat} paper of {pron} + count of everything newer than it",
    "number of papers following the final {cat}-category paper in the profile?",
    "last {cat} paper -> which, and how many papers after it?",
    "Since Qiu stopped doing {cat} papers, how many papers have appeared?",
    "how mnay papers since {pron} lattest {cat} paper?",
]
BEFORE_FIRST = [
    "How many papers came out before {pron} first {cat} paper?",
    "oldest {cat} paper of {pron} + count of everything older than it",
    "number of papers preceding the earliest {cat}-category paper in the profile?",
    "first {cat} paper -> which, and how many papers before it?",
    "Before Qiu started doing {cat} papers, how many papers were there?",
]


@pytest.mark.parametrize("cat", ["CL", "LG", "IR", "CV"])
@pytest.mark.parametrize(("templates", "late"), [(AFTER_LAST, True), (BEFORE_FIRST, False)])
def test_count_bounded_by_computed_paper(
    bundled_assistant: Assistant, cat: str, templates: list[str], late: bool
) -> None:
    papers = _of(bundled_assistant, cat)
    anchor = papers[-1] if late else papers[0]
    every = bundled_assistant.profile.papers
    side = [p for p in every if (p.date > anchor.date if late else p.date < anchor.date)]
    for i, template in enumerate(templates):
        q = template.format(pron=PRONOUNS[i % len(PRONOUNS)], cat=cat)
        bound = read_bound(q)
        assert bound is not None, q
        assert (bound.end, bound.side) == (("last", "after") if late else ("first", "before")), q
        a = bundled_assistant.ask(q)
        said = _number_said(a, len(side)) or (not side and a.text.startswith("None of the"))
        assert said, (q, a.text)
        # the papers cited are those counted, and the paper the bound was computed at
        assert set(_cited(a)) - {anchor.id} <= {p.id for p in side}, q


@pytest.mark.parametrize(
    "q",
    [
        "How many papers since 2023?",
        "how many papers in his last year?",
        "What was her last paper before 2023?",
        "How many papers between his first and last CL paper?",
        "How many papers did they publish after 2022, and which is the latest one?",
        "how many CV papers after the first half of 2023",
        "Since Minghui Qiu is first author on every one of these papers, how many are there?",
        "since she is the last author on most, how many papers does she have?",
    ],
)
def test_no_bound_without_a_described_paper(q: str) -> None:
    assert read_bound(q) is None


def test_year_count_keeps_its_reading(bundled_assistant: Assistant) -> None:
    a = bundled_assistant.ask("How many papers since 2023?")
    n = sum(p.year >= 2023 for p in bundled_assistant.profile.papers)
    assert a.text.startswith(f"{n} of the")
    assert "paper is" not in a.text.split("\n")[0]


def test_window_between_a_named_and_a_described_paper(bundled_assistant: Assistant) -> None:
    lg = _of(bundled_assistant, "LG")[0]
    named = [p for p in bundled_assistant.profile.papers if " " not in aliases(p)[0]]
    later = max(named, key=lambda p: p.date)
    name = aliases(later)[0]
    n = sum(lg.date < p.date < later.date for p in bundled_assistant.profile.papers)
    for q in (
        f"how many papers between his first LG paper and {name}?",
        f"Between their earliest LG paper and {name}, how many papers appeared?",
    ):
        a = bundled_assistant.ask(q)
        assert _number_said(a, n), (q, a.text)


# --- an author's place on the byline, said by number or after another's place ---

PLACES = [
    "Count the papers where Minghui Qiu appears in position {word} of the byline.",
    "author slot #{k} = qiu -> how many papers?",
    "In how many author lists does {pron} name come right after the {before} author?",
    "papers where qiu sits in place {k} of the author list?",
    "For the exhibits: number of papers where he holds position {word} among the authors.",
]


@pytest.mark.parametrize("k", [2, 3])
def test_author_place_by_number(bundled_assistant: Assistant, k: int) -> None:
    n = len(_placed(bundled_assistant, k))
    for i, template in enumerate(PLACES):
        q = template.format(k=k, word=WORDS[k], before=ORDINALS[k - 1], pron=PRONOUNS[i % 3])
        assert author_place(q.casefold()) == k, q
        a = bundled_assistant.ask(q)
        assert f"{ORDINALS[k]} author of {n} of" in a.text, (q, a.text)


@pytest.mark.parametrize(
    "q", ["papers where he is first author", "who is the first author of KEML?"]
)
def test_first_place_stays_first(q: str) -> None:
    assert author_place(q.casefold()) is None


# --- unit x reduction over the router's filters ---

QUARTERS = [
    "Break {y} into quarters. Which one wins and with how many?",
    "Of the four quarters of {y}, which saw the most papers of {pron}?",
    "{y} by quarter: Q1/Q2/Q3/Q4 -> which had the most papers?",
    "busiest quartr of {y} for qiu?",
    "In {y}, which three-month quarter has the most papers, and how many?",
]


@pytest.mark.parametrize("year", [2021, 2022, 2023, 2025])
def test_busiest_quarter_of_a_year(bundled_assistant: Assistant, year: int) -> None:
    per = Counter(
        (p.date.month - 1) // 3 + 1 for p in bundled_assistant.profile.papers if p.year == year
    )
    top = max(per.values())
    best = [q for q in range(1, 5) if per[q] == top]
    for i, template in enumerate(QUARTERS):
        q = template.format(y=year, pron=PRONOUNS[i % 3].replace("Qiu's", "Qiu"))
        _leads_with(bundled_assistant, q, [f"Q{b}" for b in best], top)


MONTHS_HELD = [
    "months of {y} where {pron} published something - count them",
    "Number of calendar months in {y} with one or more papers?",
    "In {y}, how many months were NOT empty, paper-wise?",
    "how many different months of {y} had a paper?",
    "{y}: how many of the 12 months had a paper from qiu?",
]


@pytest.mark.parametrize("year", [2020, 2022, 2025])
def test_months_of_a_year_with_a_paper(bundled_assistant: Assistant, year: int) -> None:
    n = len({p.date.month for p in bundled_assistant.profile.papers if p.year == year})
    for i, template in enumerate(MONTHS_HELD):
        q = template.format(y=year, pron=["he", "she", "they"][i % 3])
        a = bundled_assistant.ask(q)
        assert f"{n} of the 12 months" in a.text or f"{12 - n} of the 12 months" in a.text, (
            q,
            a.text,
        )


YEARS_WITHOUT = [
    "{cat} drought years?",
    "Were there years without a single {cat} paper? which?",
    "years where qiu had no {cat} paper at all?",
    "Which years have zero papers in the {cat} category?",
    "List the years in which {name} published nothing in {cat}.",
]


@pytest.mark.parametrize("cat", ["CL", "CV", "IR"])
def test_years_without_a_category(bundled_assistant: Assistant, cat: str) -> None:
    papers = bundled_assistant.profile.papers
    held = {p.year for p in papers}
    lacking = sorted(held - {p.year for p in papers if p.category == cat})
    for template in YEARS_WITHOUT:
        q = template.format(cat=cat, name=bundled_assistant.profile.name)
        a = bundled_assistant.ask(q)
        first = a.text.split("\n")[0]
        assert all(str(y) in first for y in lacking), (q, a.text)
        assert not a.abstained, q


MONTHS_WITHOUT = [
    "Which months of {y} had no {cat} paper?",
    "months of {y} without a {cat} paper - how many?",
    "In {y}, in which months was there no {cat} paper?",
    "{y}: months with zero {cat} papers?",
    "months in {y} lacking any {cat} paper of hers?",
]


@pytest.mark.parametrize(("year", "cat"), [(2023, "CV"), (2022, "CL"), (2025, "LG")])
def test_months_of_a_year_without_a_category(
    bundled_assistant: Assistant, year: int, cat: str
) -> None:
    held = {
        p.date.month
        for p in bundled_assistant.profile.papers
        if (p.year, p.category) == (year, cat)
    }
    empty = [calendar.month_name[m] for m in range(1, 13) if m not in held]
    for template in MONTHS_WITHOUT:
        q = template.format(y=year, cat=cat)
        a = bundled_assistant.ask(q)
        first = a.text.split("\n")[0]
        # every month without one named (as a count of the 12, or a 'no paper is dated in')
        assert all(m[:3] in first for m in empty), (q, a.text)
        assert f"{len(empty)} months of the 12" in first or "no listed paper" in first, q


PLACE_YEARS = [
    "{ord}-author papers per year, which year most?",
    "In which year was {pron} {ord} author most often?",
    "Which year had the most papers with Qiu as {ord} author?",
    "busiest year for qiu as {ord} author?",
    "year with the most papers where he is listed {ord}?",
]


@pytest.mark.parametrize("k", [2, 3])
def test_byline_place_per_year_most(bundled_assistant: Assistant, k: int) -> None:
    per = Counter(p.year for p in _placed(bundled_assistant, k))
    top = max(per.values())
    best = [y for y, n in per.items() if n == top]
    for i, template in enumerate(PLACE_YEARS):
        q = template.format(ord=ORDINALS[k], pron=["he", "she", "they"][i % 3])
        _leads_with(bundled_assistant, q, [str(y) for y in best], top)


POOLED = [
    "{a}+{b}+{c}, any year, how many qiu papers total?",
    "count of papers with month in ({i}, {j}, {k}), all years",
    "Pooling every year together, how many papers fall in the months {A} through {C}?",
    "If you ignore the year, how many papers land in {A} to {C}?",
    "regardless of year, number of papers dated in {A}, {B} or {C}?",
]


@pytest.mark.parametrize("first", [1, 4, 6])
def test_months_pooled_over_years(bundled_assistant: Assistant, first: int) -> None:
    months = [first, first + 1, first + 2]
    n = sum(p.date.month in months for p in bundled_assistant.profile.papers)
    abbr = [calendar.month_abbr[m].casefold() for m in months]
    full = [calendar.month_name[m] for m in months]
    for template in POOLED:
        q = template.format(
            a=abbr[0], b=abbr[1], c=abbr[2], i=months[0], j=months[1], k=months[2],
            A=full[0], B=full[1], C=full[2],
        )  # fmt: skip
        a = bundled_assistant.ask(q)
        assert a.text.split("\n")[0].lstrip("Yes: ").startswith(f"{n} of the"), (q, a.text)


# The unit said as a window ('the last 3 months of the year') is a filter: the papers in it are
# counted, not the months
WINDOWED = [
    "papers in the last {w} months of the year, any year, how many",
    "last {ww} months of any year: how many papers?",
    "how many of {pron} papers fall in the final {w} months of the year, whatever the year?",
    "Across all years, papers dated in the closing {ww} months of a year - how many?",
]


@pytest.mark.parametrize("w", [2, 3])
def test_a_window_of_months_counts_papers(bundled_assistant: Assistant, w: int) -> None:
    n = sum(p.date.month > 12 - w for p in bundled_assistant.profile.papers)
    for i, template in enumerate(WINDOWED):
        q = template.format(w=w, ww=WORDS[w], pron=PRONOUNS[i % 4])
        first = bundled_assistant.ask(q).text.split("\n")[0]
        assert first.startswith(f"{n} of the 50 listed papers"), (q, first)


# One year named by where it stands ('last year') is a filter, not years grouped: 'that have no
# code' is said of the papers, not of a year
ONE_YEAR = [
    "List {pron} papers from last year that have no code released.",
    "papers from last year without code?",
    "which of {pron} papers from last year lack a code link",
    "Last year's papers with no code, please",
]


def test_a_year_said_by_where_it_stands_is_a_filter(bundled_assistant: Assistant) -> None:
    papers = bundled_assistant.profile.papers
    for i, template in enumerate(ONE_YEAR):
        q = template.format(pron=PRONOUNS[i % 4])
        a = bundled_assistant.ask(q)
        years = {p.year for p in papers if p.id in _cited(a)}
        assert len(years) == 1, (q, a.text)
        (year,) = years
        n = sum(p.year == year and not p.has_code for p in papers)
        assert a.text.startswith(f"{n} of the 50 listed papers match {year}"), (q, a.text)


def test_terse_month_lists() -> None:
    assert listed_months("sep+oct+nov, any year") == [9, 10, 11]
    assert listed_months("Jan/Feb please") == [1, 2]
    assert listed_months("month in (9, 10, 11)") == [9, 10, 11]
    assert listed_months("papers in May") == []


# --- formulas and pseudo-code said in words ---


def test_formula_window_between_named_papers(bundled_assistant: Assistant) -> None:
    by_name = {aliases(p)[0]: p for p in bundled_assistant.profile.papers}
    for one, two in (("EasyNLP", "Valley"), ("KEML", "EasyTransfer"), ("Meta-SN", "Valley2")):
        a, b = by_name[one], by_name[two]
        n = sum(a.date < p.date < b.date for p in bundled_assistant.profile.papers)
        for q in (
            f"count(papers) where date > {one}.date and date < {two}.date",
            f"COUNT(*) WHERE date > {one}.date AND date < {two}.date",
        ):
            answer = bundled_assistant.ask(q)
            assert _number_said(answer, n), (q, answer.text)


def test_formula_group_with_the_most(bundled_assistant: Assistant) -> None:
    per = Counter(p.year for p in bundled_assistant.profile.papers if p.has_code)
    top = max(per.values())
    best = [y for y, n in per.items() if n == top]
    for q in ("=MAXBY(year, COUNTIF(code=yes))", "argmax(year, count(code == true)) -> year?"):
        _leads_with(bundled_assistant, q, [str(y) for y in best], top)


def test_formula_fields() -> None:
    assert in_words("count(*) where year >= 2023 and category == CV") == (
        "how many papers where since 2023 and in CV"
    )
    assert "without code" in in_words("count(papers) where code = no")


@pytest.mark.parametrize(
    "q",
    [
        "How many papers (in 2023) did he write?",
        "What is the F1 of KECP (on SQuAD)?",
        "Is Valley3 bigger than Valley2?",
        "papers on RL (reinforcement learning)",
        "year the CV count first exceeds the CL count (Qiu) = ?",
        "her paper count (all years) = ?",
        "What's the citation count (total) for Qiu?",
    ],
)
def test_no_formula_left_as_written(q: str) -> None:
    assert in_words(q) == q


# --- controls: a plain count, a topic list and a per-year table keep their reading ---


@pytest.mark.parametrize(
    "q",
    [
        "How many papers in 2023?",
        "How many papers per year?",
        "Which CV papers did she publish?",
        "papers on few-shot learning",
        "How many papers with code?",
        "Over the three calendar years 2021-2023, how many papers did they put out?",
        "In the years 2020 to 2022, how many papers with code?",
    ],
)
def test_controls_are_no_grouping(bundled_assistant: Assistant, q: str) -> None:
    grouping = read_grouping(q)
    assert grouping is None or grouping.reduce == "count", q
    a = bundled_assistant.ask(q)
    first = a.text.split("\n")[0]
    assert not re.search(r"of the 12 have no|of any year:|years?\b.{0,20} have at least", first), q


def test_per_year_table_keeps_its_reading(bundled_assistant: Assistant) -> None:
    a = bundled_assistant.ask("How many papers per year?")
    per = Counter(p.year for p in bundled_assistant.profile.papers)
    for year, n in per.items():
        assert re.search(rf"{year}\D{{1,4}}{n}\b", a.text), a.text


POOLED_RANKED = [
    "which month of the year is {pron} busiest for {cat} papers (all years pooled)?",
    "jan..dec, all years combined: which month wins for {cat} and with how many papers?",
    "Month-of-year with the most {cat} papers across the whole list - and the count?",
    "regardless of year, which month has the most {cat} papers, and how many?",
    "{cat} papers, years pooled: the busiest month of the year?",
]


@pytest.mark.parametrize("cat", ["CV", "CL"])
def test_month_of_any_year_with_the_most(bundled_assistant: Assistant, cat: str) -> None:
    per = Counter(p.date.month for p in bundled_assistant.profile.papers if p.category == cat)
    top = max(per.values())
    best = [calendar.month_name[m] for m, n in per.items() if n == top]
    for i, template in enumerate(POOLED_RANKED):
        q = template.format(cat=cat, pron=["his", "her", "their"][i % 3])
        _leads_with(bundled_assistant, q, best, top)
