"""An overview need in any of its shapes gets the themes (bundled profile), never a decline
or one paper: the strengths someone would bring to a role, the research said plainly for a
non-expert, the methods used again and again and the fields worked on; the kinds of data are
counted per kind instead, the same whichever way they are asked.
Each theme is also given in its titles' own words, so the plain words a user looks for
(images, video, distillation) are there. Each family is one need asked several ways (casual,
formal, typo, he/she/they or the name, indirect); the family must agree."""

from __future__ import annotations

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant

THEMES = "Minghui Qiu's 50 listed papers fall into"


def _themes(answer: Answer) -> list[list[str]]:
    assert not answer.abstained, answer.text[:200]
    assert answer.text.startswith(THEMES), answer.text[:200]
    return answer.groups


@pytest.fixture(scope="module")
def reference(bundled_assistant: Assistant) -> Answer:
    return bundled_assistant.ask("What does Minghui Qiu work on?")


def test_each_theme_is_said_in_its_titles_words(reference: Answer) -> None:
    lines = [line for line in reference.text.splitlines() if line.startswith("- ")]
    language = next(line for line in lines if "language models" in line)
    multimodal = next(line for line in lines if line.startswith("- Multimodal"))
    assert "few-shot" in language and "distillation" in language, language
    assert "video" in multimodal and "images" in multimodal, multimodal


ROLE = [
    "what would she be good at on a product team?",
    "Summarize Minghui Qiu's strengths for a recruiter.",
    "wat r their core skils",
    "I'm curious what expertise he would bring to a startup.",
    "Based on the publications, what kind of role would suit this researcher?",
    "What are Qiu's strong suits as an engineer?",
]
PLAIN = [
    "how would you explain her research to my grandmother?",
    "Describe Minghui Qiu's work in terms a child would understand.",
    "explane what they do in simple words",
    "I'm curious how you'd put his research for someone who isn't technical.",
    "Qiu's research, simplified please",
    "What does this researcher do, in layman's terms?",
]
METHODS = [
    "what methods does she keep using?",
    "Which techniques recur throughout Minghui Qiu's papers?",
    "his favourite tecniques?",
    "I'm curious which approaches they rely on again and again.",
    "What is the researcher's usual methodological repertoire?",
]
DATA = [
    "what kinds of data does she work with?",
    "Which modalities do Minghui Qiu's papers cover?",
    "what data types r in his papers",
    "I'm curious which sorts of input their models handle.",
    "Over the publications, what types of data has this researcher studied?",
]
FIELDS = [
    "which industries could use her work?",
    "What application domains has Minghui Qiu worked in?",
    "real world uses of their reserch?",
    "I'm curious where his methods get applied.",
    "Which sectors does the researcher's work serve?",
]


@pytest.mark.parametrize("question", ROLE + PLAIN + METHODS + FIELDS, ids=lambda q: q[:40])
def test_an_overview_need_in_any_shape_is_the_themes(
    bundled_assistant: Assistant, reference: Answer, question: str
) -> None:
    assert _themes(bundled_assistant.ask(question)) == reference.groups


def test_the_kinds_of_data_in_any_shape_are_counted_per_kind(
    bundled_assistant: Assistant,
) -> None:
    answers = [bundled_assistant.ask(q) for q in DATA]
    for answer in answers:
        assert answer.text.startswith("The kinds of data Minghui Qiu's"), answer.text[:200]
    cited = {frozenset(c.paper_id for c in a.citations) for a in answers}
    assert len(cited) == 1, cited
