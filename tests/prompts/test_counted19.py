"""Counts and record facts asked in new shapes, where the words of HOW the count is asked are
no topic and no filter: a question in SQL ('SELECT COUNT(*) FROM t WHERE year = 2022 AND
has_code = false; -- what would that return?'), the byline's place restated ('named first',
'from the byline shown'), the verb of the counted noun ('how many categories occur') and
values given as examples of the kind counted ('category tags (CL, CV, ...)'), the papers as
what is 'listed'. Expected values are computed here from the bundled profile's records; each
family mixes casual, formal, terse, typo and he/she/they/the-name phrasings; controls keep
their reading (a real topic, a real filter, a name on the byline)."""

from __future__ import annotations

import re

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant
from prompts.understand.counted import off_predicates, predicates, without_examples
from prompts.understand.formulas import in_words
from retrieval.model import Paper


def _ids(answer: Answer) -> set[str]:
    return {c.paper_id for c in answer.citations}


def _first(answer: Answer) -> str:
    return answer.text.split("\n")[0]


def _counted(answer: Answer, papers: list[Paper]) -> None:
    """The answer gives the count (or a plain none) and cites exactly those papers."""
    first = _first(answer)
    assert "topic '" not in answer.text, (answer.question, answer.text)
    if papers:
        assert f"{len(papers)} of the 50 listed papers" in first, (answer.question, first)
        assert _ids(answer) == {p.id for p in papers}, (answer.question, answer.text)
    else:
        assert first.startswith("No") or "none of the" in first.casefold(), (answer.question, first)


# --- a question in SQL ---

SQL_COUNTS = [
    "SELECT COUNT(*) FROM qiu_papers WHERE year = {y} AND has_code = {b};  -- what would that return?",
    "select count(*) from pubs where year={y} and has_code={b};",
    "SELECT COUNT(*) FROM papers WHERE year = {y} AND code = {n} -- how many would I get?",
    "sql pls: select count(id) from minghui_qiu where year = {y} and has_code = {b} -- result?",
    "Run this for me: SELECT COUNT(*) FROM her_publications WHERE year = {y} AND has_code = {b};",
]


@pytest.mark.parametrize(("year", "code"), [(2021, True), (2022, False), (2025, False)])
@pytest.mark.parametrize("shape", SQL_COUNTS)
def test_a_count_in_sql(bundled_assistant: Assistant, shape: str, year: int, code: bool) -> None:
    papers = [p for p in bundled_assistant.profile.papers if p.year == year and p.has_code == code]
    question = shape.format(y=year, b=str(code).lower(), n=int(code))
    _counted(bundled_assistant.ask(question), papers)


def test_a_list_in_sql(bundled_assistant: Assistant) -> None:
    papers = [p for p in bundled_assistant.profile.papers if p.year in (2021, 2022) and p.has_code]
    for question in [
        "SELECT title FROM papers WHERE year BETWEEN 2021 AND 2022 AND has_code = true",
        "select * from his_papers where year between 2021 and 2022 and has_code = 1; -- which?",
    ]:
        answer = bundled_assistant.ask(question)
        assert _ids(answer) == {p.id for p in papers}, (question, answer.text)


def test_not_sql_keeps_its_words() -> None:
    # no statement: a dash-dash aside is the asker's, kept as written
    for question in [
        "how many papers on retrieval -- in 2022?",
        "I select from his papers the 2021 ones",
    ]:
        assert "retrieval" in in_words(question) or "select" in in_words(question)
    assert in_words("count(papers) where year == 2021 -- only CV") != ""


# --- the byline's place restated ---

FIRST_NAMED = [
    "first-author count for {s} (from the byline shown)?",
    "On which papers is {s} named first, and how many are there?",
    "in how many papers does {s} appear first on the byline?",
    "how many papers list {s} first in the author line",
    "number of papers with {s} named first?",
]


@pytest.mark.parametrize("who", ["Qiu", "Minghui Qiu", "qiu"])
@pytest.mark.parametrize("shape", FIRST_NAMED)
def test_first_named_counts_the_first_author_papers(
    bundled_assistant: Assistant, shape: str, who: str
) -> None:
    owner = bundled_assistant.profile.name
    papers = [p for p in bundled_assistant.profile.papers if p.authors and p.authors[0] == owner]
    answer = bundled_assistant.ask(shape.format(s=who))
    assert "topic '" not in answer.text, answer.text
    assert f"first author of {len(papers)} of the 50 listed papers" in _first(answer), answer.text
    assert _ids(answer) == {p.id for p in papers}


def test_a_real_topic_stays_with_the_first_author(bundled_assistant: Assistant) -> None:
    query, _ = bundled_assistant.understand("how many weather papers is Qiu first author of?")
    assert query.fact == "first_author" and query.topic is not None
    assert "weather" in query.topic


# --- the verb of the counted noun; values given as examples of the kind counted ---

CATEGORY_COUNTS = [
    "how many distinct category tags (CL, CV, ...) appear on {p} papers?",
    "Across the 50 listed papers, how many separate categories occur, and which?",
    "number of different arxiv categories (e.g. LG or IR) that show up in {p} list",
    "how many diffrent categories exist among {p} papers?",
    "the number of category labels such as CS.CL, CS.CV etc. across {p} papers?",
]


