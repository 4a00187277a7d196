"""While a question is answered, the deferred reply says what is happening; then the answer."""

from __future__ import annotations

import asyncio

import pytest

from bot.discord.progress import WAITING, Progress
from prompts.assistant import Assistant
from tests.bot.discord_harness import OTHER_USER, Blocking, running_bot, slash

QUESTION = "What has she published on summarization?"


async def test_a_slow_answer_shows_searching_then_the_answer_replaces_it(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    slow = Blocking(assistant)
    async with running_bot(slow, monkeypatch, statuses=True) as h:
        payload = slash("ask", question=QUESTION)
        original = f"/webhooks/{h.bot.application_id}/{payload['token']}/messages/@original"
        h.bot._connection.parse_interaction_create(payload)  # type: ignore[arg-type]
        await h.fake.wait_until(lambda: any(c.path == original for c in h.calls), timeout=10)
        slow.go.set()  # the assistant finishes only once the status was shown
        await h.settle()

    calls = [c for c in h.calls if payload["token"] in c.path]
    defer, status, final = calls
    assert defer.json == {"type": 5}
    assert (status.method, status.json["content"]) == ("PATCH", "🔎 Searching 4 papers…")
    assert final.method == "PATCH" and final.path == original  # the same message, now the answer
    assert final.json["content"] is None and final.json["embeds"][0]["title"] == QUESTION
    buttons = [b["custom_id"] for row in final.json["components"] for b in row["components"]]
    assert buttons == ["profilebot:evidence", "profilebot:vote:up", "profilebot:vote:down"]


async def test_statuses_are_coalesced_to_the_latest_and_none_follow_the_answer() -> None:
    shown: list[str] = []
    arrived = asyncio.Event()

    async def edit(status: str) -> None:
        shown.append(status)
        arrived.set()

    progress = Progress(edit, asyncio.get_running_loop(), interval=0.05)
    for i in range(100):  # statuses faster than Discord should be asked to show them
        progress.report(f"status {i}")
    await arrived.wait()
    assert await progress.finish() is True
    progress.report("too late")
    await asyncio.sleep(0)  # let the late report be delivered (and ignored)

    assert shown == ["status 99"]


async def test_llm_tokens_become_a_count_never_the_unverified_text() -> None:
    shown: list[str] = []
    arrived = asyncio.Event()

    async def edit(status: str) -> None:
        shown.append(status)
        arrived.set()

    progress = Progress(edit, asyncio.get_running_loop(), interval=0.05)
    for received in (1, 2, 3):  # the assistant reports a count: it never sees the text
        progress.tokens(received)
    await arrived.wait()
    await progress.finish()

    assert shown == [
        "✍️ Writing the answer… (1 token so far; citations are checked before it shows)"
    ]


async def test_a_question_waiting_for_a_free_slot_says_so_rather_than_searching(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    slow = Blocking(assistant)
    async with running_bot(slow, monkeypatch, statuses=True, discord_max_concurrent=1) as h:
        first = slash("ask", question=QUESTION)
        second = slash("ask", question=QUESTION, author=OTHER_USER)
        for payload in (first, second):
            h.bot._connection.parse_interaction_create(payload)  # type: ignore[arg-type]

        def status(payload: dict) -> str | None:
            edits = [c for c in h.calls if payload["token"] in c.path and c.method == "PATCH"]
            return edits[0].json.get("content") if edits else None

        await h.fake.wait_until(lambda: None not in (status(first), status(second)), timeout=10)
        slow.go.set()
        await h.settle()

    assert status(first) == "🔎 Searching 4 papers…"  # the one being answered
    assert status(second) == WAITING  # the one queued behind it
    for payload in (first, second):
        final = [c for c in h.calls if payload["token"] in c.path][-1]
        assert final.json["embeds"][0]["title"] == QUESTION
