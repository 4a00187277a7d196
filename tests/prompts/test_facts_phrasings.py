"""Exact facts asked in everyday words: a code link called a GitHub repo, co-authors called
people, a paper written alone. Each need is asked several ways; the answers must agree."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant

CODE_2025 = [
    "which 2025 papers have a github repo",
    "Which of her 2025 papers come with a GitHub link?",
    "2025 papers w/ github repos?",
    "List Minghui Qiu's 2025 publications that have a public implementation.",
    "which of their 2025 papers have code",
]


@pytest.mark.parametrize("question", CODE_2025)
def test_a_github_repo_is_the_code_flag(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text[:200]
    assert answer.text.startswith("7 of the 50"), answer.text[:200]
    assert len(answer.citations) == 7
    assert "Valley2: Exploring" in answer.text


NO_CODE_2024 = [
    "is there a github link for any of the 2024 papers",
    "Do any of his 2024 papers have a GitHub repository?",
    "did she put code on github for anything from 2024?",
]


@pytest.mark.parametrize("question", NO_CODE_2024)
def test_no_code_link_in_a_year_is_said(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text[:200]
    assert answer.text.startswith(("No", "None")), answer.text[:200]
    assert not answer.citations


WITHOUT_GITHUB = [
    "how many papers have no github link",
    "How many of her papers lack a GitHub repository?",
    "count the papers without code",
]


@pytest.mark.parametrize("question", WITHOUT_GITHUB)
def test_without_a_github_link_counts_the_rest(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("37 of the 50"), answer.text[:200]


HOW_MANY_PEOPLE = [
    "how many different people has he published with?",
    "How many distinct researchers has Minghui Qiu co-authored with?",
    "number of unique collaborators",
    "how many ppl has she written papers with",
    "how many co-authors does they have in total",
]


@pytest.mark.parametrize("question", HOW_MANY_PEOPLE)
def test_how_many_people_counts_distinct_coauthors(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "88 distinct co-authors" in answer.text, answer.text[:200]
    assert "lower bound" in answer.text


ALONE = [
    "has he ever written a paper alone?",
    "any single-author papers?",
    "Has Minghui Qiu published anything entirely on her own?",
    "did they write any paper by themselves",
    "is there a paper where qiu is the only author",
]


@pytest.mark.parametrize("question", ALONE)
def test_a_paper_written_alone(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("No: none of the 50 listed papers"), answer.text[:200]
