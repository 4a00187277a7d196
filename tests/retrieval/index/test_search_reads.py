"""A search over a profile kept on disk reads its hits' papers together: one read of the
kept file per search, not one per paper (a count on a topic in a year at 100k papers builds a
hit for each of its ~100 candidate papers), and the hits are those of the papers in memory."""

from __future__ import annotations

import pytest

from bot.app import build_assistant
from prompts.assistant import Assistant
from retrieval.filters import Filters
from retrieval.index.papers import PaperTable
from retrieval.search import Searcher, SearchResult
from tests.conftest import make_settings

# The same shape over topics, people's wordings and filters: casual, formal, a typo, a
# question, a year, years, a category, with code; k as a list asks it (8) and as a count
# does (every allowed paper).
SEARCHES = (
    ("summarization", Filters()),
    ("what did she do on graph neural nets", Filters()),
    ("Work concerning the robustness of large language models", Filters()),
    ("retreival augmented generaton", Filters()),
    ("knowledge distillation", Filters(year_from=2023, year_to=2023)),
    ("benchmarks for reasoning", Filters(year_from=2021)),
    ("image segmentation", Filters(categories=["CV"])),
    ("speech", Filters(has_code=True)),
)


@pytest.fixture(scope="module")
def kept(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """The bundled profile opened a second time: its papers read from the kept file."""
    settings = make_settings(tmp_path_factory.mktemp("reads") / "data")
    build_assistant(settings)  # the first open after the ingest writes the kept file
    bot = build_assistant(settings)
    assert isinstance(bot.profile.papers, PaperTable)
    return bot


def summary(result: SearchResult) -> list[tuple[str, float, str, bool]]:
    return [(h.paper.id, h.similarity, h.evidence, h.relevant) for h in result.hits]


@pytest.mark.parametrize(("text", "filters"), SEARCHES)
@pytest.mark.parametrize("k", [8, 10_000])
def test_a_search_reads_its_hits_papers_in_one_read(
    kept: Assistant, text: str, filters: Filters, k: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = kept.profile.papers
    assert isinstance(table, PaperTable)
    reads: list[list[int]] = []
    read = table.rows

    def counted(rows: object) -> list[object]:
        wanted = list(rows)  # type: ignore[call-overload]
        reads.append(wanted)
        return read(wanted)  # type: ignore[return-value]

    monkeypatch.setattr(table, "rows", counted)
    result = kept.searcher.search(text, filters, k=k)
    assert result.hits, text
    assert len(reads) == 1, f"{text}: {len(reads)} reads of the kept file for {len(result.hits)}"
    assert len(reads[0]) == len(result.hits)


@pytest.mark.parametrize(("text", "filters"), SEARCHES)
def test_hits_read_together_are_those_of_the_papers_in_memory(
    kept: Assistant, text: str, filters: Filters
) -> None:
    searcher = kept.searcher
    papers = list(kept.profile.papers)
    in_memory = Searcher(
        searcher.collection,
        searcher.embedder,
        kept.profile.model_copy(update={"papers": papers}),
        searcher.keywords,
    )
    try:
        for k in (8, 10_000):
            assert summary(searcher.search(text, filters, k=k)) == summary(
                in_memory.search(text, filters, k=k)
            )
    finally:  # the keyword index knows the kept profile's columns again
        searcher.keywords.know(searcher.columns.ids, searcher.columns.keys)


def test_a_search_finding_nothing_reads_nothing(
    kept: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = kept.profile.papers
    assert isinstance(table, PaperTable)
    reads: list[object] = []
    read = table.rows
    monkeypatch.setattr(table, "rows", lambda rows: reads.append(rows) or read(rows))
    result = kept.searcher.search("anything", Filters(year_from=1900, year_to=1901), k=8)
    assert not result.hits and not reads
