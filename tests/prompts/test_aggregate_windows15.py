"""Windows, rankings and corrections (prompts/understand/windows.py, corrections.py): the
busiest or quietest N consecutive years, months or days; every year (category) ranked by its
count; and a value corrected inside one message, for any slot. Each shape is asked in a family
of phrasings no eval set holds, crossed with lengths, categories and years nobody asked; the
expected values are computed here from the bundled profile's own records."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant
from prompts.understand.corrections import corrected
from prompts.understand.groups import read_tally
from retrieval.index.aliases import aliases
from retrieval.model import Paper

WORDS = {2: "two", 3: "three", 4: "four"}


def _cited(answer: Answer) -> set[str]:
    return {c.paper_id for c in answer.citations}


def _papers(bot: Assistant, category: str | None = None) -> list[Paper]:
    return [p for p in bot.profile.papers if category is None or p.category == category]


def _year_windows(bot: Assistant, kept: list[Paper], k: int) -> dict[tuple[int, ...], int]:
    """Every window of k consecutive years over the profile's span, with its kept papers."""
    years = [p.year for p in bot.profile.papers]
    per = Counter(p.year for p in kept)
    starts = range(min(years), max(years) - k + 2)
    return {tuple(range(s, s + k)): sum(per[y] for y in range(s, s + k)) for s in starts}


# The quietest (busiest) window of k consecutive years: a minimum over windows, not a run
YEAR_WINDOWS = [
    ("Which {k} consecutive years were her {word}, combined?"),
    ("{word} {d}-year stretch for qiu? total?"),
    ("over any {k} back-to-back years, the {word} total of papers?"),
    ("For a grant narrative: the {k} adjacent years with the {word} papers, and how many"),
    ("{k} successive years, {word} output: which and how many"),
    ("qiu's {word} {d}-year window, please"),
]
BUSY = {"busiest": False, "quietest": True, "most": False, "fewest": True}


@pytest.mark.parametrize("template", YEAR_WINDOWS)
@pytest.mark.parametrize("word", ["busiest", "quietest", "most", "fewest"])
def test_window_read_from_any_wording(template: str, word: str) -> None:
    for k in (2, 3, 4):
        low = template.format(k=WORDS[k], d=k, word=word).casefold()
        tally = read_tally(low, False, [])
        assert tally is not None, low
        assert (tally.group, tally.reduce, tally.k, tally.extreme) == (
            "year",
            "window",
            k,
            BUSY[word],
        ), low


@pytest.mark.parametrize("template", YEAR_WINDOWS[:4])
@pytest.mark.parametrize("word", ["busiest", "quietest"])
@pytest.mark.parametrize("category", [None, "CL", "CV"])
def test_year_window_totals(
    bundled_assistant: Assistant, template: str, word: str, category: str | None
) -> None:
    kept = _papers(bundled_assistant, category)
    for k in (2, 3):
        question = template.format(k=WORDS[k], d=k, word=word)
        if category:  # the category said as a frame, whatever the wording
            question = f"Only {category} papers: {question}"
        windows = _year_windows(bundled_assistant, kept, k)
        best = (min if BUSY[word] else max)(windows.values())
        top = [w for w, n in windows.items() if n == best]
        answer = bundled_assistant.ask(question)
        head = answer.text.split("\n")[0]
        assert f"{best} listed paper" in head, (question, answer.text)
        for w in top:
            assert str(w[0]) in head and str(w[-1]) in head, (question, answer.text)
        inside = {p.id for p in kept if any(p.year in w for w in top)}
        assert _cited(answer) == inside, (question, answer.text)


def _most_in_days(papers: list[Paper], days: int) -> int:
    dates = sorted(p.date for p in papers)
    return max(
        sum(1 for d in dates if start <= d <= start + dt.timedelta(days=days - 1))
        for start in dates
    )


DAY_WINDOWS = [
    ("What's the most papers she put out within a single {n}-day stretch?", 7),
    ("busiest week ever for qiu? dates please", 7),
    ("in any {w} consecutive days, the highest number of their papers?", 7),
    ("the largest number of his papers in one week, and which week", 7),
    ("Within a single {n}-day window, how many papers at most?", 10),
    ("most papers within any {w} consecutive days", 3),
    ("the busiest 30-day stretch for qiu?", 30),
]


@pytest.mark.parametrize(("template", "days"), DAY_WINDOWS)
@pytest.mark.parametrize("category", [None, "CV", "CL"])
def test_busiest_days_window(
    bundled_assistant: Assistant, template: str, days: int, category: str | None
) -> None:
    kept = _papers(bundled_assistant, category)
    question = template.format(n=days, w=WORDS.get(days, days))
    if category:
        question = f"Only {category} papers: {question}"
    best = _most_in_days(kept, days)
    answer = bundled_assistant.ask(question)
    assert f": {best} paper" in answer.text, (question, answer.text)
    cited = [p for p in kept if p.id in _cited(answer)]
    assert len(cited) >= best, (question, answer.text)


