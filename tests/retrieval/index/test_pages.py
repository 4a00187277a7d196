"""Reads of a big index come in pages (Chroma fails above 32,766 rows with metadata in one
call): with a page of 5 rows, the small profile spans several pages, embedded and server."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.index import store as index_module
from retrieval.index.embedder import MiniLMEmbedding
from retrieval.index.store import PaperIndex, open_client
from retrieval.ingest.text_format import parse_profile
from tests.conftest import SMALL_PROFILE


@pytest.mark.parametrize("mode", ["embedded", "server"])
def test_profile_larger_than_a_page_reads_back_whole(
    mode: str,
    request: pytest.FixtureRequest,
    tmp_path: Path,
    embedder: MiniLMEmbedding,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(index_module, "PAGE", 5)
    client = open_client(url=request.getfixturevalue("chroma_url")) if mode == "server" else None
    index = PaperIndex(client or open_client(tmp_path), f"pages-{mode}", embedder)
    profile = parse_profile(SMALL_PROFILE, captured_year=2026)
    index.ingest(profile)
    count = index.collection().count()
    assert count > 3 * 5
    assert index.ingest(profile).unchanged == 4  # the sync saw every page of existing chunks
    assert len({c.id for c in index.all_chunks()}) == count
    assert index.load_profile().papers == profile.papers
