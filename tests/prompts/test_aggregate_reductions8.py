"""Reductions of the aggregate algebra over the papers' dates and rankings, each asked several
ways (casual, formal, typos, spoken years, he/she/they/the name): the median, the span, the
closest pair, days of the week, the k-th group, the top k summed, one year against the rest.
Every expected number is computed here from the profile, none copied from an eval set."""

from __future__ import annotations

import itertools
import statistics
from collections import Counter

import pytest

from prompts.assistant import Assistant
from retrieval.model import Paper


def _papers(bot: Assistant) -> list[Paper]:
    return sorted(bot.profile.papers, key=lambda p: p.date)


MEDIAN = [
    "Which year is the median of Minghui Qiu's publication dates?",
    "medain year of her papers pls",
    "if you line up all their papers by date, what year is in the middle?",
    "I'm curious where the midpoint of his publication list falls, year-wise",
    "What's the median publication date for Qiu?",
]


@pytest.mark.parametrize("question", MEDIAN)
def test_the_median_year_is_said_with_the_middle_papers(
    bundled_assistant: Assistant, question: str
) -> None:
    papers = _papers(bundled_assistant)
    n = len(papers)
    middle = papers[(n - 1) // 2 : n // 2 + 1]
    answer = bundled_assistant.ask(question)
    assert f"median year of the {n} listed papers is {middle[0].year}" in answer.text, answer.text
    assert {c.title for c in answer.citations} == {p.title for p in middle}


SPAN = [
    "How many years separate her first listed paper from her most recent one?",
    "from qiu's earliest paper to the newest, how long is that?",
    "what period does his publication record cover?",
    "Over what span of time do Minghui Qiu's papers run, first to last?",
    "how long have they been publishing, from the very first paper to the latest",
]


@pytest.mark.parametrize("question", SPAN)
def test_the_span_runs_from_the_first_paper_to_the_latest(
    bundled_assistant: Assistant, question: str
) -> None:
    papers = _papers(bundled_assistant)
    first, last = papers[0], papers[-1]
    answer = bundled_assistant.ask(question)
    days = (last.date - first.date).days
    assert f"({days:,} days)" in answer.text, answer.text[:300]
    assert first.date.isoformat() in answer.text and last.date.isoformat() in answer.text
    assert [c.title for c in answer.citations] == [first.title, last.title]


CLOSEST = [
    "Which pair of her papers was released with the fewest days between them?",
    "two papers of his that came out back to back, closest in date?",
    "wich of qiu's papers are nearest to each other in time",
    "I'm curious which of Minghui Qiu's publications appeared in quick succession.",
    "what's the shortest gap between two of their papers, and which papers?",
]


@pytest.mark.parametrize("question", CLOSEST)
def test_the_closest_pair_of_papers(bundled_assistant: Assistant, question: str) -> None:
    papers = _papers(bundled_assistant)
    gaps = [((b.date - a.date).days, a, b) for a, b in itertools.pairwise(papers)]
    least = min(g for g, _, _ in gaps)
    pairs = {t for g, a, b in gaps if g == least for t in (a.title, b.title)}
    answer = bundled_assistant.ask(question)
    assert "the closest together" in answer.text, answer.text[:300]
    assert {c.title for c in answer.citations} == pairs


WEEKEND = [
    ("How many of her papers are dated on a Saturday or a Sunday?", {5, 6}),
    ("papers qiu put out on the weekend, how many?", {5, 6}),
    ("count of their publications dated on a weekday", {0, 1, 2, 3, 4}),
    ("I wonder how many of Minghui Qiu's papers carry a Friday date.", {4}),
    ("how many of his papers were not dated on a weekend?", {0, 1, 2, 3, 4}),
    ("number of papers she published on sundays", {6}),
]


@pytest.mark.parametrize(("question", "days"), WEEKEND)
def test_papers_on_the_days_of_the_week_asked(
    bundled_assistant: Assistant, question: str, days: set[int]
) -> None:
    kept = [p for p in _papers(bundled_assistant) if p.date.weekday() in days]
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(f"{len(kept)} of the "), answer.text[:200]
    assert {c.title for c in answer.citations} == {p.title for p in kept}


SECOND = [
    ("What is Minghui Qiu's second most common arXiv category?", "category", 2),
    ("runner-up category for her papers, with the count", "category", 2),
    ("which categry comes second by number of his papers?", "category", 2),
    ("their third most frequent category?", "category", 3),
    ("Which year was the second busiest for Qiu?", "year", 2),
    ("I'm curious which year ranks number two by paper count for her.", "year", 2),
]


@pytest.mark.parametrize(("question", "group", "k"), SECOND)
def test_the_kth_group_by_count(
    bundled_assistant: Assistant, question: str, group: str, k: int
) -> None:
    papers = _papers(bundled_assistant)
    key = (lambda p: p.category) if group == "category" else (lambda p: str(p.year))
    counts = Counter(key(p) for p in papers)
    at = sorted(set(counts.values()), reverse=True)[k - 1]
    kept = {g for g, c in counts.items() if c == at}
    answer = bundled_assistant.ask(question)
    head = answer.text.split("\n")[0]
    assert all(g in head for g in kept) and f": {at} of the" in head, head
    assert {key(p) for p in papers if p.title in {c.title for c in answer.citations}} == kept


TOP = [
    ("How many papers did she publish in her two most productive years put together?", 2),
    ("his top 2 years by output, total paper count?", 2),
    ("add up qiu's three busiest years - how many papers", 3),
    ("I'd like the combined number of papers in their two peak years.", 2),
    ("What do Minghui Qiu's three strongest years sum to in papers?", 3),
]


@pytest.mark.parametrize(("question", "k"), TOP)
def test_the_top_k_years_summed(bundled_assistant: Assistant, question: str, k: int) -> None:
    counts = sorted(Counter(p.year for p in _papers(bundled_assistant)).values(), reverse=True)
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(f"{sum(counts[:k])} of the "), answer.text[:200]


REST = [
    ("Did she publish more in 2025 than in all earlier years combined?", 2025, True),
    ("2023 vs every year before it together - counts for qiu?", 2023, True),
    (
        "papers in twenty twenty two compared with all the years before twenty twenty two",
        2022,
        True,
    ),
    ("How do Minghui Qiu's 2021 papers compare with all his later years together?", 2021, False),
    ("I'm curious whether their 2024 output outweighs their whole earlier record.", 2024, True),
]


@pytest.mark.parametrize(("question", "year", "before"), REST)
def test_one_year_against_all_the_years_before_or_after(
    bundled_assistant: Assistant, question: str, year: int, before: bool
) -> None:
    papers = _papers(bundled_assistant)
    same = [p for p in papers if p.year == year]
    rest = [p for p in papers if (p.year < year if before else p.year > year)]
    answer = bundled_assistant.ask(question)
    assert f"{len(same)} in {year} against {len(rest)} in all" in answer.text, answer.text[:300]
    assert f"Ratio {len(same)}:{len(rest)}" in answer.text
    assert {c.title for c in answer.citations} == {p.title for p in same + rest}


def test_the_median_count_per_year(bundled_assistant: Assistant) -> None:
    papers = _papers(bundled_assistant)
    years = range(papers[0].year, papers[-1].year + 1)
    mid = statistics.median(sum(p.year == y for p in papers) for y in years)
    answer = bundled_assistant.ask("what is the median number of papers per year for her?")
    assert answer.text.startswith(f"The median is {mid:g} listed papers a year"), answer.text


RATIO = [
    ("What's the ratio of her IR papers to her AI papers?", "IR", "AI"),
    ("LG against CL for qiu, how many each?", "LG", "CL"),
    ("cl to ir ratio pls", "CL", "IR"),
    ("How many CV papers versus LG papers does Minghui Qiu have?", "CV", "LG"),
    pytest.param(
        "I'm curious how his AI count compares with his IR count.",
        "AI",
        "IR",
        marks=pytest.mark.xfail(strict=True, reason="'AI count' is read as a topic, not AI"),
    ),
    ("I'm curious how his AI papers compare with his IR papers in number.", "AI", "IR"),
]


@pytest.mark.parametrize(("question", "a", "b"), RATIO)
def test_two_categories_set_against_each_other(
    bundled_assistant: Assistant, question: str, a: str, b: str
) -> None:
    counts = Counter(p.category for p in _papers(bundled_assistant))
    answer = bundled_assistant.ask(question)
    assert f"{counts[a]} in {a} against {counts[b]} in {b}" in answer.text, answer.text[:300]
    if "ratio" in question:
        assert f"(ratio {counts[a]}:{counts[b]}," in answer.text
    cited = Counter(c.title for c in answer.citations)
    assert len(cited) == counts[a] + counts[b]


WHICH_DAY = [
    ("What weekday does she publish on most?", False),
    ("which day of the week sees the most qiu papers", False),
    ("On what day of the week are Minghui Qiu's papers most often dated?", False),
    ("their least common weekday for a paper?", True),
    ("I'm curious which day of the week his papers are rarest on.", True),
]


@pytest.mark.parametrize(("question", "least"), WHICH_DAY)
def test_the_most_or_least_common_day_of_the_week(
    bundled_assistant: Assistant, question: str, least: bool
) -> None:
    days = Counter(p.date.weekday() for p in _papers(bundled_assistant))
    counts = [days.get(d, 0) for d in range(7)]
    best = min(counts) if least else max(counts)
    names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    answer = bundled_assistant.ask(question)
    head = answer.text.split("\n")[0]
    assert all(names[d] in head for d in range(7) if counts[d] == best), head
    assert f"{'least' if least else 'most'} common day of the week" in head, head


def test_a_day_of_the_asker_is_no_date_of_the_papers(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask(
        "did she ever work on knowledge distillation? I need it for a talk on friday"
    )
    assert "dated on a" not in answer.text and answer.citations, answer.text[:200]


def test_a_span_of_text_is_a_topic_not_a_time_span(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("which papers predict a span of the input as their answer?")
    assert "days):" not in answer.text and answer.citations, answer.text[:200]
