"""What a topic question searches for, replayed under other query forms (issue 11).

bench/topic_query.py captures every search a question makes, replays the topic's search under
other query forms, and sorts how the searched words of two phrasings of one need differ. These
check its parts on made-up rows: the asking clause apart from the asker's context, the kinds
of difference told apart, question words learned from the other sets only, the figures a
replayed row gives, and feedback that only adds keeping the first hits as found.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bench.topic_query import clause, differences, figures, kept_first, question_words, sums
from retrieval.filters import Filters
from retrieval.model import Paper
from retrieval.search import Hit, SearchResult


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        (
            "We run a ticket site. Which of his papers predict demand?",
            "Which of his papers predict demand?",
        ),
        ("which papers predict demand?", "which papers predict demand?"),
        ("Any work on demand forecasting? List them.", "Any work on demand forecasting?"),
        ("Our shop is small. Demand forecasting papers pls", "Demand forecasting papers pls"),
    ],
)
def test_the_asking_clause_leaves_the_context_before_it(question: str, asked: str) -> None:
    assert clause(question) == asked


# a bundled paper's title key: its title and abstract are what the gold papers say
HRKD = "hrkd: hierarchical relational knowledge distillation for cross-domain language model compression"


def row(**over: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "set": "s1",
        "family": "f",
        "kind": "topic",
        "gold": [HRKD],
        "acceptable": [],
        "searched": True,
        "question": "?",
        "query": "knowledge distillation",
        "cited": ["a"],
    }
    return base | over


def test_differences_tell_the_kinds_apart() -> None:
    rows = [
        row(query="knowledge distillation", cited=["a"]),
        row(query="Distillation knowledge", cited=["a"]),  # same words, order and case aside
        row(query="knowlege distillation", cited=["b"]),  # a typo
        row(query="knowledge distillation friday advisor", cited=["a"]),  # words left in
        row(query="compressing language models", cited=["a"]),  # other words of the gold
    ]
    text = differences(rows)
    assert "| same words | 1 |" in text
    assert "| a typo |" in text
    assert "words left in (in no gold paper)" in text
    assert "different words, both in gold papers" in text


def test_question_words_come_from_the_other_sets_only() -> None:
    gold = [HRKD]
    asked = [row(set="s1", query="knowledge distillation check", gold=gold) for _ in range(5)]
    other = [row(set="s2", query="knowledge distillation", gold=gold)]
    learned = question_words(asked + other, least=5, outside=0.8)
    assert "check" in learned["s2"]  # five rows of s1 search it, no gold paper says it
    assert "check" not in learned["s1"]  # s1's own rows are not read for s1
    assert not {"knowledg", "distil"} & learned["s2"]


def replayed(listed: list[str], gold: list[str], kind: str = "topic", family: str = "f") -> Any:
    titles = {p: p for p in [*listed, *gold]}
    got = {"found": listed, "titles": titles, "gate": listed, "listed": listed}
    return {"set": "s", "family": family, "kind": kind, "gold": gold, "acceptable": [], "x": got}


def test_figures_of_replayed_rows() -> None:
    rows = [
        replayed(["a", "b"], ["a", "b"]),  # every gold paper, none other
        replayed(["a", "c"], ["a", "b"]),  # half the gold, one extra
        replayed(["z"], [], kind="control"),  # an unanswerable one with a relevant hit
        replayed([], [], kind="control"),
    ]
    found, gate, listed, precision, exact, full, consistent, controls = figures(sums(rows, "x"))
    assert found == gate == pytest.approx(0.75)  # the gate passed every paper found
    assert listed == pytest.approx(0.75) and precision == pytest.approx(0.75)
    assert exact == full == pytest.approx(0.5)
    assert consistent == 0.0  # the two phrasings listed different papers
    assert controls == pytest.approx(0.5)


def _hit(n: int, similarity: float, relevant: bool, evidence: str = "") -> Hit:
    paper = Paper(
        id=f"p{n}",
        n=n,
        title=f"Paper {n}",
        authors=["A. Author"],
        authors_truncated=False,
        category="CL",
        date=dt.date(2022, 1, 1),
    )
    return Hit(paper=paper, score=0.01, similarity=similarity, evidence=evidence, relevant=relevant)


def test_feedback_that_only_adds_keeps_the_first_hits_as_found() -> None:
    first = [_hit(1, 0.6, True, "the detail asked"), _hit(2, 0.2, False), _hit(3, 0.1, False)]
    again = [
        _hit(1, 0.7, True, "general"),
        _hit(2, 0.55, True),
        _hit(4, 0.52, True),
        _hit(5, 0.1, False),
    ]
    result = SearchResult(query="q", filters=Filters(), hits=first)
    got = kept_first(result, SearchResult(query="q", filters=Filters(), hits=again)).hits
    assert [h.paper.id for h in got] == ["p1", "p2", "p3", "p4"]
    assert got[0].evidence == "the detail asked" and got[0].similarity == 0.6
    assert got[1].relevant and got[1].similarity == 0.55  # passed by the search again
    assert not got[2].relevant
