"""A search among a few papers ('which of them are about robots?': those listed before) reads
their chunks' vectors by id and measures them here, instead of asking Chroma to filter (which
walks its whole graph when fewer than ef_search chunks are allowed): the same chunks, in the
same order, at the same distances, and the same answers, as Chroma's filtered search."""

from __future__ import annotations

import random

import numpy as np
import pytest

from prompts.answer.memory import Conversation
from prompts.assistant import Assistant
from retrieval import search as search_module
from retrieval.filters import Filters
from retrieval.index.chunks import paper_of
from retrieval.search import chroma_where
from tests.prompts import synthetic
from tests.retrieval.test_search_overfetch import RecordingCollection


def profile_text() -> str:
    """Papers of a few subjects over 2000-2025, several sentences each (sentence chunks)."""
    papers = []
    for i in range(24):
        title = f"KelpSense{i}: Monitoring Kelp Forests with Underwater Drones, Reef {i}"
        abstract = (
            f"Reef {i} is surveyed by an underwater drone. We map kelp canopy cover from sonar "
            f"and camera images. The drone plans its own path around the reef {i}. "
            f"Code is at https://github.com/ada/kelpsense{i}."
        )
        papers.append((title, abstract))
    return synthetic.profile_text(papers, "RO", others=24, kinds=3)


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return synthetic.opened(tmp_path_factory.mktemp("exact"), profile_text())


