"""Hybrid search: dense (Chroma) + BM25 (tantivy, on disk), fused by reciprocal rank, per paper."""

from __future__ import annotations

import functools
import itertools
import logging
from typing import Any

import numpy as np
import numpy.typing as npt
from chromadb.api.models.Collection import Collection
from chromadb.api.types import Documents, EmbeddingFunction
from pydantic import BaseModel, Field

from retrieval.filters import Filters, normalize_name
from retrieval.index.chunks import PAPER_CHUNK, paper_of
from retrieval.index.columns import PapersById, columns_of
from retrieval.index.keyword import KeywordIndex
from retrieval.index.store import EF_SEARCH
from retrieval.model import Paper, Profile
from retrieval.siblings import Siblings
from retrieval.text import STOPWORDS, first_sentence, stem, words

log = logging.getLogger(__name__)

RRF_K = 60
CANDIDATES = 60
# A broad Chroma `where` scans every matching row: at 10k papers, years 2018-2020 took 300 ms
# against 2 ms unfiltered. When the filters allow at least this share of the papers, ask for
# more neighbours unfiltered and keep the allowed ones instead (19 ms, same recall: bench/scale.py).
OVERFETCH_SHARE = 0.1
# ... or when that asks for fewer neighbours than this many times the rows the `where` would
# match: at 900k chunks one year (80k rows) took ~0.9 s of CPU filtered, the 1,700 nearest
# unfiltered ~25 ms. Too few allowed among them, and Chroma filters after all.
OVERFETCH_ROWS = 1.0
MAX_YEARS_LISTED = 60  # a longer year range stays a comparison
# A selection of at most EXACT_CHUNKS chunks ('which of them are about robots?': the 40 papers
# listed before) is searched here, from its chunks' vectors read by id: Chroma's filtered search
# walks its graph until it holds ef_search (EF_SEARCH) allowed chunks, so for fewer it visits
# every chunk of the profile (~90 ms of CPU at 100k papers, 6 at 10k) to find them all, the
# nearest n of which this finds too. Only filters Chroma's `where` reads whole (WHERE_READS):
# for the others its `where` reaches more papers than are allowed, which this would not.
EXACT_CHUNKS = EF_SEARCH
WHERE_READS = frozenset({"year_from", "year_to", "categories", "has_code", "paper_ids"})
# Calibrated on the dev set and paraphrased off-topic questions: a paper is relevant when its
# best chunk is close in meaning, or fairly close and sharing rare words with the question.
DENSE_STRONG = 0.50
DENSE_WEAK = 0.30
LEXICAL_SUPPORT = 2.0
# ... or when the paper contains every content word of the query ("video", "prompt tuning"),
# unless it is far off in meaning.
DENSE_FLOOR = 0.15
NOT_CONTENT = STOPWORDS | {"paper", "papers", "work", "works", "published", "publish"}
# Papers whose stemmed words (`_content_terms`) are kept: a search reads at most ~100 candidates.
TERMS_KEPT = 256
LEXICAL_WEIGHT = 0.03
LEXICAL_CAP = 10.0
# A subject's list: a paper among the first LEADERS of the fused ranking whose keyword score is
# at least LEADER_LEXICAL of the best hit's is on the subject too, though its sentences are not
# close in meaning to the asker's words ('sampling scheme': Meta-SN's 'a novel sampling
# strategy', similarity .14); not one far off in meaning (DENSE_FLOOR). Relative to the
# question's own best, so it does not hang on one absolute threshold. Replayed on the topic
# lists of unseen10-15, then checked on the other sets: recall up, precision unchanged.
LEADERS = 4
LEADER_LEXICAL = 0.7


# A paper whose meaning stands apart: for a description the search found nothing close to,
# the nearest paper is its subject when it is fairly close (STANDOUT) and clearly closer than
# any other paper (STANDOUT_MARGIN); otherwise the nearest papers are merely the least far.
STANDOUT = 0.40
STANDOUT_MARGIN = 0.15


class Hit(BaseModel):
    """One paper found for a query, with the sentence that matched best."""

    paper: Paper
    score: float = Field(description="Fused (RRF) score; for ranking only.")
    similarity: float = Field(description="Best cosine similarity of its chunks to the query.")
    lexical: float = Field(0.0, description="Best BM25 score of its chunks.")
    evidence: str = Field(description="The sentence that matched best.")
    sentences: list[str] = Field(default_factory=list, description="Matched sentences, best first.")
    meant: list[str] = Field(
        default_factory=list, description="Those saying what is asked by meaning, to quote."
    )
    relevant: bool
    names_topic: bool = Field(False, description="Its title or abstract names the topic.")
    sibling: bool = Field(
        False, description="Listed with its sibling on the subject (retrieval/siblings.py)."
    )

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


