"""Opening a profile's Searcher does not touch Chroma's vector index: the chunks are counted
(which loads that index, about a second at 100k papers) at the first search, once, and the
searches find what they found when the count was read at open."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.app import ingest_file, open_index
from retrieval.filters import Filters
from retrieval.search import Searcher
from tests.conftest import make_settings

SEARCHES = (
    ("rainfall forecasting", Filters()),
    ("forcasting rain", Filters()),
    ("graph summarization", Filters(year_from=2023)),
    ("weather", Filters(has_code=True)),
    ("", Filters()),
)


class Counting:
    """The collection, with its calls to count() counted."""

    def __init__(self, collection: Any) -> None:
        self.collection, self.counts = collection, 0

    def count(self) -> int:
        self.counts += 1
        return int(self.collection.count())

    def __getattr__(self, name: str) -> Any:
        return getattr(self.collection, name)


def test_the_chunks_are_counted_at_the_first_search_not_at_open(
    tmp_path: Path, small_profile_file: Path
) -> None:
    settings = make_settings(tmp_path / "data", small_profile_file)
    index = open_index(settings)
    ingest_file(index, small_profile_file, settings)
    profile, keywords = index.load_profile(), index.keywords()
    counting = Counting(index.collection())
    searcher = Searcher(counting, index.embedder, profile, keywords)  # type: ignore[arg-type]
    assert counting.counts == 0  # opened without a count
    eager = Searcher(index.collection(), index.embedder, profile, keywords)
    eager.size = index.collection().count()
    for text, filters in SEARCHES:
        got, want = searcher.search(text, filters), eager.search(text, filters)
        assert [h.paper.id for h in got.hits] == [h.paper.id for h in want.hits], text
    assert counting.counts == 1  # counted once, at the first search
    assert searcher.size == eager.size > 0
