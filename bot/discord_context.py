"""What Discord handlers share: settings, limits, the assistant once built, conversations."""

from __future__ import annotations

import asyncio
import functools
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from discord import app_commands

from bot.discord_limits import ChannelPolicy, Gate
from bot.settings import Settings
from prompts.answer import Answer
from prompts.memory import Conversation
from retrieval.filters import Filters
from retrieval.profile import Profile
from retrieval.search import SearchResult

MAX_CONVERSATIONS = 500
MAX_WORKERS = 32  # threads for answers, whatever discord_max_concurrent says
T = TypeVar("T")


class AssistantLike(Protocol):
    """The part of prompts.chain.Assistant the bot uses."""

    @property
    def profile(self) -> Profile: ...

    def ask(self, question: str, conversation: Conversation | None = None) -> Answer: ...

    def search(self, topic: str, filters: Filters, k: int) -> SearchResult: ...


class NotReady(RuntimeError):
    """A handler ran before setup_hook built the assistant."""


class Conversations:
    """Bounded memory per thread or reply chain; oldest chats are forgotten first."""

    def __init__(self, limit: int = MAX_CONVERSATIONS) -> None:
        self.limit = limit
        self._chats: OrderedDict[int, Conversation] = OrderedDict()
        self._locks: dict[int, asyncio.Lock] = {}  # one question at a time per conversation
        self._messages: OrderedDict[int, int] = OrderedDict()  # bot message id -> chat key
        self._threads: OrderedDict[int, None] = OrderedDict()  # threads the bot opened

    def chat(self, key: int) -> Conversation:
        """The conversation for key, created if new; marks it recently used."""
        chat = self._chats.pop(key, None) or Conversation()
        self._chats[key] = chat
        while len(self._chats) > self.limit:
            old, _ = self._chats.popitem(last=False)
            self._locks.pop(old, None)
        return chat

    def lock(self, key: int) -> asyncio.Lock:
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
    """Built once in the composition root; the assistant arrives in setup_hook."""

    settings: Settings
    policy: ChannelPolicy
    gate: Gate
    conversations: Conversations = field(default_factory=Conversations)
    workers: ThreadPoolExecutor = field(default_factory=ThreadPoolExecutor)
    _assistant: AssistantLike | None = None

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
            workers=ThreadPoolExecutor(
                min(settings.discord_max_concurrent, MAX_WORKERS), thread_name_prefix="answer"
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
        if self._assistant is None:
            raise NotReady("the assistant is still loading")
        return self._assistant

    @assistant.setter
    def assistant(self, value: AssistantLike) -> None:
        self._assistant = value


AssistantFactory = Callable[[Settings], AssistantLike]
SlashCommand = app_commands.Command[Any, ..., None]
