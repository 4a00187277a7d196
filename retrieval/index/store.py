"""The Chroma index of a profile: ingest (sync) and read back."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

import chromadb
from chromadb.api import ClientAPI
from chromadb.api.models.Collection import Collection
from chromadb.api.types import Documents, EmbeddingFunction
from chromadb.errors import ChromaError
from pydantic import BaseModel

from retrieval.index.chunks import Chunk, make_chunks
from retrieval.index.embedder import embedder_identity
from retrieval.model import Paper, Profile

log = logging.getLogger(__name__)

BATCH = 64
PAGE = 10_000  # rows per read (see _get_all)
# HNSW: cosine space; ef_search raised from Chroma's default (100 is also the floor for recall
# at 100k chunks, see bench/scale.py); both can only be set when the collection is created.
HNSW = {"space": "cosine", "ef_construction": 200, "ef_search": 128, "max_neighbors": 16}
HEADER_KEYS = (
    "name",
    "main_category",
    "h_index",
    "papers_claimed",
    "citations",
    "novelty",
    "ai_score",
    "captured_year",
    "pronoun",
    "sources",
    "stats_source",
)


class IndexError_(RuntimeError):
    """The index is missing, unreadable or was built by another embedder."""


class StoreError(IndexError_):
    """The store itself cannot be opened or written: a path, permission or disk problem."""


@contextmanager
def _writing(profile: str) -> Iterator[None]:
    """Chroma's write failures (read-only or full disk) as a StoreError that says so."""
    try:
        yield
    except ChromaError as err:
        raise StoreError(f"cannot write the index for profile {profile!r}: {err}") from err


class IngestReport(BaseModel):
    """What an ingest changed."""

    profile: str
    papers: int
    chunks: int
    added: int
    updated: int
    removed: int
    unchanged: int
    seconds: float


def open_client(path: Path | None = None, url: str | None = None) -> ClientAPI:
    """An embedded store on disk, or a Chroma server when a URL is given."""
    try:
        if url:
            from urllib.parse import urlparse

            parts = urlparse(url)
            return chromadb.HttpClient(
                host=parts.hostname or "localhost",
                port=parts.port or 8000,
                ssl=parts.scheme == "https",
            )
        assert path is not None
        path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(path))
    except (OSError, ValueError, RuntimeError, ChromaError) as err:  # ChromaError: corrupt store
        if path is not None:
            _forget_failed_store(path)
        where = url or str(path)
        raise StoreError(f"cannot open the index at {where}: {err}") from err


def _forget_failed_store(path: Path) -> None:
    """Drop chromadb's cached System for a store that failed to start, so a retry reopens it.

    chromadb (1.5) caches one System per path in SharedSystemClient before starting it; when
    the start fails (a corrupt store), the broken System stays cached and the next open of
    that path in this process reuses it and fails inside its own cleanup (AttributeError).
    There is no public way to forget one path: the only public call,
    ClientAPI.clear_system_cache(), forgets every store and its reference counts, which would
    break the stores this process has open. Hence this one private access.
    """
    from chromadb.api.shared_system_client import SharedSystemClient

    SharedSystemClient._identifier_to_system.pop(str(path), None)


def collection_name(profile: str) -> str:
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in profile.lower())
    return f"profilebot-{safe}"[:60]


