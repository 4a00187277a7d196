"""What a deferred reply shows while its question is answered: "searching 50 papers…", then
"writing…" as an LLM streams, edited at most once a second. The answer itself replaces it;
streamed tokens are never shown as if they were the (verified) answer."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

import discord

log = logging.getLogger(__name__)

INTERVAL_S = 1.0  # Discord allows about 5 edits per 5 s; one a second leaves room for the answer
WAITING = "⏳ Waiting for a free slot: many questions are being answered…"
SEARCHING = "🔎 Searching {n} papers…"
WRITING = "✍️ Writing the answer… ({count} so far; citations are checked before it shows)"
MARKS = (WAITING[0], SEARCHING[0], WRITING[0])  # how a status starts: never how an answer does


class Progress:
    """Throttled status edits: the first after `interval` (a fast answer shows none), then at
    most one per interval, always the latest status. `report` may be called from any thread."""

    def __init__(
        self,
        edit: Callable[[str], Awaitable[Any]],
        loop: asyncio.AbstractEventLoop,
        interval: float = INTERVAL_S,
    ) -> None:
        self.edit, self.loop, self.interval = edit, loop, interval
        self.latest: str | None = None  # the newest status reported
        self.current: str | None = None  # what the reply shows now
        self.shown = False
        self.done = False
        self._last = time.monotonic()
        self._timer: asyncio.TimerHandle | None = None
        self._sending: asyncio.Task[None] | None = None
        self._told = -self.interval  # when tokens() last reported (answer thread only)

    def report(self, status: str) -> None:
        """A new status (thread-safe); it shows at the next allowed edit if still the latest."""
        self.loop.call_soon_threadsafe(self._set, status)

    def tokens(self, received: int) -> None:
        """The LLM has sent this many tokens (on the answer thread): the count, never the text.
        Reported at most every half interval: tokens come faster than the loop needs to know."""
        now = time.monotonic()
        if received and now - self._told >= self.interval / 2:
            self._told = now
            count = f"{received} token" + ("s" if received != 1 else "")
            self.report(WRITING.format(count=count))

    def _set(self, status: str) -> None:
        self.latest = status
        self._schedule()

    def _schedule(self) -> None:
        if self.done or self._timer is not None or self._sending is not None:
            return
        if self.latest is None or self.latest == self.current:
            return
        wait = max(0.0, self._last + self.interval - time.monotonic())
        self._timer = self.loop.call_later(wait, self._fire)

    def _fire(self) -> None:
        self._timer = None
        if not self.done and self.latest is not None and self.latest != self.current:
            self._sending = self.loop.create_task(self._send(self.latest))

    async def _send(self, status: str) -> None:
        try:
            await self.edit(status)
            self.current, self.shown = status, True
        except discord.HTTPException as failed:  # a status is not worth a retry
            log.debug("progress edit failed: %s", failed)
        finally:
            self._last = time.monotonic()
            self._sending = None
            self._schedule()

    async def finish(self) -> bool:
        """No more edits; waits for one in flight. Whether the reply shows a status."""
        self.done = True
        if self._timer is not None:
            self._timer.cancel()
        if self._sending is not None:
            await self._sending
        return self.shown


def status_editor(interaction: discord.Interaction) -> Callable[[str], Awaitable[Any]]:
    """Edits the deferred reply's text (it shows 'thinking…' until the first edit)."""

    async def edit(status: str) -> None:
        await interaction.edit_original_response(content=status)

    return edit
