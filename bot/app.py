"""The composition root: settings -> store, embedder, index, assistant. Built once per process."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from bot.settings import Settings
from prompts.assistant import Assistant
from prompts.llm.client import LLMConfig
from retrieval.index.embedder import make_embedder
from retrieval.index.store import (
    IngestReport,
    PaperIndex,
    StoreError,
    check_profile_name,
    collection_name,
    open_client,
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
    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
    try:
        embedder = make_embedder(
            settings.embedder,
            model_dir=settings.data_dir / "models" / "minilm",
            api_key=key,
            base_url=settings.llm_base_url,
        )
    except OSError as err:  # the model files are laid out under the data directory
        raise StoreError(f"cannot use the data directory {settings.data_dir}: {err}") from err
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
) -> Assistant:
    """Open the index and build an Assistant; on first use of the settings' profile, index
    PROFILEBOT_PROFILE_FILE (the bundled demo) first. An interrupted ingest is not redone
    from that file (the user may have been ingesting another one): loading warns instead."""
    index = open_index(settings, profile)
    if index.profile == settings.profile and not index.created():
        with index.writing():  # other processes starting at once wait, then read it
            if not index.created():
                log.info("first use: indexing %s", settings.profile_file)
                ingest_file(index, settings.profile_file, settings, progress)
    loaded: Profile = index.load_profile()
    searcher = Searcher(index.collection(), index.embedder, loaded, index.keywords())
    return Assistant(loaded, searcher, profile_name=index.profile, llm=llm_config(settings))


def profile_names(settings: Settings) -> list[str]:
    """The profiles indexed in the store: its collections named profilebot-<name>."""
    client = open_client(None if settings.chroma_url else settings.chroma_dir, settings.chroma_url)
    prefix = collection_name("")
    return sorted(
        c.name.removeprefix(prefix) for c in client.list_collections() if c.name.startswith(prefix)
    )
