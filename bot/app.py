"""The composition root: settings -> store, embedder, index, assistant. Built once per process."""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from pathlib import Path

from bot.settings import Settings
from prompts.assistant import Assistant
from prompts.llm.client import LLMConfig
from retrieval.heap import release_freed
from retrieval.index.embedder import MiniLMEmbedding, make_embedder
from retrieval.index.store import (
    IndexSummary,
    IngestReport,
    PaperIndex,
    StoreError,
    check_profile_name,
    collection_name,
    open_client,
    remove_profile,
    summaries,
)
from retrieval.ingest.load import load_profile
from retrieval.model import Profile
from retrieval.search import Searcher

log = logging.getLogger(__name__)


def lock_dir(settings: Settings) -> Path:
    """Where the per-profile write locks live: beside an embedded store, else in the data dir
    (a Chroma server shared by several machines is only locked per machine)."""
    return settings.data_dir / "locks" if settings.chroma_url else settings.chroma_dir


def open_index(
    settings: Settings,
    profile: str | None = None,
    on_wait: Callable[[str], None] | None = None,
) -> PaperIndex:
    """The index of one profile (default: the settings' profile); `on_wait` is told when
    another process is writing that profile and this one waits for it."""
    name = check_profile_name(settings.profile if profile is None else profile)
    try:  # the index, locks and keyword indexes live under it: say so before Chroma does
        if settings.data_dir.exists() and not settings.data_dir.is_dir():
            raise NotADirectoryError("Not a directory")
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise StoreError(f"cannot use the data directory {settings.data_dir}: {err}") from err
    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
    embedder = make_embedder(
        settings.embedder,
        model_dir=settings.embedding_model_dir,
        graph_dir=settings.graph_dir,
        word_table=settings.word_table,
        api_key=key,
        base_url=settings.llm_base_url,
    )
    client = open_client(None if settings.chroma_url else settings.chroma_dir, settings.chroma_url)
    # Keyword indexes: inside an embedded store; per bot host beside a server (data dir).
    keyword_dir = settings.data_dir / "keyword" if settings.chroma_url else None
    return PaperIndex(client, name, embedder, lock_dir(settings), on_wait or _log_wait, keyword_dir)


def _log_wait(message: str) -> None:
    log.warning("%s", message)


def llm_config(settings: Settings) -> LLMConfig | None:
    """The LLM settings, when an LLM is configured (a base URL or an API key is set)."""
    if not settings.llm_enabled:
        return None
    return LLMConfig(
        model=settings.llm_model,
        base_url=settings.llm_base_url,
        api_key=settings.openai_api_key,
        timeout=settings.llm_timeout,
        max_retries=settings.llm_max_retries,
        temperature=settings.llm_temperature,
        context_tokens=settings.llm_context_tokens,
    )


def ingest_file(
    index: PaperIndex,
    path: Path,
    settings: Settings,
    progress: Callable[[int, int], None] | None = None,
) -> IngestReport:
    """Parse fully first (a bad file writes nothing), then sync the index."""
    parsed = load_profile(path, captured_year=settings.captured_year)
    return index.ingest(parsed, progress)


def build_assistant(
    settings: Settings,
    profile: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    offline: bool = False,
) -> Assistant:
    """Open the index and build an Assistant (`offline`: one that never calls the LLM); on
    first use of the settings' profile, index PROFILEBOT_PROFILE_FILE (the bundled demo)
    first. An interrupted ingest is not redone from that file (the user may have been
    ingesting another one): loading warns instead."""
    index = open_index(settings, profile)
    if index.profile == settings.profile and not index.created():
        with index.writing():  # other processes starting at once wait, then read it
            if not index.created():
                log.info("first use: indexing %s", settings.profile_file)
                ingest_file(index, settings.profile_file, settings, progress)
    if isinstance(index.embedder, MiniLMEmbedding):
        index.embedder.keep_words()  # built once per machine, then read at each open
    cache = index.derived()  # what the last open derived from this version, if kept
    loaded: Profile = index.load_profile(cache)
    searcher = Searcher(index.collection(), index.embedder, loaded, index.keywords())
    llm = None if offline else llm_config(settings)
    assistant = Assistant(loaded, searcher, profile_name=index.profile, llm=llm, cache=cache)
    release_freed()  # what the open parsed and dropped (~25 MB at 100k papers) is not kept
    return assistant


def settle() -> None:
    """After a long-running process has opened its profiles: what the open built (columns,
    indexes, kept vectors, the model's session) is kept out of the garbage collector's full
    passes (`gc.freeze`). At 100k papers a full collection walks every object of the open
    (~170 ms of CPU) and lands on whichever question crosses its threshold; those objects live
    as long as the process, and a reloaded profile's are still freed by their reference
    counts. The open's own garbage is collected first, so none of it is kept for good, and
    the memory it held is handed back to the system."""
    gc.collect()
    gc.freeze()
    release_freed()


def profile_names(settings: Settings) -> list[str]:
    """The profiles indexed in the store: its collections named profilebot-<name>."""
    client = open_client(None if settings.chroma_url else settings.chroma_dir, settings.chroma_url)
    prefix = collection_name("")
    return sorted(
        c.name.removeprefix(prefix) for c in client.list_collections() if c.name.startswith(prefix)
    )


def profile_summaries(settings: Settings) -> list[IndexSummary]:
    """Every indexed profile: papers, chunks, embedder, last ingest."""
    client = open_client(None if settings.chroma_url else settings.chroma_dir, settings.chroma_url)
    return summaries(client)


def delete_profile(settings: Settings, profile: str, on_wait: Callable[[], None]) -> bool:
    """Remove a profile's index (after any ingest of it finishes); False if there was none."""
    client = open_client(None if settings.chroma_url else settings.chroma_dir, settings.chroma_url)
    return remove_profile(client, profile, lock_dir(settings), on_wait)


def version_reader(settings: Settings) -> Callable[[str], str | None]:
    """Reads a profile's settled version stamp (PaperIndex.settled_version) for a long-running
    process that reloads on change; each profile's index is opened once (a read then costs
    about 0.4 ms on an embedded store)."""
    indexes: dict[str, PaperIndex] = {}

    def read(profile: str) -> str | None:
        if profile not in indexes:
            indexes[profile] = open_index(settings, profile)
        return indexes[profile].settled_version()

    return read
