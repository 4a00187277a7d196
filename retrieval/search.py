"""Hybrid search: dense (Chroma) + BM25 (bm25s), fused by reciprocal rank, grouped per paper."""

from __future__ import annotations

import logging
from typing import Any

import bm25s
import numpy as np
import numpy.typing as npt
from chromadb.api.models.Collection import Collection
from chromadb.api.types import Documents, EmbeddingFunction
from pydantic import BaseModel, Field

from retrieval.filters import Filters, normalize_name
from retrieval.index.chunks import Chunk
from retrieval.model import Paper, Profile
from retrieval.text import STOPWORDS, split_sentences, stem, stemmer, words

log = logging.getLogger(__name__)

RRF_K = 60
CANDIDATES = 60
# A broad Chroma `where` scans every matching row: at 10k papers, years 2018-2020 took 300 ms
# against 2 ms unfiltered. When the filters allow at least this share of the papers, ask for
# more neighbours unfiltered and keep the allowed ones instead (19 ms, same recall: bench/scale.py).
OVERFETCH_SHARE = 0.1
# Calibrated on the dev set and paraphrased off-topic questions: a paper is relevant when its
# best chunk is close in meaning, or fairly close and sharing rare words with the question.
DENSE_STRONG = 0.50
DENSE_WEAK = 0.30
LEXICAL_SUPPORT = 2.0
# ... or when the paper contains every content word of the query ("video", "prompt tuning"),
# unless it is far off in meaning.
DENSE_FLOOR = 0.15
NOT_CONTENT = STOPWORDS | {"paper", "papers", "work", "works", "published", "publish"}
LEXICAL_WEIGHT = 0.03
LEXICAL_CAP = 10.0


class Hit(BaseModel):
    """One paper found for a query, with the sentence that matched best."""

    paper: Paper
    score: float = Field(description="Fused (RRF) score; for ranking only.")
    similarity: float = Field(description="Best cosine similarity of its chunks to the query.")
    lexical: float = Field(0.0, description="Best BM25 score of its chunks.")
    evidence: str = Field(description="The sentence that matched best.")
    sentences: list[str] = Field(default_factory=list, description="Matched sentences, best first.")
    relevant: bool
    names_topic: bool = Field(False, description="Its title or abstract names the topic.")

    @property
    def relevance(self) -> float:
        """Absolute relevance: dense similarity plus a capped lexical bonus."""
        return self.similarity + LEXICAL_WEIGHT * min(self.lexical, LEXICAL_CAP)


class SearchResult(BaseModel):
    query: str
    filters: Filters
    hits: list[Hit]

    @property
    def relevant(self) -> bool:
        return any(h.relevant for h in self.hits)

    @property
    def relevant_hits(self) -> list[Hit]:
        return [h for h in self.hits if h.relevant]


def chroma_where(filters: Filters) -> dict[str, Any] | None:
    """The Chroma metadata filter for a Filters value (affiliation is checked afterwards)."""
    clauses: list[dict[str, Any]] = []
    if filters.year_from is not None:
        clauses.append({"year": {"$gte": filters.year_from}})
    if filters.year_to is not None:
        clauses.append({"year": {"$lte": filters.year_to}})
    if filters.categories:
        clauses.append({"category": {"$in": list(filters.categories)}})
    if filters.has_code is not None:
        clauses.append({"has_code": filters.has_code})
    if filters.paper_ids:
        clauses.append({"paper_id": {"$in": list(filters.paper_ids)}})
    clauses += [{"authors": {"$contains": normalize_name(a)}} for a in filters.authors]
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


