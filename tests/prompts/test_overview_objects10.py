"""A question whose object is the researcher's areas, expertise or profile gets the overview
(main themes with counts, years and cited papers), whatever words frame it: what she could
referee, which disciplines a catalogue files her under, what he actually studies, 'no paper
list'. Asked with the header's numbers, the header comes first; asked for a year, that
year's themes. A subject said with the area ('papers in the field of X', 'areas of X') keeps
the question a topic question; a paper named keeps it about that paper."""

from __future__ import annotations

import re

import pytest

from prompts.assistant import Assistant

REVIEWING = [
    "Our workshop needs referees: which topic areas could Minghui Qiu cover competently?",
    "what subjects is he qualified enough to evaluate manuscripts on?",
    "i run a journal - wich domains would qiu make a decent referee for?",
    "For reviewer matching, which kinds of manuscripts suit them best?",
    "Don't give me individual papers; which research fields would she be able to review?",
]
AREAS = [
    "Skip the individual papers: what broad disciplines does Qiu's record sit in?",
    "For our department's website, which academic fields does this researcher belong to?",
    "No paper list needed, just which general areas his output spans.",
    "I'm putting together a poster caption, nothing fancy - what does she actually study?",
    "in what disciplines does this person's output sit?",
]


def _themes(answer_text: str) -> bool:
    return re.search(r"fall into \d+ main themes?", answer_text) is not None


# The research itself, or what she is good at, as the object
PROFILE = [
    "Need a paragraph introducing this scientist's research at our seminar.",
    "what r his biggest strengths as a researcher?",
    "Could you sketch the research of Minghui Qiu for a lay audience?",
    "which skill set does their record show, for a hiring pitch?",
    "what does minghui qiu actually do? no paper titles pls",
]


@pytest.mark.parametrize("question", REVIEWING + AREAS + PROFILE)
def test_areas_as_the_object_get_the_themes(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text[:200]
    assert _themes(answer.text), answer.text[:200]
    assert "language" in answer.text.casefold(), answer.text[:300]
    assert "multimodal" in answer.text.casefold(), answer.text[:600]
    assert len(answer.citations) >= 3, answer.text[:300]


BIO_WITH_NUMBERS = [
    "Give me a compact profile of Qiu along with the headline figures.",
    "Two sentences on his research plus the key stats please.",
    "Not a paper list: a mini profile of them with the bibliometrics.",
    "quick sumary of minghui qiu incl citations and h index",
    "For the society's member note, her work in brief with her h-index and citations.",
]


@pytest.mark.parametrize("question", BIO_WITH_NUMBERS)
def test_a_profile_with_numbers_gives_header_and_themes(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text[:200]
    assert "h-index 34" in answer.text, answer.text[:200]
    assert "11,029 citations" in answer.text, answer.text[:200]
    assert _themes(answer.text), answer.text[:400]


YEAR_IN_REVIEW = [
    ("Her 2022 in review, please.", "2022"),
    ("give me a year-in-review for qiu's 2021", "2021"),
    ("how did 2025 turn out for him, research-wise?", "2025"),
    ("What did their 2023 look like research-wise?", "2023"),
    ("Minghui Qiu 2024 year in review", "2024"),
]


@pytest.mark.parametrize(("question", "year"), YEAR_IN_REVIEW)
def test_a_year_in_review_is_that_years_themes(
    bundled_assistant: Assistant, question: str, year: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text[:200]
    assert f"({year})" in answer.text.split("\n")[0], answer.text[:200]
    assert re.search(r"fall into \d+ main themes?|share no main theme", answer.text), answer.text
    assert answer.citations, answer.text[:200]
    assert all(str(c.date.year) == year for c in answer.citations), answer.text[:400]


# A subject said with 'area', 'field' or 'domain': the papers on it, no overview
TOPIC_CONTROLS = [
    ("which papers does she have in the area of session-based recommendation?", "Session-based"),
    ("what work has qiu done in the field of named entity recognition?", "SpanProto"),
    ("Which of his papers fall in the domain of medicine?", "SMedBERT"),
    ("list their papers in the subject area of knowledge distillation", "HRKD"),
    ("what topics related to retrieval did they publish on?", "Retrieval"),
    ("wich areas of multimodal reasoning has he explored?", "Reason"),
    ("a short blurb about her work on session recommendation", "Session-based"),
    ("describe his work on knowledge distillation briefly", "Distillation"),
]


@pytest.mark.parametrize(("question", "cited"), TOPIC_CONTROLS)
def test_a_subject_said_with_the_area_stays_a_topic(
    bundled_assistant: Assistant, question: str, cited: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not _themes(answer.text), answer.text[:200]
    assert any(cited.casefold() in c.title.casefold() for c in answer.citations), answer.text[:300]


@pytest.mark.parametrize(
    ("question", "paper"),
    [("what does the Valley paper do?", "Valley"), ("What does SpanProto study?", "SpanProto")],
)
def test_a_paper_named_stays_that_paper(
    bundled_assistant: Assistant, question: str, paper: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not _themes(answer.text), answer.text[:200]
    assert [c.title.split(":")[0] for c in answer.citations] == [paper], answer.text[:200]


@pytest.mark.parametrize(
    "question",
    ["minghui zhang h index?", "What is the lab director Wei Chen's citation count?"],
)
def test_another_persons_numbers_stay_declined(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, answer.text[:200]
    assert "34" not in answer.text and "11,029" not in answer.text, answer.text[:200]


# A verb of the asking ('putting X into', 'trace') is no kind of subject no paper names
PUTTING = [
    "how has her work on putting knowledge into language models developed?",
    "papers by them on putting knowledge graphs into pre-trained models?",
    "qiu's research putting external knowledge into PLMs, over time",
]


@pytest.mark.parametrize("question", PUTTING)
def test_a_verb_of_asking_is_no_subject(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text[:200]
    assert any("Knowledge" in c.title for c in answer.citations), answer.text[:300]
