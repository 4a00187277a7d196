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


LATEST_WITH = [
    ("what's the latest paper with Chengyu Wang", "KANGAROO"),
    ("Most recent publication co-authored with chengyu wang?", "KANGAROO"),
    ("When did she last publish with Chengyu Wang?", "KANGAROO"),
    ("first paper she wrote with Cen Chen", "ORConvQA"),
    ("What is the earliest paper Minghui Qiu co-authored with Cen Chen?", "ORConvQA"),
]


@pytest.mark.parametrize(("question", "paper"), LATEST_WITH)
def test_latest_or_first_paper_with_a_person(
    bundled_assistant: Assistant, question: str, paper: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert len(answer.citations) == 1, answer.text[:200]
    assert f"is {paper}:" in answer.text, answer.text[:200]


SHIFT_FROM_TO = [
    "when did she move from NLP to vision",
    "did he switch from language to vision at some point",
    "How did Minghui Qiu's work shift from text to images?",
    "when did they pivot from nlp towards multimodal stuff",
]


@pytest.mark.parametrize("question", SHIFT_FROM_TO)
def test_a_move_from_one_field_to_another_is_the_trend(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "research moved from" in answer.text, answer.text[:200]
    assert "2020-2022" in answer.text


OVERVIEW_FOR_A_NEWCOMER = [
    "which of her papers would you recommend reading first",
    "what kind of research does this person do, in plain english",
    "explain his work in simple terms",
    "What would you suggest I read to get into their work?",
]


@pytest.mark.parametrize("question", OVERVIEW_FOR_A_NEWCOMER)
def test_a_newcomers_question_gets_the_themes(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert "main themes" in answer.text, answer.text[:200]


LOWER_CASE_NAME_META = [
    ("who wrote valley", "Ruipu Luo"),
    ("Who are the authors of valley?", "Ruipu Luo"),
    ("when was merit published", "3 June 2025"),
    ("merit - when did it come out?", "3 June 2025"),
    ("how many citations does valley have", "no per-paper citation counts"),
    ("who wrote valley 3", "Zeyu Chen"),
    ("link to valley 2 repo pls", "https://github.com/bytedance/Valley"),
]


@pytest.mark.parametrize(("question", "said"), LOWER_CASE_NAME_META)
def test_a_name_that_is_also_a_word_asked_for_its_metadata(
    bundled_assistant: Assistant, question: str, said: str
) -> None:
    """'valley' and 'merit' are English words; asked who wrote or when, they are the papers."""
    answer = bundled_assistant.ask(question)
    assert said in answer.text, answer.text[:200]
    assert len(answer.citations) <= 1
