"""Scheduled syncs in the Discord bot: one at a time per profile, new papers posted (bounded),
failures logged and nothing posted; through the real ProfileBot and the recording fake."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import threading

import pytest

from bot.discord.announce import MAX_ANNOUNCED, ScheduledSync
from bot.settings import Settings
from bot.sync import SyncResult
from prompts.assistant import Assistant
from retrieval.model import Paper, Profile
from retrieval.sources.changes import Changes
from retrieval.sources.http import SourceError
from tests.bot.discord_harness import running_bot

ANNOUNCE = 930000000000000002


def paper(n: int, abstract: str = "") -> Paper:
    return Paper(
        id=f"p{n}",
        n=n,
        title=f"New paper {n}",
        authors=["Ada Example"],
        authors_truncated=False,
        category="CL",
        date=dt.date(2026, 1, n),
        abstract=abstract,
        url=f"https://doi.org/10.1/{n}",
        sources=["openalex"],
    )


def result(added: list[Paper]) -> SyncResult:
    profile = Profile(name="Ada Example", captured_year=2026, papers=added)
    return SyncResult(profile, Changes(added=added), report=None)


def posts(calls: list[object]) -> list[dict[str, object]]:
    return [
        c.json  # type: ignore[attr-defined]
        for c in calls
        if c.method == "POST" and c.path == f"/channels/{ANNOUNCE}/messages"  # type: ignore[attr-defined]
    ]


async def test_a_second_sync_of_the_same_profile_is_skipped_while_one_runs(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    started, release = threading.Event(), threading.Event()
    runs: list[str] = []

    def slow_sync(settings: Settings, name: str) -> SyncResult:
        runs.append(name)
        started.set()
        release.wait(10)
        return result([])

    async with running_bot(assistant, monkeypatch, discord_announce_channel_id=ANNOUNCE) as h:
        scheduled = ScheduledSync(h.bot, h.bot.ctx, slow_sync)
        first = asyncio.ensure_future(scheduled.sync_one("ada"))
        await asyncio.to_thread(started.wait, 10)
        assert await scheduled.sync_one("ada") is None  # skipped, not queued
        release.set()
        assert isinstance(await first, SyncResult)
        assert runs == ["ada"]
        await scheduled.stop()


async def test_new_papers_are_posted_with_a_cited_sentence_and_bounded(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = [paper(1, "First sentence here. Second one."), *(paper(n) for n in range(2, 14))]
    async with running_bot(assistant, monkeypatch, discord_announce_channel_id=ANNOUNCE) as h:
        scheduled = ScheduledSync(h.bot, h.bot.ctx, lambda s, name: result(found))
        await scheduled.sync_one("ada")
        sent = posts(h.calls)
        await scheduled.stop()
    embeds = [e for p in sent for e in p["embeds"]]  # type: ignore[attr-defined]
    assert len(embeds) == MAX_ANNOUNCED
    assert embeds[0]["description"] == "First sentence here. [1]"
    assert embeds[1]["description"] == "(no abstract) [1]"
    assert embeds[0]["url"] == "https://doi.org/10.1/1"
    assert sent[-1]["content"] == "…and 3 more new papers in ada."


async def test_a_failed_sync_posts_nothing_and_is_logged(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def failing(settings: Settings, name: str) -> SyncResult:
        raise SourceError("OpenAlex failed after 5 tries: HTTP 503")

    async with running_bot(assistant, monkeypatch, discord_announce_channel_id=ANNOUNCE) as h:
        scheduled = ScheduledSync(h.bot, h.bot.ctx, failing)
        with caplog.at_level(logging.WARNING):
            assert await scheduled.sync_one("ada") is None
        assert posts(h.calls) == []
        await scheduled.stop()
    assert "scheduled sync of ada changed nothing: OpenAlex failed" in caplog.text


def test_stats_say_which_source_gave_the_header_numbers() -> None:
    from bot.discord.facts import stats_embed

    profile = Profile(name="Ada Example", captured_year=2026, h_index=17, stats_source="OpenAlex")
    embed = stats_embed(profile).to_dict()
    assert embed["footer"]["text"] == "Header numbers from OpenAlex"
    assert "footer" not in stats_embed(profile.model_copy(update={"stats_source": None})).to_dict()
