"""A stand-in for the three APIs per test, and a client config that records its waits."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from retrieval.sources.http import SourceConfig
from tests.source_apis import SourceApis, SourceServer, ada_apis


@pytest.fixture
def apis() -> SourceApis:
    return ada_apis()


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
