"""Answers in flight: on their own threads, and finished (not dropped) when the bot closes.

Answers run on their own threads, so Discord can always be reached while they work.

aiohttp resolves discord.com on the event loop's default executor. When answers ran there
too (asyncio.to_thread), a burst of slow answers (an LLM taking seconds) filled it, and a
defer that needed a fresh connection waited behind them for the DNS lookup: 13 s in
bench/discord_load.py (--host localhost --waves 2), past Discord's 3 s deadline.
"""

from __future__ import annotations

import asyncio
import os
import threading
from typing import Any

import pytest

from prompts.assistant import Assistant
from tests.bot.discord_harness import OTHER_USER, Blocking, running_bot, slash, user

QUESTION = "What has she published on summarization?"
# One more than the loop's default executor has threads (min(32, cpus + 4)).
BURST = min(32, (os.cpu_count() or 1) + 4) + 1


class Parked:
    """A real assistant whose answers wait until the test lets them go, counting arrivals."""

    def __init__(self, inner: Assistant, expected: int) -> None:
        self.inner = inner
        self.go = threading.Event()
        self.arrived = threading.Barrier(expected + 1)  # every answer, and the test

    @property
    def profile(self) -> Any:
        return self.inner.profile

    def search(self, topic: str, filters: Any, k: int) -> Any:
        return self.inner.search(topic, filters, k)

    def ask(self, question: str, conversation: Any = None, on_progress: Any = None) -> Any:
        self.arrived.wait(timeout=10)
        if not self.go.wait(timeout=10):
            raise TimeoutError("the test never released the assistant")
        return self.inner.ask(question, conversation)


async def test_busy_answers_leave_the_loops_executor_free_to_resolve_discord(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    parked = Parked(assistant, BURST)
    async with running_bot(parked, monkeypatch, discord_max_concurrent=BURST) as h:
        people = [user(700000000000000000 + i, f"u{i}") for i in range(BURST)]
        payloads = [slash("ask", question=QUESTION, author=p) for p in people]
        for payload in payloads:
            h.bot._connection.parse_interaction_create(payload)  # type: ignore[arg-type]
        loop = asyncio.get_running_loop()
        # All BURST answers are now inside the assistant, each holding a thread.
        await loop.run_in_executor(None, parked.arrived.wait, 10)
        # What aiohttp does before opening a connection to discord.com:
        resolved = await asyncio.wait_for(loop.getaddrinfo("localhost", 443), timeout=5)
        parked.go.set()
        await h.settle()

    assert resolved
    for payload in payloads:
        calls = [c for c in h.calls if payload["token"] in c.path]
        assert calls[0].json == {"type": 5} and calls[-1].json["embeds"]  # all answered


async def test_closing_finishes_the_answers_in_flight_and_turns_new_questions_away(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    slow = Blocking(assistant)
    async with running_bot(slow, monkeypatch) as h:
        first = slash("ask", question=QUESTION)
        h.bot._connection.parse_interaction_create(first)  # type: ignore[arg-type]
        await asyncio.get_running_loop().run_in_executor(None, slow.entered.wait, 10)
        closing = asyncio.create_task(h.bot.close())  # SIGTERM does this
        await asyncio.sleep(0)  # one turn of the loop: close() starts and marks the gate
        assert h.bot.ctx.gate.closing
        second = slash("ask", question=QUESTION, author=OTHER_USER)
        h.bot._connection.parse_interaction_create(second)  # type: ignore[arg-type]
        await h.fake.wait_until(lambda: any(second["token"] in c.path for c in h.calls))
        slow.go.set()
        await closing

    answered = [c for c in h.calls if first["token"] in c.path]
    assert answered[0].json == {"type": 5} and answered[-1].json["embeds"]
    [refused] = [c for c in h.calls if second["token"] in c.path]
    assert refused.json["data"]["content"] == "I'm restarting; please ask again in a minute."
    assert refused.json["data"]["flags"] == 64  # only the asker sees it
