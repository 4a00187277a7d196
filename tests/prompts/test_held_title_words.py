"""'Her work in three keywords' counts the title words of the kept papers from words held once
per profile (each word's rows): asked again, on a profile kept on disk, it reads no paper it
does not cite (at 10k papers it tokenised every kept title per question, ~0.4-0.5 s), and it
answers as the papers held in memory do, with a year or a category keeping fewer papers."""

from __future__ import annotations

import pytest

from bot.app import build_assistant
from bot.settings import Settings
from prompts import assistant as assistant_module
from prompts.assistant import Assistant
from tests.kept_papers import asked_counting, cited, in_memory, kept_assistant, kept_settings

# (category, year, title, abstract): 'radar' in four titles, 'graph' in three, 'summarization'
# in two of the graph papers (mostly covered by 'graph': passed over), 'speech' in two
PAPERS = [
    ("CL", 2018, "Graph Summarization of Long Documents", "We summarise long documents."),
    ("CL", 2019, "Faster Graph Summarization", "Summaries are made faster."),
    ("CL", 2020, "Graph Parsing of Tables", "Tables are parsed as graphs."),
    ("CV", 2019, "Rain Forecasting from Radar Images", "We forecast rain."),
    ("CV", 2020, "Radar at Night", "Rain at night, when cameras see little."),
    ("CV", 2021, "Radar Scene Parsing for Driving", "We parse driving scenes."),
    ("CV", 2021, "Cheap Radar Sensors", "Sensors that cost little."),
    ("CL", 2021, "Speech Recognition on Phones", "Speech is recognised on phones."),
    ("CL", 2022, "Speech Translation for Lectures", "Lectures are translated."),
    ("LG", 2022, "Prototype Refinement", "Prototypes are refined."),
]
# the same need, worded as users do; the kept papers narrowed by a year or a category
ASKED = [
    ("Describe her work in three keywords.", {"Radar", "Graph", "Speech"}),
    ("ada's research in 3 key words pls", {"Radar", "Graph", "Speech"}),
    ("Give me two buzzwords for Ada Example's papers.", {"Radar", "Graph"}),
    ("sum up their research as four tags", None),
    ("summarise her 2021 papers in two keywords", {"Radar"}),
    ("her CL papers in three keywords?", {"Graph", "Speech"}),
]


@pytest.fixture(autouse=True)
def fresh_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(assistant_module, "_CLASSIFIERS", {})


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return kept_settings(tmp_path_factory, "keywords", PAPERS)


@pytest.fixture(scope="module")
def kept(settings: Settings) -> Assistant:
    return kept_assistant(settings)


@pytest.mark.parametrize(("question", "leading"), ASKED)
def test_keywords_read_no_paper_they_do_not_cite(
    kept: Assistant, question: str, leading: set[str] | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept.ask(question)
    answer, read = asked_counting(kept, question, monkeypatch)
    assert "keyword" in answer.text, answer.text
    # before, every asking read every kept paper's title to count its words (fails before)
    assert len(set(read)) <= len(answer.citations) < len(PAPERS), (answer.text, read)
    said = answer.text.split(": ", 1)[1].casefold()
    for word in leading or ():
        assert f"{word.casefold()} (" in said, answer.text


@pytest.mark.parametrize("question", [q for q, _ in ASKED])
def test_keywords_answer_as_from_the_papers_in_memory(settings: Settings, question: str) -> None:
    one = in_memory(settings).ask(question)
    other = build_assistant(settings).ask(question)
    assert one.text == other.text
    assert cited(one) == cited(other)
