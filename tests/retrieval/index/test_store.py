"""The Chroma index: sync ingest, reopening offline, embedder mismatch, interrupted ingest."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.index.embedder import MiniLMEmbedding
from retrieval.index.store import IndexError_, PaperIndex, open_client
from retrieval.ingest.text_format import parse_profile
from retrieval.search import Searcher
from tests.conftest import SMALL_PROFILE


def make_index(path: Path, embedder: MiniLMEmbedding, name: str = "ada") -> PaperIndex:
    return PaperIndex(open_client(path), name, embedder)


def test_reingest_is_an_upsert_and_removes_vanished_papers(
    tmp_path: Path, embedder: MiniLMEmbedding
) -> None:
    index = make_index(tmp_path, embedder)
    profile = parse_profile(SMALL_PROFILE, captured_year=2026)
    first = index.ingest(profile)
    assert (first.added, first.updated, first.removed, first.papers) == (4, 0, 0, 4)
    count = index.collection().count()
    again = index.ingest(profile)
    assert (again.added, again.updated, again.removed, again.unchanged) == (0, 0, 0, 4)
    assert index.collection().count() == count

    profile.papers[0].abstract += " A new closing sentence was added."
    removed = profile.papers.pop(1)
    changed = index.ingest(profile)
    assert (changed.added, changed.updated, changed.removed) == (0, 1, 1)
    ids = set(index.collection().get()["ids"])
    assert not any(i.startswith(removed.id) for i in ids)
    assert index.load_profile().papers == profile.papers


def test_reopened_in_a_new_client_without_network(
    tmp_path: Path, embedder: MiniLMEmbedding
) -> None:
    make_index(tmp_path, embedder).ingest(parse_profile(SMALL_PROFILE, captured_year=2026))
    # A fresh client and a fresh embedder instance, as in a new process.
    reopened = make_index(tmp_path, MiniLMEmbedding.build_from_config(embedder.get_config()))
    profile = reopened.load_profile()
    assert (
        profile.name == "Ada Example" and profile.papers_claimed == 9 and len(profile.papers) == 4
    )
    searcher = Searcher(reopened.collection(), reopened.embedder, profile, reopened.keywords())
    assert searcher.search("rainfall radar forecasting").hits[0].paper.title.startswith("RainNet")


def test_index_built_by_another_embedder_is_refused(
    tmp_path: Path, embedder: MiniLMEmbedding
) -> None:
    index = make_index(tmp_path, embedder)
    index.ingest(parse_profile(SMALL_PROFILE, captured_year=2026))
    index.collection().modify(
        metadata={"embedder": '["openai", "text-embedding-3-small"]', "complete": True}
    )
    with pytest.raises(IndexError_, match=r"built with embedder.*--rebuild"):
        make_index(tmp_path, embedder).collection()


def test_interrupted_ingest_leaves_a_usable_index_and_reingest_completes(
    tmp_path: Path, embedder: MiniLMEmbedding
) -> None:
    profile = parse_profile(SMALL_PROFILE, captured_year=2026)
    clean = make_index(tmp_path / "clean", embedder)
    clean.ingest(profile)

    index = make_index(tmp_path / "crash", embedder)

    def crash(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        index.ingest(profile, progress=crash)
    assert not index.exists()  # marked incomplete: first use would re-ingest
    index.collection().get()  # still readable
    report = index.ingest(profile)
    assert index.exists()
    assert index.collection().count() == clean.collection().count()
    assert sorted(index.collection().get()["ids"]) == sorted(clean.collection().get()["ids"])
    assert report.papers == 4


def test_missing_index_says_what_to_run(tmp_path: Path, embedder: MiniLMEmbedding) -> None:
    with pytest.raises(IndexError_, match="profilebot ingest"):
        make_index(tmp_path, embedder, "nobody").collection()
