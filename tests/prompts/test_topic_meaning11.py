"""A subject described in the asker's everyday words (bundled profile): when the topic's words
find no paper fairly close in meaning, the paper whose meaning stands clearly apart from every
other's for the whole description is its paper (human activity recognition's CODA for
'what physical activity a person is doing'), not the papers sharing a word with it ('Beyond
the Last Frame' for 'physical actions'); a description no paper stands apart for is still
declined."""

from __future__ import annotations

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant

HAR = "CODA: A COst-efficient Test-time Domain Adaptation Mechanism for HAR"


def titles(answer: Answer) -> list[str]:
    return [c.title for c in answer.citations]


ACTIVITY = [
    "Any research on figuring out people's everyday physical actions, e.g. strolling or sprinting?",
    "any papers on working out what physical activity a person is doing from their phone?",
    "Did Minghui Qiu study recognising human physical activities from a phone's sensors?",
    "their papers on telling what physical activity someone is doing?",
]


@pytest.mark.parametrize("question", ACTIVITY)
def test_physical_activity_described_finds_the_har_paper(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text[:200]
    assert HAR in titles(answer), titles(answer)
    assert not any("Beyond the Last Frame" in t for t in titles(answer)), titles(answer)


ABSENT = [
    "any work on protein folding?",
    "papers about growing tomatoes in greenhouses?",
    "did minghui qiu write about stock market trading bots",
    "any research on composing music with AI?",
    "Has she done anything on speech recognition for call centres?",
]


@pytest.mark.parametrize("question", ABSENT)
def test_a_description_no_paper_stands_apart_for_is_declined(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, answer.text[:200]
