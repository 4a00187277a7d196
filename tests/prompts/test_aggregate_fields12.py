"""Aggregates as a field of each paper and an operation on it (prompts/understand/aggregates.py):
a title's length in words or characters, the quarter, half or season of a date, the category,
the first author; the most, the least, a count bound, the first appearance. Each shape is asked
in several phrasings and with sibling needs no eval set asks (the longest title in characters,
the quietest quarter, categories with at least N papers, the category that appeared first, the
newest first author), every expected answer computed from the profile's own metadata. Runs on
the bundled profile and on a small synthetic one, so no answer is a constant of either."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable

import pytest

from prompts.answer.aggregates import measure
from prompts.answer.model import Answer
from prompts.assistant import Assistant
from prompts.understand.aggregates import read_aggregate, spelled
from retrieval.model import Paper
from retrieval.people import normalize_name
from tests.prompts import synthetic

# (title, first author, category, date): quarters, seasons and first authors set apart
PAPERS = [
    ("GraphFlow: Graph Networks for Traffic Routing in Dense Cities", "Bo Li", "LG", "Jan 3, 2020"),
    ("TideNet: Tides", "Ada Example", "LG", "Feb 9, 2020"),
    ("SoilBERT: Soil Moisture Sensing from Satellite Passes", "Bo Li", "CV", "Apr 4, 2020"),
    ("LeafCount: Counting Leaves on Trees", "Cy Ray", "CV", "May 5, 2020"),
    ("BeeWatch: Tracking Bees in Hives with Cameras", "Bo Li", "LG", "May 20, 2020"),
    ("RockSort: Sorting Minerals by Colour", "Dee Fox", "IR", "Oct 6, 2020"),
    ("RiverMap: Mapping Rivers at Night", "Ada Example", "LG", "Mar 7, 2021"),
    ("CloudBERT: Cloud Cover Estimation", "Eve Kim", "AO-PH", "Nov 8, 2021"),
]


def profile_text() -> str:
    items = [
        f"{category}{date}\n{title}\n\n{lead}, Gil Orr\n\n{title.split(':')[0]} studies data.\n"
        for title, lead, category, date in PAPERS
    ]
    head = (
        f"Ada Example\n\nLG\nh-index3\n{len(PAPERS)}papers\n10citations\nNovelty40%\n"
        f"AI Score55\n\n{len(PAPERS)} Papers\n\n"
    )
    return head + "\n".join(items)


@pytest.fixture(scope="module")
def ada(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return synthetic.opened(tmp_path_factory.mktemp("fields12"), profile_text())


def _bots(bundled: Assistant, ada: Assistant) -> list[Assistant]:
    return [bundled, ada]


def _cited(answer: Answer) -> set[str]:
    return {c.paper_id for c in answer.citations}


def _ask(bot: Assistant, template: str, **said: object) -> Answer:
    owner = bot.profile.name
    return bot.ask(template.format(owner=owner, surname=owner.split()[-1], **said))


def _extreme(bot: Assistant, key: Callable[[Paper], int], most: bool) -> set[str]:
    values = {p.id: key(p) for p in bot.profile.papers}
    best = max(values.values()) if most else min(values.values())
    return {i for i, v in values.items() if v == best}


# A measure of each paper, its least: the shortest title in words
SHORTEST = [
    "what's the shortest title {surname} has, counting words?",
    "Which of {owner}'s papers has the briefest title?",
    "title with the fewest words pls",
    "shortest titel of her papers?",
    "I'm curious which paper of theirs has the tersest title.",
    "Not the longest one - the title with the least words, which is it?",
]


@pytest.mark.parametrize("template", SHORTEST)
def test_shortest_title_in_words(
    bundled_assistant: Assistant, ada: Assistant, template: str
) -> None:
    for bot in _bots(bundled_assistant, ada):
        answer = _ask(bot, template)
        expected = _extreme(bot, lambda p: measure(p, "title_words"), most=False)
        assert _cited(answer) == expected, answer.text
        n = min(measure(p, "title_words") for p in bot.profile.papers)
        assert f"({n} words)" in answer.text, answer.text


# Siblings: the longest title in words, and in characters
@pytest.mark.parametrize(
    ("template", "field"),
    [
        ("Which paper has the longest title, in words?", "title_words"),
        ("wordiest title of {surname}?", "title_words"),
        ("Which title is the longest in characters?", "title_chars"),
        ("the paper whose title has the most characters?", "title_chars"),
        ("I'm curious which of {owner}'s titles has the fewest letters.", "title_chars"),
    ],
)
def test_title_length_siblings(
    bundled_assistant: Assistant, ada: Assistant, template: str, field: str
) -> None:
    most = "fewest" not in template
    for bot in _bots(bundled_assistant, ada):
        answer = _ask(bot, template)
        assert _cited(answer) == _extreme(bot, lambda p: measure(p, field), most), answer.text


# A measure bounded: titles under N words
@pytest.mark.parametrize(
    "template",
    [
        "Which titles have fewer than {n} words?",
        "titles with at most {m} words?",
        "list {surname}'s papers whose titles are under {n} words",
    ],
)
def test_titles_shorter_than(bundled_assistant: Assistant, ada: Assistant, template: str) -> None:
    for bot, n in ((bundled_assistant, 7), (ada, 5)):
        answer = _ask(bot, template, n=n, m=n - 1)
        kept = {p.id for p in bot.profile.papers if measure(p, "title_words") < n}
        assert kept and _cited(answer) == kept, answer.text


def _part(bot: Assistant, year: int | None, part: Callable[[int], int]) -> Counter[int]:
    return Counter(part(p.date.month) for p in bot.profile.papers if year in (None, p.year))


def _quarter(month: int) -> int:
    return (month - 1) // 3 + 1


# A period of the year ranked: the busiest quarter of one year
BUSIEST_QUARTER = [
    "In {year}, which quarter was {surname}'s busiest?",
    "which three-month quarter of {year} had the most papers from {owner}?",
    "busiest quater of {year}?",
    "For a cadence chart: {owner}'s {year} output by quarter - which quarter led?",
    "I'm curious in which quarter of {year} they published the most.",
]


@pytest.mark.parametrize("template", BUSIEST_QUARTER)
def test_busiest_quarter_of_a_year(
    bundled_assistant: Assistant, ada: Assistant, template: str
) -> None:
    for bot, year in ((bundled_assistant, 2025), (ada, 2020)):
        answer = _ask(bot, template, year=year)
        counts = _part(bot, year, _quarter)
        top = max(counts.values())
        best = [q for q, n in counts.items() if n == top]
        first = answer.text.splitlines()[0]
        assert all(f"Q{q} {year}" in first for q in best), answer.text
        behind = {
            p.id for p in bot.profile.papers if p.year == year and _quarter(p.date.month) in best
        }
        assert _cited(answer) == behind, answer.text


# Siblings: the quietest quarter (an empty one counts), which half was busier, which season
def test_quietest_quarter_counts_empty_quarters(
    bundled_assistant: Assistant, ada: Assistant
) -> None:
    for bot, year in ((bundled_assistant, 2024), (ada, 2021)):
        answer = _ask(bot, "what was the quietest quarter of {year} for {surname}?", year=year)
        counts = _part(bot, year, _quarter)
        empty = [q for q in range(1, 5) if not counts[q]]
        assert empty, "a quarter without a paper"
        assert all(f"Q{q} {year}" in answer.text.splitlines()[0] for q in empty), answer.text
        assert "none" in answer.text.splitlines()[0], answer.text


def test_busier_half_and_season(bundled_assistant: Assistant, ada: Assistant) -> None:
    for bot, year in ((bundled_assistant, 2025), (ada, 2020)):
        answer = _ask(bot, "which half of {year} was busier for {owner}?", year=year)
        halves = _part(bot, year, lambda m: 1 if m <= 6 else 2)
        top = max(halves, key=lambda h: halves[h])
        assert f"H{top}" in answer.text.splitlines()[0], answer.text
    answer = ada.ask("Which season has the most of her papers, across all years?")
    assert answer.text.startswith("spring"), answer.text  # Mar-May: 4 of the 8


# Groups meeting a count bound: first authors on more than one paper
REPEAT_LEADS = [
    "how many people lead more than one of {surname}'s papers?",
    "Who is first author on at least two papers, and how many such people are there?",
    "number of first authors that appear first on multiple papers",
    "I'm curious how many first authors show up on two or more of {owner}'s papers.",
    "Not the one-paper leads: how many first authors have several papers?",
]


def _leads(bot: Assistant) -> dict[str, list[Paper]]:
    by: dict[str, list[Paper]] = defaultdict(list)
    for p in bot.profile.papers:
        by[normalize_name(p.authors[0])].append(p)
    return by


@pytest.mark.parametrize("template", REPEAT_LEADS)
def test_first_authors_on_more_than_one_paper(
    bundled_assistant: Assistant, ada: Assistant, template: str
) -> None:
    for bot in _bots(bundled_assistant, ada):
        answer = _ask(bot, template)
        repeat = [ps for ps in _leads(bot).values() if len(ps) > 1]
        assert answer.text.startswith(f"{len(repeat)} first authors"), answer.text
        assert _cited(answer) == {p.id for ps in repeat for p in ps}, answer.text


# Siblings of the bound: categories with at least N papers; quarters with 2 or more
def test_categories_with_at_least_n_papers(bundled_assistant: Assistant, ada: Assistant) -> None:
    for bot, n in ((bundled_assistant, 5), (ada, 2)):
        answer = _ask(bot, "Which categories have at least {n} papers?", n=n)
        counts = Counter(p.category for p in bot.profile.papers)
        kept = [c for c, k in counts.items() if k >= n]
        assert answer.text.startswith(f"{len(kept)} categor"), answer.text
        assert _cited(answer) == {p.id for p in bot.profile.papers if p.category in kept}


def test_quarters_with_two_or_more_papers(ada: Assistant) -> None:
    answer = ada.ask("which quarters of 2020 had 2 or more papers?")
    counts = _part(ada, 2020, _quarter)
    kept = [q for q, n in counts.items() if n >= 2]
    assert answer.text.startswith(f"{len(kept)} quarters"), answer.text
    assert all(f"Q{q} 2020" in answer.text for q in kept), answer.text


# A group's first appearance: the category that appeared last (and first); the newest lead
DEBUT_LAST = [
    "Which subject category turned up most recently for the first time?",
    "what's the newest category to show up in {surname}'s list?",
    "the categry that {owner} only began publishing in lately?",
    "I'm curious which category made its debut last.",
    "Forget the old categories: which one appeared last?",
]


def _first_seen(bot: Assistant, key: Callable[[Paper], str]) -> dict[str, Paper]:
    seen: dict[str, Paper] = {}
    for p in sorted(bot.profile.papers, key=lambda p: p.date):
        seen.setdefault(key(p), p)
    return seen


@pytest.mark.parametrize("template", DEBUT_LAST)
def test_category_that_appeared_last(
    bundled_assistant: Assistant, ada: Assistant, template: str
) -> None:
    for bot in _bots(bundled_assistant, ada):
        answer = _ask(bot, template)
        seen = _first_seen(bot, lambda p: p.category)
        newest = max(seen.values(), key=lambda p: p.date)
        assert newest.category in answer.text.splitlines()[0], answer.text
        assert _cited(answer) == {newest.id}, answer.text


def test_category_that_appeared_first_and_newest_lead(ada: Assistant) -> None:
    answer = ada.ask("Which category appeared first in her list?")
    seen = _first_seen(ada, lambda p: p.category)
    first = min(seen.values(), key=lambda p: p.date)
    assert _cited(answer) == {first.id}, answer.text
    answer = ada.ask("who is the newest first author to show up?")
    leads = _first_seen(ada, lambda p: p.authors[0])
    newest = max(leads.values(), key=lambda p: p.date)
    assert newest.authors[0] in answer.text.splitlines()[0], answer.text


def test_appearing_as_first_author_is_no_debut(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("Did Minghui Qiu appear as first author on a 2023 paper?")
    assert "first listed paper" not in answer.text, answer.text


# A name in capitals inside a title word, and a quoted phrase said of the titles
@pytest.mark.parametrize(
    "template",
    [
        "Which titles contain {name}?",
        "titels with {low} in them",
        "For a glossary: which of {owner}'s titles include '{name}'?",
        "In how many titles does the string '{name}' appear?",
        "I'm curious which paper titles mention {name}.",
    ],
)
def test_name_inside_title_words(
    bundled_assistant: Assistant, ada: Assistant, template: str
) -> None:
    for bot, name in ((bundled_assistant, "BERT"), (bundled_assistant, "NLP"), (ada, "BERT")):
        answer = _ask(bot, template, name=name, low=name.casefold())
        held = {p.id for p in bot.profile.papers if name in p.title}
        assert len(held) >= 1 and _cited(answer) == held, answer.text


def test_quoted_phrase_in_titles(bundled_assistant: Assistant) -> None:
    for phrase in ("knowledge distillation", "few-shot"):
        answer = bundled_assistant.ask(
            f"For an index card: in how many of Qiu's titles does the phrase '{phrase}' appear?"
        )
        words = phrase.replace("-", " ").split()
        held = {
            p.id
            for p in bundled_assistant.profile.papers
            if re.search(r"\W+".join(words), p.title, re.IGNORECASE)
        }
        assert held and _cited(answer) == held, answer.text


# Halves of any year: 'the back half of the calendar year'
@pytest.mark.parametrize(
    ("template", "months"),
    [
        ("how many of her papers came out in the back half of the year, any year?", range(7, 13)),
        (
            "Across all years, how many papers fall in the front half of the calendar year?",
            range(1, 7),
        ),
        ("count of papers in the latter half of any year", range(7, 13)),
    ],
)
def test_half_of_any_year(
    bundled_assistant: Assistant, ada: Assistant, template: str, months: range
) -> None:
    for bot in _bots(bundled_assistant, ada):
        answer = _ask(bot, template)
        held = {p.id for p in bot.profile.papers if p.date.month in months}
        assert answer.text.startswith(f"{len(held)} of the"), answer.text


# The reader alone: words a slip away, and what is no aggregate
def test_vocabulary_slips_are_read() -> None:
    said = spelled("busiest mnth? shortest tittle, titels, quater, categroy, titled, little")
    assert said == "busiest month? shortest title, titles, quarter, category, titled, little"


@pytest.mark.parametrize(
    "question",
    [
        "which category has the most papers?",
        "how many papers in the second quarter of 2024?",
        "papers with 'long' in the title",
        "Is she first author on any 2023 paper?",
        "Which first author appears most often?",  # how often, no first appearance
        "which category shows up the least?",
    ],
)
def test_no_aggregate_read_where_none_is_asked(question: str) -> None:
    assert read_aggregate(question.casefold()) is None


# Siblings the older readers answer, kept so: leads of exactly one paper, years under a bound
def test_leads_of_exactly_one_paper(bundled_assistant: Assistant, ada: Assistant) -> None:
    for bot in _bots(bundled_assistant, ada):
        answer = _ask(bot, "which first authors lead exactly one of {surname}'s papers?")
        once = [ps[0] for ps in _leads(bot).values() if len(ps) == 1]
        assert answer.text.startswith(f"{len(once)} first author"), answer.text
        assert _cited(answer) == {p.id for p in once}, answer.text


def test_years_with_fewer_than_n_papers(bundled_assistant: Assistant, ada: Assistant) -> None:
    for bot, n, said in ((bundled_assistant, 4, "four"), (ada, 3, "three")):
        answer = _ask(bot, "Which years have fewer than {n} papers by {owner}?", n=said)
        counts = Counter(p.year for p in bot.profile.papers)
        few = sorted(y for y, k in counts.items() if k < n)
        assert few, "a year under the bound"
        assert all(str(y) in answer.text for y in few), answer.text
        assert not any(f"{y} (" in answer.text for y, k in counts.items() if k >= n), answer.text


# Siblings: periods holding no paper, the average title length, the busiest quarter ever
def test_quarters_without_a_paper(bundled_assistant: Assistant, ada: Assistant) -> None:
    for bot, year in ((bundled_assistant, 2024), (ada, 2021)):
        answer = _ask(bot, "which quarters of {year} had no papers from {surname}?", year=year)
        counts = _part(bot, year, _quarter)
        empty = [q for q in range(1, 5) if not counts[q]]
        first = answer.text.splitlines()[0]
        assert first.startswith(f"{len(empty)} quarter"), answer.text
        assert all(f"Q{q} {year}" in first for q in empty), answer.text


def test_average_title_length(bundled_assistant: Assistant, ada: Assistant) -> None:
    for bot in _bots(bundled_assistant, ada):
        answer = _ask(bot, "On average, how many words are in {owner}'s titles?")
        sizes = [measure(p, "title_words") for p in bot.profile.papers]
        assert f"{sum(sizes) / len(sizes):.1f} words" in answer.text, answer.text


def test_busiest_quarter_over_all_years(ada: Assistant) -> None:
    answer = ada.ask("Which quarter has been her busiest, over all the years?")
    counts = _part(ada, None, _quarter)
    tied = [q for q, n in counts.items() if n == max(counts.values())]
    assert all(f"Q{q}" in answer.text.splitlines()[0] for q in tied), answer.text
    assert "The busiest single quarter: Q2 2020 (3 papers)" in answer.text, answer.text
