"""The bundled profile, parsed, its papers' file and its keyword index, kept once per test module."""

from __future__ import annotations

import pytest

from bot.settings import BUNDLED_PROFILE
from retrieval.index.chunks import make_chunks
from retrieval.index.keyword import KeywordIndex
from retrieval.index.papers import PaperTable, write_table
from retrieval.ingest.text_format import parse_profile
from retrieval.model import Profile


@pytest.fixture(scope="module")
def profile() -> Profile:
    return parse_profile(BUNDLED_PROFILE.read_text(encoding="utf-8"), captured_year=2026)


@pytest.fixture(scope="module")
def table(profile: Profile, tmp_path_factory: pytest.TempPathFactory) -> PaperTable:
    path = tmp_path_factory.mktemp("kept") / "papers.sqlite3"
    write_table(path, profile, "stamp")
    return PaperTable(path)


@pytest.fixture(scope="module")
def index(profile: Profile) -> KeywordIndex:
    kept = KeywordIndex()
    with kept.writing() as writer:
        for paper in profile.papers:
            for chunk in make_chunks(paper):
                writer.add(chunk.id, paper.id, chunk.text)
    kept.know([p.id for p in profile.papers])
    return kept
