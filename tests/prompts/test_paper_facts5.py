"""A named paper's fact answered with the sentence(s) that hold it, not other sentences of the
right paper: a count said in words ('six benchmark datasets'), a short name spelled out next
to it, a count announced and named in the sentences after it ('two modules. The X ... The
Y ...'), the things of a kind asked ('the two hubs': DataHub, ModelHub), and 'which two X did
the team build' (a thing, not the authors). Each need is asked as a family of phrasings
(casual, formal, typo, he/she/they/the name, indirect) that must agree."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import build_assistant
from prompts.answer.model import Answer
from prompts.assistant import Assistant
from tests.conftest import make_settings

META_SN = "Meta-Learning Siamese Network for Few-Shot Text Classification"


def _cited(answer: Answer) -> set[str]:
    return {c.title for c in answer.citations}


# Meta-SN's abstract: 'Extensive experiments are conducted on six benchmark datasets ...'
DATASETS_COUNTED = [
    "How many benchmark datasets was Meta-SN evaluated on?",
    "meta-sn: number of datasets in the experiments?",
    "I'm curious how many benchmark datasets the siamese few-shot text classification paper used.",
    "how many datsets did they test Meta-SN on",
    "On how many datasets did she evaluate the Meta-Learning Siamese Network?",
    "Meta-SN # of benchmark datasets?",
]


@pytest.mark.parametrize("question", DATASETS_COUNTED)
def test_a_count_said_in_words_answers_how_many(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "six benchmark datasets" in answer.text, answer.text
    assert "does not state" not in answer.text, answer.text
    assert _cited(answer) == {META_SN}, answer.text


# CMedMRC is spelled out next to it, its capitals the words' initials: 'Multi-task Chinese
# Medical MRC dataset (CMedMRC)' (the title does not say it)
SPELLED = [
    ("What does CMedMRC stand for?", "Multi-task Chinese Medical MRC dataset"),
    ("cmedmrc = ?", "Multi-task Chinese Medical MRC dataset"),
    ("I'm curious what the letters in CMedMRC mean.", "Multi-task Chinese Medical MRC dataset"),
    ("CMedMRC is short for what?", "Multi-task Chinese Medical MRC dataset"),
    (
        "whats the full name of CMedMRC in his medical reading paper",
        "Multi-task Chinese Medical MRC dataset",
    ),
    (
        "Expand the abreviation CMedMRC from their 2020 paper.",
        "Multi-task Chinese Medical MRC dataset",
    ),
]


@pytest.mark.parametrize(("question", "spelled"), SPELLED)
def test_a_short_name_is_answered_with_the_sentence_spelling_it_out(
    bundled_assistant: Assistant, question: str, spelled: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert spelled in answer.text, answer.text
    assert not answer.abstained, answer.text


# CODA's abstract: 'By incorporating a clustering loss and importance-weighted active learning'
THINGS_OF_THE_TEAM = [
    "What loss did the CODA team add?",
    "which loss did coda's team use",
    "Which loss function did the team behind CODA incorporate?",
    "Which loss did the CODA team incoporate?",
    "I'm curious which loss her team put into CODA.",
    "Minghui Qiu's team: what loss does CODA use?",
]


@pytest.mark.parametrize("question", THINGS_OF_THE_TEAM)
def test_which_thing_the_team_made_asks_the_thing_not_the_authors(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "clustering loss" in answer.text, answer.text
    assert "written by" not in answer.text, answer.text


# A profile of our own: a paper that announces its modules and names each in the sentence after,
# and one whose two hubs are named in two sentences.
PROFILE = """Rae Sample

CL
h-index3
2papers
30citations
Novelty40%
AI Score55

2 Papers

CLMar 3, 2023Code
GlacierNet: Forecasting Glacier Retreat from Satellite Time Series

Rae Sample, Bo Li, Cy Chen

Glaciers retreat at uneven rates that coarse climate models miss. We present GlacierNet, a forecaster of glacier fronts from satellite time series. To this end, GlacierNet couples two carefully designed modules. The Ice-Flow Encoder reads surface velocity fields from radar interferometry. The Melt-Rate Decoder turns the encoded flow into yearly retreat maps. On 40 Alpine glaciers GlacierNet lowers the front position error by 21%.

CVJun 10, 2022
SkyKit: A Toolkit for Aerial Image Understanding

Bo Li, Rae Sample, Dee Park

Aerial imagery is abundant but hard to use. SkyKit gathers pretrained aerial vision models in the ModelHub, with weights for detection and segmentation. It also offers annotated aerial collections through the DataHub for quick fine-tuning. SkyKit is used by three mapping teams.
"""


@pytest.fixture(scope="module")
def sample_assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    root = tmp_path_factory.mktemp("facts5")
    path = root / "rae.txt"
    path.write_text(PROFILE, encoding="utf-8")
    return build_assistant(make_settings(Path(root / "data"), path))


MODULES_ASKED = [
    "What are the two modules of GlacierNet?",
    "glaciernet's 2 modules?",
    "I'm curious how GlacierNet is built: which modules does it have?",
    "i wonder what modules glaciernet has",
    "List the building blocks of Rae Sample's GlacierNet.",
    "what componets make up glaciernet",
    "Which two parts did they design for GlacierNet?",
]


@pytest.mark.parametrize("question", MODULES_ASKED)
def test_a_count_announced_is_answered_with_the_sentences_naming_each(
    sample_assistant: Assistant, question: str
) -> None:
    answer = sample_assistant.ask(question)
    assert "Ice-Flow Encoder" in answer.text, answer.text
    assert "Melt-Rate Decoder" in answer.text, answer.text


HUBS_ASKED = [
    "What are the two hubs that SkyKit provides?",
    "skykit hubs?",
    "Name the two hubs included in the SkyKit toolkit.",
    "I'm curious which hubs SkyKit ships with.",
    "skykit's modelhub and ... what's the other hub? which hubs are there",
]


@pytest.mark.parametrize("question", HUBS_ASKED)
def test_the_things_of_a_kind_asked_are_answered_with_each_one_named(
    sample_assistant: Assistant, question: str
) -> None:
    answer = sample_assistant.ask(question)
    assert "ModelHub" in answer.text, answer.text
    assert "DataHub" in answer.text, answer.text


def test_a_count_announced_without_names_after_it_is_not_padded(
    sample_assistant: Assistant,
) -> None:
    answer = sample_assistant.ask("On how many glaciers was GlacierNet tested?")
    assert "40 Alpine glaciers" in answer.text, answer.text
    assert "Ice-Flow Encoder" not in answer.text, answer.text