@pytest.mark.parametrize("owner", ["his", "her", "their", "Qiu's"])
@pytest.mark.parametrize("shape", CATEGORY_COUNTS)
def test_categories_counted_whatever_the_verb(
    bundled_assistant: Assistant, shape: str, owner: str
) -> None:
    kinds = {p.category for p in bundled_assistant.profile.papers}
    answer = bundled_assistant.ask(shape.format(p=owner))
    assert f"span {len(kinds)} categories" in _first(answer), answer.text
    assert "topic '" not in answer.text


@pytest.mark.parametrize(
    ("question", "verbs"),
    [
        ("how many separate categories occur, and which?", {"occur"}),
        ("how many labels feature across all her papers?", {"feature"}),
        ("number of unique tags that show up in their list", {"show"}),
        ("how many different codes turn up?", {"turn"}),
        ("how many vision papers exist", {"exist"}),
        # the verb takes a subject's words, a preposition starts the topic: no verb of the count
        ("how many papers use RL?", set()),
        ("how many 2022 papers on retrieval", set()),
        ("how many of his papers tackle vision?", set()),
        ("how many graph networks papers did she write", set()),
        ("EasyTransfer: how many times faster?", set()),  # a comparative is what is asked
        ("how many layers deeper?", set()),
        ("the CV papers, how many of them has code?", set()),  # no noun counted
        ("I'm curious how many papers Qiu and Taolin Zhang share.", set()),  # a name
    ],
)
def test_the_verb_of_the_counted_noun(question: str, verbs: set[str]) -> None:
    assert predicates(question) == verbs
    assert off_predicates("occur", "how many categories occur?") is None
    assert off_predicates("vision exist", "how many vision papers exist") == "vision"


@pytest.mark.parametrize(
    ("question", "left"),
    [
        (
            "how many distinct category tags (CL, CV, ...) appear?",
            "how many distinct category tags appear?",
        ),
        ("how many categories (e.g. CL or LG) does she use?", "how many categories does she use?"),
        (
            "number of arxiv codes like CS.CL, CS.CV etc. on her list",
            "number of arxiv codes on her list",
        ),
        # the values filter: no count of the kind, or no mark of examples
        ("Does she publish in areas like CV or LG?", "Does she publish in areas like CV or LG?"),
        ("how many papers in fields such as NLP", "how many papers in fields such as NLP"),
        (
            "how many papers in the categories (CL, CV)?",
            "how many papers in the categories (CL, CV)?",
        ),
    ],
)
def test_examples_of_the_kind_counted(question: str, left: str) -> None:
    assert without_examples(question) == left


def test_categories_named_outright_still_filter(bundled_assistant: Assistant) -> None:
    papers = [p for p in bundled_assistant.profile.papers if p.category in ("CL", "CV")]
    for question in [
        "How many papers does she have in the categories (CL, CV)?",
        "how many CL or CV papers does Qiu have?",
    ]:
        _counted(bundled_assistant.ask(question), papers)


# --- the papers as what is listed ---

LISTED = [
    "how many of Minghui Qiu's {y} papers are listed?",
    "How many of her papers are listed in {y}?",
    "number of {y} papers listed for them",
    "qiu's {y} papers - how many are listed?",
    "How many of Qiu's papers from {y} are listed in the profile?",
]


@pytest.mark.parametrize("year", [2021, 2022, 2025])
@pytest.mark.parametrize("shape", LISTED)
def test_papers_listed_are_the_profiles(
    bundled_assistant: Assistant, shape: str, year: int
) -> None:
    papers = [p for p in bundled_assistant.profile.papers if p.year == year]
    _counted(bundled_assistant.ask(shape.format(y=year)), papers)


@pytest.mark.parametrize(
    "question",
    [
        "in how many 2021 papers is Minghui Qiu listed as an author?",
        "how many papers listed Chengyu Wang?",
        "how many of the papers are listed with Chengyu Wang as an author?",
    ],
)
def test_a_name_listed_on_the_byline_stays_a_byline(
    bundled_assistant: Assistant, question: str
) -> None:
    query, _ = bundled_assistant.understand(question)
    assert query.fact == "author_papers", question


# --- a title search run as a shell tool, or glossed in brackets ---

GREPPED = [
    "cat titles.txt | grep -ic {w}   <- for qiu's papers, what number comes out?",
    "grep -ic '{w}' her_titles.txt",
    "cat their-titles.md | grep -i {w} | wc -l",
    "Count his titles with '{W}' in them (any case, including hyphenated forms like {W}-Based).",
    'how many of her titles say "{w}" (upper or lower case; compounds like {w}-aware count too)?',
]


@pytest.mark.parametrize("word", ["knowledge", "language", "distillation"])
@pytest.mark.parametrize("shape", GREPPED)
def test_titles_searched_as_a_tool_or_glossed(
    bundled_assistant: Assistant, shape: str, word: str
) -> None:
    held = re.compile(rf"(?<![a-z]){word}(?![a-z])")
    papers = [p for p in bundled_assistant.profile.papers if held.search(p.title.casefold())]
    _counted(bundled_assistant.ask(shape.format(w=word, W=word.capitalize())), papers)


def test_a_file_not_of_titles_is_no_title_search() -> None:
    assert in_words("cat notes.txt | grep -c qiu") == "cat notes.txt | grep -c qiu"
