"""/profilebot-settings: a server's default profile, mention mode, forums and private answers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.discord.menu import MENU_NAME
from prompts.assistant import Assistant
from tests.bot.discord_harness import (
    BOT_ID,
    CHANNEL_ID,
    FORUM_ID,
    check_all,
    forum_post,
    menu,
    message_calls,
    running_bot,
    slash,
    user_message,
)

QUESTION = "What has she published on summarization?"


def shown(call: object) -> str:
    data = call.json["data"]  # type: ignore[attr-defined]
    assert data["flags"] == 64  # only the server manager sees the settings
    return data["embeds"][0]["description"] if data.get("embeds") else data["content"]


async def test_server_settings_are_shown_changed_and_kept_across_restarts(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bot = {"discord_mentions": True, "data_dir": tmp_path}
    async with running_bot(assistant, monkeypatch, **bot) as h:
        [before] = await h.interact(slash("profilebot-settings"))
        [bad] = await h.interact(slash("profilebot-settings", forums=f"<#{CHANNEL_ID}>"))
        [changed] = await h.interact(
            slash(
                "profilebot-settings",
                mentions="replies",
                forums=f"<#{FORUM_ID}>",
                private_answers=True,
            )
        )
    saved = json.loads((tmp_path / "discord_channels.json").read_text())
    [server] = saved["guilds"].values()
    assert server["forum_ids"] == [FORUM_ID] and server["mentions"] == "replies"
    async with running_bot(assistant, monkeypatch, **bot) as h:  # restarted
        asked = await h.interact(slash("ask", question=QUESTION))
        mentioned = await h.message(user_message(f"<@{BOT_ID}> {QUESTION}", mentions_bot=True))
        thread = forum_post(FORUM_ID, "Summarization")
        h.bot._connection.parse_thread_create(thread)  # type: ignore[arg-type]
        posted = await h.message(user_message(QUESTION, channel_id=int(thread["id"])))
        [off] = await h.interact(
            slash("profilebot-settings", mentions="off", private_answers=False)
        )
        ignored = await h.message(user_message(f"<@{BOT_ID}> {QUESTION}", mentions_bot=True))
        public_menu = await h.interact(menu(MENU_NAME, user_message(QUESTION)))

    assert "**Mentions:** threads (default)" in shown(before)
    assert "**Forums answered:** none" in shown(before)
    assert "is not a forum channel of this server" in shown(bad)
    assert "**Mentions:** replies" in shown(changed)
    assert f"**Forums answered:** <#{FORUM_ID}>" in shown(changed)
    assert "only the asker sees answers" in shown(changed)

    defer, answer = asked  # private answers: "thinking…" and the answer for the asker only
    assert defer.json == {"type": 5, "data": {"flags": 64}} and answer.json["flags"] == 64
    [reply] = message_calls(mentioned)  # replies, no thread
    assert not any(c.path.endswith("/threads") for c in mentioned)
    assert str(reply.json["message_reference"]["channel_id"]) == str(CHANNEL_ID)
    [in_post] = message_calls(posted)
    assert in_post.path == f"/channels/{thread['id']}/messages"
    assert "**Mentions:** off" in shown(off) and ignored == []
    assert public_menu[0].json == {"type": 5}  # the server chose public answers
    assert "flags" not in public_menu[-1].json or not public_menu[-1].json["flags"] & 64
    check_all(asked + mentioned + posted)
