"""How recently a paper's code was worked on, asked as someone touching, updating or pushing
to its repository ('how recently anyone touched the X repository', 'has anyone updated its
repo lately?'), is upkeep the profile never records (issue 11): only a code link is kept. Where
the code is and what it holds are no such ask. Phrasings are made up: no eval set holds them."""

from __future__ import annotations

import pytest

from prompts.answer.detail import details_asked


@pytest.mark.parametrize(
    "question",
    [
        "I'm curious how recently anyone touched the QuillNet repository.",
        "has anyone updated the loomseg repo lately?",
        "When did someone last push to their GitHub for QuillNet?",
        "Has she committed to the LoomSeg codebase this year?",
        "is anybody still touching their repos?",
    ],
)
def test_work_on_a_repository_is_upkeep(question: str) -> None:
    assert "upkeep" in details_asked(question)


@pytest.mark.parametrize(
    "question",
    [
        "Where is the QuillNet repository?",
        "What does the LoomSeg repo contain?",
        "Which papers have a GitHub link?",
        "Has QuillNet's code been released?",
    ],
)
def test_where_the_code_is_is_no_upkeep(question: str) -> None:
    assert "upkeep" not in details_asked(question)
