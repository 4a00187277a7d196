"""A keyword search among some papers (a year, a category, code, the papers of an earlier
answer) finds the same chunks, in the same order and with the same scores, whether it is read
from the wider unfiltered ranking or asked with the papers' ids as a filter; and a broad
filter is read from the ranking, without a term set of every allowed paper's id."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import tantivy

from retrieval.filters import Filters
from retrieval.index.columns import PaperColumns
from retrieval.index.keyword import KeywordIndex, query_terms
from retrieval.model import Profile

# What people search a profile for, typed in different ways (casual, formal, a typo, a
# pasted phrase, one word, a question).
SEARCHES = (
    "knowledge distillation",
    "How does she use graph neural networks for recommendation?",
    "pre-trained language models",
    "pretrained langauge models",
    "prompt tuning for few-shot text classification",
    "medical images",
    "rainfall",
    "Which of them are about e-commerce search?",
    "contrastive learning of sentence representations",
    "reinforcement learning",
)
# Ways a question narrows the papers (a year, a range, a category, code, a co-author).
FILTERS = (
    Filters(year_from=2021, year_to=2021),
    Filters(year_from=2019),
    Filters(year_to=2020),
    Filters(categories=["CL"]),
    Filters(categories=["CV", "IR"]),
    Filters(has_code=True),
    Filters(has_code=False, year_from=2020),
    Filters(authors=["Jun Huang"]),
)


def profile_order(index: KeywordIndex) -> Callable[[tuple[str, float]], tuple[float, int, int]]:
    """Best score first, then the paper's place among the known ids, then the chunk's place."""
    row = {pid: i for i, pid in enumerate(index._ids)}

    def order(item: tuple[str, float]) -> tuple[float, int, int]:
        paper, end = item[0].rsplit(":", 1)
        return (-item[1], row[paper], -1 if end == "paper" else int(end[1:]))

    return order


def filtered(index: KeywordIndex, text: str, k: int, allowed: set[str]) -> list[object]:
    """The k best chunks among the allowed papers' chunks, asked with their ids as a filter."""
    should = [
        (tantivy.Occur.Should, tantivy.Query.term_query(index.schema, "text", t))
        for t in dict.fromkeys(query_terms(text))
    ]
    among = tantivy.Query.term_set_query(index.schema, "paper", sorted(allowed))
    query = tantivy.Query.boolean_query(
        [(tantivy.Occur.Must, tantivy.Query.boolean_query(should)), (tantivy.Occur.Must, among)]
    )
    searcher = index._index.searcher()
    hits = searcher.search(query, limit=10_000).hits
    found = [(str(searcher.doc(a)["id"][0]), float(s)) for s, a in hits]
    # equal scores in the profile's order (test_keyword_ties.py)
    return sorted(found, key=profile_order(index))[:k]


@pytest.mark.parametrize("k", [3, 12, 60])
def test_a_search_among_papers_finds_what_the_filtered_query_finds(
    profile: Profile, index: KeywordIndex, k: int
) -> None:
    columns = PaperColumns(profile.papers)
    checked = 0
    for where in FILTERS:
        allowed = columns.allowed(where)
        assert allowed, where
        for text in SEARCHES:
            expected = filtered(index, text, k, allowed)
            assert list(index.search(text, k, allowed).items()) == expected, (text, where)
            checked += bool(expected)
    # ... and the papers of an earlier answer, a few of them or one
    some = [p.id for p in profile.papers[::7]]
    for allowed in (set(some), {some[0]}):
        for text in SEARCHES:
            expected = filtered(index, text, k, allowed)
            assert list(index.search(text, k, allowed).items()) == expected, text
    assert checked > len(FILTERS) * len(SEARCHES) // 2  # most searches find something


def test_a_broad_filter_is_read_from_the_ranking_without_a_term_set_of_ids(
    profile: Profile, index: KeywordIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    columns = PaperColumns(profile.papers)
    broad = [Filters(has_code=False, year_from=2020), Filters(exclude_categories=["CV"])]  # 3/4
    expected = {
        (text, i): filtered(index, text, 10, columns.allowed(where))
        for text in SEARCHES
        for i, where in enumerate(broad)
    }
    asked: list[int] = []
    real: Callable[..., tantivy.Query] = tantivy.Query.term_set_query

    def term_set(schema: tantivy.Schema, field: str, values: list[str]) -> tantivy.Query:
        asked.append(len(values))
        return real(schema, field, values)

    monkeypatch.setattr(tantivy.Query, "term_set_query", term_set)
    for (text, i), found in expected.items():
        assert list(index.search(text, 10, columns.allowed(broad[i])).items()) == found
    assert asked == []
