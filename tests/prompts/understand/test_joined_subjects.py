"""The subjects one negation joins, read from the question's own words: split where it says
'or', 'nor', a comma, a slash or 'and not' ('and' too after a cue that lists what is set
aside), never across examples that follow ('- like X', 'e.g. X'), never inside one subject."""

from __future__ import annotations

import pytest

from prompts.understand.setaside import joined_subjects


@pytest.mark.parametrize(
    ("question", "topic", "sides"),
    [
        (
            "papers that are neither about e-commerce nor about medicine",
            "e-commerce medicine",
            ["e-commerce", "medicine"],
        ),
        (
            "how many r not abt RL, graphs or recommendation",
            "RL graphs recommendation",
            ["RL", "graphs", "recommendation"],
        ),
        ("which papers are not on RL and not on LLMs?", "RL LLMs", ["RL", "LLMs"]),
        (
            "her work not about graph neural networks / recommender systems",
            "graph neural networks recommender systems",
            ["graph neural networks", "recommender systems"],
        ),
    ],
)
def test_a_negated_list_is_split_into_its_subjects(
    question: str, topic: str, sides: list[str]
) -> None:
    assert joined_subjects(question, topic) == sides


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("papers not about vision and language", "vision language"),  # one subject
        ("papers not about knowledge distillation", "knowledge distillation"),
        # the examples after the negated subject are what is asked, not left out
        (
            "papers that don't involve text at all - like sensor signals or radar?",
            "text sensor signals radar",
        ),
        ("anything not about words, e.g. purely sensor or click data", "words purely sensor click"),
    ],
)
def test_one_subject_or_examples_after_it_are_not_split(question: str, topic: str) -> None:
    assert joined_subjects(question, topic) == []


def test_and_joins_two_subjects_a_cue_sets_aside() -> None:
    assert joined_subjects("excluding e-commerce and medicine", "e-commerce medicine", True) == [
        "e-commerce",
        "medicine",
    ]
