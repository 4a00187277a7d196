"""The earliest or latest papers on a topic of a profile kept on disk: the same answer as from
the papers in memory, read from the few papers it shows, not from every paper naming it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from prompts.answer.facts import answer_facts
from prompts.understand.router import parse_query
from retrieval.filters import Filters
from retrieval.index.cache import DerivedCache
from retrieval.index.papers import PaperTable, kept_profile
from retrieval.model import Paper, Profile
from retrieval.search import SearchResult

N = 400  # papers, every one naming the topic


class NoSiblings:
    """No paper has a sibling (retrieval/siblings.py)."""

    def of(self, paper_id: str) -> None:
        return None


class NoHits:
    """A searcher that finds nothing relevant and has no keyword index: the papers on the
    topic are those naming it (every paper here)."""

    keywords = None
    siblings = NoSiblings()

    def search(
        self, text: str, filters: Any = None, k: int = 8, *, relevant_only: bool = False
    ) -> SearchResult:
        return SearchResult(query=text, filters=filters or Filters(), hits=[])


def profile(pronoun: str) -> Profile:
    papers = [
        Paper(
            id=f"p{i}",
            n=i + 1,
            title=f"Study {i}: Another Look at Things",
            authors=["Test Owner", f"Guest {i % 7}"],
            authors_truncated=False,
            category="CL",
            date=dt.date(1990 + i // 12, 1 + i % 12, 1 + i % 3),
            abstract=f"We study dependency graph parsing for case {i}. It works.",
        )
        for i in range(N)
    ]
    return Profile(name="Test Owner", pronoun=pronoun, captured_year=2026, papers=papers)


FAMILY = [
    ("she", "What is her most recent paper on dependency graph parsing?"),
    ("he", "what was his first paper on dependency graph parsing"),
    ("they", "What are the 3 latest papers on dependency graph parsing?"),
    ("she", "I'm curious when Test Owner first wrote on dependency graph parsing"),
    ("he", "latest papr on dependency graph parsing?"),
    ("they", "What are the two earliest papers they wrote on dependency graph parsing?"),
]


@pytest.mark.parametrize(("pronoun", "question"), FAMILY)
def test_the_first_papers_on_a_topic_are_read_alone(
    tmp_path: Path, pronoun: str, question: str
) -> None:
    in_memory = profile(pronoun)
    kept = kept_profile(DerivedCache(tmp_path, "v1"), lambda: in_memory)
    table = kept.papers
    assert isinstance(table, PaperTable)
    searcher: Any = NoHits()
    expected = answer_facts(parse_query(question, in_memory), in_memory, searcher)
    assert expected is not None and expected.route == "facts", question
    assert 1 <= len(expected.citations) <= 6, question
    query = parse_query(question, kept)  # understanding reads the profile's names (no cache)
    table._recent.clear()
    got = answer_facts(query, kept, searcher)
    assert got is not None and (got.text, got.citations) == (expected.text, expected.citations)
    assert len(table._recent) < N // 4, question  # the papers read: a few, not all N
