"""Free conversation: a mention opens a thread; the thread and replies to the bot remember."""

from __future__ import annotations

import json

import pytest

from bot.discord.chat import EMPTY_MENTION
from bot.discord.context import Conversations
from bot.discord.render import unescape
from prompts.assistant import Assistant
from tests.bot.discord_harness import (
    BOT_ID,
    BOT_USER,
    CHANNEL_ID,
    OTHER_CHANNEL_ID,
    Call,
    Harness,
    check_all,
    message_calls,
    running_bot,
    slash,
    user_message,
)

FIRST = "What has she published on summarization?"
FOLLOW_UP = "which of those have code?"


def sent(calls: list[Call]) -> list[Call]:
    return message_calls(calls)


def cited_titles(call: Call) -> list[str]:
    fields = [f for e in call.json["embeds"] for f in e.get("fields", [])]
    return [
        line.split("** ", 1)[1].split(" · ")[0] for f in fields for line in f["value"].splitlines()
    ]


async def test_a_mention_opens_a_thread_and_the_thread_continues_with_memory(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running_bot(assistant, monkeypatch, discord_mentions=True) as h:
        question = user_message(f"<@{BOT_ID}> {FIRST}", mentions_bot=True)
        opened = await h.message(question)
        thread_call = opened[0]
        assert thread_call.path == f"/channels/{CHANNEL_ID}/messages/{question['id']}/threads"
        assert thread_call.json["name"] == FIRST
        [answer] = sent(opened)
        thread_id = int(answer.path.split("/")[2])
        follow = await h.message(user_message(FOLLOW_UP, channel_id=thread_id))
        unrelated = await h.message(user_message(FOLLOW_UP, channel_id=CHANNEL_ID))

    assert [c.path for c in opened] == [
        f"/channels/{CHANNEL_ID}/messages/{question['id']}/threads",
        f"/channels/{thread_id}/typing",
        f"/channels/{thread_id}/messages",
    ]
    embed = answer.json["embeds"][0]
    assert embed["title"] == FIRST and "[1]" in embed["description"]
    assert cited_titles(answer) == ["GraphSum: Summarizing Long Documents with Graph Attention"]
    assert answer.json["components"][0]["components"][0]["label"] == "Show evidence"
    # In the thread no mention is needed, and "those" means the papers of the last answer:
    # only GraphSum, not every paper with code (RainNet has code too).
    [reply] = sent(follow)
    assert reply.path == f"/channels/{thread_id}/messages"
    assert cited_titles(reply) == ["GraphSum: Summarizing Long Documents with Graph Attention"]
    assert len(assistant.ask(FOLLOW_UP).citations) == 2  # what it would say without memory
    assert unrelated == []  # a message in the channel that is not for the bot
    check_all(opened + follow)


async def test_without_thread_permission_the_bot_replies_and_replies_to_it_continue(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running_bot(assistant, monkeypatch, discord_mentions=True) as h:
        h.fake.forbid_threads = True
        question = user_message(f"<@!{BOT_ID}> {FIRST}", mentions_bot=True)
        [answer] = sent(await h.message(question))
        bot_message = h.fake.messages[max(h.fake.messages)]
        [follow] = sent(await h.message(user_message(FOLLOW_UP, reply_to=bot_message)))

    assert answer.path == f"/channels/{CHANNEL_ID}/messages"
    assert str(answer.json["message_reference"]["message_id"]) == question["id"]
    assert answer.json["allowed_mentions"] == {"parse": [], "replied_user": False}
    assert cited_titles(follow) == ["GraphSum: Summarizing Long Documents with Graph Attention"]
    assert str(follow.json["message_reference"]["channel_id"]) == str(CHANNEL_ID)


async def test_the_bot_ignores_itself_other_chatter_and_everything_when_mentions_are_off(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    mention = user_message(f"<@{BOT_ID}> {FIRST}", mentions_bot=True)
    async with running_bot(assistant, monkeypatch, discord_mentions=True) as h:
        own = await h.message(user_message(f"<@{BOT_ID}> hi", author=BOT_USER, mentions_bot=True))
        chatter = await h.message(user_message("summarization is neat"))
    async with running_bot(assistant, monkeypatch, discord_mentions=False) as h:
        off = await h.message(mention)

    assert own == [] and chatter == [] and off == []


async def test_mentions_elsewhere_or_without_a_question_get_a_short_reply_that_pings_nobody(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running_bot(
        assistant, monkeypatch, discord_mentions=True, discord_channel_ids=[OTHER_CHANNEL_ID]
    ) as h:
        [elsewhere] = await h.message(user_message(f"<@{BOT_ID}> {FIRST}", mentions_bot=True))
        [empty] = await h.message(
            user_message(f"<@{BOT_ID}>  ", channel_id=OTHER_CHANNEL_ID, mentions_bot=True)
        )

    assert elsewhere.json["content"] == f"I only answer in <#{OTHER_CHANNEL_ID}>. Ask me there!"
    assert empty.json["content"] == EMPTY_MENTION
    for call in (elsewhere, empty):
        assert call.json["allowed_mentions"] == {"parse": [], "replied_user": False}


async def test_everyone_pings_in_a_question_are_echoed_harmlessly(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running_bot(assistant, monkeypatch, discord_mentions=True) as h:
        calls = await h.message(
            user_message(f"<@{BOT_ID}> @everyone <@&42> {FIRST}", mentions_bot=True)
        )

    assert calls[0].json["name"] == f"@everyone <@&42> {FIRST}"
    [answer] = sent(calls)
    title = answer.json["embeds"][0]["title"]
    assert unescape(title) == f"@everyone <@&42> {FIRST}"  # shown as typed, pinging nobody
    assert "@everyone" not in title and "<@&" not in title
    assert answer.json["allowed_mentions"] == {"parse": []}


def restart(h: Harness) -> None:
    """What a restart does: nothing of the chats is left in the process; the threads it
    opened come back from Discord (GUILD_CREATE lists them)."""
    h.bot.ctx.conversations = Conversations()
    for thread in h.fake.open_threads:
        h.bot._connection.parse_thread_create(thread | {"newly_created": False})  # type: ignore[arg-type]


async def test_after_a_restart_a_reply_chain_is_rebuilt_from_discord(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running_bot(assistant, monkeypatch, discord_mentions=True) as h:
        h.fake.forbid_threads = True
        question = user_message(f"<@{BOT_ID}> {FIRST}", mentions_bot=True)
        [answer] = sent(await h.message(question))
        bot_message = h.fake.messages[max(h.fake.messages)]
        restart(h)
        follow_calls = await h.message(user_message(FOLLOW_UP, reply_to=bot_message))
        [follow] = sent(follow_calls)

    assert answer.json["embeds"][-1]["footer"]["text"] == "Profile: default"
    # The chain is read back: the answer came with the reply, its question is fetched.
    assert [c.path for c in follow_calls if c.method == "GET"] == [
        f"/channels/{CHANNEL_ID}/messages/{question['id']}"
    ]
    assert cited_titles(follow) == ["GraphSum: Summarizing Long Documents with Graph Attention"]


async def test_after_a_restart_a_thread_is_read_back_but_only_its_profiles_answers_count(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running_bot(assistant, monkeypatch, discord_mentions=True) as h:
        opened = await h.message(user_message(f"<@{BOT_ID}> {FIRST}", mentions_bot=True))
        thread_id = int(sent(opened)[0].path.split("/")[2])
        restart(h)
        [remembered] = sent(await h.message(user_message(FOLLOW_UP, channel_id=thread_id)))
        restart(h)
        for msg in h.fake.messages.values():  # as if another profile had answered
            for embed in msg.get("embeds", []):
                if "footer" in embed:
                    embed["footer"]["text"] = "Profile: another-lab"
        [fresh] = sent(await h.message(user_message(FOLLOW_UP, channel_id=thread_id)))

    graphsum = "GraphSum: Summarizing Long Documents with Graph Attention"
    assert cited_titles(remembered) == [graphsum]
    assert len(cited_titles(fresh)) == 2  # every paper with code: no memory of another profile


async def test_after_a_restart_a_reply_to_an_ask_answer_is_a_follow_up(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running_bot(assistant, monkeypatch, discord_mentions=True) as h:
        await h.interact(slash("ask", question=FIRST))
        answer = h.fake.messages[max(h.fake.messages)]
        restart(h)
        [follow] = sent(await h.message(user_message(FOLLOW_UP, reply_to=answer)))

    assert cited_titles(follow) == ["GraphSum: Summarizing Long Documents with Graph Attention"]


async def test_a_question_of_a_megabyte_is_answered_from_its_start_within_limits(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What no Discord client sends but a gateway could deliver (a self-bot, a bug): a 1 MB
    mention or slash option is cut, answered once, and every message stays within limits."""
    huge = FIRST + " summarization" * 75_000
    async with running_bot(assistant, monkeypatch, discord_mentions=True) as h:
        chat = await h.message(user_message(f"<@{BOT_ID}> {huge}", mentions_bot=True))
        ask = await h.interact(slash("ask", question=huge))

    for calls in (chat, ask):
        answers = [c for c in sent(calls) if c.json.get("embeds")]
        assert len(answers) == 1, [c.json for c in sent(calls)]
        assert len(answers[0].json["embeds"][0]["title"]) <= 256
        assert "GraphSum" in json.dumps(answers[0].json)
        check_all(calls)
