"""The kinds of work, the trend over time, two fields set against each other and the names of
a kind are answered without reading every paper per question: the kinds each paper states of
itself are read once per profile (`HeldKinds`), the periods, their counts and the two ends of
the arc come from the columns, and the names' papers are read only when cited. Asked again on
a profile kept on disk, each reads no paper it does not cite (at 10k papers the kinds took ~5 s
per question, the trend ~2 s), and each answers as the papers held in memory do."""

from __future__ import annotations

import pytest

from bot.app import build_assistant
from bot.settings import Settings
from prompts.answer.kinds import KINDS, HeldKinds, stated_kinds
from prompts.answer.model import Answer
from prompts.answer.open_problems import HeldOpen, strongest
from prompts.answer.periods import ends, halves
from prompts.assistant import Assistant
from retrieval import facts
from retrieval.filters import Filters
from retrieval.index.columns import columns_of
from retrieval.index.papers import PaperTable
from tests.kept_papers import asked_counting, cited, in_memory, kept_settings

# (category, year, title, abstract): vision and radar first (methods, a benchmark, a survey),
# then language and early exits (a toolkit used at a company, methods); datasets named; more
# methods than are shown, so that a kinds answer does not cite every paper; three papers
# state what is open (future work, what remains, a limit)
PAPERS = [
    ("CV", 2017, "Rain Forecasting from Radar Images",
     "We propose a convolutional network that forecasts rain from radar images."),
    ("CV", 2018, "RadarBench: A Benchmark for Rain Forecasting",
     "We introduce RadarBench, a benchmark of radar sequences from Germany."),
    ("CV", 2018, "A Survey of Precipitation Nowcasting",
     "This paper presents a survey of precipitation nowcasting methods."),
    ("CV", 2017, "Hail Detection from Radar Echoes",
     "We detect hail in radar echoes with a recurrent network."),
    ("CV", 2018, "Radar Echo Extrapolation with Optical Flow",
     "Optical flow extrapolates radar echoes a few hours ahead. "
     "Current models fail to track convection."),
    ("CV", 2019, "Radar Rain Gauges at Scale",
     "We calibrate radar rain estimates against rain gauges."),
    ("CV", 2019, "Radar Scene Parsing for Driving",
     "We parse driving scenes from radar returns, evaluated on the RadarBench dataset. "
     "Night scenes remain challenging."),
    ("CL", 2021, "Early Exits for Faster Language Models",
     "Early exits let language models answer sooner on the GLUE benchmark."),
    ("CL", 2022, "ExitKit: A Toolkit for Early Exits",
     "We release ExitKit, an open-source toolkit for early exits, used at Alibaba."),
    ("CL", 2022, "Early Exits in Speech Recognition",
     "Early exits speed up speech recognition on the LibriSpeech corpus."),
    ("CL", 2023, "Prompt Compression for Language Models",
     "We propose prompt compression, evaluated on the GLUE benchmark. "
     "Future work should study longer prompts."),
]  # fmt: skip
# the research by kind of contribution, worded as users do
BY_KIND = [
    "What kinds of contributions does she make?",
    "whats the breakdown of their output by type",
    "what sort of contributions do they make: models, surveys?",
]
# one kind, yes or no: (question, the paper stating it)
ONE_KIND = [
    ("Has she ever written a survey?", "A Survey of Precipitation Nowcasting"),
    ("did ada write any literature reviews?", "A Survey of Precipitation Nowcasting"),
    ("Any toolkits among Ada Example's papers?", "ExitKit"),
]
BOTH_KINDS = [
    "Did she publish both a benchmark and a toolkit?",
    "has ada released both a toolkit and a dataset?",
]
# the trend: the first and the latest paper, and an example of each period's leading theme
TREND = [
    "How has her research changed over time?",
    "where did ada start and where is she now?",
    "how has ada's focus shifted over the years",
    "Why did she move from CV to NLP?",  # the move checked against the categories first
    "why did they switch from vision to language?",
]
FIELDS = [
    "Is she more of an NLP or a CV person?",
    "Is Ada Example an NLP person or a vision person?",
]
# what the papers say is open, newest first within each strength
OPEN = [
    "Which open problems do her papers point to?",
    "what future research directions does ada's work suggest",
    "What open questions has Ada Example raised lately?",
]
# names of a kind: (question, the papers naming them)
NAMES = [
    ("Which datasets do her papers use?", {"Radar Scene Parsing for Driving", "Early Exits in Speech Recognition"}),
    ("Which companies appear in her papers?", {"ExitKit"}),
]  # fmt: skip


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return kept_settings(tmp_path_factory, "kinds", PAPERS)