class Searcher:
    """Hybrid retrieval over one profile's index; build once, query many times."""

    def __init__(
        self,
        collection: Collection,
        embedder: EmbeddingFunction[Documents],
        profile: Profile,
        chunks: list[Chunk],
    ) -> None:
        self.collection, self.embedder, self.profile = collection, embedder, profile
        self.papers = {p.id: p for p in profile.papers}
        self.chunks = chunks
        self.chunk_paper = np.array([c.metadata["paper_id"] for c in chunks])
        # Chunk ids are opaque: the paper and sentence position come from the metadata.
        self.paper_of = {c.id: c.metadata["paper_id"] for c in chunks}
        self.position_of = {
            c.id: int(c.metadata["position"]) for c in chunks if c.metadata["kind"] == "sentence"
        }
        self.stemmer = stemmer()
        self.bm25 = bm25s.BM25()
        if chunks:
            tokens = bm25s.tokenize(
                [c.text for c in chunks], stemmer=self.stemmer, show_progress=False
            )
            self.bm25.index(tokens, show_progress=False)
        self.paper_terms = {p.id: self._terms(f"{p.title} {p.abstract}") for p in profile.papers}

    def _terms(self, text: str) -> set[str]:
        """Stemmed content words, for 'does the paper contain every word of the query'."""
        kept = [w for w in words(text, split_hyphens=True) if len(w) > 1 and w not in NOT_CONTENT]
        return set(stem(kept))

    def search(self, text: str, filters: Filters | None = None, k: int = 8) -> SearchResult:
        """The k best papers for the text among those the filters allow."""
        filters = filters or Filters()
        allowed = {pid for pid, p in self.papers.items() if filters.matches(p)}
        if not allowed or not text.strip() or not self.chunks:
            return SearchResult(query=text, filters=filters, hits=[])
        vector = np.asarray(self.embedder([text])[0], dtype=np.float32)
        dense = self._dense(vector, filters, allowed)
        lexical = self._lexical(text, allowed)
        # Lexical-only candidates get their true similarity too, so relevance is comparable.
        dense |= self._similarities(vector, [c for c in lexical if c not in dense])
        fused: dict[str, float] = {}
        for ranking in (
            sorted(dense, key=dense.__getitem__, reverse=True),
            sorted(lexical, key=lexical.__getitem__, reverse=True),
        ):
            for rank, chunk_id in enumerate(ranking):
                fused[chunk_id] = fused.get(chunk_id, 0.0) + 1.0 / (RRF_K + rank + 1)
        return SearchResult(
            query=text,
            filters=filters,
            hits=self._group(fused, dense, lexical, allowed, self._terms(text))[:k],
        )

    def _dense(
        self, vector: npt.NDArray[np.float32], filters: Filters, allowed: set[str] | None = None
    ) -> dict[str, float]:
        """Chunk id -> cosine similarity, for the nearest chunks within the filters."""
        where, n = chroma_where(filters), min(CANDIDATES, len(self.chunks))
        share = len(allowed) / len(self.papers) if allowed is not None else 0.0
        overfetch = where is not None and share >= OVERFETCH_SHARE
        got = self.collection.query(
            query_embeddings=[vector.tolist()],
            n_results=min(len(self.chunks), int(2 * n / share)) if overfetch else n,
            where=None if overfetch else where,
            include=["distances"],
        )
        found = list(zip(got["ids"][0], (got["distances"] or [[]])[0], strict=True))
        if overfetch and allowed is not None:  # the allowed papers' chunks, nearest first
            found = [(i, d) for i, d in found if self.paper_of.get(i) in allowed][:n]
        return {i: 1.0 - float(d) for i, d in found}

    def _similarities(
        self, vector: npt.NDArray[np.float32], chunk_ids: list[str]
    ) -> dict[str, float]:
        if not chunk_ids:
            return {}
        got = self.collection.get(ids=chunk_ids, include=["embeddings"])
        stored = np.asarray(got["embeddings"], dtype=np.float32)
        return {i: float(s) for i, s in zip(got["ids"], stored @ vector, strict=True)}

    def _lexical(self, text: str, allowed: set[str]) -> dict[str, float]:
        """Chunk id -> BM25 score, for the best chunks of allowed papers."""
        tokens = bm25s.tokenize([text], stemmer=self.stemmer, show_progress=False)
        if not tokens.vocab:
            return {}
        mask = np.isin(self.chunk_paper, list(allowed)).astype(np.float32)
        n = min(CANDIDATES, len(self.chunks))
        docs, scores = self.bm25.retrieve(tokens, k=n, show_progress=False, weight_mask=mask)
        return {
            self.chunks[int(d)].id: float(s)
            for d, s in zip(docs[0], scores[0], strict=True)
            if s > 0
        }

    def _group(
        self,
        fused: dict[str, float],
        dense: dict[str, float],
        lexical: dict[str, float],
        allowed: set[str],
        terms: set[str],
    ) -> list[Hit]:
        """One hit per paper: best fused chunk score; evidence = best-ranked sentence."""
        by_paper: dict[str, list[str]] = {}
        for chunk_id in sorted(fused, key=fused.__getitem__, reverse=True):
            pid = self.paper_of.get(chunk_id)
            if pid is not None and pid in allowed:
                by_paper.setdefault(pid, []).append(chunk_id)
        hits = []
        for pid, chunk_ids in by_paper.items():
            paper = self.papers[pid]
            similarity = max(dense.get(c, 0.0) for c in chunk_ids)
            lex = max(lexical.get(c, 0.0) for c in chunk_ids)
            sentences = self._sentences(paper, chunk_ids)
            hits.append(
                Hit(
                    paper=paper,
                    score=fused[chunk_ids[0]],
                    similarity=round(similarity, 4),
                    lexical=round(lex, 3),
                    evidence=sentences[0],
                    sentences=sentences,
                    relevant=similarity >= DENSE_STRONG
                    or (similarity >= DENSE_WEAK and lex >= LEXICAL_SUPPORT)
                    or (
                        similarity >= DENSE_FLOOR and bool(terms) and terms <= self.paper_terms[pid]
                    ),
                )
            )
        return sorted(hits, key=lambda h: h.score, reverse=True)

    def _sentences(self, paper: Paper, chunk_ids: list[str]) -> list[str]:
        """The paper's matched abstract sentences in fused order (its first one if none)."""
        sentences = split_sentences(paper.abstract)
        positions = [self.position_of[c] for c in chunk_ids if c in self.position_of]
        found = [sentences[i] for i in positions if i < len(sentences)]
        return found or sentences[:1] or [paper.title]
