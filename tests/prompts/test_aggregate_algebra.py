"""Aggregates composed of a grouping and a reduction over the papers the filters keep: each
shape asked several ways, each answer checked against numbers computed here from the profile
(not copied from any eval set)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from prompts.assistant import Assistant
from retrieval.model import Paper
from retrieval.people import normalize_name


def _papers(bot: Assistant) -> list[Paper]:
    return list(bot.profile.papers)


def _per_year(papers: list[Paper], keep: object = None) -> dict[int, int]:
    years = range(min(p.year for p in papers), max(p.year for p in papers) + 1)
    counts = Counter(p.year for p in papers if keep is None or keep(p))  # type: ignore[operator]
    return {y: counts[y] for y in years}


DISTINCT_LEADS = [
    "how many distinct people have led her papers as first author?",
    "Could you tell me the number of unique first authors on Minghui Qiu's publications?",
    "i'm curious how many diffrent lead authors qiu's papers have",
    "counting every person once, how many first authors do their papers have?",
    "How many separate individuals are first-named authors on his work?",
]


@pytest.mark.parametrize("question", DISTINCT_LEADS)
def test_distinct_first_authors_are_counted_once_each(
    bundled_assistant: Assistant, question: str
) -> None:
    papers = _papers(bundled_assistant)
    leads = {normalize_name(p.authors[0]) for p in papers}
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(f"{len(leads)} different first authors"), answer.text[:200]


def _distinct_months(papers: list[Paper], year: int) -> int:
    return len({p.date.month for p in papers if p.year == year})


MONTHS_OF_A_YEAR = [
    ("In how many separate months of 2020 did she put out a paper?", 2020),
    ("how many distinct months in 2022 had at least one paper from qiu", 2022),
    ("Across how many months of 2021 were their publications spread?", 2021),
    ("i wonder how many different months of 2020 saw a publication of his", 2020),
    ("Number of unique calendar months in 2022 with any paper by Minghui Qiu?", 2022),
]


@pytest.mark.parametrize(("question", "year"), MONTHS_OF_A_YEAR)
def test_months_of_a_year_with_a_paper_are_counted(
    bundled_assistant: Assistant, question: str, year: int
) -> None:
    papers = _papers(bundled_assistant)
    answer = bundled_assistant.ask(question)
    n = _distinct_months(papers, year)
    assert answer.text.startswith(f"{n} of the 12 months"), answer.text[:200]
    assert len(answer.citations) == sum(p.year == year for p in papers)


SINGLE_CATEGORY = [
    "how many categories has only one paper",
    "Which arXiv categories contain just one of her papers?",
    "categorys with exactly 1 paper?",
    "I'm curious whether any category holds a single paper of Qiu's, and which.",
    "what categories of theirs appear only once?",
]


@pytest.mark.parametrize("question", SINGLE_CATEGORY)
def test_categories_of_one_paper_are_named_with_their_paper(
    bundled_assistant: Assistant, question: str
) -> None:
    papers = _papers(bundled_assistant)
    counts = Counter(p.category for p in papers)
    ones = [c for c, n in counts.items() if n == 1]
    answer = bundled_assistant.ask(question)
    assert ones, "the bundled profile has categories of one paper"
    for code in ones:
        assert re.search(rf"\b{re.escape(code)}\b", answer.text), answer.text[:300]
    cited = {c.title for c in answer.citations}
    assert cited == {p.title for p in papers if p.category in ones}


SINGLE_CATEGORY_FORMAL = [
    "For our department records: which arXiv subject labels in her profile are represented by "
    "only one paper, and what are those papers?",
    "Please list the categories of Minghui Qiu's research that hold exactly one paper, with titles.",
    "im curious which subject areas show up in just one of qiu's publications and which ones",
    "Compiling a reading list: which of their categories contain only a single paper, named?",
    "Which category labels of his work are singletons, and which paper is each?",
]


@pytest.mark.parametrize("question", SINGLE_CATEGORY_FORMAL)
def test_categories_of_one_paper_asked_at_length_are_no_overview(
    bundled_assistant: Assistant, question: str
) -> None:
    """A long, general-sounding wording of a grouping is still the grouping, not the themes."""
    papers = _papers(bundled_assistant)
    counts = Counter(p.category for p in papers)
    ones = [c for c, n in counts.items() if n == 1]
    answer = bundled_assistant.ask(question)
    assert re.match(rf"{len(ones)} categor", answer.text), answer.text[:300]
    assert {c.title for c in answer.citations} == {p.title for p in papers if p.category in ones}


DISTINCT_YEARS = [
    ("in how many different years did she publish CV papers?", "CV"),
    ("How many distinct years contain at least one of Minghui Qiu's CL papers?", "CL"),
    ("i'm curious across how many separate years qiu's vision papers are spread", "CV"),
    ("Number of unique years with a computation and language paper of theirs?", "CL"),
    ("how many diffrent years did he put out a computer vision paper in?", "CV"),
]


@pytest.mark.parametrize(("question", "category"), DISTINCT_YEARS)
def test_distinct_years_are_counted_over_the_filtered_papers(
    bundled_assistant: Assistant, question: str, category: str
) -> None:
    kept = [p for p in _papers(bundled_assistant) if p.category == category]
    years = sorted({p.year for p in kept})
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(f"{len(years)} different years"), answer.text[:200]
    for y in years:
        assert str(y) in answer.text
    assert len(answer.citations) == len(kept)


EMPTY_CATEGORIES = [
    ("which categories had no paper in 2023?", 2023),
    ("Which of Minghui Qiu's arXiv categories are missing from the 2025 papers?", 2025),
    ("categorys without any paper in 2021?", 2021),
    ("I'm curious which subject areas they published nothing in during 2022.", 2022),
    ("In 2023, which of his categories got zero papers?", 2023),
]


@pytest.mark.parametrize(("question", "year"), EMPTY_CATEGORIES)
def test_categories_without_a_paper_in_a_year_are_named(
    bundled_assistant: Assistant, question: str, year: int
) -> None:
    papers = _papers(bundled_assistant)
    every = {p.category for p in papers}
    held = {p.category for p in papers if p.year == year}
    answer = bundled_assistant.ask(question)
    head = answer.text.splitlines()[0]
    assert head.startswith(f"{len(every - held)} of the {len(every)} categories"), head
    for code in every:
        assert (re.search(rf"\b{re.escape(code)}\b", head) is not None) == (code not in held), head
    assert len(answer.citations) == sum(p.year == year for p in papers)


LEAD_BESIDES_OWNER = [
    "which co-author leads most of her papers?",
    "Who, apart from Minghui Qiu, is most often the first author?",
    "i'm curious which of qiu's coauthors has led the most papers",
    "Besides him, who is first author most frequently?",
    "Which collaborator is the lead author on the most of their papers?",
]


@pytest.mark.parametrize("question", LEAD_BESIDES_OWNER)
def test_the_most_frequent_first_author_besides_the_owner(
    bundled_assistant: Assistant, question: str
) -> None:
    bot = bundled_assistant
    owner = normalize_name(bot.profile.name)
    leads = Counter(normalize_name(p.authors[0]) for p in _papers(bot) if p.authors)
    del leads[owner]
    top = max(leads.values())
    answer = bot.ask(question)
    head = answer.text.splitlines()[0]
    assert head.startswith(f"Besides {bot.profile.name}, "), head
    assert f"first author most often: {top} papers" in head, head
    listed = [line for line in answer.text.splitlines() if line.startswith("- ")]
    assert listed and not any(bot.profile.name in line for line in listed)


DROPS = [
    "in which years did the number of papers drop?",
    "Which years saw her output fall compared with the previous year?",
    "years where qiu publishd fewer papers than the year before - a decline?",
    "I'm curious in which years their paper count went down from the prior year.",
    "What years did Minghui Qiu's publications decrease year over year?",
]


@pytest.mark.parametrize("question", DROPS)
def test_every_year_with_a_drop_is_named_with_its_change(
    bundled_assistant: Assistant, question: str
) -> None:
    per = _per_year(_papers(bundled_assistant))
    drops = [y for y in per if y - 1 in per and per[y] < per[y - 1]]
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("Years with a drop"), answer.text[:200]
    for y in drops:
        assert f"{y}: {per[y]} listed paper" in answer.text
        assert f"down {per[y - 1] - per[y]} from {per[y - 1]} in {y - 1}" in answer.text


BIGGEST_CODE_RISE = [
    "which year had the biggest increase in papers with code over the year before?",
    "Year with the largest year-over-year rise in code-released papers?",
    "when did her papers with code grow the most compared to the previous year",
    "biggest jump in publications with github code vs the prior yr?",
    "I'm curious which year their papers that have code rose most sharply over the preceding year.",
]


@pytest.mark.parametrize("question", BIGGEST_CODE_RISE)
def test_the_biggest_rise_composes_with_a_filter(
    bundled_assistant: Assistant, question: str
) -> None:
    papers = _papers(bundled_assistant)
    per = _per_year(papers, lambda p: p.has_code)
    rise = {y: per[y] - per[y - 1] for y in per if y - 1 in per}
    best = max(rise.values())
    year = next(y for y, d in rise.items() if d == best)
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("The biggest rise"), answer.text[:200]
    assert f"{year}: {per[year]} listed paper" in answer.text
    assert f"up {best} from {per[year - 1]} in {year - 1}" in answer.text


def _end_of(papers: list[Paper], year: int, last: bool) -> Paper:
    inside = [p for p in papers if p.year == year]
    return (max if last else min)(inside, key=lambda p: p.date)


LAST_OF_YEAR = [
    ("what was the final paper she published in 2021?", 2021, True),
    ("Which publication closed out 2023 for Minghui Qiu?", 2023, True),
    ("qiu's first paper of 2022, the one opening that yr?", 2022, False),
    ("I'm curious which paper was his earliest one in 2024.", 2024, False),
    ("the newest 2020 paper of theirs, nothing from later years", 2020, True),
]


@pytest.mark.parametrize(("question", "year", "last"), LAST_OF_YEAR)
def test_the_first_or_last_paper_of_a_year(
    bundled_assistant: Assistant, question: str, year: int, last: bool
) -> None:
    paper = _end_of(_papers(bundled_assistant), year, last)
    answer = bundled_assistant.ask(question)
    assert paper.title in {c.title for c in answer.citations}, answer.text[:300]
    assert paper.date.isoformat() in answer.text


ODD_EVEN = [
    ("how many papers did she publish in even years?", 0),
    ("Total number of Minghui Qiu's papers from odd-numbered years?", 1),
    ("count of their pubs in the odd yrs", 1),
    ("I'm curious how many of his papers came out in even-numbered years.", 0),
    ("skipping the odd years, how many papers are there?", 0),
]


@pytest.mark.parametrize(("question", "odd"), ODD_EVEN)
def test_years_picked_by_parity(bundled_assistant: Assistant, question: str, odd: int) -> None:
    papers = _papers(bundled_assistant)
    n = sum(p.year % 2 == odd for p in papers)
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(f"{n} of the "), answer.text[:200]
    assert len(answer.citations) == n


THIRD_PLACE = [
    "how often is she the third name on the byline?",
    "In how many papers does Qiu appear in third position among the authors?",
    "count the papers where minghui qiu is the 3rd name in the author list",
    "I'm curious how many of their papers have them in the third slot of the author line.",
    "Number of papers that list him in third place on the byline?",
]


@pytest.mark.parametrize("question", THIRD_PLACE)
def test_a_place_on_the_byline_said_as_a_name_or_position(
    bundled_assistant: Assistant, question: str
) -> None:
    bot = bundled_assistant
    owner = normalize_name(bot.profile.name)
    third = [
        p
        for p in bot.profile.papers
        if len(p.authors) > 2 and normalize_name(p.authors[2]) == owner
    ]
    answer = bot.ask(question)
    assert f"third author of {len(third)} of the" in answer.text, answer.text[:200]
    assert {c.title for c in answer.citations} == {p.title for p in third}
