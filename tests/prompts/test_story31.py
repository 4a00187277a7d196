"""A subject's whole asked as a story ("what's his story in X", 'the story of X') is asked of
X: 'story' is no word the papers must say. 'story generation' is a subject and keeps it.
Needs of the bundled profile (Minghui Qiu), in words of no eval set."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant


def _cited(assistant: Assistant, question: str) -> frozenset[str]:
    answer = assistant.ask(question)
    assert not answer.abstained and "story" not in answer.text.casefold(), answer.text[:300]
    return frozenset(c.paper_id for c in answer.citations)


@pytest.mark.parametrize(
    "question",
    [
        "The story of RL in their papers: where did it start and where is it now?",
        "the story of reinforcement learning in her work?",
        "what's her story in reinforcement learning, in a few lines?",
    ],
)
def test_a_story_asked_is_the_subjects_papers(bundled_assistant: Assistant, question: str) -> None:
    want = _cited(bundled_assistant, "which of her papers use reinforcement learning?")
    assert _cited(bundled_assistant, question) == want, question


def test_story_generation_is_a_subject(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("any papers on story generation?")
    assert "story" in answer.text.casefold(), answer.text[:300]  # said back: none says it
