"""What Discord handlers share: settings, limits, the assistant once built, conversations."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar

import discord
from discord import app_commands

from bot.discord.health import Health
from bot.discord.limits import ChannelPolicy, Gate
from bot.discord.profiles import CHANNELS_FILE, Assistants, ChannelDefaults
from bot.discord.types import AssistantFactory, AssistantLike
from bot.feedback import FEEDBACK_FILE, FeedbackStore
from bot.settings import Settings
from prompts.answer.memory import Conversation

log = logging.getLogger(__name__)

MAX_CONVERSATIONS = 500
MAX_WORKERS = 32  # threads for answers, whatever discord_max_concurrent says
T = TypeVar("T")


class NotReady(RuntimeError):
    """A handler ran before setup_hook built the assistant."""


ChatKey = tuple[int, str]  # (thread, reply-chain root or DM id; profile): profiles never mix


class Conversations:
    """Bounded memory per thread or reply chain and profile; oldest chats are forgotten first."""

    def __init__(self, limit: int = MAX_CONVERSATIONS) -> None:
        self.limit = limit
        self._chats: OrderedDict[ChatKey, Conversation] = OrderedDict()
        self._locks: dict[ChatKey, asyncio.Lock] = {}  # one question at a time per conversation
        self._messages: OrderedDict[int, int] = OrderedDict()  # bot message id -> chat key
        self._threads: OrderedDict[int, None] = OrderedDict()  # threads the bot opened

    def chat(self, key: ChatKey) -> Conversation:
        """The conversation for key, created if new; marks it recently used."""
        chat = self._chats.pop(key, None) or Conversation()
        self._chats[key] = chat
        while len(self._chats) > self.limit:
            old, _ = self._chats.popitem(last=False)
            self._locks.pop(old, None)
        return chat

    def known(self, key: ChatKey) -> bool:
        """Whether this process holds the conversation (else it is rebuilt from Discord)."""
        return key in self._chats

    def put(self, key: ChatKey, chat: Conversation) -> None:
        """Keep a conversation rebuilt from Discord, as if it had been held all along."""
        self._chats[key] = chat
        self.chat(key)  # marks it recently used and applies the limit

    def lock(self, key: ChatKey) -> asyncio.Lock:
        """Serialises questions in one conversation, so each sees the turns before it."""
        return self._locks.setdefault(key, asyncio.Lock())

    def remember_message(self, message_id: int, key: int) -> None:
        self._messages[message_id] = key
        while len(self._messages) > self.limit * 10:
            self._messages.popitem(last=False)

    def key_for_message(self, message_id: int) -> int | None:
        return self._messages.get(message_id)

    def remember_thread(self, thread_id: int) -> None:
        self._threads[thread_id] = None
        while len(self._threads) > self.limit:
            self._threads.popitem(last=False)

    def is_our_thread(self, thread_id: int) -> bool:
        return thread_id in self._threads


@dataclass
class BotContext:
    """Built once in the composition root; the default profile's assistant arrives in
    setup_hook, the others on first use."""

    settings: Settings
    policy: ChannelPolicy
    gate: Gate
    feedback: FeedbackStore
    conversations: Conversations = field(default_factory=Conversations)
    workers: ThreadPoolExecutor = field(default_factory=ThreadPoolExecutor)
    channels: ChannelDefaults = field(default_factory=ChannelDefaults)
    assistants: Assistants = field(default_factory=Assistants)
    factory: AssistantFactory | None = None  # set by ProfileBot; builds the other profiles
    health: Health = field(default_factory=Health)  # what GET /health reports
    # A profile's settled version stamp (None while an ingest is under way); set by ProfileBot.
    # Read before each answer, so a re-ingest by the CLI is answered from at once.
    versions: Callable[[str], str | None] | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> BotContext:
        return cls(
            settings=settings,
            policy=ChannelPolicy(
                frozenset(settings.discord_channel_ids), settings.discord_allow_dms
            ),
            gate=Gate(
                settings.discord_user_rate,
                settings.discord_user_window,
                settings.discord_max_concurrent,
                settings.discord_max_queued,
            ),
            feedback=FeedbackStore(settings.data_dir / FEEDBACK_FILE),
            workers=ThreadPoolExecutor(
                min(settings.discord_max_concurrent, MAX_WORKERS), thread_name_prefix="answer"
            ),
            channels=ChannelDefaults(settings.data_dir / CHANNELS_FILE),
            assistants=Assistants(
                settings.profile,
                functools.partial(_profile_names, settings),
                limit=settings.discord_max_profiles_loaded,
            ),
        )

    async def in_thread(self, work: Callable[..., T], *args: Any) -> T:
        """Run blocking work (the chain, a chart) on the answer threads. Not asyncio.to_thread:
        the loop's default executor is where aiohttp resolves discord.com, and a defer must
        never queue behind answers (it would miss Discord's 3 s deadline)."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.workers, functools.partial(work, *args))

    @property
    def assistant(self) -> AssistantLike:
        """The default profile's assistant."""
        found = self.assistants.cached(self.settings.profile)
        if found is None:
            raise NotReady("the assistant is still loading")
        return found

    @assistant.setter
    def assistant(self, value: AssistantLike) -> None:
        self.assistants.put(self.settings.profile, value)

    def channel_profile(self, channel_id: int | None, channel: object = None) -> str:
        """The channel's default profile (a thread inherits its parent's), else the server's,
        else the settings'."""
        parent = channel.parent_id if isinstance(channel, discord.Thread) else None
        guild = getattr(getattr(channel, "guild", None), "id", None)
        return (
            self.channels.get(channel_id, parent)
            or self.channels.guild(guild).profile
            or self.settings.profile
        )

    def private_answers(self, guild_id: int | None, default: bool) -> bool:
        """Whether answers are shown only to the asker: the server's choice, else default."""
        chosen = self.channels.guild(guild_id).private_answers
        return default if chosen is None else chosen

    def forum_ids(self, guild_id: int | None) -> frozenset[int]:
        """Forums whose posts are answered: the settings' and the server's own."""
        return frozenset(self.settings.discord_forum_ids) | set(
            self.channels.guild(guild_id).forum_ids
        )

    async def assistant_for(
        self, name: str, on_reload: Callable[[], Awaitable[None]] | None = None
    ) -> tuple[str, AssistantLike]:
        """The profile's key and assistant, built off the loop on first use and rebuilt when
        the profile was re-indexed since (on_reload is awaited first: a command defers, as a
        rebuild takes seconds); Refusal if unknown."""
        key = await self.assistants.check(name)
        if key == self.assistants.default:
            found = self.assistant
        else:
            found = await self.assistants.get(key, self._build)
        return key, await self._fresh(key, found, on_reload)

    async def load_default(self) -> None:
        """Build the default profile's assistant (setup_hook)."""
        await self._build(self.assistants.default)

    async def reload(self, key: str) -> AssistantLike:
        """Rebuild a profile's assistant now (its index was written)."""
        async with self.assistants.lock(key):
            built = await self._build(key)
            self.assistants.put(key, built)
        return built

    async def _fresh(
        self,
        key: str,
        loaded: AssistantLike,
        on_reload: Callable[[], Awaitable[None]] | None = None,
    ) -> AssistantLike:
        """loaded, or a new assistant when the index's stamp moved on since it was built."""
        latest = await self.version(key)
        if latest is None or latest == self.assistants.version(key):
            return loaded
        async with self.assistants.lock(key):
            if latest == self.assistants.version(key):  # another question reloaded it meanwhile
                return self.assistants.cached(key) or loaded
            if self.assistants.version(key) is None:  # built before stamps were read: adopt
                self.assistants.put(key, loaded, latest)
                return loaded
            log.info("profile %s was re-indexed: reloading it", key)
            if on_reload is not None:
                await on_reload()
            rebuilt = await self._build(key)
            self.assistants.put(key, rebuilt)
            return rebuilt

    async def version(self, key: str, building: bool = False) -> str | None:
        """The profile's settled version stamp; None when unknown (then nothing reloads).
        `building`: read before a build, which reports its own failure (said once)."""
        if self.versions is None:
            return None
        try:
            return await asyncio.to_thread(self.versions, key)  # a short store read
        except Exception as err:  # the store is unreachable: answer from what is loaded
            level = logging.DEBUG if building else logging.WARNING
            log.log(level, "cannot read the version of profile %s: %s", key, err)
            return None

    async def _build(self, key: str) -> AssistantLike:
        """Build key's assistant off the loop, remembering the index stamp it was built from."""
        if self.factory is None:
            raise NotReady("no assistant factory yet")
        # Read first: a write during the build is then seen as a change at the next question.
        version = await self.version(key, building=True)
        default = key == self.assistants.default  # as configured: its first use indexes it
        settings = self.settings if default else self.settings.model_copy(update={"profile": key})
        built = await self.in_thread(self.factory, settings)
        if version is None:  # first use: the build itself indexed the profile
            version = await self.version(key)
        self.assistants.put(key, built, version)
        return built


def _profile_names(settings: Settings) -> list[str]:
    from bot.app import profile_names  # deferred: opens the store, only when asked

    return profile_names(settings)


SlashCommand = app_commands.Command[Any, ..., None]
