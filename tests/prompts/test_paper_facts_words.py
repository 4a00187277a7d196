"""A named paper's fact is answered by the sentence that states the kind of thing asked
(bundled profile): the parts its method is made of, the name it gave what it built, what
its short name stands for, the kind of thing asked ('what kind of loss'); 'what did the
X authors call ...' asks the name, not the authors. Each family is one need asked several ways (casual, formal, typo, indirect); the
family must agree, and the stating sentence leads the answer."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant


def _lead(bundled_assistant: Assistant, question: str) -> str:
    """The answer's first quoted sentence: the text up to its first citation marker."""
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text[:200]
    return answer.text.split("[1]", 1)[0]


PARTS = [
    "what are the two stages of spanproto?",
    "Which components make up the SpanProto approach?",
    "spanprotos parts pls",
    "I'm curious what steps SpanProto's method is split into.",
    "What does SpanProto consist of?",
]


@pytest.mark.parametrize("question", PARTS)
def test_the_parts_of_a_method_are_the_sentence_listing_them(
    bundled_assistant: Assistant, question: str
) -> None:
    lead = _lead(bundled_assistant, question)
    assert "span extraction and mention classification" in lead, lead


NAMED = [
    "what's the dataset K-frames introduced called?",
    "What name did the K-frames authors give their new dataset?",
    "kframes dataset name?",
    "I'm curious what they named the video-highlight dataset in the K-frames paper.",
    "What did the authors of K-frames call the data they built?",
]


@pytest.mark.parametrize("question", NAMED)
def test_the_name_given_to_what_a_paper_built_is_said(
    bundled_assistant: Assistant, question: str
) -> None:
    lead = _lead(bundled_assistant, question)
    assert "PeakClips" in lead and "was written by" not in lead, lead


EXPANDED = [
    "what does DGRC stand for",
    "DGRC acronym meaning?",
    "full name of DGRC?",
    "I'm curious what the abbreviation DGRC expands to.",
    "What is the DGRC in the From Atoms to Chains paper short for?",
]


@pytest.mark.parametrize("question", EXPANDED)
def test_what_a_short_name_stands_for_is_its_definition(
    bundled_assistant: Assistant, question: str
) -> None:
    lead = _lead(bundled_assistant, question)
    assert "Divergence-Guided Reasoning Curriculum (DGRC)" in lead, lead


KIND = [
    "What kind of loss does SpanProto introduce?",
    "spanproto loss function?",
    "Which loss do the SpanProto authors present for the false positives?",
    "I'm curious what type of loss SpanProto relies on.",
    "wat loss does spanproto use",
]


@pytest.mark.parametrize("question", KIND)
def test_the_kind_of_thing_asked_is_the_sentence_naming_it(
    bundled_assistant: Assistant, question: str
) -> None:
    lead = _lead(bundled_assistant, question)
    assert "margin-based loss" in lead and "was written by" not in lead, lead