def with_leaders(result: SearchResult) -> SearchResult:
    """The result with its keyword leaders made relevant (LEADERS): only when something was
    found relevant already, so a subject the profile lacks is still declined; only the first
    hits are read, whatever the profile's size."""
    if not result.relevant:
        return result
    best = max(h.lexical for h in result.hits)
    if best <= 0:
        return result
    hits = [
        h.model_copy(update={"relevant": True})
        if i < LEADERS
        and not h.relevant
        and h.lexical >= LEADER_LEXICAL * best
        and h.similarity >= DENSE_FLOOR
        else h
        for i, h in enumerate(result.hits)
    ]
    return result.model_copy(update={"hits": hits})


def standout(result: SearchResult) -> SearchResult | None:
    """The result with only the paper whose meaning stands apart from every other paper's
    relevant (STANDOUT, STANDOUT_MARGIN), or None when none does."""
    ranked = sorted(result.hits, key=lambda h: h.similarity, reverse=True)
    if not ranked or ranked[0].similarity < STANDOUT:
        return None
    if len(ranked) > 1 and ranked[0].similarity - ranked[1].similarity < STANDOUT_MARGIN:
        return None
    best = ranked[0].paper.id
    hits = [h.model_copy(update={"relevant": h.paper.id == best}) for h in result.hits]
    return result.model_copy(update={"hits": hits})


