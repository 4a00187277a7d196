"""The papers a keyword query finds, as rows: sorted and unique as `np.unique` gives them,
and a union of two as `np.union1d` gives it, whatever words a question uses (issue 12: the
rows grow with the profile, ~10,000 for two common words at 100k papers, and numpy's
unique hashes them; a mask over the profile's rows does not)."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.index.keyword import Found, KeywordIndex, _unique, terms
from retrieval.model import Profile

# Words as people type them: one word, a compound, a plural, an acronym, a typo, none found.
WORDS = [
    [["knowledge"], ["distillation"]],
    [["language", "languages"], ["model", "models"]],
    [["pre-trained", "pretrained"]],
    [["graph"], ["neural"], ["network", "networks"]],
    [["langauge"]],
    [["rainfall"]],
    [["e-commerce", "ecommerce"]],
    [["learning"]],
]


@pytest.mark.parametrize("size", [0, 1, 7, 1000, 100_000])
def test_unique_rows_are_numpys(size: int) -> None:
    rng = np.random.default_rng(size)
    known = max(size, 1)
    for n in (0, 1, 5, 3 * size):
        rows = rng.integers(0, known, n).astype(np.int64)
        got = _unique(rows, known)
        assert got.dtype == np.int64 and np.array_equal(got, np.unique(rows))


@pytest.mark.parametrize("words", WORDS)
def test_the_papers_found_are_those_of_the_chunks_found(
    index: KeywordIndex, profile: Profile, words: list[list[str]]
) -> None:
    found = index.papers_with(words)
    assert isinstance(found, Found)
    assert np.array_equal(found.rows, np.unique(found.rows))
    # every chunk the same query matches, read by its stored id
    searcher = index._index.searcher()
    clauses = [index._any([index._all(terms(s)) for s in spellings]) for spellings in words]
    hits = searcher.search(index._all(clauses), limit=10_000).hits
    by_id = {str(searcher.doc(a)["id"][0]).rsplit(":", 1)[0] for _, a in hits}
    assert set(found) == by_id


@pytest.mark.parametrize("pair", [(0, 1), (1, 3), (4, 5), (6, 7), (2, 2)])
def test_a_union_of_two_is_numpys(index: KeywordIndex, pair: tuple[int, int]) -> None:
    a, b = (index.papers_with(WORDS[i]) for i in pair)
    assert isinstance(a, Found) and isinstance(b, Found)
    both = a | b
    assert isinstance(both, Found)
    assert np.array_equal(both.rows, np.union1d(a.rows, b.rows))
    assert set(both) == set(a) | set(b)
