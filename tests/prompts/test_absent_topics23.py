"""A question that names a subject no listed paper is on ('any seismology papers?', "I'm
curious whether any of their work touches astronomy") is told the listing has none, never
given the research overview; a subject word the dictionary has is no question word typed wrong
('drone' is not 'done'). Genuine overview questions still get the themes, and a subject the
papers are on still gets its papers. Casual, formal, typo, indirect, he/she/they/the name."""

from __future__ import annotations

from pathlib import Path

import pytest

from prompts.assistant import Assistant
from prompts.understand.terms import Scan, leftover_topic
from tests.prompts.synthetic import opened
from tests.prompts.test_stated_counts23 import _text


@pytest.fixture(scope="module")
def ada(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return opened(Path(tmp_path_factory.mktemp("ada")), _text())


ABSENT = [
    "any seismology papers from ada?",
    "I'm curious whether any of their work touches astronomy",
    "does Ada Example work on cryptography?",
    "Has she ever published on beekeeping?",
    "I wonder if his research involves volcanoes",
    "Does any of her research deal with blockchain?",
    "Could you tell me whether Ada Example's publications address cryptography?",
    "is there work of theirs that covers quantum computing?",
    "any drone stuff by him?",
    "I'm curious whether any of their work touches on astronomy.",
]


def _no_overview(answer_text: str) -> bool:
    return "theme" not in answer_text.casefold()


@pytest.mark.parametrize("question", ABSENT)
def test_an_absent_subject_is_a_no_not_the_overview(ada: Assistant, question: str) -> None:
    answer = ada.ask(question)
    assert _no_overview(answer.text), answer.text[:300]
    assert answer.abstained or answer.text.startswith("No"), answer.text[:300]


BUNDLED_ABSENT = [
    "I'm curious whether any of his work touches seismology",
    "does minghui qiu's research involve astronomy?",
    "any beekeeping papers from qiu?",
    "I wonder whether their research covers cryptography",
]


@pytest.mark.parametrize("question", BUNDLED_ABSENT)
def test_an_absent_subject_of_the_bundled_profile_is_a_no(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert _no_overview(answer.text), answer.text[:300]
    assert answer.abstained or answer.text.startswith("No"), answer.text[:300]


OVERVIEWS = [
    "what does she work on",
    "What are Qiu's main research areas?",
    "give me an elevator pitch of his work",
    "what kind of research do they do?",
]


@pytest.mark.parametrize("question", OVERVIEWS)
def test_an_overview_question_still_gets_the_themes(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "theme" in answer.text.split("\n")[0], answer.text[:300]


PRESENT = [
    ("I'm curious whether any of their work touches glaciers", "IceFlow"),
    ("does ada example work on fog?", "FogCast"),
    ("any tide papers from her?", "TideNet"),
    ("I wonder if his research involves soil moisture", "SoilMix"),
]


@pytest.mark.parametrize(("question", "paper"), PRESENT)
def test_a_present_subject_still_gets_its_papers(ada: Assistant, question: str, paper: str) -> None:
    answer = ada.ask(question)
    assert not answer.abstained, answer.text[:300]
    assert any(paper in c.title for c in answer.citations), answer.text[:300]


@pytest.mark.parametrize(
    ("text", "known", "topic"),
    [
        ("drone papers?", frozenset({"drone"}), "drone"),
        ("drone papers?", frozenset(), None),  # no dictionary: read as 'done'
        ("papres on graphs?", frozenset({"papres"}), "graphs"),  # two letters swapped
        ("compare her paper counts", frozenset({"counts"}), None),  # a form of 'count'
        ("any titled benchmark?", frozenset({"titled"}), "benchmark"),  # a form of 'title'
    ],
)
def test_a_dictionary_word_is_no_slip_of_a_question_word(
    text: str, known: frozenset[str], topic: str | None
) -> None:
    assert leftover_topic(Scan(text, known=known)) == topic