RANKINGS = [
    "Rank Qiu's years from most to fewest papers.",
    "sort the years by paper count, desc",
    "which years were her biggest, from top to bottom? counts too",
    "ORDER BY papers DESC: year, count",
    "leaderboard of their years by number of papers",
    "Put his years in order from busiest to quietest.",
    "her years ranked by output, please",
]


@pytest.mark.parametrize("question", RANKINGS)
@pytest.mark.parametrize("category", [None, "CL", "CV"])
def test_years_ranked_whole(
    bundled_assistant: Assistant, question: str, category: str | None
) -> None:
    kept = _papers(bundled_assistant, category)
    asked = question if category is None else question.rstrip(".") + f", {category} papers only"
    counts = Counter(p.year for p in kept)
    answer = bundled_assistant.ask(asked)
    lines = [line for line in answer.text.splitlines() if re.match(r"\d+\. ", line)]
    assert len(lines) == len(set(counts.values())), (asked, answer.text)
    for line, n in zip(lines, sorted(set(counts.values()), reverse=True), strict=True):
        years = {y for y, c in counts.items() if c == n}
        assert {int(y) for y in re.findall(r"\b20\d\d\b", line)} == years, (asked, line)
        assert f": {n} paper" in line, (asked, line)
    assert _cited(answer) == {p.id for p in kept}, asked


def test_ranking_ascending(bundled_assistant: Assistant) -> None:
    counts = Counter(p.year for p in bundled_assistant.profile.papers)
    answer = bundled_assistant.ask("rank her years from fewest to most papers")
    first = next(line for line in answer.text.splitlines() if line.startswith("1. "))
    assert f": {min(counts.values())} paper" in first, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "sort her papers by year",
        "list her papers in chronological order",
        "the longest streak of years with a CV paper",
        "most papers in a single year?",
        "the most papers in the last two years",
        "which day of the week has the most papers",
        "her two busiest years",
    ],
)
def test_controls_keep_another_reading(question: str) -> None:
    tally = read_tally(question.casefold(), False, [])
    assert tally is None or (tally.reduce != "window" and tally.k != 0), (question, tally)


# Corrections inside one message: the value after the retraction replaces the last one of its
# shape, for years, names and categories; 'not X' that is a real negation stays
CORRECTED = [
    "How many papers did Qiu publish in {bad}, sorry, typo, I meant {good}?",
    "papers in {bad}, no wait, {good}. how many?",
    "What did she publish in {bad}? Correction: {good}, not {bad}. Count please.",
    "How many in {good} (not {bad}, autocorrect keeps changing it)?",
    "Ignore my earlier question about {bad}. What I actually need: how many papers in {good}?",
    "count of papers from {bad}... scratch that, {good}",
    "how many papers in {bad} - oops, I mean {good}?",
    "number of {bad} papers, or rather {good} papers",
]


@pytest.mark.parametrize("template", CORRECTED)
def test_corrected_year_kept(template: str) -> None:
    for bad, good in ((2021, 2024), (2025, 2020), (2023, 2022)):
        text = corrected(template.format(bad=bad, good=good))
        assert str(good) in text and str(bad) not in text, text


@pytest.mark.parametrize("template", CORRECTED[:5])
@pytest.mark.parametrize(("bad", "good"), [(2021, 2024), (2022, 2023), (2025, 2021)])
def test_corrected_year_counted(
    bundled_assistant: Assistant, template: str, bad: int, good: int
) -> None:
    kept = {p.id for p in bundled_assistant.profile.papers if p.year == good}
    answer = bundled_assistant.ask(template.format(bad=bad, good=good))
    assert _cited(answer) == kept, answer.text
    assert re.search(rf"\b{len(kept)}\b", answer.text), answer.text


@pytest.mark.parametrize(
    ("question", "kept", "gone"),
    [
        ("papers with Wang Jun, sorry, I meant Zhang Wei?", "with Zhang Wei", "Wang"),
        ("How many CV papers - sorry, CL papers - did she write?", "CL papers", "CV"),
        ("what did qiu publish in cv, oops, in cl?", "in cl", "cv"),
        ("papers by Ang Wang, I mean Ziheng Wu", "Ziheng Wu", "Ang"),
        ("the KECP paper, no wait, the SpanProto paper: who wrote it?", "SpanProto", "KECP"),
    ],
)
def test_corrected_other_slots(question: str, kept: str, gone: str) -> None:
    text = corrected(question)
    assert kept in text and gone not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "papers not in 2024",
        "How many papers, ignoring the even-numbered years?",
        "count her 2020 papers not 2021 ones",
        "Has she worked on video? I mean watching and answering about a clip, not generating.",
        "which papers did she co-write with Dehong Gao? Thanks, and sorry if it's odd.",
        "does she have papers on code nineteen i mean covid",
        "CL papers, no code, from 2022?",
        # a thing set aside, not an earlier question taken back
        "What papers did she write? Never mind the dates. Just titles.",
        "Forget the surveys. How many of her papers are from 2024?",
        "Ignore the preprints: which 2023 papers have code?",
    ],
)
def test_no_correction_leaves_the_question(question: str) -> None:
    assert corrected(question) == question