def chroma_where(filters: Filters, years: tuple[int, int] | None = None) -> dict[str, Any] | None:
    """The Chroma metadata filter for a Filters value (affiliation is checked afterwards).
    `years`: the profile's first and last year; a year range within them is then asked as
    a list of years, which Chroma answers 3-4x faster than a comparison (bench/scale.md)."""
    clauses: list[dict[str, Any]] = []
    low, high = filters.year_from, filters.year_to
    if years is not None and (low is not None or high is not None):
        span = range(max(low or years[0], years[0]), min(high or years[1], years[1]) + 1)
        if len(span) <= MAX_YEARS_LISTED:
            low = high = None
            clauses.append({"year": {"$in": list(span) or [years[0] - 1]}})
    if low is not None:
        clauses.append({"year": {"$gte": low}})
    if high is not None:
        clauses.append({"year": {"$lte": high}})
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
        keywords: KeywordIndex,
    ) -> None:
        """Nothing per chunk is held here: texts and metadata are read from Chroma by id,
        keyword scores come from the on-disk index."""
        self.collection, self.embedder, self.profile = collection, embedder, profile
        self.keywords = keywords
        self.columns = columns_of(profile)
        self.papers = PapersById(self.columns)
        keywords.know(self.columns.ids, self.columns.keys)
        year = self.columns.year
        self.years = (int(year.min()), int(year.max())) if len(year) else None

    @functools.cached_property
    def siblings(self) -> Siblings:
        """Each paper's sibling (two papers apart from the rest in meaning), found as asked."""
        return Siblings(self.collection, len(self.columns.ids))

    @functools.cached_property
    def size(self) -> int:
        """The collection's chunks, counted at the first search: Chroma's first count loads
        its vector index (about a second at 100k papers), which opening need not wait for."""
        return self.collection.count()

    def _terms(self, text: str) -> set[str]:
        """Stemmed content words, for 'does the paper contain every word of the query'."""
        return set(_content_terms(text))

    def search(
        self, text: str, filters: Filters | None = None, k: int = 8, *, relevant_only: bool = False
    ) -> SearchResult:
        """The k best papers for the text among those the filters allow. `relevant_only`: only
        the hits `with_leaders(result).relevant_hits` can take are made (see `_group`), for a
        caller that reads nothing else: a count over thousands of allowed papers reads the
        few its search finds relevant, not the ~100 candidates' papers."""
        filters = filters or Filters()
        allowed = None if filters.is_empty() else self.columns.allowed(filters)
        if allowed == set() or not text.strip() or not self.size:
            return SearchResult(query=text, filters=filters, hits=[])
        vector = np.asarray(self.embedder([text])[0], dtype=np.float32)
        dense = self._dense(vector, filters, allowed)
        lexical = self.keywords.search(text, min(CANDIDATES, self.size), allowed)
        # One read for every candidate's metadata; lexical-only candidates get their true
        # similarity too, so relevance is comparable.
        meta = self._candidates(vector, dense, [*dense, *(c for c in lexical if c not in dense)])
        fused: dict[str, float] = {}
        for ranking in (
            sorted(dense, key=dense.__getitem__, reverse=True),
            sorted(lexical, key=lexical.__getitem__, reverse=True),
        ):
            for rank, chunk_id in enumerate(ranking):
                fused[chunk_id] = fused.get(chunk_id, 0.0) + 1.0 / (RRF_K + rank + 1)
        terms = self._terms(text)
        hits = self._group(fused, dense, lexical, meta, allowed, terms, k, relevant_only)
        return SearchResult(query=text, filters=filters, hits=hits)

    def _dense(
        self, vector: npt.NDArray[np.float32], filters: Filters, allowed: set[str] | None
    ) -> dict[str, float]:
        """Chunk id -> cosine similarity, for the nearest chunks within the filters."""
        where, n = chroma_where(filters, self.years), min(CANDIDATES, self.size)
        share = len(allowed) / len(self.papers) if allowed is not None and self.papers else 1.0
        wide = min(self.size, int(2 * n / share)) if share else self.size
        rows = share * self.size  # about how many chunks the `where` would match
        broad = share >= OVERFETCH_SHARE or wide <= OVERFETCH_ROWS * rows
        overfetch = where is not None and broad
        if overfetch:
            found = self._nearest(vector, wide, None)
        else:
            found = self._within(vector, n, where, filters, allowed)
        if overfetch and allowed is not None:  # the allowed papers' chunks, nearest first
            found = list(itertools.islice(((i, d) for i, d in found if paper_of(i) in allowed), n))
            if len(found) < n and wide < self.size:  # too few of them that near: ask Chroma
                found = self._within(vector, n, where, filters, allowed)
        return {i: 1.0 - float(d) for i, d in found}

    def _within(
        self,
        vector: npt.NDArray[np.float32],
        n: int,
        where: dict[str, Any] | None,
        filters: Filters,
        allowed: set[str] | None,
    ) -> list[tuple[str, float]]:
        """`_nearest(vector, n, where)`, of a selection of at most EXACT_CHUNKS chunks computed
        here from their vectors (see EXACT_CHUNKS): what Chroma finds, at the selection's cost."""
        if where is None or allowed is None or len(allowed) > EXACT_CHUNKS:
            return self._nearest(vector, n, where)
        blank = Filters()
        if not filters.model_copy(update={f: getattr(blank, f) for f in WHERE_READS}).is_empty():
            return self._nearest(vector, n, where)  # a filter the `where` leaves out
        chunk_ids = self.keywords.chunks(allowed, EXACT_CHUNKS)
        if chunk_ids is None:
            return self._nearest(vector, n, where)
        return self._exact(vector, n, chunk_ids)

    def _exact(
        self, vector: npt.NDArray[np.float32], n: int, chunk_ids: list[str]
    ) -> list[tuple[str, float]]:
        """(chunk id, cosine distance) of the n nearest of these chunks, nearest first, as
        Chroma's cosine space measures it (both vectors normalised); a chunk Chroma does not
        hold is left out."""
        if not chunk_ids:
            return []
        got = self.collection.get(ids=chunk_ids, include=["embeddings"])
        stored = np.asarray(got["embeddings"], dtype=np.float32).reshape(len(got["ids"]), -1)
        if not len(stored):
            return []
        norms = np.linalg.norm(stored, axis=1, keepdims=True)
        unit = stored / np.where(norms > 0, norms, np.float32(1.0))
        length = np.linalg.norm(vector)
        query = vector / length if length > 0 else vector
        distances = np.float32(1.0) - unit @ query
        order = np.argsort(distances, kind="stable")[:n]
        return [(str(got["ids"][i]), float(distances[i])) for i in order.tolist()]

    def _nearest(
        self, vector: npt.NDArray[np.float32], n: int, where: dict[str, Any] | None
    ) -> list[tuple[str, float]]:
        """(chunk id, cosine distance) of the n nearest chunks (within `where`)."""
        got = self.collection.query(
            query_embeddings=[vector.tolist()], n_results=n, where=where, include=["distances"]
        )
        return list(zip(got["ids"][0], (got["distances"] or [[]])[0], strict=True))

    def _candidates(
        self, vector: npt.NDArray[np.float32], dense: dict[str, float], chunk_ids: list[str]
    ) -> dict[str, dict[str, Any]]:
        """The candidates' metadata by chunk id (only a sentence chunk's is read: a paper
        chunk's is never used, its paper is in its id); the similarity of those not in
        `dense` is added to it (from their stored vectors). A candidate Chroma no longer
        holds (a keyword index behind it) is left out, as when every metadata was read.
        Chroma reads metadata slowly (~9 ms of CPU for 120 chunks at 100k papers, its
        vectors ~2 ms): a paper chunk's metadata holds the whole paper."""
        if not chunk_ids:
            return {}
        held = {i for i in chunk_ids if i in dense}  # Chroma has just returned these
        missing = [i for i in chunk_ids if i not in dense]
        if missing:
            got = self.collection.get(ids=missing, include=["embeddings"])
            stored = np.asarray(got["embeddings"], dtype=np.float32)
            for i, similarity in zip(got["ids"], stored @ vector, strict=True):
                dense.setdefault(i, float(similarity))
                held.add(i)
        meta: dict[str, dict[str, Any]] = {}
        sentences = [i for i in chunk_ids if i in held and not i.endswith(PAPER_CHUNK)]
        if sentences:
            got = self.collection.get(ids=sentences, include=["metadatas"])
            meta = {
                i: dict(m or {}) for i, m in zip(got["ids"], got["metadatas"] or [], strict=True)
            }
        return {
            i: meta[i] if i in meta else {"paper_id": paper_of(i)}
            for i in chunk_ids
            if i in meta or (i in held and i.endswith(PAPER_CHUNK))
        }

    def _group(
        self,
        fused: dict[str, float],
        dense: dict[str, float],
        lexical: dict[str, float],
        meta: dict[str, dict[str, Any]],
        allowed: set[str] | None,
        terms: set[str],
        k: int,
        relevant_only: bool = False,
    ) -> list[Hit]:
        """The k best papers, one hit each: best fused chunk score; evidence = best-ranked
        sentence. `relevant_only`: of them only the relevant ones, the first LEADERS and the
        first with the best keyword score, in the same order: all that `with_leaders` reads of
        a result, so its relevant hits are the same as of every hit."""
        by_paper: dict[str, list[str]] = {}
        for chunk_id in sorted(fused, key=fused.__getitem__, reverse=True):
            pid = meta.get(chunk_id, {}).get("paper_id")
            if isinstance(pid, str) and pid in self.papers and (allowed is None or pid in allowed):
                by_paper.setdefault(pid, []).append(chunk_id)
        kept = list(by_paper.items())[:k]
        scores = [
            (max(dense.get(c, 0.0) for c in chunk_ids), max(lexical.get(c, 0.0) for c in chunk_ids))
            for _, chunk_ids in kept
        ]
        strong = [
            s >= DENSE_STRONG or (s >= DENSE_WEAK and lex >= LEXICAL_SUPPORT) for s, lex in scores
        ]
        # read only when needed: a paper not relevant by its scores may hold every query word
        unsure = [
            not sure and s >= DENSE_FLOOR and bool(terms)
            for sure, (s, _) in zip(strong, scores, strict=True)
        ]
        shown = set(range(len(kept)))
        if relevant_only:
            best = max(range(len(kept)), key=lambda i: scores[i][1], default=-1)
            shown = {i for i in shown if i < LEADERS or i == best or strong[i]}
        made = sorted(shown | {i for i in range(len(kept)) if unsure[i]})
        # Their papers read together (one read of the kept file, not one per paper).
        papers = self.columns.rows([self.columns.row[kept[i][0]] for i in made])
        hits = []
        for i, paper in zip(made, papers, strict=True):
            chunk_ids = kept[i][1]
            similarity, lex = scores[i]
            relevant = strong[i]
            if unsure[i]:
                relevant = terms <= _content_terms(f"{paper.title} {paper.abstract}")
            if i not in shown and not relevant:
                continue
            sentences = self._sentences(paper, [meta[c] for c in chunk_ids])
            hits.append(
                Hit(
                    paper=paper,
                    score=fused[chunk_ids[0]],
                    similarity=round(similarity, 4),
                    lexical=round(lex, 3),
                    evidence=sentences[0],
                    sentences=sentences,
                    relevant=relevant,
                )
            )
        return hits

    def _sentences(self, paper: Paper, metadatas: list[dict[str, Any]]) -> list[str]:
        """The paper's matched abstract sentences in fused order (its first one if none)."""
        found = [str(m["sentence"]) for m in metadatas if "sentence" in m]
        return found or [first_sentence(paper.abstract) or paper.title]


@functools.lru_cache(maxsize=TERMS_KEPT)
def _content_terms(text: str) -> frozenset[str]:
    """`Searcher._terms` of a text, kept for the papers read lately: an unsure hit's title and
    abstract are stemmed once (~0.3 ms each), not at every search that reads them."""
    kept = [w for w in words(text, split_hyphens=True) if len(w) > 1 and w not in NOT_CONTENT]
    return frozenset(stem(kept))
