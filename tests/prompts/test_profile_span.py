"""A question that needs the profile's span of years, its years or its categories (dates asked
wholly outside the listing, odd or even years, the categories without a paper, years with
papers but none of a kind) takes them from the profile's columns: on a profile kept on disk
it reads no paper beyond those its answer cites (at 100k papers, reading every paper cost
1-2 s per question), and answers as the papers held in memory do."""

from __future__ import annotations

import pytest

from bot.app import build_assistant
from bot.settings import Settings
from prompts import assistant as assistant_module
from prompts.answer.model import Answer
from prompts.assistant import Assistant
from retrieval.index.papers import PaperTable
from tests.kept_papers import asked_counting, cited, in_memory, kept_settings

# (category, year, title, abstract): 2018-2023, three categories, odd and even years
PAPERS = [
    ("CL", 2018, "GraphSum: Summarizing Long Documents with Graph Attention",
     "We propose GraphSum, a graph attention summarizer for long documents."),
    ("CV", 2018, "PixelGuard: Detecting Adversarial Patches in Street Scenes",
     "PixelGuard detects adversarial patches in street scenes."),
    ("CL", 2019, "TableQA: Answering Questions over Spreadsheets",
     "TableQA answers questions over spreadsheets with a table encoder."),
    ("LG", 2019, "SparseMoE: Routing Tokens to Few Experts",
     "SparseMoE routes tokens to few experts for cheaper training."),
    ("CV", 2020, "RainNet: Forecasting Rainfall from Radar with Diffusion Models",
     "RainNet forecasts rainfall from radar images with a diffusion model."),
    ("CL", 2020, "LexiGraph: Parsing Legal Text into Graphs",
     "LexiGraph parses legal text into graphs of clauses."),
    ("LG", 2021, "ProtoNet++: Few-Shot Learning with Prototype Refinement",
     "ProtoNet++ refines class prototypes for few-shot learning."),
    ("CL", 2021, "NumReason: Arithmetic Word Problems with Program Search",
     "NumReason solves arithmetic word problems by searching over programs."),
    ("CL", 2021, "DialogFlow: Grounded Dialogue with Knowledge Graphs",
     "DialogFlow grounds dialogue responses in knowledge graphs."),
    ("CV", 2022, "DepthLite: Monocular Depth on Phones",
     "DepthLite estimates monocular depth on mobile phones."),
    ("CL", 2022, "CodeMix: Translating Code-Switched Speech Transcripts",
     "CodeMix translates code-switched speech transcripts."),
    ("CL", 2023, "ShortCut: Early Exits for Faster Language Models",
     "ShortCut adds early exits to language models for faster inference."),
    ("CV", 2023, "SceneGraph: Scene Graph Generation with Transformers",
     "SceneGraph generates scene graphs with a transformer decoder."),
]  # fmt: skip
ODD = {title.split(":")[0] for _, year, title, _ in PAPERS if year % 2}
EVEN = {title.split(":")[0] for _, year, title, _ in PAPERS if not year % 2}
SPAN = "the listing spans 2018-2023"

# dates wholly outside the listing: the span said, nothing cited
OUTSIDE = [
    "How many papers did she publish in 2031?",
    "any papers from 1999?",
    "how many paprs did ada example publish in 2032",
    "I'm curious whether Ada has papers from 2035.",
    "How many papers on graph attention in 2035?",  # a count on a topic, too
    "Did they publish anything in 2012?",
]
# odd or even years: those years' papers, every one cited
PARITY = [
    ("How many papers did she publish in odd years?", ODD),
    ("papers from even-numbered years?", EVEN),
    ("how many paper in odd yeras did Ada Example write", ODD),
    ("I'm curious how many of their papers came out in even years.", EVEN),
    ("How many of Ada's papers are from odd-numbered years?", ODD),
]
# the profile's categories without a paper in some years: that year's papers cited, no other
EMPTY = [
    ("Which categories have no papers in 2019?", 2019),
    ("which category had no paper in 2022", 2022),
    ("I'm curious which of the categories stayed empty in 2021.", 2021),
]
# the busiest or quietest year, the most or least common category: that group's papers cited
RANKED = [
    ("Which year did she publish the most?", 2021, None),
    ("what was ada's busiest yaer", 2021, None),
    ("In which year did Ada Example publish the most papers?", 2021, None),
    ("What is her most common category?", None, "CL"),
    ("which categry has the fewest papers", None, "LG"),
    ("I'm curious which category they publish in least often.", None, "LG"),
]
# the categories the papers span: each category's papers read once, not the whole list again
SPREAD = [
    "Which categories does she publish in?",
    "what categories are her papers in?",
    "I'm curious which arXiv categories their papers fall under.",
    "which categries are Ada Example's papers in",
]
# years with papers but none of a kind, a year's change: the profile's years from the columns
OTHER = [
    "Were there years with papers but none in CV?",
    "Which years have papers but no LG paper?",
    "Which year saw the biggest rise in papers?",
]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return kept_settings(tmp_path_factory, "span", PAPERS)


