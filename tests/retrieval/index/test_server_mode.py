"""Server mode (PROFILEBOT_CHROMA_URL, a `chroma run` server): the index and search behave as
they do on an embedded store. The hybrid-search tests are re-run here against the server."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.app import build_assistant
from prompts.assistant import Assistant
from retrieval.filters import Filters
from retrieval.index.embedder import MINILM_NAME, MiniLMEmbedding
from retrieval.index.store import IndexError_, PaperIndex, collection_name, open_client
from retrieval.ingest.text_format import parse_profile
from retrieval.search import Searcher
from tests.chroma_server import free_port
from tests.conftest import SMALL_PROFILE, make_settings
from tests.retrieval import test_search

QUERIES = [
    ("How many years of radar images were used?", Filters()),
    ("adversarial patches", Filters(year_from=2022, year_to=2022)),
    ("models", Filters(categories=["CV", "LG"])),
    ("models", Filters(has_code=True)),
    ("models", Filters(authors=["eve STONE"])),  # $contains on the authors list
    ("relation extraction", Filters(authors=["Bo Li", "cy chen"], year_from=2021)),
]


@pytest.fixture(scope="module")
def assistant(chroma_url: str, tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """As the conftest's, but its index lives in the Chroma server (first use ingests)."""
    root = tmp_path_factory.mktemp("server-small")
    (root / "ada.txt").write_text(SMALL_PROFILE, encoding="utf-8")
    settings = make_settings(root / "data", root / "ada.txt")
    settings = settings.model_copy(update={"chroma_url": chroma_url, "profile": "search-tests"})
    return build_assistant(settings)


test_fact_in_one_sentence_is_found_with_its_sentence = (
    test_search.test_fact_in_one_sentence_is_found_with_its_sentence
)
test_hits_are_one_per_paper = test_search.test_hits_are_one_per_paper
test_filters_restrict_results = test_search.test_filters_restrict_results
test_unrelated_question_clears_no_threshold = (
    test_search.test_unrelated_question_clears_no_threshold
)


def server_index(url: str, embedder: MiniLMEmbedding, name: str) -> PaperIndex:
    return PaperIndex(open_client(url=url), name, embedder)


def test_server_and_embedded_stores_find_the_same_papers(
    chroma_url: str, embedder: MiniLMEmbedding, tmp_path: Path
) -> None:
    profile = parse_profile(SMALL_PROFILE, captured_year=2026)
    searchers = []
    for index in (
        PaperIndex(open_client(tmp_path), "same", embedder),
        server_index(chroma_url, embedder, "same-hits"),
    ):
        index.ingest(profile)
        loaded = index.load_profile()
        searchers.append(Searcher(index.collection(), embedder, loaded, index.keywords()))
    embedded, server = searchers
    for text, filters in QUERIES:
        here, there = embedded.search(text, filters).hits, server.search(text, filters).hits
        assert [h.paper.id for h in here] == [h.paper.id for h in there], (text, filters)
        assert [h.similarity for h in here] == pytest.approx(
            [h.similarity for h in there], abs=1e-4
        )
        assert here, (text, filters)


def test_reingest_through_the_server_is_a_sync(chroma_url: str, embedder: MiniLMEmbedding) -> None:
    index = server_index(chroma_url, embedder, "sync")
    profile = parse_profile(SMALL_PROFILE, captured_year=2026)
    assert (index.ingest(profile).added, index.ingest(profile).unchanged) == (4, 4)
    count = index.collection().count()
    profile.papers[0].abstract += " A new closing sentence was added."
    removed = profile.papers.pop(1)
    changed = index.ingest(profile)
    assert (changed.added, changed.updated, changed.removed) == (0, 1, 1)
    ids = index.collection().get()["ids"]
    assert not any(i.startswith(removed.id) for i in ids) and len(ids) < count
    # Another bot process: a new client and embedder, the profile rebuilt from the server alone.
    reopened = server_index(
        chroma_url, MiniLMEmbedding.build_from_config(embedder.get_config()), "sync"
    )
    assert reopened.exists() and reopened.load_profile().papers == profile.papers
    assert reopened.load_profile().name == "Ada Example"


def test_server_keeps_the_registered_embedder(chroma_url: str, embedder: MiniLMEmbedding) -> None:
    server_index(chroma_url, embedder, "registered").ingest(
        parse_profile(SMALL_PROFILE, captured_year=2026)
    )
    # A client that passes no embedding function gets MiniLM back from the collection's config.
    collection = open_client(url=chroma_url).get_collection(collection_name("registered"))
    assert collection.configuration["embedding_function"].name() == MINILM_NAME  # type: ignore[union-attr]
    rainnet = parse_profile(SMALL_PROFILE, captured_year=2026).papers[3]
    top = collection.query(query_texts=["rainfall radar diffusion"], n_results=1)
    assert top["ids"][0][0].startswith(rainnet.id)


def test_server_refuses_an_index_built_by_another_embedder(
    chroma_url: str, embedder: MiniLMEmbedding
) -> None:
    index = server_index(chroma_url, embedder, "mismatch")
    index.ingest(parse_profile(SMALL_PROFILE, captured_year=2026))
    index.collection().modify(
        metadata={"embedder": '["openai", "text-embedding-3-small"]', "complete": True}
    )
    with pytest.raises(IndexError_, match=r"built with embedder.*--rebuild"):
        server_index(chroma_url, embedder, "mismatch").collection()


def test_interrupted_ingest_through_the_server_is_marked_and_recovers(
    chroma_url: str, embedder: MiniLMEmbedding
) -> None:
    profile = parse_profile(SMALL_PROFILE, captured_year=2026)
    index = server_index(chroma_url, embedder, "crash")

    def crash(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        index.ingest(profile, progress=crash)
    assert not index.exists()  # a bot starting now would re-ingest
    index.ingest(profile)
    assert index.exists() and len(index.load_profile().papers) == 4


def test_unreachable_server_names_the_url() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(IndexError_, match=re.escape(f"cannot open the index at {url}")):
        open_client(url=url)