class PaperIndex:
    """One profile's chunks in one Chroma collection, with the embedder recorded."""

    def __init__(self, client: ClientAPI, profile: str, embedder: EmbeddingFunction[Documents]):
        self.client, self.profile, self.embedder = client, profile, embedder
        self.identity = embedder_identity(embedder)

    def _get(self) -> Collection | None:
        try:
            collection = self.client.get_collection(
                collection_name(self.profile),
                embedding_function=self.embedder,  # type: ignore[arg-type]
            )
        except Exception as err:  # chromadb raises NotFoundError / ValueError by version
            if "does not exist" in str(err) or "not found" in str(err).lower():
                return None
            raise IndexError_(f"cannot read the index for profile {self.profile!r}: {err}") from err
        built_with = (collection.metadata or {}).get("embedder")
        if built_with and built_with != self.identity:
            raise IndexError_(
                f"the index for profile {self.profile!r} was built with embedder {built_with}, "
                f"but {self.identity} is configured: set PROFILEBOT_EMBEDDER back, or run "
                f"`profilebot ingest --rebuild` to re-embed everything"
            )
        return collection

    def exists(self) -> bool:
        """The collection is there and its last ingest finished."""
        collection = self._get()
        return collection is not None and bool((collection.metadata or {}).get("complete"))

    def created(self) -> bool:
        """The collection is there, even if an ingest into it was interrupted."""
        return self._get() is not None

    def collection(self) -> Collection:
        collection = self._get()
        if collection is None:
            raise IndexError_(
                f"no index for profile {self.profile!r}: run `profilebot ingest FILE`"
            )
        return collection

    def drop(self) -> None:
        if self._get() is not None:
            with _writing(self.profile):
                self.client.delete_collection(collection_name(self.profile))

    def ingest(
        self, profile: Profile, progress: Callable[[int, int], None] | None = None
    ) -> IngestReport:
        """Sync the collection with the profile: upsert new or changed chunks, delete the rest."""
        with _writing(self.profile):
            return self._sync(profile, progress)

    def _sync(self, profile: Profile, progress: Callable[[int, int], None] | None) -> IngestReport:
        start = time.perf_counter()
        collection = self._get() or self.client.create_collection(
            collection_name(self.profile),
            embedding_function=self.embedder,  # type: ignore[arg-type]
            configuration=cast(Any, {"hnsw": HNSW}),
            metadata={"embedder": self.identity},
        )
        chunks = [c for paper in profile.papers for c in make_chunks(paper)]
        existing = _get_all(collection, include=["metadatas"])
        old_meta = dict(zip(existing["ids"], existing["metadatas"] or [], strict=True))
        old_hash = {i: (m or {}).get("hash") for i, m in old_meta.items()}
        # Sorted by length so each batch pads to a similar length (short sentences stay cheap).
        todo = sorted(
            (c for c in chunks if old_hash.get(c.id) != c.metadata["hash"]),
            key=lambda c: len(c.text),
        )
        wanted = {c.id for c in chunks}
        stale = [i for i in old_hash if i not in wanted]
        # Mark incomplete first: a crash mid-way leaves a usable index that says to re-ingest.
        collection.modify(metadata=self._metadata(collection, profile, complete=False))
        done = 0
        for batch in _batches(todo, BATCH):
            vectors = self.embedder([c.text for c in batch])
            collection.upsert(
                ids=[c.id for c in batch],
                documents=[c.text for c in batch],
                embeddings=vectors,
                metadatas=[c.metadata for c in batch],
            )
            done += len(batch)
            if progress:
                progress(done, len(todo))
        # Same text, other fields or position (a paper was added above it): metadata only.
        retag = [
            c
            for c in chunks
            if c.id in old_meta
            and old_hash[c.id] == c.metadata["hash"]
            and _differs(old_meta[c.id] or {}, c.metadata)
        ]
        for batch in _batches(retag, 1000):
            collection.update(ids=[c.id for c in batch], metadatas=[c.metadata for c in batch])
        for batch_ids in _batches(stale, 1000):
            collection.delete(ids=batch_ids)
        collection.modify(metadata=self._metadata(collection, profile, complete=True))
        papers_before = {str(m.get("paper_id")) for m in old_meta.values() if m}
        papers_now = {p.id for p in profile.papers}
        changed = {str(c.metadata["paper_id"]) for c in todo} | {
            str(c.metadata["paper_id"])
            for c in retag
            if (old_meta[c.id] or {}).get("fields") not in (None, c.metadata["fields"])
        }
        report = IngestReport(
            profile=self.profile,
            papers=len(profile.papers),
            chunks=len(chunks),
            added=len(papers_now - papers_before),
            updated=len(changed & papers_before),
            removed=len(papers_before - papers_now),
            unchanged=len(papers_now & papers_before - changed),
            seconds=round(time.perf_counter() - start, 2),
        )
        log.info("ingest %s", report.model_dump_json())
        return report

    def _metadata(self, collection: Collection, profile: Profile, complete: bool) -> dict[str, Any]:
        header = profile.model_dump(include=set(HEADER_KEYS))
        return {
            "embedder": self.identity,
            "complete": complete,
            "header": json.dumps(header),
        }

    def load_profile(self) -> Profile:
        """Rebuild the Profile from the index alone (papers from their paper chunks)."""
        collection = self.collection()
        meta = collection.metadata or {}
        if not meta.get("complete"):
            log.warning(
                "the last ingest of %r did not finish: run `profilebot ingest FILE` again",
                self.profile,
            )
        got = _get_all(collection, where={"kind": "paper"}, include=["metadatas", "documents"])
        papers = []
        for doc, m in zip(got["documents"] or [], got["metadatas"] or [], strict=True):
            paper = Paper.model_validate_json(str(m["paper"]))
            paper.abstract = (doc or "").split("\n", 2)[-1]
            papers.append(paper)
        papers.sort(key=lambda p: p.n)
        return Profile(papers=papers, **json.loads(str(meta.get("header", "{}"))))

    def all_chunks(self) -> list[Chunk]:
        got = _get_all(self.collection(), include=["metadatas", "documents"])
        return [
            Chunk(id=i, text=d or "", metadata=dict(m or {}))
            for i, d, m in zip(
                got["ids"], got["documents"] or [], got["metadatas"] or [], strict=True
            )
        ]


def _differs(old: dict[str, Any], new: dict[str, Any]) -> bool:
    """The chunk's fields or the paper's position changed (indexes from before 'fields' get
    it added once, counted as unchanged)."""
    return old.get("fields") != new["fields"] or old.get("paper") != new.get("paper")


def _get_all(collection: Collection, **query: Any) -> dict[str, list[Any]]:
    """collection.get in pages: in one call, Chroma fails above 32,766 rows with metadata."""
    out: dict[str, list[Any]] = {"ids": [], "metadatas": [], "documents": []}
    while True:
        got = collection.get(limit=PAGE, offset=len(out["ids"]), **query)
        for key in out:
            out[key] += got[key] or []  # type: ignore[literal-required]
        if len(got["ids"]) < PAGE:
            return out


def _batches(items: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
