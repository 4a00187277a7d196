"""Who may ask where, and how often: channel allow-list, per-user rate, global concurrency."""

from __future__ import annotations

import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import discord
from discord import app_commands


class Refusal(app_commands.AppCommandError):
    """A request the bot declines on purpose; user_message says why and what to do."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


class NotHere(Refusal):
    """The channel is not on the allow-list, or DMs are off."""


class SlowDown(Refusal):
    """The user asked too often."""


class Busy(Refusal):
    """Too many questions are being answered at once, or the bot is shutting down."""


class ChannelPolicy:
    """The channels (and their threads) the bot answers in; an empty allow-list means all."""

    def __init__(self, allowed: frozenset[int], allow_dms: bool) -> None:
        self.allowed, self.allow_dms = allowed, allow_dms

    def allows(self, channel: object) -> bool:
        if isinstance(channel, discord.DMChannel | discord.GroupChannel):
            return self.allow_dms
        if not self.allowed:
            return True
        ids = {getattr(channel, "id", None), getattr(channel, "parent_id", None)}
        return bool(ids & self.allowed)

    def check(self, channel: object) -> None:
        """Raise NotHere with a message that says where the bot does answer."""
        if self.allows(channel):
            return
        if isinstance(channel, discord.DMChannel | discord.GroupChannel):
            raise NotHere("I don't answer in direct messages here; ask me in the server instead.")
        where = ", ".join(f"<#{c}>" for c in sorted(self.allowed)[:5])
        raise NotHere(f"I only answer in {where}. Ask me there!")


class Gate:
    """Per-user sliding-window rate limit plus a cap on questions in flight: max_concurrent
    answered at once (the answer threads) and up to max_queued more waiting their turn."""

    def __init__(
        self,
        per_user: int,
        window_s: float,
        max_concurrent: int,
        max_queued: int = 0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.per_user, self.window_s, self.max_concurrent = per_user, window_s, max_concurrent
        self.max_queued = max_queued
        self.clock = clock
        self.active = 0
        self.closing = False  # shutting down: questions in flight finish, new ones are refused
        self._recent: defaultdict[int, deque[float]] = defaultdict(deque)

    def retry_after(self, user_id: int) -> float:
        """Seconds until the user may ask again; 0 when they may ask now."""
        now = self.clock()
        recent = self._recent[user_id]
        while recent and now - recent[0] >= self.window_s:
            recent.popleft()
        if not recent:
            del self._recent[user_id]  # keep the table as small as the active users
            return 0.0
        return self.window_s - (now - recent[0]) if len(recent) >= self.per_user else 0.0

    @contextmanager
    def slot(self, user_id: int) -> Iterator[None]:
        """Hold one of the concurrent slots for a question; raise Busy or SlowDown instead."""
        if self.closing:
            raise Busy("I'm restarting; please ask again in a minute.")
        if self.active >= self.max_concurrent + self.max_queued:
            raise Busy("I'm answering a lot of questions right now; please try again in a minute.")
        wait = self.retry_after(user_id)
        if wait > 0:
            raise SlowDown(
                f"You're asking faster than I can keep up: try again in {max(1, round(wait))} s."
            )
        self._recent[user_id].append(self.clock())
        self.active += 1
        try:
            yield
        finally:
            self.active -= 1
