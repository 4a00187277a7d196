"""A re-ingest that changes only a paper's fields or position updates the stored paper
without embedding its text again (the sync of a source often changes only a link)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from retrieval.index.embedder import MiniLMEmbedding
from retrieval.index.store import PaperIndex, open_client
from retrieval.ingest.text_format import parse_profile
from retrieval.model import Paper
from tests.conftest import SMALL_PROFILE


def test_new_link_and_sources_are_stored_and_counted_without_re_embedding(
    tmp_path: Path, embedder: MiniLMEmbedding
) -> None:
    index = PaperIndex(open_client(tmp_path), "ada", embedder)
    profile = parse_profile(SMALL_PROFILE, captured_year=2026)
    index.ingest(profile)
    profile.papers[2].url = "https://doi.org/10.1/new"
    profile.papers[2].sources = ["openalex", "arxiv"]
    embedded: list[int] = []
    report = index.ingest(profile, lambda done, total: embedded.append(total))
    assert (report.updated, report.unchanged) == (1, 3)
    assert embedded == []  # no text changed: nothing embedded again
    stored = index.load_profile().papers[2]
    assert stored.url == "https://doi.org/10.1/new" and stored.sources == ["openalex", "arxiv"]


def test_a_paper_added_on_top_renumbers_the_others(
    tmp_path: Path, embedder: MiniLMEmbedding
) -> None:
    index = PaperIndex(open_client(tmp_path), "ada", embedder)
    profile = parse_profile(SMALL_PROFILE, captured_year=2026)
    index.ingest(profile)
    new = Paper(
        id="new",
        n=1,
        title="TideNet: Forecasting Coastal Floods",
        authors=["Ada Example"],
        authors_truncated=False,
        category="LG",
        date=dt.date(2026, 9, 1),
        abstract="TideNet forecasts floods.",
    )
    for paper in profile.papers:
        paper.n += 1
    profile.papers.insert(0, new)
    report = index.ingest(profile)
    assert (report.added, report.updated, report.unchanged) == (1, 0, 4)
    assert index.load_profile().papers == profile.papers
