"""A yes/no that asks for a number of papers ('more than one paper in AO-PH?', 'three or more
of his papers', 'several papers in IR') says No when fewer match and Yes when enough do; a
bound on something else ('more than one dataset') is no count of papers. Bundled profile
(Minghui Qiu: one AO-PH paper, four IR, five LG); phrasings of no eval set."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from prompts.understand.amounts import stated_count


@pytest.mark.parametrize(
    "question",
    [
        "Does Qiu have more than one paper filed under AO-PH?",
        "were three or more of his papers in AO-PH?",
        "has she got at least two AO-PH papers?",
        "Has Minghui Qiu written over one paper in the AO-PH category?",
        "Is Aidi Lin on several of their papers?",
        "Does Qixiang Yin appear on more than two of her papers?",
        "aidi lin - more than one paper with them?",
    ],
)
def test_fewer_papers_than_asked_is_a_no(bundled_assistant: Assistant, question: str) -> None:
    text = bundled_assistant.ask(question).text
    assert text.startswith("No"), text[:300]


@pytest.mark.parametrize(
    "question",
    [
        "Has she put out several papers in IR?",
        "is there more than one LG paper of theirs?",
        "did he publish at least three LG papers?",
        "were two or more of her papers in IR?",
        "Has Taolin Zhang been on several of their papers?",
    ],
)
def test_enough_papers_is_a_yes(bundled_assistant: Assistant, question: str) -> None:
    text = bundled_assistant.ask(question).text
    assert text.startswith("Yes"), text[:300]


@pytest.mark.parametrize(
    ("question", "passed"),
    [
        ("Is there a CV paper that uses more than one dataset?", None),
        ("any paper with more than 10 authors?", None),
        ("more than 2 of her papers in 2021?", 2),
        ("has he co-written with her more than once?", 1),
    ],
)
def test_only_a_bound_on_papers_counts(question: str, passed: int | None) -> None:
    stated = stated_count(question)  # the counts allowed: more than `passed`
    assert (None if stated is None else int(stated.low) - 1) == passed
