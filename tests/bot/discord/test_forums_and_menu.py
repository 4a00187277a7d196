"""Forum posts answered as they are made, and the message menu "Ask profilebot about this"."""

from __future__ import annotations

import pytest

from bot.discord.menu import MENU_NAME, NO_TEXT
from prompts.assistant import Assistant
from tests.bot.discord_harness import (
    FORUM_ID,
    OTHER_CHANNEL_ID,
    Harness,
    check_all,
    forum_post,
    menu,
    message_calls,
    running_bot,
    user_message,
)

GRAPHSUM = "GraphSum: Summarizing Long Documents with Graph Attention"


def cited_titles(data: dict) -> list[str]:
    lines = [
        ln for e in data["embeds"] for f in e.get("fields", []) for ln in f["value"].splitlines()
    ]
    return [ln.split("** ", 1)[1].split(" · ")[0] for ln in lines]


async def post(h: Harness, forum_id: int, title: str, body: str) -> tuple[int, list]:
    """A member opens a forum post: THREAD_CREATE, then the starter message (id = the post's)."""
    thread = forum_post(forum_id, title)
    h.bot._connection.parse_thread_create(thread)  # type: ignore[arg-type]
    starter = user_message(body, channel_id=int(thread["id"])) | {"id": thread["id"]}
    return int(thread["id"]), await h.message(starter)


async def test_a_new_forum_post_is_answered_from_its_title_and_body_and_continues_like_a_thread(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running_bot(
        assistant,
        monkeypatch,
        discord_mentions=True,
        discord_forum_ids=str(FORUM_ID),
        discord_channel_ids=[OTHER_CHANNEL_ID],  # listing the forum is enough
    ) as h:
        post_id, first = await post(h, FORUM_ID, "Summarization", "What has she published on it?")
        follow = await h.message(user_message("which of those have code?", channel_id=post_id))
        chatter = await h.message(user_message("", channel_id=post_id))  # an image, say

    [answer] = message_calls(first)
    assert answer.path == f"/channels/{post_id}/messages"  # the post's first reply
    assert "message_reference" not in answer.json
    assert answer.json["embeds"][0]["title"] == "Summarization What has she published on it?"
    assert cited_titles(answer.json) == [GRAPHSUM]
    [reply] = message_calls(follow)
    assert cited_titles(reply.json) == [GRAPHSUM]  # "those": the post's answer, not all with code
    assert chatter == []
    check_all(first + follow)


async def test_posts_in_other_forums_and_with_chat_off_are_left_alone(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running_bot(assistant, monkeypatch, discord_mentions=True) as h:
        _, unlisted = await post(h, FORUM_ID, "Summarization", "What has she published on it?")
    async with running_bot(
        assistant, monkeypatch, discord_mentions=False, discord_forum_ids=str(FORUM_ID)
    ) as h:
        _, no_intent = await post(h, FORUM_ID, "Summarization", "What has she published on it?")

    assert unlisted == [] and no_intent == []


async def test_the_message_menu_answers_the_selected_message_privately(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = user_message("<@123> What has she published on summarization?")
    async with running_bot(assistant, monkeypatch) as h:
        defer, answer = await h.interact(menu(MENU_NAME, target))
        [refused] = await h.interact(menu(MENU_NAME, user_message("  ")))

    assert defer.json == {"type": 5, "data": {"flags": 64}}  # "thinking…", only for the asker
    assert answer.json["flags"] == 64
    assert answer.json["embeds"][0]["title"] == "What has she published on summarization?"
    assert cited_titles(answer.json) == [GRAPHSUM]
    assert refused.json["data"]["content"] == NO_TEXT and refused.json["data"]["flags"] == 64
    check_all([answer])
