"""The overviews answered across all the papers (lines of work that stopped or started by a
year, what stayed the same, series of versions, the themes) read the profile's title phrases,
names and themes once, on first use: asked again, on a profile kept on disk, they read no paper
they do not cite (at 1,000 papers, the phrases of every paper cost ~1 s per question), and
they answer as the papers held in memory do."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from bot.app import build_assistant
from bot.settings import Settings
from prompts import assistant as assistant_module
from prompts.answer.model import Answer
from prompts.assistant import Assistant
from retrieval import facts
from retrieval.filters import Filters
from retrieval.index.columns import PaperColumns, columns_of
from retrieval.index.papers import PaperTable
from retrieval.model import Paper
from retrieval.themes import within
from retrieval.themes.among import ThemeRows
from retrieval.themes.held import HeldPhrases
from tests.kept_papers import asked_counting, cited, in_memory, kept_settings

# (category, year, title, abstract): two lines that end by 2020 (graph summarization, rain
# forecasting from radar), two that start in 2021 or later (prototype refinement, early
# exits), a phrase written early and late (radar), and a series (GraphSum, GraphSum2)
PAPERS = [
    ("CL", 2018, "GraphSum: Graph Summarization of Long Documents",
     "We propose GraphSum for graph summarization of long documents."),
    ("CL", 2019, "GraphSum2: Faster Graph Summarization",
     "GraphSum2 makes graph summarization faster on long documents."),
    ("CV", 2019, "Rain Forecasting from Radar Images",
     "We forecast rain from radar images with a convolutional network."),
    ("CV", 2020, "Rain Forecasting at Night with Radar",
     "Rain forecasting from radar at night, when cameras see little."),
    ("LG", 2021, "Prototype Refinement for Few-Shot Learning",
     "Prototype refinement improves few-shot classification."),
    ("LG", 2022, "Prototype Refinement in Continual Learning",
     "We apply prototype refinement to continual learning."),
    ("CL", 2022, "Early Exits for Faster Language Models",
     "Early exits let language models answer sooner."),
    ("CL", 2023, "Early Exits in Speech Recognition",
     "Early exits speed up speech recognition."),
    ("CV", 2023, "Radar Scene Parsing for Driving",
     "We parse driving scenes from radar returns."),
]  # fmt: skip
STOPPED = {"GraphSum", "GraphSum2", "Rain Forecasting from Radar Images", "Rain Forecasting at Night with Radar"}  # fmt: skip
STARTED = {
    "Prototype Refinement for Few-Shot Learning",
    "Prototype Refinement in Continual Learning",
    "Early Exits for Faster Language Models",
    "Early Exits in Speech Recognition",
}
# the same needs, worded as users do (stopped by 2020, started from 2021)
STOPPING = [
    "Which lines of work did she stop after 2020?",
    "what topics has ada not touched since 2020",
    "Which research directions did Ada Example abandon after 2020?",
    "I'm curious which of their threads went quiet after 2020.",
    "wich areas did she drop after 2020",
]
STARTING = [
    "Which topics did she start in 2021 or later?",
    "what research lines did ada take up from 2021",
    "Which new directions emerged in Ada Example's work from 2021?",
    "I'm curious which subjects they began working on in 2021.",
]
CONSTANT = [
    "What has stayed the same in her research over the years?",
    "what stayed constant in ada's work",
    "Which interests has Ada Example never dropped over the years?",
    "what did they keep constant throughout their career",
]
SERIES = [
    "Are any of her papers versions of one another, with sequels?",
    "which projects came back with sequels?",
]

# the themes: whether some date had no year is found once, not by reading every paper
THEMES = [
    "What are her main research themes?",
    "summarize ada's research",
    "what r the main topics of Ada Example's work",
    "I'm curious what their research is about overall.",
]


@pytest.fixture(scope="module")
def kept(settings: Settings) -> Assistant:
    """One bot on the papers kept on disk, asked every question of the module."""
    bot = build_assistant(settings)
    assert isinstance(bot.profile.papers, PaperTable)
    return bot


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return kept_settings(tmp_path_factory, "held", PAPERS)


@pytest.fixture(autouse=True)
def fresh_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(assistant_module, "_CLASSIFIERS", {})


def _asked_twice(bot: Assistant, question: str, patch: pytest.MonkeyPatch) -> Answer:
    """The second asking's answer; it must read no paper that it does not cite."""
    bot.ask(question)
    answer, read = asked_counting(bot, question, patch)
    # before, every asking read every paper for its phrases or names (fails before)
    assert len(set(read)) <= len(answer.citations) < len(PAPERS), (answer.text, read)
    return answer


