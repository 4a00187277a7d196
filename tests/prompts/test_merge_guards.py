"""Needs that a newer reading took over after this stop's behaviours were merged: a year
'or later' with no code (not code 'promised later'), a person across the early and recent
work (not the research's arc), having written a review of a field (not the areas she could
review), a method named inside another's name ('Share-GRPO' is GRPO-based). Each is a family
of phrasings that must agree, on the bundled profile."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant


def _titles(answer: object) -> set[str]:
    return {c.title for c in answer.citations}  # type: ignore[attr-defined]


NO_CODE_SINCE = [
    "How many of her papers from 2025 or later have no code?",
    "papers 2025 and later w/o code released?",
    "Which of Minghui Qiu's publications since 2025 come without any code?",
    pytest.param(
        "I'm curious which of their 2025-or-later papers lack a code release.",
        marks=pytest.mark.xfail(strict=True, reason="'2025-or-later' hyphenated: declined"),
    ),
]


@pytest.mark.parametrize("question", NO_CODE_SINCE)
def test_a_year_or_later_without_code_is_no_promise(
    bundled_assistant: Assistant, question: str
) -> None:
    papers = bundled_assistant.profile.papers
    expected = {p.title for p in papers if p.year >= 2025 and not p.has_code}
    answer = bundled_assistant.ask(question)
    assert "promised" not in answer.text, answer.text[:200]
    assert _titles(answer) == expected, answer.text[:300]


ACROSS = [
    "Is there a collaborator who worked with her both early on and recently?",
    "any co-author from his first papers who is still on his latest ones?",
    "Who has co-written with Minghui Qiu from the earliest work to the most recent?",
    "I'm curious whether someone co-authored with them at the start and also now.",
]


@pytest.mark.parametrize("question", ACROSS)
def test_a_person_across_the_early_and_recent_work_is_no_arc(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "research moved" not in answer.text, answer.text[:200]


SURVEY_WRITTEN = [
    pytest.param(
        "Has she written a review of a whole field?",
        marks=pytest.mark.xfail(strict=True, reason="'a whole field' alone: declined"),
    ),
    "did he ever publish a review article, not a method?",
    "I'm curious whether they've written a review of an area rather than proposing a model.",
    "Is there a review of a research field among Minghui Qiu's papers?",
]


@pytest.mark.parametrize("question", SURVEY_WRITTEN)
def test_a_review_written_is_a_survey_not_reviewing(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "main themes" not in answer.text, answer.text[:200]
    assert any(t.startswith("Reinforced MLLM: A Survey") for t in _titles(answer)), answer.text


INSIDE_A_NAME = [
    "any GRPO-based papers?",
    "Which of her works are GRPO-based?",
    "Has Minghui Qiu published GRPO-style methods?",
    "I'm curious which of their papers are GRPO-driven.",
]


@pytest.mark.parametrize("question", INSIDE_A_NAME)
def test_a_method_inside_another_name_is_based_on_it(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert any(t.startswith("R1-ShareVL") for t in _titles(answer)), answer.text[:300]
