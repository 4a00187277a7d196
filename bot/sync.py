"""Fetch a profile's sources, merge them and sync its index: shared by `ingest --openalex ...`,
`profilebot sync` and the Discord bot's schedule."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.app import open_index
from bot.settings import Settings
from retrieval.index.store import IngestReport
from retrieval.model import Profile, Pronoun, Source
from retrieval.sources import fetch
from retrieval.sources.changes import Changes, diff_profiles
from retrieval.sources.http import SourceConfig, SourceError
from retrieval.sources.merge import merge_sources

log = logging.getLogger(__name__)


class SyncRefused(RuntimeError):
    """The sync would remove most of the profile and nobody confirmed it; nothing changed."""


@dataclass
class SyncResult:
    """What one sync did: the papers changed, the index report, what the sources got wrong."""

    profile: Profile
    changes: Changes
    report: IngestReport | None  # None: nothing changed, the index was not touched
    duplicates: int = 0
    problems: list[str] = field(default_factory=list)


def source_config(settings: Settings) -> SourceConfig:
    """The sources' URLs, contact and keys from the settings."""

    def secret(value: object) -> str | None:
        return value.get_secret_value() if value is not None else None  # type: ignore[attr-defined]

    return SourceConfig(
        openalex_url=settings.openalex_url,
        semantic_scholar_url=settings.semantic_scholar_url,
        arxiv_url=settings.arxiv_url,
        contact_email=settings.contact_email,
        openalex_api_key=secret(settings.openalex_api_key),
        semantic_scholar_api_key=secret(settings.semantic_scholar_api_key),
        timeout=settings.source_timeout,
        max_retries=settings.source_max_retries,
    )


def profile_sources(settings: Settings, profile: str) -> list[Source]:
    """The sources a profile remembers (from its index header; no papers are read)."""
    index = open_index(settings, profile)
    if not index.created():
        return []
    header = json.loads(str((index.collection().metadata or {}).get("header", "{}")))
    return [Source.model_validate(s) for s in header.get("sources") or []]


def sync_profile(
    settings: Settings,
    profile: str | None = None,
    sources: list[Source] | None = None,
    *,
    pronoun: Pronoun | None = None,
    rebuild: bool = False,
    progress: Callable[[int, int], None] | None = None,
    confirm: Callable[[Changes], bool] = lambda changes: False,
    config: SourceConfig | None = None,
) -> SyncResult:
    """Re-fetch the sources (default: the ones the profile remembers), merge, and sync the
    index (`rebuild`: re-embed it all); a large removal needs `confirm`. Nothing is written
    when a source fails."""
    index = open_index(settings, profile)
    old = index.load_profile() if index.created() else None
    wanted = sources or (old.sources if old else [])
    if not wanted:
        raise SourceError(
            f"profile {index.profile!r} has no sources to sync from: run `profilebot ingest "
            '--openalex ID` (or --semantic-scholar ID, --arxiv "QUERY") first'
        )
    config = config or source_config(settings)
    fetched = [fetch(source, config) for source in wanted]
    merged = merge_sources(fetched, captured_year=settings.captured_year)
    new = merged.profile
    if not new.papers:
        raise SourceError(f"{', '.join(str(s) for s in wanted)} listed no papers: check the ids")
    keep = pronoun or (old.pronoun if old else None)
    new = new.model_copy(update={"pronoun": keep})
    changes = diff_profiles(old, new)
    if changes.large_removal and not confirm(changes):
        gone, name = f"{len(changes.removed)} of the {changes.before} papers", index.profile
        if old is not None and old.sources == wanted:
            raise SyncRefused(
                f"the sources no longer list {gone} of profile {name!r}; nothing was changed. "
                "Run again with --yes to remove them"
            )
        raise SyncRefused(
            f"these sources would replace {gone} profile {name!r} has now; nothing was "
            "changed. Run again with --yes to replace them, or use --profile NEW"
        )
    header_changed = old is None or old.model_dump(exclude={"papers"}) != new.model_dump(
        exclude={"papers"}
    )
    if rebuild:  # only now: a source that fails leaves the old index in place
        index.drop()
    changed = rebuild or header_changed or not changes.empty
    report = index.ingest(new, progress, confirmed=True) if changed else None  # asked above
    for problem in merged.problems:  # the interfaces show them; here for -v and the logs
        log.info("%s", problem)
    return SyncResult(new, changes, report, merged.duplicates, merged.problems)