@pytest.mark.parametrize(
    ("question", "expected", "phrase"),
    [
        *((q, STOPPED, "graph summarization") for q in STOPPING),
        *((q, STARTED, "early exits") for q in STARTING),
    ],
)
def test_lines_that_stopped_or_started_read_the_phrases_once(
    kept: Assistant,
    question: str,
    expected: set[str],
    phrase: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answer = _asked_twice(kept, question, monkeypatch)
    assert cited(answer) == expected, answer.text
    assert phrase in answer.text.casefold(), answer.text


@pytest.mark.parametrize("question", CONSTANT)
def test_what_stayed_the_same_reads_the_phrases_once(
    kept: Assistant, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer = _asked_twice(kept, question, monkeypatch)
    # 'radar' from the first radar paper (2019) to the last (2023)
    assert "- radar: 3 papers" in answer.text.casefold(), answer.text
    assert {"Rain Forecasting from Radar Images", "Radar Scene Parsing for Driving"} <= cited(
        answer
    )


@pytest.mark.parametrize("question", SERIES)
def test_a_series_reads_the_names_once(
    kept: Assistant, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer = _asked_twice(kept, question, monkeypatch)
    assert cited(answer) == {"GraphSum", "GraphSum2"}, answer.text


@pytest.mark.parametrize("question", THEMES)
def test_the_themes_read_no_paper_they_do_not_cite(
    kept: Assistant, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer = _asked_twice(kept, question, monkeypatch)
    assert "Graph summarization" in answer.text, answer.text


@pytest.mark.parametrize("question", [*STOPPING, *STARTING, *CONSTANT, *SERIES, *THEMES])
def test_answers_as_from_the_papers_in_memory(settings: Settings, question: str) -> None:
    one = in_memory(settings).ask(question)
    other = build_assistant(settings).ask(question)
    assert one.text == other.text
    assert cited(one) == cited(other)


def test_a_line_with_a_paper_on_the_far_side_is_not_told() -> None:
    """A phrase counts as stopped only when every paper saying it is on the asked side: one
    later paper saying it (even in passing) keeps it going; the same phrase elsewhere in the
    order of papers changes nothing."""
    papers = [
        Paper(id=f"p{i}", n=i + 1, title=title, abstract=abstract, authors=["Ada Example"],
              authors_truncated=False, category="CL", date=dt.date(year, 3, i + 1))
        for i, (year, title, abstract) in enumerate([
            (2018, "Graph Summarization of Documents", "Graph summarization of documents."),
            (2019, "Faster Graph Summarization", "Faster graph summarization."),
            (2019, "Table Parsing with Grammars", "Table parsing with grammars."),
            (2020, "Table Parsing for Spreadsheets", "Table parsing for spreadsheets."),
            (2023, "Spreadsheet Agents", "Agents that use graph summarization once."),
        ])
    ]  # fmt: skip

    def stopped_by(year: int) -> list[str]:
        def beyond(years: list[int]) -> bool:
            return max(years) <= year

        return [said for said, _ in HeldPhrases(PaperColumns(papers)).lines(beyond, 2, 10)]

    assert "table parsing" in stopped_by(2020)
    assert "graph summarization" not in stopped_by(2020)  # said again in 2023
    assert stopped_by(2017) == []
    reordered = [papers[i] for i in (4, 2, 0, 3, 1)]
    assert [
        s for s, _ in HeldPhrases(PaperColumns(reordered)).lines(lambda y: max(y) <= 2020, 2, 10)
    ] == (stopped_by(2020))


# what a question keeps of the papers: nothing narrower, years, categories, code, an exclusion
KEPT = [
    (Filters(), None),
    (Filters(year_from=2022), None),
    (Filters(year_to=2019), None),
    (Filters(categories=["CL"]), None),
    (Filters(exclude_categories=["CL"], has_code=True), None),
    (Filters(), [2020, 2024]),
    (Filters(year_from=2030), None),  # none: every theme emptied
]


@pytest.mark.parametrize(("filters", "years"), KEPT)
def test_the_themes_among_kept_rows_are_those_among_the_papers(
    bundled_assistant: Assistant, filters: Filters, years: list[int] | None
) -> None:
    """Counted from the columns as from the papers: the same themes, members, years,
    categories and order (on the bundled profile, whose themes are many and uneven)."""
    bot = bundled_assistant
    papers = list(facts.select(bot.profile, filters, years))
    kept = columns_of(bot.profile).kept(filters, years)
    assert ThemeRows(bot.themes(), columns_of(bot.profile)).within(kept) == within(
        bot.themes(), papers
    )


def test_a_phrase_is_written_as_most_of_its_papers_write_it() -> None:
    """A phrase is spelled as most papers saying it write it; on a tie, the lines of work
    spell it as the oldest paper does, the threads as the first listed (the profile's order),
    whatever order the papers are listed in."""

    def paper(i: int, year: int, title: str) -> Paper:
        return Paper(id=f"p{i}", n=i + 1, title=title, abstract="Tables and more.",
                     authors=["Ada Example"], authors_truncated=False, category="LG",
                     date=dt.date(year, 5, 1))  # fmt: skip

    newer, older = (
        paper(0, 2023, "Graph Networks for Tables"),
        paper(1, 2018, "Graph Network Pruning"),
    )

    # other lines, so that the phrase's words are not in most papers (those name no line)
    others = [paper(3, 2019, "Speech Recognition"), paper(4, 2021, "Radar Sensing"),
              paper(5, 2022, "Prototype Refinement")]  # fmt: skip

    def spelled(papers: list[Paper]) -> tuple[list[str], list[str]]:
        papers = papers + others
        held = HeldPhrases(PaperColumns(papers))
        early = np.array([p.year <= 2020 for p in papers])
        lines = [said for said, _ in held.lines(lambda y: max(y) <= 2024, 2, 10)]
        return lines, [said for said, _ in held.threads(early, ~early, 2, 10)]

    assert spelled([newer, older]) == (["graph network"], ["graph networks"])
    assert spelled([older, newer]) == (["graph network"], ["graph network"])
    third = paper(2, 2020, "Graph Networks at Scale")  # most write the plural
    for papers in ([newer, older, third], [older, third, newer]):
        assert spelled(papers) == (["graph networks"], ["graph networks"])
