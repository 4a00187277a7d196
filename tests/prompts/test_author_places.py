"""An author's place after the first ('second author', 'listed third') is read from the
author lines: the papers with that person at that place, whoever is asked about. Each need is
a family of phrasings (casual, formal, typo, he/she/they/the name, indirect) that must agree;
'her second paper' asks no place in an author line."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from retrieval.people import same_person


def _at(assistant: Assistant, name: str, place: int) -> set[str]:
    return {
        p.id
        for p in assistant.profile.papers
        if len(p.authors) >= place and same_person(p.authors[place - 1], name)
    }


SECOND = [
    "On which papers is Minghui Qiu the second author?",
    "papers where qiu is 2nd author?",
    "which papers have her as secnd author",
    "How many papers list him second?",
    "I'm curious on which papers they are the second-named author.",
]


@pytest.mark.parametrize("question", SECOND)
def test_the_owners_second_place_papers(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    papers = _at(bundled_assistant, bundled_assistant.profile.name, 2)
    assert papers
    assert {c.paper_id for c in answer.citations} == papers, answer.text
    assert f"second author of {len(papers)} of the" in answer.text, answer.text


def test_a_third_place_and_a_co_authors_place(bundled_assistant: Assistant) -> None:
    third = bundled_assistant.ask("Is she ever the third author?")
    owner = bundled_assistant.profile.name
    assert {c.paper_id for c in third.citations} == _at(bundled_assistant, owner, 3)
    other = bundled_assistant.ask("Is Chengyu Wang the second author on any of her papers?")
    assert {c.paper_id for c in other.citations} == _at(bundled_assistant, "Chengyu Wang", 2)
    assert other.citations


def test_a_papers_place_in_the_listing_is_no_author_place(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("What was the second paper she published?")
    assert "author of" not in answer.text, answer.text
