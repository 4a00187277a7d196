"""A real Chroma server (`chroma run`, shipped with chromadb) for the server-mode tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.chroma_server import chroma_server


@pytest.fixture(scope="session")
def chroma_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The URL of a `chroma run` on a free 127.0.0.1 port, its data in a tmp dir."""
    with chroma_server(tmp_path_factory.mktemp("chroma-server") / "db") as server:
        yield server.url
