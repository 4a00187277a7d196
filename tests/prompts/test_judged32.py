"""A judgement of the researcher or the work ('is she a good researcher?', 'how influential is
Qiu?', 'which of his papers is the best?') is declined: a profile holds no reviews, awards,
rankings or per-paper citation counts; the header's own figures are what it gives. Asked of a
subject ('is she a leading expert on video?'), of what a paper is best for, or of a busiest
year, it is the usual question. Needs of the bundled profile (Minghui Qiu), in words of no
eval set."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from prompts.understand.cues import JUDGED

JUDGEMENTS = [
    "is Minghui Qiu a good researcher?",
    "is her work any good?",
    "how influential is qiu?",
    "Is he well known in the field?",
    "is their research high quality?",
    "which of his papers is the best?",
    "what is her most important paper?",
    "Which is Qiu's single most significant publication?",
    "As a journalist: is this researcher considered a leading figure?",
]


@pytest.mark.parametrize("question", JUDGEMENTS)
def test_a_judgement_is_declined_with_the_header(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained and not answer.citations, answer.text[:200]
    assert answer.text.startswith("The profile cannot judge that"), answer.text[:120]
    assert "h-index 34" in answer.text and "11,029 citations" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "is she a leading expert on video?",
        "is he a strong researcher in NLP?",
        "which of her papers are most important for a newcomer to read?",
        "which was the best year for her?",
        "what is her best paper on video?",
        "is Valley2 the best sub-10B model?",
        "what are her most important contributions to knowledge distillation?",
        "What are Kaiming He's most important papers?",
    ],
)
def test_other_questions_with_those_words_are_not_judgements(question: str) -> None:
    assert JUDGED.search(question) is None


def test_a_subject_asked_of_an_expert_lists_the_papers(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("is she a leading expert on video?")
    assert not answer.abstained
    assert "Valley" in {c.title.split(":")[0] for c in answer.citations}
