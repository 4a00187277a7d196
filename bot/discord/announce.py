"""Scheduled syncs (PROFILEBOT_SYNC_HOURS) and posts of the papers they find
(PROFILEBOT_DISCORD_ANNOUNCE_CHANNEL_ID)."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import discord

from bot.discord.cards import COLOUR, author_line
from bot.discord.context import BotContext
from bot.discord.profiles import profile_key
from bot.discord.render import EMBED_TITLE, escape, pack_messages, truncate
from bot.settings import Settings
from bot.sync import SyncRefused, SyncResult, profile_sources, sync_profile
from retrieval.index.store import IndexError_
from retrieval.model import Paper
from retrieval.sources.http import SourceError
from retrieval.text import split_sentences

log = logging.getLogger(__name__)

MAX_ANNOUNCED = 10  # papers posted per sync; the rest are counted in one line
SENTENCE = 500

Sync = Callable[[Settings, str], SyncResult]


def announcement(paper: Paper, profile: str) -> discord.Embed:
    """A new paper: its title and link, date, authors, and its first sentence, cited."""
    sentence = next(iter(split_sentences(paper.abstract)), "") or "(no abstract)"
    embed = discord.Embed(
        title=truncate(escape(paper.title), EMBED_TITLE),
        url=paper.url if paper.url and paper.url.startswith(("http://", "https://")) else None,
        description=f"{truncate(escape(sentence), SENTENCE)} [1]",
        colour=COLOUR,
    )
    embed.add_field(name="Date", value=paper.date.isoformat())
    embed.add_field(name="Authors", value=author_line(paper, 300), inline=False)
    found = ", ".join(paper.sources) or "its sources"
    embed.set_footer(text=truncate(f"[1] {paper.title}; new in {profile}, from {found}", 300))
    return embed


class ScheduledSync:
    """Syncs every profile that has sources, one at a time, every `hours`; a sync of a
    profile still running when the next is due is skipped, never run twice at once."""

    def __init__(self, client: discord.Client, ctx: BotContext, sync: Sync | None = None) -> None:
        self.client, self.ctx = client, ctx
        self.sync = sync or (lambda settings, name: sync_profile(settings, name))
        self.locks: dict[str, asyncio.Lock] = {}
        self.worker = ThreadPoolExecutor(1, thread_name_prefix="sync")  # network and embedding
        self.task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self.task = asyncio.get_running_loop().create_task(self.run(), name="scheduled-sync")

    async def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.task
        self.worker.shutdown(wait=False, cancel_futures=True)

    async def run(self) -> None:
        hours = self.ctx.settings.sync_hours or 24.0
        log.info("syncing profiles with sources every %g h", hours)
        while True:
            await asyncio.sleep(hours * 3600)
            await self.sync_all()

    async def _off_loop(self, work: Callable[..., object], *args: object) -> object:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.worker, functools.partial(work, *args))

    async def sync_all(self) -> None:
        from bot.app import profile_names  # deferred, as in context.py: opens the store

        settings = self.ctx.settings
        names = await self._off_loop(profile_names, settings)
        for name in names if isinstance(names, list) else []:
            if await self._off_loop(profile_sources, settings, name):
                await self.sync_one(name)

    async def sync_one(self, name: str) -> SyncResult | None:
        """One profile's sync, unless one is already running; failures are logged, not raised."""
        lock = self.locks.setdefault(name, asyncio.Lock())
        if lock.locked():
            log.info("sync of %s still running: this one is skipped", name)
            return None
        async with lock:
            try:
                result = await self._off_loop(self.sync, self.ctx.settings, name)
            except (SourceError, SyncRefused, IndexError_) as failed:
                log.warning("scheduled sync of %s changed nothing: %s", name, failed)
                return None
            assert isinstance(result, SyncResult)
            c = result.changes
            log.info(
                "scheduled sync of %s: %d added, %d updated, %d removed",
                name, len(c.added), len(c.updated), len(c.removed),
            )  # fmt: skip
            if result.problems:
                log.warning(
                    "scheduled sync of %s: %d works could not be used as given, e.g. %s",
                    name, len(result.problems), "; ".join(result.problems[:3]),
                )  # fmt: skip
            if result.report is not None:
                await self._reload(name)
            if c.added:
                await self.announce(name, c.added)
            return result

    async def _reload(self, name: str) -> None:
        """A loaded profile answers from the synced papers from now on."""
        if self.ctx.factory is not None and self.ctx.assistants.cached(name) is not None:
            await self.ctx.reload(profile_key(name))

    async def announce(self, name: str, papers: list[Paper]) -> None:
        channel_id = self.ctx.settings.discord_announce_channel_id
        if channel_id is None:
            return
        channel = self.client.get_partial_messageable(channel_id)
        embeds = [announcement(p, name) for p in papers[:MAX_ANNOUNCED]]
        messages = pack_messages(embeds)
        more = len(papers) - len(embeds)
        try:
            for i, group in enumerate(messages):
                last = i == len(messages) - 1
                note = f"…and {more} more new papers in {name}." if last and more > 0 else None
                await channel.send(content=note, embeds=group)
        except discord.HTTPException as failed:
            log.warning("cannot post new papers to channel %s: %s", channel_id, failed)
