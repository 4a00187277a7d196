"""A subject's papers asked any way reach the same set (bundled profile): a topic word typed
with a doubled letter in the wrong place ('reccomendation') is read as the word meant; what the asker says the papers do with the subject ('make or test X',
'try to', 'presented') is no part of it, nor an alternative to it. Controls: alternatives between subjects are still both searched; a word spelled right stays."""

from __future__ import annotations

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant

RECOMMENDATION = [
    "reccomendation papers?",
    "which of her papers are on recomendation",
    "any reccomendation work from him?",
    "Has Minghui Qiu published anything on reccomendation?",
]
MLLM_REASONING = [
    "which papers make or test MLLMs reasoning over images?",
    "papers where they try to make or test MLLMs reasoning over images?",
    "which papers build or evaluate MLLMs reasoning over images?",
    "Which of Minghui Qiu's papers use and study MLLMs reasoning over images?",
]


def _cited(answer: Answer) -> frozenset[str]:
    return frozenset(c.paper_id for c in answer.citations)


@pytest.mark.parametrize(
    ("questions", "listing"),
    [
        (RECOMMENDATION, "What has Minghui Qiu published on recommendation?"),
        (MLLM_REASONING, "papers on MLLMs reasoning over images"),
    ],
)
def test_every_phrasing_of_a_subject_cites_its_papers(
    bundled_assistant: Assistant, questions: list[str], listing: str
) -> None:
    papers = _cited(bundled_assistant.ask(listing))
    assert papers
    for question in questions:
        answer = bundled_assistant.ask(question)
        assert _cited(answer) == papers, (question, answer.text[:400])


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("reccomendation", "recommendation"),
        ("recomendation", "recommendation"),
        ("distilation", "distillation"),
    ],
)
def test_a_slipped_topic_word_is_read_as_the_word_meant(
    bundled_assistant: Assistant, typed: str, meant: str
) -> None:
    assert bundled_assistant.lexicon.correct(typed) == meant


def test_alternative_subjects_are_still_both_searched(bundled_assistant: Assistant) -> None:
    both = _cited(
        bundled_assistant.ask("what has she done on video understanding or video generation?")
    )
    for side in ["video understanding", "video generation"]:
        assert _cited(bundled_assistant.ask(f"what has she done on {side}?")) <= both, side


@pytest.mark.parametrize("word", ["recommendation", "distillation", "multimodal", "library"])
def test_a_word_spelled_right_stays(bundled_assistant: Assistant, word: str) -> None:
    assert bundled_assistant.lexicon.correct(word) == word
