"""Several sources into one profile: each paper once, with every source that listed it."""

from __future__ import annotations

from retrieval.model import Source
from retrieval.sources import fetch
from retrieval.sources.changes import diff_profiles
from retrieval.sources.http import SourceConfig
from retrieval.sources.merge import merge_sources
from tests.source_apis import (
    GRAPHSUM,
    PIXEL,
    RAIN,
    SourceApis,
    openalex_work,
    serve_three_sources,
)

SOURCES = [
    Source(kind="openalex", id="A5023888391"),
    Source(kind="semantic-scholar", id="1741101"),
    Source(kind="arxiv", id="Ada Example"),
]


def test_the_same_paper_from_three_sources_is_listed_once(
    apis: SourceApis, config: SourceConfig
) -> None:
    serve_three_sources(apis)
    merged = merge_sources([fetch(s, config) for s in SOURCES], captured_year=2026)
    profile = merged.profile
    assert [p.title for p in profile.papers] == [RAIN, PIXEL, GRAPHSUM]  # newest first
    assert [p.n for p in profile.papers] == [1, 2, 3]
    rain, pixel, graphsum = profile.papers
    assert graphsum.sources == ["openalex", "semantic-scholar", "arxiv"]
    assert pixel.sources == ["openalex", "semantic-scholar"]  # by title + year + first author
    assert rain.sources == ["arxiv"] and rain.category == "LG"
    # OpenAlex had no abstract for GraphSum: the next source's fills it in.
    assert graphsum.abstract == "S2's abstract." and graphsum.arxiv_id == "2103.00001"
    assert merged.duplicates == 3 and not merged.problems
    assert profile.sources == SOURCES
    assert (profile.h_index, profile.citations, profile.stats_source) == (17, 4321, "OpenAlex")
    assert profile.name == "Ada Example"


def test_header_numbers_come_from_the_first_source_that_has_them(
    apis: SourceApis, config: SourceConfig
) -> None:
    serve_three_sources(apis)
    merged = merge_sources([fetch(s, config) for s in SOURCES[:0:-1]], captured_year=2026)
    assert (merged.profile.h_index, merged.profile.stats_source) == (15, "Semantic Scholar")


def test_arxiv_alone_has_no_header_numbers_and_is_named_after_its_author(
    apis: SourceApis, config: SourceConfig
) -> None:
    serve_three_sources(apis)
    profile = merge_sources([fetch(SOURCES[2], config)]).profile
    assert profile.name == "Ada Example"
    assert profile.h_index is None and profile.stats_source is None


def test_a_duplicate_within_one_source_is_merged(apis: SourceApis, config: SourceConfig) -> None:
    apis.openalex_works = [
        openalex_work(1, PIXEL, ["Bo Li"], "2022-06-10", doi="10.1/p"),
        openalex_work(2, PIXEL + ".", ["Bo Li"], "2022-06-10", doi="10.1/P"),
    ]
    merged = merge_sources([fetch(SOURCES[0], config)])
    assert len(merged.profile.papers) == 1 and merged.duplicates == 1


def test_diff_names_added_updated_and_removed_papers(
    apis: SourceApis, config: SourceConfig
) -> None:
    serve_three_sources(apis)
    before = merge_sources([fetch(s, config) for s in SOURCES]).profile
    apis.arxiv_entries.pop()  # RainNet withdrawn
    apis.openalex_works[1]["abstract_inverted_index"] = {"New": [0], "abstract.": [1]}
    apis.openalex_works.append(
        openalex_work(3, "A New Paper on Graphs", ["Ada Example"], "2025-01-01")
    )
    after = merge_sources([fetch(s, config) for s in SOURCES]).profile
    changes = diff_profiles(before, after)
    assert [p.title for p in changes.added] == ["A New Paper on Graphs"]
    assert [p.title for p in changes.updated] == [PIXEL]
    assert [p.title for p in changes.removed] == [RAIN]
    assert not changes.large_removal
