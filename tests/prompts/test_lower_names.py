"""Names typed in lower case read as typed with capitals: a paper whose name is also a word
('valley', 'viper') is the paper where the sentence speaks of a paper, and stays a word where
it does not ('a valley between', 'on merit'); a lower-case word before a common one after
'with' is no person ('with sft only'); a co-author's full name in lower case is the co-author;
a hyphenated word with a slip in its lower-case part is read spelled ('CV-catgeory').
Bundled profile (Minghui Qiu, 50 listed papers); phrasings of no eval set."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant

VALLEY = "Valley: Video Assistant"
VIPER = "Beyond the Last Frame"

# A paper named in lower case, the sentence speaking of the paper.
AS_PAPER = [
    ("what does viper evaluate?", VIPER),
    ("viper's main metric?", VIPER),
    ("how many clips are in the viper benchmark", VIPER),
    ("does viper rely on human raters at all", VIPER),
    ("key idea of the paper viper?", VIPER),
    ("valley's training data?", VALLEY),
    ("what did valley propose", VALLEY),
    ("i'm curious which llm the valley model builds on", VALLEY),
]


def _titles(assistant: Assistant, question: str) -> set[str]:
    answer = assistant.ask(question)
    return {c.title for c in answer.citations} if not answer.abstained else set()


@pytest.mark.parametrize(("question", "paper"), AS_PAPER)
def test_a_lower_case_paper_name_is_the_paper_when_a_paper_is_spoken_of(
    bundled_assistant: Assistant, question: str, paper: str
) -> None:
    query, _ = bundled_assistant.understand(question)
    named = [p.title for p in bundled_assistant.profile.papers if p.id in query.paper_ids]
    assert [t for t in named if t.startswith(paper)], (question, query)
    # the same question with the name capitalised cites the same papers
    word, proper = ("valley", "Valley") if paper == VALLEY else ("viper", "VIPER")
    cased = question.replace(word, proper, 1)
    assert _titles(bundled_assistant, question) == _titles(bundled_assistant, cased), question


@pytest.mark.parametrize(
    "question",
    [
        "her yearly output had a valley around 2022: which year was the quietest?",
        "is she a researcher judged on merit or on citations?",
        "a valley in her paper counts: which year had the fewest papers?",
    ],
)
def test_a_lower_case_paper_name_stays_a_word_when_no_paper_is_spoken_of(
    bundled_assistant: Assistant, question: str
) -> None:
    query, _ = bundled_assistant.understand(question)
    assert query.paper_ids == [], (question, query)


@pytest.mark.parametrize(
    "question",
    [
        "gthinker trains with sft only, no rl?",
        "cure's second stage is trained with ppo right?",
        "Does R1-ShareVL train with grpo also?",
        "was valley2 built with llms mostly?",
        "is cure trained with ppo though",
    ],
)
def test_a_word_before_a_common_word_after_with_is_no_person(
    bundled_assistant: Assistant, question: str
) -> None:
    query, _ = bundled_assistant.understand(question)
    assert query.people == [] and query.filters.authors == [], (question, query)
    assert not bundled_assistant.ask(question).abstained, question


COAUTHOR = [
    "papers with chengyu wang?",
    "did chengyu wang coauthor anything with her",
    "how often does chengyu wang show up on qiu's papers",
    "chengyu wang's joint work with Minghui Qiu?",
    "i'm curious what they wrote together with chengyu wang.",
]


@pytest.mark.parametrize("question", COAUTHOR)
def test_a_co_authors_name_in_lower_case_is_the_co_author(
    bundled_assistant: Assistant, question: str
) -> None:
    query, _ = bundled_assistant.understand(question)
    assert query.filters.authors == ["Chengyu Wang"], (question, query)
    want = _titles(bundled_assistant, "Which papers did Minghui Qiu write with Chengyu Wang?")
    assert want and _titles(bundled_assistant, question) == want, question


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("how many CV-catgeory papers?", "CV"),
        ("list her CV-cateogry papers from 2024", "CV"),
        ("CV-categry papers in 2025, how many?", "CV"),
        ("which CL-catgeory papers came out in 2021?", "CL"),
        ("Number of CL-categroy papers she has?", "CL"),
    ],
)
def test_a_slip_inside_a_hyphenated_word_is_read_spelled(
    bundled_assistant: Assistant, question: str, category: str
) -> None:
    query, _ = bundled_assistant.understand(question)
    assert query.filters.categories == [category], (question, query)