@pytest.fixture
def filtering(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every filtered search asks Chroma's `where` (no over-fetch), as at 100k papers."""
    monkeypatch.setattr(search_module, "OVERFETCH_SHARE", 2.0)
    monkeypatch.setattr(search_module, "OVERFETCH_ROWS", 0.0)


def test_chunks_of_papers_are_theirs_and_bounded(bot: Assistant) -> None:
    keywords = bot.searcher.keywords
    some = set(bot.searcher.columns.ids[:5])
    chunks = keywords.chunks(some, 1000)
    assert chunks is not None and chunks == sorted(chunks)
    assert {paper_of(c) for c in chunks} == some
    held = bot.searcher.collection.get(where={"paper_id": {"$in": sorted(some)}}, include=[])
    assert set(chunks) == set(held["ids"])
    assert keywords.chunks(some, len(chunks)) == chunks
    assert keywords.chunks(some, len(chunks) - 1) is None  # more than asked for
    assert keywords.chunks(set(), 10) == []


@pytest.mark.parametrize("size", [1, 3, 12, 40])
@pytest.mark.parametrize(
    "text", ["underwater drones", "which of them map kelp?", "rainfall radar", "robots"]
)
def test_a_few_papers_are_searched_as_chroma_filters_them(
    bot: Assistant, size: int, text: str
) -> None:
    searcher = bot.searcher
    ids = random.Random(size).sample(list(searcher.columns.ids), size)
    for filters in (Filters(paper_ids=ids), Filters(paper_ids=ids, year_from=2010)):
        allowed = searcher.columns.allowed(filters)
        vector = np.asarray(searcher.embedder([text])[0], dtype=np.float32)
        where = chroma_where(filters, searcher.years)
        chroma = searcher._nearest(vector, 60, where)
        exact = searcher._within(vector, 60, where, filters, allowed)
        assert [c for c, _ in exact] == [c for c, _ in chroma]
        assert [d for _, d in exact] == pytest.approx([d for _, d in chroma], abs=1e-6)


def test_a_filter_the_where_leaves_out_still_asks_chroma(bot: Assistant) -> None:
    searcher = bot.searcher
    recorder = RecordingCollection(searcher.collection)
    searcher.collection = recorder  # type: ignore[assignment]
    try:
        vector = np.asarray(searcher.embedder(["kelp"])[0], dtype=np.float32)
        ids = list(searcher.columns.ids[:10])
        for filters in (Filters(paper_ids=ids, exclude_years=[2001]), Filters(paper_ids=ids)):
            where = chroma_where(filters, searcher.years)
            searcher._within(vector, 60, where, filters, searcher.columns.allowed(filters))
    finally:
        searcher.collection = recorder.inner
    assert recorder.wheres == [{"paper_id": {"$in": ids}}]  # the first only


# A list, then a follow-up on it: casual, formal, a typo, they / she / the name, negated
TURNS = [
    ("What did Ada publish in 2005?", "Which of them are about robots?"),
    ("What did she publish in 2005?", "which of those r about kelp"),
    ("papers on underwater drones?", "Which of those have code?"),
    ("Papers on underwater drones since 2015?", "any of them on mapping kelp canopy?"),
    ("What has Ada Example published on kelp forests?", "Of these, which are not about reefs?"),
    ("What did they publish in 2010?", "do any of them deal with protien folding"),
    ("List her papers from 2003.", "Which ones aren't about rainfall?"),
    ("What did Ada Example publish in 2012?", "which of these concern weather prediction?"),
    ("papers on underwater drones?", "Which of them involve autonomous submarines?"),
    ("Ada's work on underwater drones", "are any of those about seaweed"),
]


def conversation_answers(bot: Assistant) -> list[tuple[str, bool, list[str]]]:
    out = []
    for first, follow in TURNS:
        chat = Conversation()
        bot.ask(first, chat)
        answer = bot.ask(follow, chat)
        out.append((answer.text, answer.abstained, [c.paper_id for c in answer.citations]))
    return out


@pytest.mark.usefixtures("filtering")
def test_follow_ups_answer_as_with_chromas_filter(
    bot: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder = RecordingCollection(bot.searcher.collection)
    monkeypatch.setattr(bot.searcher, "collection", recorder)
    exact = conversation_answers(bot)
    # a selection's search (not a paper's sibling looked up among the paper vectors, once)
    asked_exact = sum(w is not None and w != {"kind": "paper"} for w in recorder.wheres)
    recorder.wheres.clear()
    monkeypatch.setattr(search_module, "EXACT_CHUNKS", 0)  # Chroma filters every selection
    chroma = conversation_answers(bot)
    asked_chroma = sum(w is not None and w != {"kind": "paper"} for w in recorder.wheres)
    assert asked_exact < asked_chroma  # the selections were searched here
    assert any(cited for _, _, cited in exact)
    assert exact == chroma


def test_a_chunk_chroma_does_not_hold_is_left_out(bot: Assistant) -> None:
    searcher = bot.searcher
    vector = np.asarray(searcher.embedder(["kelp"])[0], dtype=np.float32)
    held = searcher.keywords.chunks({searcher.columns.ids[0]}, 100) or []
    found = searcher._exact(vector, 60, [*held, "no-such-paper:paper"])
    assert [c for c, _ in found] and {c for c, _ in found} == set(held)


@pytest.mark.usefixtures("filtering")
@pytest.mark.parametrize(
    "filters",
    [
        Filters(year_from=2023),
        Filters(year_to=2021, categories=["CL"]),
        Filters(year_from=2021, year_to=2021, has_code=True),
        Filters(categories=["CV"], has_code=True),
    ],
)
def test_the_bundled_profile_within_years_categories_or_code_finds_the_same_papers(
    bundled_assistant: Assistant, monkeypatch: pytest.MonkeyPatch, filters: Filters
) -> None:
    def hits() -> list[tuple[str, float]]:
        found = bundled_assistant.search("language models and retrieval", filters, k=20)
        return [(h.paper.id, h.similarity) for h in found.hits]

    recorder = RecordingCollection(bundled_assistant.searcher.collection)
    monkeypatch.setattr(bundled_assistant.searcher, "collection", recorder)
    exact = hits()
    assert recorder.wheres == []  # searched here
    monkeypatch.setattr(search_module, "EXACT_CHUNKS", 0)
    chroma = hits()
    assert recorder.wheres and recorder.wheres[-1] is not None
    assert exact and [p for p, _ in exact] == [p for p, _ in chroma]
    assert [s for _, s in exact] == pytest.approx([s for _, s in chroma], abs=1e-6)
