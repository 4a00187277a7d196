"""Who the owner works with 'these days', 'lately', 'recently', 'nowadays' is read over the
recent papers, as 'what is she working on lately?' is; with no such word, or with a date of
its own, over what it says. Needs of the bundled profile (Minghui Qiu), in words of no eval
set."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant

NOW = [
    "who does she collaborate with most these days?",
    "who has he been working with lately?",
    "her main collaborators recently?",
    "who are qiu's co-authors nowadays?",
    "Who does Minghui Qiu currently write papers with?",
    "they co-author with whom these days",
]


def _head(assistant: Assistant, question: str) -> str:
    return assistant.ask(question).text.splitlines()[0]


@pytest.mark.parametrize("question", NOW)
def test_collaborators_of_now_are_of_the_recent_papers(
    bundled_assistant: Assistant, question: str
) -> None:
    recent = _head(bundled_assistant, "what is she working on lately?")
    since = recent[recent.index("(since") :].split(")")[0]  # the same recent window
    head = _head(bundled_assistant, question)
    assert "most frequent co-authors on the 17 listed papers" in head, head
    assert since in head, (since, head)


@pytest.mark.parametrize(
    ("question", "papers"),
    [
        ("who are Qiu's most frequent co-authors?", "50 listed papers:"),
        ("who has he worked with most since 2023?", "24 listed papers (since 2023)"),
        ("her top collaborators in 2021?", "listed papers (2021)"),
    ],
)
def test_collaborators_without_now_keep_their_scope(
    bundled_assistant: Assistant, question: str, papers: str
) -> None:
    assert papers in _head(bundled_assistant, question)


@pytest.mark.parametrize(
    "question",
    [
        "How has the set of her frequent co-authors changed from the early papers to now?",
        "who did he work with early on versus these days?",
    ],
)
def test_then_against_now_is_not_read_as_now_alone(
    bundled_assistant: Assistant, question: str
) -> None:
    assert "(since" not in _head(bundled_assistant, question)
