"""Who may ask where and how often: allow-list, DMs, per-user rate limit, concurrency cap."""

from __future__ import annotations

import asyncio

import pytest

from bot.discord.limits import Busy, Gate, SlowDown
from prompts.assistant import Assistant
from tests.bot.discord_harness import (
    CHANNEL_ID,
    OTHER_CHANNEL_ID,
    OTHER_USER,
    OTHER_USER_ID,
    Blocking,
    autocomplete,
    running_bot,
    slash,
    user,
)

QUESTION = "What has she published on summarization?"


def private_text(call: object) -> str:
    """The content of an ephemeral reply (type 4 with flag 64), failing otherwise."""
    body = call.json  # type: ignore[attr-defined]
    assert body["type"] == 4 and body["data"]["flags"] == 64, body
    assert body["data"]["allowed_mentions"] == {"parse": []}
    return str(body["data"]["content"])


async def test_commands_outside_the_allowed_channels_get_a_private_pointer_to_them(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running_bot(assistant, monkeypatch, discord_channel_ids=[OTHER_CHANNEL_ID]) as h:
        [refused] = await h.interact(slash("ask", channel_id=CHANNEL_ID, question=QUESTION))
        [silent] = await h.interact(autocomplete("paper", "title", "graph"))
        allowed = await h.interact(slash("ask", channel_id=OTHER_CHANNEL_ID, question=QUESTION))

    assert private_text(refused) == f"I only answer in <#{OTHER_CHANNEL_ID}>. Ask me there!"
    assert silent.json == {"type": 8, "data": {"choices": []}}
    assert [c.json.get("type") for c in allowed][:1] == [5]


@pytest.mark.parametrize("allow_dms", [False, True])
async def test_direct_messages_are_answered_only_when_allowed(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch, allow_dms: bool
) -> None:
    async with running_bot(assistant, monkeypatch, discord_allow_dms=allow_dms) as h:
        calls = await h.interact(slash("ask", dm=True, channel_id=777, question=QUESTION))

    if allow_dms:
        assert calls[0].json == {"type": 5} and "GraphSum" in str(calls[1].json)
    else:
        assert private_text(calls[0]).startswith("I don't answer in direct messages")


async def test_a_user_asking_too_fast_is_told_when_to_retry_and_others_are_unaffected(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running_bot(
        assistant, monkeypatch, discord_user_rate=2, discord_user_window=60.0
    ) as h:
        first = await h.interact(slash("ask", question=QUESTION))
        second = await h.interact(slash("papers", topic="graphs"))
        [third] = await h.interact(slash("ask", question=QUESTION))
        other = await h.interact(slash("ask", author=OTHER_USER, question=QUESTION))
        cheap = await h.interact(slash("stats"))

    assert first[0].json == {"type": 5} and second[0].json == {"type": 5}
    assert private_text(third).startswith("You're asking faster than I can keep up: try again in")
    assert other[0].json == {"type": 5}
    assert cheap[0].json["type"] == 4  # instant metadata commands are not rationed


async def test_when_all_answer_slots_are_busy_new_questions_get_a_friendly_busy_message(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    slow = Blocking(assistant)
    async with running_bot(slow, monkeypatch, discord_max_concurrent=1, discord_max_queued=0) as h:
        h.bot._connection.parse_interaction_create(slash("ask", question=QUESTION))  # type: ignore[arg-type]
        await asyncio.to_thread(slow.entered.wait, 10)  # the only slot is taken
        second = slash("ask", author=OTHER_USER, question=QUESTION)
        h.bot._connection.parse_interaction_create(second)  # type: ignore[arg-type]
        await h.fake.wait_until(lambda: any(second["token"] in c.path for c in h.fake.calls))
        [busy] = [c for c in h.fake.calls if second["token"] in c.path]
        slow.go.set()
        await h.settle()
        after = await h.interact(slash("ask", author=OTHER_USER, question=QUESTION))

    assert private_text(busy) == (
        "I'm answering a lot of questions right now; please try again in a minute."
    )
    assert after[0].json == {"type": 5}  # the slot is free again once the answer is sent


async def test_a_burst_waits_its_turn_instead_of_being_refused(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    slow = Blocking(assistant)
    async with running_bot(slow, monkeypatch, discord_max_concurrent=1, discord_max_queued=1) as h:
        first = slash("ask", question=QUESTION)
        h.bot._connection.parse_interaction_create(first)  # type: ignore[arg-type]
        await asyncio.to_thread(slow.entered.wait, 10)  # the only answer slot is taken
        queued = slash("ask", author=OTHER_USER, question=QUESTION)
        h.bot._connection.parse_interaction_create(queued)  # type: ignore[arg-type]
        await h.fake.wait_until(lambda: any(queued["token"] in c.path for c in h.fake.calls))
        third = slash("ask", author=user(OTHER_USER_ID + 1, "carol"), question=QUESTION)
        h.bot._connection.parse_interaction_create(third)  # type: ignore[arg-type]
        await h.fake.wait_until(lambda: any(third["token"] in c.path for c in h.fake.calls))
        [refused] = [c for c in h.fake.calls if third["token"] in c.path]
        slow.go.set()
        await h.settle()

    queued_calls = [c for c in h.fake.calls if queued["token"] in c.path]
    assert queued_calls[0].json == {"type": 5}  # acknowledged at once, answered later
    assert any(c.json and c.json.get("embeds") for c in queued_calls[1:])
    assert private_text(refused).startswith("I'm answering a lot of questions right now")


def test_gate_windows_slide_with_the_clock() -> None:
    now = [0.0]
    gate = Gate(per_user=2, window_s=10.0, max_concurrent=5, clock=lambda: now[0])
    for _ in range(2):
        with gate.slot(1):
            pass
    with pytest.raises(SlowDown) as refused, gate.slot(1):
        pass
    assert "try again in 10 s" in refused.value.user_message
    now[0] = 10.0
    with gate.slot(1):
        assert gate.active == 1
    assert gate.active == 0


def test_gate_refuses_when_full_and_frees_slots_even_when_answering_fails() -> None:
    gate = Gate(per_user=100, window_s=1.0, max_concurrent=1)
    with pytest.raises(RuntimeError), gate.slot(1):
        raise RuntimeError("chain failed")
    with gate.slot(1), pytest.raises(Busy), gate.slot(2):
        pass
