"""Several profiles in one bot: per-channel defaults on disk, assistants built once per profile."""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Literal

from discord import app_commands
from pydantic import BaseModel, ValidationError

from bot.discord.limits import Refusal
from bot.discord.render import escape
from bot.discord.types import AssistantLike
from retrieval.index.store import collection_name

log = logging.getLogger(__name__)

CHANNELS_FILE = "discord_channels.json"
MAX_CHOICES = 25
MAX_LOADED = 8  # assistants kept in memory by default; the bot passes discord_max_profiles_loaded
CATALOG_TTL_S = 30.0  # autocomplete asks on every keystroke; the store changes rarely
PREFIX = collection_name("")


def profile_key(name: str) -> str:
    """A profile name as its collection spells it ('Ada-Lab' -> 'ada-lab')."""
    return collection_name(name).removeprefix(PREFIX)


MentionMode = Literal["threads", "replies", "off"]


class GuildSettings(BaseModel):
    """A server's own settings (/profilebot-settings); None: the bot's defaults."""

    profile: str | None = None  # the default profile of the server's channels
    mentions: MentionMode | None = None  # how @mentions are answered
    forum_ids: list[int] = []  # forums whose new posts are answered
    private_answers: bool | None = None  # answers only the asker sees (/ask and the menu)


class ChannelFile(BaseModel):
    """discord_channels.json: channel id -> default profile; server id -> its settings."""

    channels: dict[str, str] = {}
    guilds: dict[str, GuildSettings] = {}


class ChannelDefaults:
    """The default profile of each channel, kept in a JSON file so it survives restarts."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path  # None: kept in memory only
        loaded = self._load()
        self._channels, self._guilds = loaded.channels, loaded.guilds

    def _load(self) -> ChannelFile:
        if self.path is None:
            return ChannelFile()
        try:
            return ChannelFile.model_validate_json(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return ChannelFile()
        except (OSError, ValidationError) as err:
            log.warning("ignoring unreadable channel defaults in %s: %s", self.path, err)
            return ChannelFile()

    def get(self, *channel_ids: int | None) -> str | None:
        """The default of the first of channel_ids that has one (a thread, then its parent)."""
        for cid in channel_ids:
            if cid is not None and str(cid) in self._channels:
                return self._channels[str(cid)]
        return None

    def set(self, channel_id: int, profile: str) -> None:
        """Set a channel's default profile and persist it."""
        self._channels[str(channel_id)] = profile
        self._save()

    def guild(self, guild_id: int | None) -> GuildSettings:
        """The server's settings (all None outside a server or before any are set)."""
        return self._guilds.get(str(guild_id), GuildSettings()) if guild_id else GuildSettings()

    def set_guild(self, guild_id: int, settings: GuildSettings) -> None:
        """Replace a server's settings and persist them with the channel defaults."""
        self._guilds[str(guild_id)] = settings
        self._save()

    def _save(self) -> None:
        """Write atomically: a crash mid-write leaves the old file intact."""
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        data = ChannelFile(channels=self._channels, guilds=self._guilds)
        tmp.write_text(data.model_dump_json(indent=2), "utf-8")
        os.replace(tmp, self.path)


class Assistants:
    """One assistant per profile, built on first use (off the event loop) and kept; beyond
    `limit` loaded, the least recently used one is unloaded (the default profile's never)."""

    def __init__(
        self,
        default: str = "default",
        catalog: Callable[[], list[str]] = list,
        limit: int = MAX_LOADED,
    ) -> None:
        self.default = profile_key(default)
        self.catalog = catalog
        self.limit = limit
        self._built: OrderedDict[str, AssistantLike] = OrderedDict()  # least recently used first
        self._versions: dict[str, str] = {}  # the index's version stamp each was built from
        self._locks: dict[str, asyncio.Lock] = {}
        self._names: list[str] = []
        self._listed_at = -CATALOG_TTL_S

    def put(self, name: str, assistant: AssistantLike, version: str | None = None) -> None:
        """Keep a profile's assistant; `version`: the index stamp it was built from."""
        key = profile_key(name)
        self._built[key] = assistant
        if version is not None:
            self._versions[key] = version
        self._built.move_to_end(key)
        self._unload_beyond_limit()

    def cached(self, name: str) -> AssistantLike | None:
        """The profile's assistant if loaded; a peek, not a use (autocomplete calls it)."""
        return self._built.get(profile_key(name))

    def _unload_beyond_limit(self) -> None:
        """Unload the least recently used profiles; questions still using them keep theirs."""
        others = [key for key in self._built if key != self.default]
        for key in others[: max(0, len(self._built) - self.limit)]:
            log.info("unloading profile %s (least recently used of %d)", key, self.limit)
            del self._built[key]
            self._versions.pop(key, None)

    def version(self, key: str) -> str | None:
        """The index stamp the loaded assistant of key was built from (None: not known)."""
        return self._versions.get(key)

    def lock(self, key: str) -> asyncio.Lock:
        """Held while key's assistant is built, so it is built once however many ask."""
        return self._locks.setdefault(key, asyncio.Lock())

    async def names(self) -> list[str]:
        """The indexed profiles, sorted; listed at most every CATALOG_TTL_S seconds. A short
        store read, so the loop's default executor is fine (answers run on ctx.workers)."""
        if time.monotonic() - self._listed_at >= CATALOG_TTL_S:
            self._names = sorted(await asyncio.to_thread(self.catalog))
            self._listed_at = time.monotonic()
        return self._names

    async def check(self, name: str) -> str:
        """The profile's key if it is built or indexed; otherwise a Refusal naming the others."""
        key = profile_key(name)
        if key in self._built or key == self.default or key in await self.names():
            return key
        self._listed_at = -CATALOG_TTL_S  # not in the list we have: maybe just ingested
        available = await self.names()
        if key not in available:
            listed = ", ".join(f"`{n}`" for n in available[:MAX_CHOICES]) or "none"
            listed += ", …" if len(available) > MAX_CHOICES else ""
            raise Refusal(f"No profile named “{escape(name[:60])}”. Available: {listed}.")
        return key

    async def get(
        self,
        key: str,
        build: Callable[[str], Awaitable[AssistantLike]],
    ) -> AssistantLike:
        """The assistant for a checked key, marked recently used; build(key) runs once even if
        asked concurrently, and again only after the profile was unloaded."""
        found = self._built.get(key)
        if found is None:
            async with self.lock(key):
                found = self._built.get(key)  # built while this question waited
                if found is None:
                    log.info("loading profile %s", key)
                    found = await build(key)
        self.put(key, found)  # now the most recently used
        return found


def choices_for(names: list[str], typed: str) -> list[app_commands.Choice[str]]:
    """Profile names containing what was typed, those starting with it first (at most 25)."""
    needle = typed.strip().casefold()
    starts = [n for n in names if n.startswith(needle)]
    within = [n for n in names if needle in n and n not in starts]
    return [app_commands.Choice(name=n, value=n) for n in (starts + within)[:MAX_CHOICES]]
