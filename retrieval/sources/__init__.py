"""Papers fetched from where they live: OpenAlex, Semantic Scholar, arXiv; merged; synced."""

from __future__ import annotations

from retrieval.model import Source
from retrieval.sources.arxiv import fetch_arxiv
from retrieval.sources.fetched import Fetched
from retrieval.sources.http import SourceConfig
from retrieval.sources.openalex import fetch_openalex
from retrieval.sources.semantic_scholar import fetch_semantic_scholar

FETCHERS = {
    "openalex": fetch_openalex,
    "semantic-scholar": fetch_semantic_scholar,
    "arxiv": fetch_arxiv,
}


def fetch(source: Source, config: SourceConfig) -> Fetched:
    """The source's works now (network); SourceError when it cannot be read."""
    return FETCHERS[source.kind](source.id, config)
