"""A stand-in for the three APIs per test, and a client config that records its waits."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from retrieval.sources.http import SourceConfig
from tests.source_apis import SourceApis, SourceServer


@pytest.fixture
def apis() -> SourceApis:
    return SourceApis(
        openalex_author={
            "id": "https://openalex.org/A5023888391",
            "orcid": "https://orcid.org/0000-0002-1825-0097",
            "orcid_id": "0000-0002-1825-0097",
            "display_name": "Ada Example",
            "works_count": 151,
            "cited_by_count": 4321,
            "summary_stats": {"2yr_mean_citedness": 2.5, "h_index": 17, "i10_index": 20},
        },
        s2_author={
            "authorId": "1741101",
            "name": "Ada Example",
            "hIndex": 15,
            "citationCount": 3999,
            "paperCount": 140,
        },
    )


@pytest.fixture
def waits() -> list[float]:
    return []


@pytest.fixture
def server(apis: SourceApis) -> Iterator[SourceServer]:
    with SourceServer(apis) as running:
        yield running


@pytest.fixture
def config(server: SourceServer, waits: list[float]) -> SourceConfig:
    env = server.settings_env()
    return SourceConfig(
        openalex_url=env["PROFILEBOT_OPENALEX_URL"],
        semantic_scholar_url=env["PROFILEBOT_SEMANTIC_SCHOLAR_URL"],
        arxiv_url=env["PROFILEBOT_ARXIV_URL"],
        contact_email="lab@example.org",
        openalex_api_key="oa-key",
        semantic_scholar_api_key="s2-key",
        timeout=5.0,
        max_retries=3,
        sleep=waits.append,  # the waits are recorded, not slept
    )
