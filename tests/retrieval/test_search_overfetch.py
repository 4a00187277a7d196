"""Broad filters skip Chroma's slow `where` (over-fetch, then keep the allowed papers) and
find the same papers as the `where` path; narrow filters still use `where`."""

from __future__ import annotations

from typing import Any

import pytest

from prompts.assistant import Assistant
from retrieval import search as search_module
from retrieval.filters import Filters

BROAD = [
    ("prompt learning for language models", Filters(year_from=2020, year_to=2022)),
    ("image and video understanding", Filters(categories=["CV"])),
    ("question answering", Filters(has_code=True)),
    ("knowledge graphs", Filters(categories=["CL", "IR"], year_from=2021)),
]


class RecordingCollection:
    """The real collection, noting the `where` of every query."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.wheres: list[Any] = []

    def query(self, **kwargs: Any) -> Any:
        self.wheres.append(kwargs.get("where"))
        return self.inner.query(**kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def hits(bot: Assistant, text: str, filters: Filters) -> list[tuple[str, float]]:
    return [(h.paper.id, h.similarity) for h in bot.search(text, filters, k=20).hits]


@pytest.mark.parametrize(("text", "filters"), BROAD)
def test_broad_filter_finds_the_same_papers_without_a_where(
    bundled_assistant: Assistant, monkeypatch: pytest.MonkeyPatch, text: str, filters: Filters
) -> None:
    recorder = RecordingCollection(bundled_assistant.searcher.collection)
    monkeypatch.setattr(bundled_assistant.searcher, "collection", recorder)
    overfetched = hits(bundled_assistant, text, filters)
    assert recorder.wheres[0] is None
    monkeypatch.setattr(search_module, "OVERFETCH_SHARE", 2.0)  # never: Chroma filters
    monkeypatch.setattr(search_module, "OVERFETCH_ROWS", 0.0)
    monkeypatch.setattr(search_module, "EXACT_CHUNKS", 0)  # however few the papers
    filtered = hits(bundled_assistant, text, filters)
    assert recorder.wheres[-1] is not None
    assert overfetched and [p for p, _ in overfetched] == [p for p, _ in filtered]
    assert [s for _, s in overfetched] == pytest.approx([s for _, s in filtered], abs=1e-4)
    assert all(filters.matches(bundled_assistant.searcher.papers[p]) for p, _ in overfetched)


def test_narrow_filter_still_asks_chroma_to_filter(
    bundled_assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder = RecordingCollection(bundled_assistant.searcher.collection)
    monkeypatch.setattr(bundled_assistant.searcher, "collection", recorder)
    author = bundled_assistant.profile.papers[0].authors[-1]
    share = sum(author in p.authors for p in bundled_assistant.profile.papers) / len(
        bundled_assistant.profile.papers
    )
    assert share < search_module.OVERFETCH_SHARE
    assert bundled_assistant.search("models", Filters(authors=[author])).hits
    assert recorder.wheres[0] == {"authors": {"$contains": author.casefold()}}


YEAR_LIST = "{'year': {'$in': ["


@pytest.mark.parametrize(
    "filters",
    [
        Filters(year_from=2020, year_to=2022),
        Filters(year_from=2023),
        Filters(year_to=2021, categories=["CL"]),
        Filters(year_from=2021, year_to=2021, has_code=True),
    ],
)
def test_a_year_range_asked_as_a_list_of_years_finds_the_same_papers(
    bundled_assistant: Assistant, monkeypatch: pytest.MonkeyPatch, filters: Filters
) -> None:
    recorder = RecordingCollection(bundled_assistant.searcher.collection)
    monkeypatch.setattr(bundled_assistant.searcher, "collection", recorder)
    monkeypatch.setattr(search_module, "OVERFETCH_SHARE", 2.0)  # always Chroma's `where`
    monkeypatch.setattr(search_module, "OVERFETCH_ROWS", 0.0)
    monkeypatch.setattr(search_module, "EXACT_CHUNKS", 0)
    listed = hits(bundled_assistant, "language models and retrieval", filters)
    assert YEAR_LIST in str(recorder.wheres[-1]) and "$gte" not in str(recorder.wheres[-1])
    monkeypatch.setattr(search_module, "MAX_YEARS_LISTED", 0)  # comparisons, as before
    compared = hits(bundled_assistant, "language models and retrieval", filters)
    assert YEAR_LIST not in str(recorder.wheres[-1])
    assert listed and [p for p, _ in listed] == [p for p, _ in compared]
    assert all(filters.matches(bundled_assistant.searcher.papers[p]) for p, _ in listed)
