"""Whom an answer is to be pitched at ('like I'm a farmer', 'as if I were a child', 'for a
lay audience' after a request to explain, 'in layman's terms') is no part of what is asked:
the same papers come back as for the request alone. What papers are said to be for ('is any
paper written for beginners?') stays in the question. Needs of the bundled profile (Minghui
Qiu), in words of no eval set."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from prompts.understand.asides import without_asides

REQUESTS = [
    "explain qiu's weather papers",
    "Summarize her knowledge distillation papers",
    "tell me about his reinforcement learning work",
]
PITCHED = [
    "{} like i'm a farmer",
    "{} as if I were a child",
    "{}, like you're talking to a 10 year old",
    "{} for a lay audience",
    "{} - for non-experts please",
    "{} in layman's terms",
]


def _cited(assistant: Assistant, question: str) -> frozenset[str]:
    return frozenset(c.paper_id for c in assistant.ask(question).citations)


@pytest.mark.parametrize("request_", REQUESTS)
@pytest.mark.parametrize("pitch", PITCHED)
def test_whom_it_is_for_changes_no_paper(
    bundled_assistant: Assistant, request_: str, pitch: str
) -> None:
    want = _cited(bundled_assistant, request_)
    assert want, request_
    assert _cited(bundled_assistant, pitch.format(request_)) == want, pitch.format(request_)


@pytest.mark.parametrize(
    "question",
    [
        "Is any paper written for beginners?",
        "which of her papers are for a general audience?",
        "what papers did she write for the public?",
        "Does she have a paper like I wanted, on RL?",
    ],
)
def test_what_papers_are_said_to_be_for_stays(question: str) -> None:
    assert without_asides(question) == question
