"""The Chroma index of a profile: ingest (sync) and read back."""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import time
import uuid
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

from retrieval.index.cache import DerivedCache
from retrieval.index.chunks import Chunk, make_chunks
from retrieval.index.embedder import embedder_identity, same_embedder
from retrieval.index.keyword import KeywordIndex, Writer, day_of, remove
from retrieval.index.lock import FileLock
from retrieval.index.papers import kept_profile
from retrieval.ingest.limits import check_profile
from retrieval.model import Paper, Profile
from retrieval.redact import redact

log = logging.getLogger(__name__)

BATCH = 64
PAGE = 10_000  # rows per read (see _get_all)
# HNSW: cosine space, set when the collection is created. ef_search (how many candidates a
# search keeps) raised from Chroma's default 100: 128 gave recall@10 0.86-0.93 at 100k papers,
# 512 gave 0.96-0.97 for ~2.5 ms more per question (docs/scale.md, eleventh part). It is the
# one setting Chroma lets change later: a collection created with less is raised on open
# (`_searched_wide`), and Chroma uses it from its next load of the index.
# Profile names map one-to-one to collection names (lower-cased): no two can share one.
MAX_PROFILE_NAME = 48
PROFILE_NAME = re.compile(rf"[A-Za-z0-9][A-Za-z0-9_-]{{0,{MAX_PROFILE_NAME - 1}}}")
LOCK_FILE = "profilebot.lock"
KEYWORD_DIR = "profilebot-keyword"  # beside an embedded store's files, one folder per profile
DERIVED_SUFFIX = ".derived"  # <keyword dir>/profilebot-<name>.derived: what opening derives
SERVER_TIMEOUT = 10.0
EF_SEARCH = 512
HNSW = {"space": "cosine", "ef_construction": 200, "ef_search": EF_SEARCH, "max_neighbors": 16}
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


class ProfileNameError(IndexError_):
    """A profile name that is not allowed, or that only differs in case from an existing one."""


class RemovalError(IndexError_):
    """An ingest would remove most of a profile's papers: it has to be confirmed."""

    def __init__(self, profile: str, removed: int, before: int) -> None:
        super().__init__(
            f"this would remove {removed} of the {before} papers of profile {profile!r} "
            "(a truncated or wrong file?)"
        )
        self.removed, self.before = removed, before


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

            _check_server(url)
            parts = urlparse(url)
            return chromadb.HttpClient(
                host=parts.hostname or "localhost",
                port=parts.port or 8000,
                ssl=parts.scheme == "https",
            )
        assert path is not None
        path.mkdir(parents=True, exist_ok=True)
        # Chroma creates its tables on first open: two processes doing it at once fail.
        with FileLock(path / LOCK_FILE):
            return chromadb.PersistentClient(path=str(path))
    except (OSError, ValueError, RuntimeError, ChromaError) as err:  # ChromaError: corrupt store
        if path is not None:
            _forget_failed_store(path)
        where = redact(url) if url else str(path)
        raise StoreError(f"cannot open the index at {where}: {redact(str(err))}") from err


def _check_server(url: str) -> None:
    """A Chroma server answers its heartbeat within SERVER_TIMEOUT; say what is there if not
    (chromadb's own client waits forever and dumps whatever page it gets)."""
    import httpx

    where = redact(url)
    try:
        reply = httpx.get(url.rstrip("/") + "/api/v2/heartbeat", timeout=SERVER_TIMEOUT)
    except httpx.TimeoutException:
        raise StoreError(
            f"the server at {where} did not answer within {SERVER_TIMEOUT:g} s: "
            "is PROFILEBOT_CHROMA_URL a running Chroma server (`chroma run`)?"
        ) from None
    except httpx.HTTPError as err:
        raise StoreError(f"cannot reach the Chroma server at {where}: {redact(str(err))}") from None
    kind = reply.headers.get("content-type", "no content type").split(";")[0]
    try:
        ok = reply.is_success and "heartbeat" in "".join(reply.json())
    except (ValueError, TypeError):
        ok = False
    if not ok:
        raise StoreError(
            f"the server at {where} is not a Chroma server (its heartbeat answered "
            f"HTTP {reply.status_code}, {kind}): check PROFILEBOT_CHROMA_URL"
        )


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


