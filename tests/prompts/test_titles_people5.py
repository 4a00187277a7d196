"""Needs about the titles' own wording and about people by their role, answered from the
profile's records: titles containing a word (or not), titles phrased as questions, the person
first-listed most often, the co-authors on the owner's first-author papers. Each need is a
family of phrasings (casual, formal, typo, he/she/they/the name, indirect, negated) that must
agree."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from prompts.assistant import Assistant
from retrieval.people import same_person


def _cited(answer: object) -> set[str]:
    return {c.paper_id for c in answer.citations}  # type: ignore[attr-defined]


def _titled(assistant: Assistant, word: str) -> set[str]:
    return {
        p.id for p in assistant.profile.papers if re.search(rf"\b{word}\b", p.title, re.IGNORECASE)
    }


DISTILLATION = [
    "Which of her paper titles contain the word 'distillation'?",
    "titles w/ distillation in them?",
    "Any paper with Distillation in its title?",
    'List the publications by Minghui Qiu whose titles include the term "distillation".',
    "I'm curious which of his titles use the word distillation.",
    "how many of their titles have 'distillation' in them",
]


@pytest.mark.parametrize("question", DISTILLATION)
def test_titles_containing_a_word(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    expected = _titled(bundled_assistant, "distillation")
    assert expected
    assert _cited(answer) == expected, answer.text
    assert "titles containing 'distillation'" in answer.text.casefold(), answer.text


def test_titles_without_a_word(bundled_assistant: Assistant) -> None:
    """Negated: the 2021 titles that do not say it."""
    answer = bundled_assistant.ask("Which of her 2021 titles don't mention 'distillation'?")
    papers = bundled_assistant.profile.papers
    expected = {p.id for p in papers if p.year == 2021} - _titled(bundled_assistant, "distillation")
    assert expected
    assert _cited(answer) == expected, answer.text


QUESTION_TITLES = [
    "Are any of her titles phrased as a question?",
    "question-shaped titles?",
    "Which publication titles by Minghui Qiu end with a question mark?",
    "I'm curious whether he ever titled a paper as a question.",
    "how many of their titels are questions",
]


@pytest.mark.parametrize("question", QUESTION_TITLES)
def test_titles_phrased_as_questions(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    expected = {p.id for p in bundled_assistant.profile.papers if "?" in p.title}
    assert expected
    assert _cited(answer) == expected, answer.text


def test_a_paper_on_questions_is_no_title_ask(bundled_assistant: Assistant) -> None:
    """'question answering' in a title is a subject, not a title phrased as a question."""
    answer = bundled_assistant.ask("Which titles contain 'question answering'?")
    assert _cited(answer) == _titled(bundled_assistant, "question answering"), answer.text


def _leads(assistant: Assistant) -> Counter[str]:
    return Counter(p.authors[0].casefold() for p in assistant.profile.papers if p.authors)


MOST_FIRST = [
    "Who is first author on the most of her papers?",
    "which author is listed first most often?",
    "who leads the most papers in this profile?",
    "Among Minghui Qiu's publications, whose name most frequently comes first in the author list?",
    "I'm curious who is the most frequent frist author on their papers.",
]


@pytest.mark.parametrize("question", MOST_FIRST)
def test_the_person_first_listed_most_often(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    leads = _leads(bundled_assistant)
    top = max(leads.values())
    leaders = [p for p in bundled_assistant.profile.papers if p.authors]
    first = next(p.authors[0] for p in leaders if leads[p.authors[0].casefold()] == top)
    assert answer.text.startswith(f"{first} is first author most often"), answer.text
    assert f"{top} papers" in answer.text, answer.text


LED_COAUTHORS = [
    "Who co-wrote the papers she was first author on?",
    "who are qiu's coauthors on his lead-author papers",
    "On the papers where Minghui Qiu is listed first, who are the other authors?",
    "I'm curious who worked with them on the papers they led.",
    "co-authors of her first-authored papers?",
    "who else is on the 1st-author papers of qiu",
]


@pytest.mark.parametrize("question", LED_COAUTHORS)
def test_co_authors_on_the_owners_first_author_papers(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    owner = bundled_assistant.profile.name
    led = [
        p
        for p in bundled_assistant.profile.papers
        if p.authors and same_person(p.authors[0], owner)
    ]
    assert led
    assert _cited(answer) == {p.id for p in led}, answer.text
    for paper in led:  # each paper's other named authors are said
        for name in paper.authors[1:]:
            assert name in answer.text, answer.text


def _abstracts(assistant: Assistant, pattern: str) -> set[str]:
    return {p.id for p in assistant.profile.papers if re.search(pattern, p.abstract, re.IGNORECASE)}


PROMISED = [
    "Which papers promise code that isn't out yet?",
    "code will be released later -- which of his papers say that?",
    "Which of Minghui Qiu's abstracts say their code will be made available in the future?",
    "papers w/ code still upcoming?",
    "I'm curious which of their papers only promise a repositry.",
]


@pytest.mark.parametrize("question", PROMISED)
def test_code_only_promised(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    said = r"\b(?:code|github)\b[^.]*\bwill\b|\bwill\b[^.]*\b(?:code|github)\b"
    expected = _abstracts(bundled_assistant, said)
    assert expected
    assert _cited(answer) == expected, answer.text
    assert "code only promised" in answer.text, answer.text


ANONYMOUS = [
    "Which of her papers put their code up anonymously?",
    "anon repo? which paper",
    "Was any code of his released anonymously, and where?",
    "I'm curious which repository was shared anonymously.",
    "Which paper by Minghui Qiu published its code anonymously?",
]


@pytest.mark.parametrize("question", ANONYMOUS)
def test_code_published_anonymously(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    expected = _abstracts(bundled_assistant, r"\bcode\b[^.]*\banonymously\b")
    assert expected
    assert _cited(answer) == expected, answer.text
    assert "github.com" in answer.text, answer.text  # where: the link as the abstract gives it


OWNER = [
    "Which papers have code under the alibaba account on GitHub?",
    "alibaba github repos?",
    "Which of his repositories belong to Alibaba?",
    "I'm curious which of their code is hosted at github.com/alibaba.",
    "Which of Minghui Qiu's papers link code in alibaba's GitHub organization?",
]


@pytest.mark.parametrize("question", OWNER)
def test_code_under_an_account(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    expected = _abstracts(bundled_assistant, r"github\.com/alibaba/")
    assert expected
    assert _cited(answer) == expected, answer.text


def test_a_title_phrase_in_either_number_and_hyphenation(bundled_assistant: Assistant) -> None:
    """'language model' finds 'Language Models'; 'pre trained' finds 'Pre-trained'."""
    plural = bundled_assistant.ask("Which titles contain the phrase 'language model'?")
    assert _cited(plural) == _titled(bundled_assistant, "language models?"), plural.text
    hyphen = bundled_assistant.ask("titles with 'pre trained' in them?")
    assert _cited(hyphen) == _titled(bundled_assistant, "pre-trained"), hyphen.text
