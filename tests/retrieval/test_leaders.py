"""A subject's keyword leaders (`with_leaders`): a paper the fused ranking puts among its first
few, whose keyword score is near the question's best, is on the subject though its sentences
are not close in meaning to the asker's words; the cut is relative to the question's own hits."""

from __future__ import annotations

import datetime as dt

from retrieval.filters import Filters
from retrieval.model import Paper
from retrieval.search import LEADERS, Hit, SearchResult, with_leaders


def _hit(n: int, similarity: float, lexical: float, relevant: bool) -> Hit:
    paper = Paper(
        id=f"p{n}",
        n=n,
        title=f"Paper {n}",
        authors=["A. Author"],
        authors_truncated=False,
        category="CL",
        date=dt.date(2022, 1, 1),
    )
    return Hit(
        paper=paper,
        score=1.0 / (60 + n),
        similarity=similarity,
        lexical=lexical,
        evidence="",
        relevant=relevant,
    )


def _result(*hits: Hit) -> SearchResult:
    return SearchResult(query="sampling scheme", filters=Filters(), hits=list(hits))


def _relevant(result: SearchResult) -> list[str]:
    return [h.paper.id for h in result.hits if h.relevant]


def test_a_leading_keyword_match_far_in_meaning_is_relevant() -> None:
    found = _result(_hit(1, 0.36, 4.2, True), _hit(2, 0.18, 5.2, False), _hit(3, 0.2, 1.0, False))
    assert _relevant(with_leaders(found)) == ["p1", "p2"]


def test_a_weak_keyword_match_stays_out() -> None:
    found = _result(_hit(1, 0.36, 6.0, True), _hit(2, 0.25, 3.0, False))
    assert _relevant(with_leaders(found)) == ["p1"]


def test_a_paper_far_off_in_meaning_stays_out() -> None:
    found = _result(_hit(1, 0.36, 4.2, True), _hit(2, 0.05, 5.2, False))
    assert _relevant(with_leaders(found)) == ["p1"]


def test_only_the_first_hits_are_leaders() -> None:
    lower = [_hit(i, 0.3, 1.0, True) for i in range(1, LEADERS + 1)]
    found = _result(*lower, _hit(LEADERS + 1, 0.2, 5.0, False))
    assert _relevant(with_leaders(found)) == [h.paper.id for h in lower]


def test_nothing_relevant_stays_declined() -> None:
    found = _result(_hit(1, 0.2, 5.0, False), _hit(2, 0.18, 5.2, False))
    assert _relevant(with_leaders(found)) == []