def check_profile_name(profile: str) -> str:
    """The name if it is a valid profile name; else ProfileNameError saying what is allowed."""
    if not PROFILE_NAME.fullmatch(profile):
        shown = profile.encode("utf-8", "replace").decode("utf-8")[:60]
        raise ProfileNameError(
            f"invalid profile name {shown!r}: use 1 to {MAX_PROFILE_NAME} characters, ASCII "
            "letters, digits, '-' and '_', starting with a letter or digit"
        )
    return profile


def collection_name(profile: str) -> str:
    """profilebot-<name>, lower case (names that differ only in case are one profile and the
    index remembers the spelling it was created with: see PaperIndex._get)."""
    return f"profilebot-{profile.lower()}"


class PaperIndex:
    """One profile's chunks in one Chroma collection, with the embedder recorded."""

    def __init__(
        self,
        client: ClientAPI,
        profile: str,
        embedder: EmbeddingFunction[Documents],
        lock_dir: Path | None = None,
        on_wait: Callable[[str], None] | None = None,
        keyword_dir: Path | None = None,
    ):
        """`lock_dir`: where the per-profile ingest lock lives (one writer per profile);
        `on_wait` is told when another process holds it. `keyword_dir`: where the keyword
        indexes live (default: inside an embedded store; in memory for a server without one)."""
        self.client, self.profile, self.embedder = client, check_profile_name(profile), embedder
        settings = client.get_settings()
        if keyword_dir is None and settings.is_persistent and settings.persist_directory:
            keyword_dir = Path(settings.persist_directory) / KEYWORD_DIR
        self._keyword_path = keyword_dir / collection_name(profile) if keyword_dir else None
        self._keywords: KeywordIndex | None = None
        self.identity = embedder_identity(embedder)
        lock = (lock_dir or Path(".")) / f"{collection_name(profile)}.lock"
        message = f"waiting for another process to finish writing profile {profile!r}"
        self._lock = FileLock(lock, (lambda: on_wait(message)) if on_wait else None)
        self._locking = lock_dir is not None

    def _get(self, check: bool = True) -> Collection | None:
        """The collection, if there is one; `check`: refused when another embedder built it."""
        try:
            # No embedding function here: vectors are always passed in, and the embedder that
            # built the collection is compared below, with a message that says what to do.
            collection = self.client.get_collection(
                collection_name(self.profile), embedding_function=None
            )
        except Exception as err:  # chromadb raises NotFoundError / ValueError by version
            if "does not exist" in str(err) or "not found" in str(err).lower():
                return None
            raise IndexError_(f"cannot read the index for profile {self.profile!r}: {err}") from err
        built_with = (collection.metadata or {}).get("embedder")
        if check and built_with and not same_embedder(str(built_with), self.identity):
            raise IndexError_(
                f"the index for profile {self.profile!r} was built with embedder {built_with}, "
                f"but {self.identity} is configured: configure that one again "
                "(PROFILEBOT_EMBEDDER, PROFILEBOT_EMBEDDING_MODEL_DIR, the offline-model extra), "
                f"or run `profilebot ingest --rebuild FILE --profile {self.profile}` to re-embed "
                "the profile"
            )
        if check:
            _searched_wide(collection)
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

    def _check_spelling(self, collection: Collection | None) -> None:
        """Writing under 'alice' into the profile created as 'Alice' is refused: two names
        that differ in case are one profile (reading it under either is fine)."""
        spelled = (collection.metadata or {}).get("profile") if collection else None
        if spelled and spelled != self.profile:
            raise ProfileNameError(
                f"profile {self.profile!r} is the profile {spelled!r} (names are not "
                f"case-sensitive): use --profile {spelled}, or another name for a new profile"
            )

    def drop(self) -> None:
        """Delete the collection, whichever embedder built it (`ingest --rebuild`)."""
        collection = self._get(check=False)
        self._check_spelling(collection)
        if collection is not None:
            with _writing(self.profile):
                self.client.delete_collection(collection_name(self.profile))
        self._keywords = None
        if self._keyword_path is not None:
            remove(self._keyword_path)
        if (derived := self._derived_path()) is not None:
            remove(derived)

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold this profile's write lock (waits while another process ingests it)."""
        if not self._locking:
            yield
            return
        with self._lock:
            yield

    def ingest(
        self,
        profile: Profile,
        progress: Callable[[int, int], None] | None = None,
        *,
        confirmed: bool = False,
    ) -> IngestReport:
        """Sync the collection with the profile: upsert new or changed chunks, delete the rest.

        Every source passes the same limits first; unless `confirmed`, an ingest that would
        remove most of the papers raises RemovalError before anything is written."""
        profile = check_profile(profile, f"profile {self.profile!r}")
        with self.writing(), _writing(self.profile):
            return self._sync(profile, progress, confirmed)

    def _sync(
        self, profile: Profile, progress: Callable[[int, int], None] | None, confirmed: bool
    ) -> IngestReport:
        start = time.perf_counter()
        existing_collection = self._get()
        self._check_spelling(existing_collection)
        if existing_collection is not None and not confirmed:
            _check_removal(existing_collection, profile, self.profile)
        if existing_collection is None:
            # The embedder works (its model loads) before a collection exists: a missing model
            # must not leave an empty collection recorded as built by it.
            self.embedder([profile.papers[0].title])
        collection = existing_collection or self.client.create_collection(
            collection_name(self.profile),
            embedding_function=self.embedder,  # type: ignore[arg-type]
            configuration=cast(Any, {"hnsw": HNSW}),
            metadata={"embedder": self.identity, "profile": self.profile},
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
        keywords = self._keyword_index()
        # The keyword index follows only from the version it was completed for; else it is
        # written afresh from the chunks (cheap next to embedding them).
        current = (collection.metadata or {}).get("version")
        fresh = existing_collection is None or not current or keywords.version() != current
        # Mark incomplete first: a crash mid-way leaves a usable index that says to re-ingest.
        collection.modify(metadata=self._metadata(collection, profile, complete=False))
        # Same text, other fields or position (a paper was added above it): metadata only.
        retag = [
            c
            for c in chunks
            if c.id in old_meta
            and old_hash[c.id] == c.metadata["hash"]
            and _differs(old_meta[c.id] or {}, c.metadata)
        ]
        with keywords.writing() as words:
            if fresh:
                words.clear()
                _add_words(words, chunks)
            else:  # a retagged chunk's words again: its paper's date may have changed
                _add_words(words, retag)
            self._embed(collection, todo, words if not fresh else None, progress)
            words.delete(stale)
        for batch in _batches(retag, 1000):
            collection.update(ids=[c.id for c in batch], metadatas=[c.metadata for c in batch])
        for batch_ids in _batches(stale, 1000):
            collection.delete(ids=batch_ids)
        done_meta = self._metadata(collection, profile, complete=True)
        collection.modify(metadata=done_meta)
        keywords.complete(done_meta["version"])
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

    def _embed(
        self,
        collection: Collection,
        todo: list[Chunk],
        words: Writer | None,
        progress: Callable[[int, int], None] | None,
    ) -> None:
        """Embed and write the new or changed chunks, batch by batch (and their words)."""
        done = 0
        if progress and todo:  # the interfaces say how much there is before the first batch
            progress(0, len(todo))
        for batch in _batches(todo, BATCH):
            vectors = self.embedder([c.text for c in batch])
            collection.upsert(
                ids=[c.id for c in batch],
                documents=[c.text for c in batch],
                embeddings=vectors,
                metadatas=[c.metadata for c in batch],
            )
            if words is not None:
                _add_words(words, batch)
            done += len(batch)
            if progress:
                progress(done, len(todo))

    def _keyword_index(self) -> KeywordIndex:
        if self._keywords is None:
            self._keywords = KeywordIndex(self._keyword_path)
        return self._keywords

    def keywords(self) -> KeywordIndex:
        """The keyword index, rebuilt from the collection first when it is missing or was
        completed for another version of it (an interrupted ingest, another host's ingest)."""
        keywords = self._keyword_index()
        collection = self.collection()
        if keywords.version() == (collection.metadata or {}).get("version"):
            return keywords
        with self.writing():  # not while an ingest writes it; then look again
            collection = self.collection()
            version = str((collection.metadata or {}).get("version", ""))
            if keywords.version() != version or not version:
                log.info("building the keyword index of %r from the index", self.profile)
                with keywords.writing() as words:
                    words.clear()
                    for chunk in _chunks(collection):
                        _add_word(words, chunk)
                keywords.complete(version)
        return keywords

    def _metadata(self, collection: Collection, profile: Profile, complete: bool) -> dict[str, Any]:
        header = profile.model_dump(include=set(HEADER_KEYS))
        return {
            "embedder": self.identity,
            "profile": self.profile,
            "complete": complete,
            "version": uuid.uuid4().hex,  # long-running processes reload when it changes
            "header": json.dumps(header),
            "papers": len(profile.papers),
            "ingested_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }

    def version(self) -> str:
        """A stamp that changes with every write of the profile ('' when never written)."""
        collection = self._get()
        return str((collection.metadata or {}).get("version", "")) if collection else ""

    def settled_version(self) -> str | None:
        """The stamp of the last finished write; None while one is under way (or never done),
        so a reader never reloads a half-written profile."""
        collection = self._get()
        meta = (collection.metadata or {}) if collection else {}
        return str(meta.get("version", "")) if meta.get("complete") else None

    def derived(self) -> DerivedCache:
        """What opening the profile derives, kept on disk for its last finished version
        (beside the keyword index; nothing is kept while an ingest is under way)."""
        version = self.settled_version() or ""
        return DerivedCache(
            self._derived_path(), version, current=lambda: self.settled_version() == version
        )

    def _derived_path(self) -> Path | None:
        path = self._keyword_path
        return path.with_name(path.name + DERIVED_SUFFIX) if path is not None else None

    def load_profile(self, cache: DerivedCache | None = None) -> Profile:
        """Rebuild the Profile from the index alone (papers from their paper chunks); with a
        cache (`derived()`), its papers are read from the table kept for the cache's version
        (a PaperTable, written first when missing: papers read when needed, not held)."""
        collection = self.collection()
        meta = collection.metadata or {}
        if not meta.get("complete"):
            log.warning(
                "the last ingest of %r did not finish: run `profilebot ingest FILE` again",
                self.profile,
            )
        if cache is None:
            return _read_profile(collection, meta)
        return kept_profile(cache, lambda: _read_profile(collection, meta))

    def all_chunks(self) -> list[Chunk]:
        return list(_chunks(self.collection()))


def _read_profile(collection: Collection, meta: dict[str, Any]) -> Profile:
    """The Profile from its papers' paper chunks and the collection's header."""
    got = _get_all(collection, where={"kind": "paper"}, include=["metadatas", "documents"])
    papers = []
    for doc, m in zip(got["documents"] or [], got["metadatas"] or [], strict=True):
        paper = Paper.model_validate_json(str(m["paper"]))
        paper.abstract = (doc or "").split("\n", 2)[-1]
        papers.append(paper)
    papers.sort(key=lambda p: p.n)
    return Profile(papers=papers, **json.loads(str(meta.get("header", "{}"))))


def _searched_wide(collection: Collection) -> None:
    """Raise the collection's HNSW ef_search to HNSW's when it was created with less (before
    it was raised): Chroma reads it when it loads the index, so a process that opens the
    store searches with it from its first query (a server: from its next load)."""
    hnsw = (collection.configuration_json or {}).get("hnsw") or {}
    if int(hnsw.get("ef_search") or EF_SEARCH) >= EF_SEARCH:
        return
    try:
        collection.modify(configuration=cast(Any, {"hnsw": {"ef_search": EF_SEARCH}}))
    except ChromaError as err:  # a read-only store is still searched, with what it has
        log.warning("cannot raise ef_search of %s: %s", collection.name, err)


def _chunks(collection: Collection) -> Iterator[Chunk]:
    """Every chunk of the collection, read page by page."""
    offset = 0
    while True:
        try:
            got = collection.get(limit=PAGE, offset=offset, include=["metadatas", "documents"])
        except ChromaError as err:
            raise IndexError_(
                f"the index {collection.name} cannot be read ({err}): run "
                "`profilebot ingest --rebuild FILE` to build it again"
            ) from err
        for i, d, m in zip(got["ids"], got["documents"] or [], got["metadatas"] or [], strict=True):
            yield Chunk(id=i, text=d or "", metadata=dict(m or {}))
        if len(got["ids"]) < PAGE:
            return
        offset += PAGE


def _add_words(words: Writer, chunks: list[Chunk]) -> None:
    for chunk in chunks:
        _add_word(words, chunk)


def _add_word(words: Writer, chunk: Chunk) -> None:
    meta = chunk.metadata
    # a paper chunk's title and abstract, as `_read_profile` reads them back
    paper = meta.get("kind") == "paper" and "title" in meta
    said = (str(meta["title"]), chunk.text.split("\n", 2)[-1]) if paper else ()
    words.add(chunk.id, str(meta["paper_id"]), chunk.text, day_of(meta.get("date")), said)


class IndexSummary(BaseModel):
    """One indexed profile as `profilebot profiles` lists it."""

    profile: str
    papers: int
    chunks: int
    embedder: str | None
    ingested_at: str | None  # ISO 8601, UTC; None for indexes written before it was recorded
    complete: bool


def summaries(client: ClientAPI) -> list[IndexSummary]:
    """Every profile in the store, whatever embedder built it (nothing is embedded here)."""
    prefix = collection_name("")
    found = []
    for collection in client.list_collections():
        if not collection.name.startswith(prefix):
            continue
        meta = collection.metadata or {}
        papers = meta.get("papers")
        if papers is None:  # indexed before the count was recorded
            papers = len(_get_all(collection, where={"kind": "paper"}, include=[])["ids"])
        found.append(
            IndexSummary(
                profile=str(meta.get("profile") or collection.name.removeprefix(prefix)),
                papers=int(papers),
                chunks=collection.count(),
                embedder=_readable(str(meta["embedder"])) if meta.get("embedder") else None,
                ingested_at=str(meta["ingested_at"]) if meta.get("ingested_at") else None,
                complete=bool(meta.get("complete")),
            )
        )
    return sorted(found, key=lambda s: s.profile.lower())


def _readable(identity: str) -> str:
    """'["openai", "text-embedding-3-small"]' -> 'openai text-embedding-3-small'."""
    try:
        parts = json.loads(identity)
    except ValueError:
        return identity
    if isinstance(parts, list):
        return " ".join(str(p) for p in parts if p) or identity
    return identity


def remove_profile(
    client: ClientAPI, profile: str, lock_dir: Path, on_wait: Callable[[], None] | None = None
) -> bool:
    """Delete a profile's collection, under its write lock (whatever embedder built it);
    False when there was none."""
    name = collection_name(check_profile_name(profile))
    with FileLock(lock_dir / f"{name}.lock", on_wait), _writing(profile):
        if name not in {c.name for c in client.list_collections()}:
            return False
        client.delete_collection(name)
    return True


def _differs(old: dict[str, Any], new: dict[str, Any]) -> bool:
    """The chunk's fields or the paper's position changed (indexes from before 'fields' get
    it added once, counted as unchanged)."""
    return old.get("fields") != new["fields"] or old.get("paper") != new.get("paper")


def _check_removal(collection: Collection, profile: Profile, name: str) -> None:
    """RemovalError when the new profile keeps less than half of the papers indexed."""
    got = _get_all(collection, where={"kind": "paper"}, include=["metadatas"])
    before = {str((m or {}).get("paper_id")) for m in got["metadatas"]}
    removed = len(before - {p.id for p in profile.papers})
    if removed >= 2 and removed * 2 > len(before):
        raise RemovalError(name, removed, len(before))


def _get_all(collection: Collection, **query: Any) -> dict[str, list[Any]]:
    """collection.get in pages: in one call, Chroma fails above 32,766 rows with metadata."""
    out: dict[str, list[Any]] = {"ids": [], "metadatas": [], "documents": []}
    while True:
        try:
            got = collection.get(limit=PAGE, offset=len(out["ids"]), **query)
        except ChromaError as err:  # a store a crashed write left broken
            raise IndexError_(
                f"the index {collection.name} cannot be read ({err}): run "
                "`profilebot ingest --rebuild FILE` to build it again"
            ) from err
        for key in out:
            out[key] += got[key] or []  # type: ignore[literal-required]
        if len(got["ids"]) < PAGE:
            return out


def _batches(items: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