def test_negation_stays_after_correction(bundled_assistant: Assistant) -> None:
    good = 2024
    kept = {p.id for p in bundled_assistant.profile.papers if p.year != good}
    answer = bundled_assistant.ask(f"how many papers not in {good}?")
    assert re.search(rf"\b{len(kept)}\b", answer.text), answer.text


# A paper described by its place, as the end of a window ('before his first one with code')
def _first(papers: list[Paper]) -> Paper:
    return min(papers, key=lambda p: (p.date, p.n))


BEFORE_FIRST = [
    "how many papers did he publish before his first one with code?",
    "How many listed papers predate the first paper that comes with code?",
    "# of papers before the first code release?",
    "papers that came out before their very first paper with code: how many?",
    "Count her papers prior to the earliest one that shipped code.",
]


@pytest.mark.parametrize("question", BEFORE_FIRST)
def test_count_before_the_first_coded_paper(bundled_assistant: Assistant, question: str) -> None:
    papers = bundled_assistant.profile.papers
    anchor = _first([p for p in papers if p.has_code])
    before = {p.id for p in papers if p.date < anchor.date}
    answer = bundled_assistant.ask(question)
    assert re.search(rf"\b{len(before)}\b", answer.text.split("\n")[0]), answer.text[:300]
    assert before <= _cited(answer) <= before | {anchor.id}, answer.text[:300]


WINDOW_FROM_FIRST = [
    "how many papers in the {n} months after her earliest listed paper?",
    "Counting from his first paper's date, how many papers appeared within {n} months?",
    "the {n} months starting with their first paper: how many papers?",
    "within {n} months of qiu's first {cat} paper, how many {cat} papers came out?",
]


@pytest.mark.parametrize("template", WINDOW_FROM_FIRST)
@pytest.mark.parametrize("n", [3, 6, 12])
def test_window_from_the_first_paper(bundled_assistant: Assistant, template: str, n: int) -> None:
    from dateutil.relativedelta import relativedelta

    for category in ("CV", "CL"):
        if "{cat}" not in template and category != "CV":
            continue
        kept = _papers(bundled_assistant, category if "{cat}" in template else None)
        start = _first(kept).date
        end = start + relativedelta(months=n) - dt.timedelta(days=1)
        inside = {p.id for p in kept if start <= p.date <= end}
        question = template.format(n=n, cat=category)
        answer = bundled_assistant.ask(question)
        assert _cited(answer) == inside, (question, answer.text[:300])


def _owner_on(paper: Paper, owner: str) -> bool:
    from retrieval.people import normalize_name

    return normalize_name(owner) in {normalize_name(a) for a in paper.authors}


BYLINE_BEFORE = [
    "Which paper with Qiu's name on it came right before {x}?",
    "the paper just before {x} that has her name on the byline?",
    "what is the last paper before {x} listing Minghui Qiu?",
    "Before {x}, which was the most recent paper with his name visible in the author list?",
    "the paper right after {x} with Qiu's name on it?",
]


@pytest.mark.parametrize("template", BYLINE_BEFORE)
def test_pick_kept_among_papers_showing_the_owner(
    bundled_assistant: Assistant, template: str
) -> None:
    owner = bundled_assistant.profile.name
    papers = sorted(bundled_assistant.profile.papers, key=lambda p: (p.date, p.n))
    after = "after" in template
    checked = 0
    for name in ("CODA", "Valley2", "HRKD", "KANGAROO"):
        named = next(p for p in papers if aliases(p)[0] == name)
        side = [
            p
            for p in papers
            if _owner_on(p, owner) and (p.date > named.date if after else p.date < named.date)
        ]
        if not side:
            continue
        nearest = side[0] if after else side[-1]
        expected = {p.id for p in side if p.date == nearest.date}
        answer = bundled_assistant.ask(template.format(x=name))
        assert _cited(answer) and _cited(answer) <= expected, (name, answer.text[:300])
        checked += 1
    assert checked


@pytest.mark.parametrize(
    "template",
    [
        "how many times more papers in {a} than in {b}?",
        "By what factor does the number of papers in {a} exceed the number in {b}?",
    ],
)
def test_multiple_of_two_counts(bundled_assistant: Assistant, template: str) -> None:
    counts = Counter(p.year for p in bundled_assistant.profile.papers)
    for a, b in ((2025, 2024), (2020, 2023)):
        answer = bundled_assistant.ask(template.format(a=a, b=b))
        multiple = max(counts[a], counts[b]) / min(counts[a], counts[b])
        assert f"about {multiple:.1f} times" in answer.text, answer.text[:300]