@pytest.fixture(scope="module")
def kept(settings: Settings) -> Assistant:
    """One bot on the papers kept on disk, asked every question of the module."""
    bot = build_assistant(settings)
    assert isinstance(bot.profile.papers, PaperTable)
    return bot


def _asked_twice(bot: Assistant, question: str, patch: pytest.MonkeyPatch) -> Answer:
    """The second asking's answer; it must read no paper that it does not cite."""
    bot.ask(question)
    answer, read = asked_counting(bot, question, patch)
    # before, every asking read every paper it kept (fails before)
    assert len(set(read)) <= len(answer.citations), (answer.text, sorted(set(read)))
    return answer


@pytest.mark.parametrize("question", BY_KIND)
def test_the_kinds_of_work_are_read_once(
    kept: Assistant, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer = _asked_twice(kept, question, monkeypatch)
    assert answer.text.startswith("Mostly methods and models: 8 of"), answer.text
    assert "Early Exits for Faster Language Models [6] and 2 more" in answer.text, answer.text
    assert "- Benchmarks and datasets (1): RadarBench [" in answer.text, answer.text
    assert "- Toolkits and platforms (1): ExitKit [" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "papers"),
    [
        *((q, {paper}) for q, paper in ONE_KIND),
        *((q, {"RadarBench", "ExitKit"}) for q in BOTH_KINDS),
    ],
)
def test_kinds_asked_of_read_only_their_papers(
    kept: Assistant, question: str, papers: set[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """'Has she written a survey?', 'both a benchmark and a toolkit?': Yes, each cited."""
    answer = _asked_twice(kept, question, monkeypatch)
    lead = "Yes: both" if len(papers) > 1 else "Yes: 1 of"
    assert (answer.text.startswith(lead), cited(answer)) == (True, papers), answer.text


# the trend's halves, each one's leading theme and the two ends of the arc; two fields' counts
HALVES = [
    "- 2017-2019 (7 papers; busiest year 2018, with 3): Radar (7",
    "- 2020-2023 (4 papers; busiest year 2022, with 2): Early exits (4",
]
ENDS = [
    "The first listed paper: Rain Forecasting from Radar Images (2017-03-03)",
    "the latest: Prompt Compression for Language Models (2023-03-13)",
]
SPLIT = "Mostly CV in 2017-2019 (CV 7, CL 0), mostly CL in 2020-2023 (CV 0, CL 4)."


@pytest.mark.parametrize(
    ("question", "said"),
    [*((q, [*HALVES, *ENDS]) for q in TREND), *((q, [SPLIT]) for q in FIELDS)],
)
def test_over_time_counted_from_the_columns(
    kept: Assistant, question: str, said: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The trend and two fields over time: periods and counts from the columns, the papers
    cited the only ones read."""
    text = _asked_twice(kept, question, monkeypatch).text
    assert [s for s in said if s not in text] == [], text


@pytest.mark.parametrize(("question", "papers"), NAMES)
def test_names_of_a_kind_read_only_the_papers_naming_them(
    kept: Assistant, question: str, papers: set[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    answer = _asked_twice(kept, question, monkeypatch)
    assert cited(answer) == papers, answer.text


@pytest.mark.parametrize("question", OPEN)
def test_open_problems_read_only_the_papers_quoted(
    kept: Assistant, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer = _asked_twice(kept, question, monkeypatch)
    lines = answer.text.splitlines()
    assert lines[2].startswith("- Prompt Compression for Language Models (2023-03-13): Future")
    assert lines[4].startswith("- Radar Scene Parsing for Driving (2019-03-09): Night scenes")
    assert lines[6].startswith("- Radar Echo Extrapolation with Optical Flow (2018-03-07)")
    assert len(answer.citations) == 3


# (a question whose unknown word is searched for reads the papers found, a bounded number)
ALL = [
    *BY_KIND,
    "Is Ada Example more of a tool-builder or a methods person?",
    *OPEN,
    *(q for q, _ in ONE_KIND),
    *BOTH_KINDS,
    *TREND,
    *FIELDS,
    *(q for q, _ in NAMES),
]


@pytest.mark.parametrize("question", ALL)
def test_answers_as_from_the_papers_in_memory(settings: Settings, question: str) -> None:
    one = in_memory(settings).ask(question)
    other = build_assistant(settings).ask(question)
    assert one.text == other.text
    assert [c.paper_id for c in one.citations] == [c.paper_id for c in other.citations]


def test_the_held_kinds_are_each_papers_stated_kinds(bundled_assistant: Assistant) -> None:
    """Every paper of the bundled profile: the rows flagged for a kind are those stating it,
    with the same words, and a method is a paper stating none."""
    columns = columns_of(bundled_assistant.profile)
    held = HeldKinds(columns)
    stated = [stated_kinds(p) for p in columns.rows(list(range(len(columns.ids))))]
    assert any(stated)
    for kind in KINDS:
        assert held.flags[kind].tolist() == [kind in s for s in stated]
    assert held.flags["method"].tolist() == [not s for s in stated]
    assert {r: held.said[r] for r in held.said} == {r: s for r, s in enumerate(stated) if s}


def test_the_held_open_problems_are_each_papers_strongest(bundled_assistant: Assistant) -> None:
    """Every paper of the bundled profile: its rank and sentence are its strongest statement
    of what is open, and a mask's rows come newest first, by (date, id)."""
    columns = columns_of(bundled_assistant.profile)
    held = HeldOpen(columns)
    papers = columns.rows(list(range(len(columns.ids))))
    found = [strongest(p) for p in papers]
    assert any(found)
    assert {r: (int(held.tier[r]), s) for r, s in held.said.items()} == {
        r: f for r, f in enumerate(found) if f
    }
    keep = columns.kept(Filters(year_from=2023), None)
    newest = sorted((p for p in papers if p.year >= 2023), key=lambda p: (p.date, p.id))[::-1]
    expected = [[p.id for p in newest if (f := strongest(p)) and f[0] == r] for r in range(3)]
    assert [[columns.ids[r] for r in tier] for tier in held.tiers(keep)] == expected


# what a question keeps: nothing narrower, years, categories, one year, none
KEPT = [
    (Filters(), None),
    (Filters(year_from=2022), None),
    (Filters(year_to=2019), None),
    (Filters(categories=["CL"]), None),
    (Filters(), [2024]),
    (Filters(year_from=2030), None),
]


@pytest.mark.parametrize(("filters", "years"), KEPT)
def test_the_periods_and_ends_are_those_of_the_papers(
    bundled_assistant: Assistant, filters: Filters, years: list[int] | None
) -> None:
    """The early and late periods (`facts.focus_shift`) and the first and latest paper by
    (date, id), counted from the columns as from the papers, on the bundled profile."""
    profile = bundled_assistant.profile
    columns = columns_of(profile)
    papers = list(facts.select(profile, filters, years))
    keep = columns.kept(filters, years)
    periods = [
        (a, b, {columns.ids[r] for r in inside.nonzero()[0]})
        for a, b, inside in halves(columns, keep)
    ]
    assert periods == [
        (p.year_from, p.year_to, {q.id for q in p.papers}) for p in facts.focus_shift(papers)
    ]
    dated = sorted(papers, key=lambda p: (p.date, p.id))
    found = ends(columns, keep)
    expected = (dated[0].id, dated[-1].id) if dated else None
    assert (found and (columns.ids[found[0]], columns.ids[found[1]])) == expected
