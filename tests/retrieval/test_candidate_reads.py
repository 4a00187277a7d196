"""The search reads from Chroma only what it uses of its candidates: a paper chunk's metadata
(the whole paper, slow to read) never, a dense candidate's vector never; the hits are those
of reading every candidate's vector and metadata, for questions written as people write them."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt
import pytest

from prompts.assistant import Assistant
from retrieval.filters import Filters
from retrieval.search import Searcher

QUESTIONS = [
    ("What has Minghui Qiu published on question answering?", Filters()),
    ("any work on knowledge distillation for language models", Filters()),
    ("has she done anything with e-comerce search?", Filters()),  # a typo
    ("I'm curious whether Qiu wrote about prompt tuning", Filters(year_from=2021)),
    ("Which of their papers are on few-shot learning?", Filters(categories=["CL"])),
    ("reinforcement learning for dialogue", Filters(has_code=True)),
    ("Papers about quantum chemistry?", Filters()),  # off the profile
]


def every_read(
    self: Searcher, vector: npt.NDArray[np.float32], dense: dict[str, float], chunk_ids: list[str]
) -> dict[str, dict[str, Any]]:
    """The candidates as read before: every vector and every metadata in one get."""
    if not chunk_ids:
        return {}
    got = self.collection.get(ids=chunk_ids, include=["embeddings", "metadatas"])
    stored = np.asarray(got["embeddings"], dtype=np.float32)
    for i, similarity in zip(got["ids"], stored @ vector, strict=True):
        dense.setdefault(i, float(similarity))
    return {i: dict(m or {}) for i, m in zip(got["ids"], got["metadatas"] or [], strict=True)}


class Reads:
    """The real collection, noting what each `get` asks for."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.gets: list[tuple[list[str], list[str]]] = []

    def get(self, **kwargs: Any) -> Any:
        self.gets.append((list(kwargs.get("ids") or []), list(kwargs.get("include") or [])))
        return self.inner.get(**kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def found(bot: Assistant, text: str, filters: Filters, k: int = 50) -> list[tuple[Any, ...]]:
    return [
        (h.paper.id, h.similarity, h.lexical, h.evidence, tuple(h.sentences), h.relevant)
        for h in bot.search(text, filters, k=k).hits
    ]


@pytest.mark.parametrize(("text", "filters"), QUESTIONS)
def test_the_hits_are_those_of_reading_every_candidate(
    bundled_assistant: Assistant, monkeypatch: pytest.MonkeyPatch, text: str, filters: Filters
) -> None:
    now = found(bundled_assistant, text, filters)
    monkeypatch.setattr(Searcher, "_candidates", every_read)
    assert now == found(bundled_assistant, text, filters)


@pytest.mark.parametrize(("text", "filters"), QUESTIONS[:5])
def test_no_paper_chunk_metadata_and_no_dense_vector_is_read(
    bundled_assistant: Assistant, monkeypatch: pytest.MonkeyPatch, text: str, filters: Filters
) -> None:
    reads = Reads(bundled_assistant.searcher.collection)
    monkeypatch.setattr(bundled_assistant.searcher, "collection", reads)
    hits = bundled_assistant.search(text, filters, k=50).hits
    assert hits and reads.gets
    metadata = [i for ids, include in reads.gets if "metadatas" in include for i in ids]
    vectors = [i for ids, include in reads.gets if "embeddings" in include for i in ids]
    assert not [i for i in metadata if i.endswith(":paper")]
    assert all(i.rsplit(":", 1)[1].startswith("s") for i in metadata)
    # the vectors read are only the keyword half's own candidates: the sentences shown
    # still come from the sentence chunks' metadata
    assert len(vectors) < len({i for ids, _ in reads.gets for i in ids})
    assert any(h.sentences and h.evidence in h.paper.abstract for h in hits)


def test_a_keyword_candidate_chroma_no_longer_holds_is_left_out(
    bundled_assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A keyword index behind Chroma (a chunk deleted since): no hit comes from it."""
    searcher = bundled_assistant.searcher
    text = "contrastive learning for sentence embeddings"
    paper = found(bundled_assistant, text, Filters(), k=1)[0][0]
    real = searcher.keywords.search

    def stale(query: str, k: int, papers: Any = None) -> dict[str, float]:
        extra = {f"{paper}:s999": 99.0, "no-such-paper:paper": 98.0, "no-such-paper:s0": 97.0}
        return extra | real(query, k, papers)

    monkeypatch.setattr(searcher.keywords, "search", stale)
    hits = bundled_assistant.search(text, Filters(), k=50).hits
    assert hits and "no-such-paper" not in {h.paper.id for h in hits}
    assert all(s in h.paper.abstract or s == h.paper.title for h in hits for s in h.sentences)
    monkeypatch.setattr(Searcher, "_candidates", every_read)
    before = bundled_assistant.search(text, Filters(), k=50).hits
    assert [(h.paper.id, h.evidence) for h in hits] == [(h.paper.id, h.evidence) for h in before]