@pytest.fixture(autouse=True)
def fresh_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(assistant_module, "_CLASSIFIERS", {})


def asked_reading(
    bot: Assistant, question: str, monkeypatch: pytest.MonkeyPatch
) -> tuple[Answer, set[str]]:
    """The answer, and the papers read from the kept file while answering."""
    table = bot.profile.papers
    assert isinstance(table, PaperTable)
    answer, read = asked_counting(bot, question, monkeypatch)
    return answer, {p.title.split(":")[0] for p in PaperTable.rows(table, sorted(read))}


@pytest.mark.parametrize("question", OUTSIDE)
def test_dates_outside_the_listing_read_no_paper(
    settings: Settings, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    bot = build_assistant(settings)
    answer, read = asked_reading(bot, question, monkeypatch)
    assert SPAN in answer.text, answer.text
    assert not answer.citations, answer.text
    assert not read, answer.text  # every paper was read for the span (fails before)


@pytest.mark.parametrize(("question", "expected"), PARITY)
def test_odd_or_even_years_read_only_the_papers_cited(
    settings: Settings, question: str, expected: set[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bot = build_assistant(settings)
    answer, read = asked_reading(bot, question, monkeypatch)
    assert cited(answer) == expected, answer.text
    assert read <= expected, answer.text  # every paper was read for its year (fails before)


@pytest.mark.parametrize(("question", "year"), EMPTY)
def test_the_categories_without_a_paper_read_only_the_papers_cited(
    settings: Settings, question: str, year: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    bot = build_assistant(settings)
    answer, read = asked_reading(bot, question, monkeypatch)
    expected = {title.split(":")[0] for _, y, title, _ in PAPERS if y == year}
    assert cited(answer) == expected, answer.text
    assert read <= expected, answer.text  # every paper was read for its category (fails before)


@pytest.mark.parametrize(("question", "year", "category"), RANKED)
def test_a_ranked_year_or_category_reads_only_the_papers_cited(
    settings: Settings,
    question: str,
    year: int | None,
    category: str | None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bot = build_assistant(settings)
    answer, read = asked_reading(bot, question, monkeypatch)
    expected = {t.split(":")[0] for c, y, t, _ in PAPERS if y == year or c == category}
    assert cited(answer) == expected, answer.text
    assert read <= expected, answer.text  # every paper was read to rank them (fails before)


@pytest.mark.parametrize("question", SPREAD)
def test_the_categories_spanned_read_each_paper_once_or_twice(
    settings: Settings, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    bot = build_assistant(settings)
    answer, read = asked_counting(bot, question, monkeypatch)
    assert cited(answer) == {t.split(":")[0] for *_, t, _ in PAPERS}, answer.text
    # once for its category's marks, once for the note on the cited papers; before, the
    # whole list was read again for each category (4 times each here: fails before)
    assert len(read) <= 2 * len(PAPERS), answer.text


@pytest.mark.parametrize(
    "question",
    [
        *OUTSIDE,
        *(q for q, _ in PARITY),
        *(q for q, _ in EMPTY),
        *(q for q, *_ in RANKED),
        *SPREAD,
        *OTHER,
    ],
)
def test_answers_as_from_the_papers_in_memory(settings: Settings, question: str) -> None:
    one = in_memory(settings).ask(question)
    other = build_assistant(settings).ask(question)  # type: ignore[arg-type]
    assert one.text == other.text
    assert cited(one) == cited(other)
