"""/ask through the real command tree: defer first, then a cited embed; evidence on demand."""

from __future__ import annotations

import asyncio
import logging
import re
from typing import Any

import pytest

from bot.app import build_assistant
from bot.discord.client import redact_logs
from bot.discord.history import sign
from bot.discord.render import MARKER, answer_messages, unescape
from bot.discord.tree import GENERIC_ERROR
from prompts.assistant import Assistant
from tests.bot.discord_harness import (
    APP_ID,
    OTHER_USER,
    TOKEN,
    Blocking,
    check_all,
    message_calls,
    press,
    running_bot,
    slash,
)
from tests.conftest import SMALL_PROFILE, make_settings

QUESTION = "What has she published on summarization?"
EVIDENCE_BUTTON = {
    "type": 1,
    "components": [
        {
            "type": 2,
            "style": 2,
            "disabled": False,
            "label": "Show evidence",
            "custom_id": "profilebot:evidence",
        },
        *(
            {
                "type": 2,
                "style": 2,
                "disabled": False,
                "emoji": {"id": None, "name": emoji},
                "custom_id": f"profilebot:vote:{name}",
            }
            for emoji, name in (("👍", "up"), ("👎", "down"))
        ),
    ],
}


async def test_ask_defers_then_sends_the_cited_answer_with_sources_and_an_evidence_button(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running_bot(assistant, monkeypatch) as h:
        payload = slash("ask", question=QUESTION)
        calls = await h.interact(payload)

    defer, follow_up = calls
    assert (defer.method, defer.path) == (
        "POST",
        f"/interactions/{payload['id']}/{payload['token']}/callback",
    )
    assert defer.json == {"type": 5}
    assert (follow_up.method, follow_up.path) == ("POST", f"/webhooks/{APP_ID}/{payload['token']}")
    [[embed]] = answer_messages(sign(assistant.ask(QUESTION), "default"))
    assert follow_up.json == {
        "tts": False,
        "embeds": [embed.to_dict()],
        "components": [EVIDENCE_BUTTON],
        "allowed_mentions": {"parse": []},
    }
    shown = follow_up.json["embeds"][0]
    assert shown["title"] == QUESTION
    assert "GraphSum" in shown["description"] and "[1]" in shown["description"]
    assert shown["fields"][0]["name"] == "Sources"
    assert shown["fields"][0]["value"].startswith("**[1]** GraphSum: Summarizing Long Documents")
    assert "<https://github.com/example/graphsum>" in shown["fields"][0]["value"]
    assert shown["footer"]["text"] == "Profile: default"  # which profile answered
    check_all(calls)


async def test_show_evidence_replies_only_to_the_presser_with_the_cited_sentences(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running_bot(assistant, monkeypatch) as h:
        await h.interact(slash("ask", question=QUESTION))
        answer_message = h.fake.messages[max(h.fake.messages)]
        [reply] = await h.interact(press("profilebot:evidence", answer_message, author=OTHER_USER))

    assert reply.json["type"] == 4
    data = reply.json["data"]
    assert data["flags"] == 64  # ephemeral
    assert data["allowed_mentions"] == {"parse": []}
    evidence = data["embeds"][0]
    assert evidence["title"] == "Evidence"
    assert evidence["description"].startswith("**[1] GraphSum: Summarizing Long Documents")
    assert "> Long documents are hard to summarize." in evidence["description"]


async def test_the_defer_is_sent_before_retrieval_starts(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    slow = Blocking(assistant)
    async with running_bot(slow, monkeypatch) as h:
        slow.fake = h.fake
        payload = slash("ask", question=QUESTION)
        h.bot._connection.parse_interaction_create(payload)  # type: ignore[arg-type]
        await asyncio.to_thread(slow.entered.wait, 10)
        # The chain is now busy (blocked): Discord has its acknowledgement and nothing else.
        assert [c.json for c in slow.calls_at_entry[-1:]] == [{"type": 5}]
        assert [c.json for c in h.fake.calls if "/webhooks/" in c.path] == []
        slow.go.set()
        await h.settle()
        assert [c.path for c in message_calls(h.fake.calls)] == [
            f"/webhooks/{APP_ID}/{payload['token']}"
        ]


class Long:
    """The real answer, made very long: many paragraphs, each citing its sources."""

    def __init__(self, inner: Assistant) -> None:
        self.inner, self.profile = inner, inner.profile

    def search(self, topic: str, filters: Any, k: int) -> Any:
        return self.inner.search(topic, filters, k)

    def ask(self, question: str, conversation: Any = None, on_progress: Any = None) -> Any:
        answer = self.inner.ask(question, conversation)
        return answer.model_copy(update={"text": "\n\n".join([answer.text] * 80)})


async def test_a_long_answer_is_split_across_follow_ups_within_limits_without_losing_citations(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running_bot(Long(assistant), monkeypatch) as h:
        calls = await h.interact(slash("ask", question=QUESTION))

    assert calls[0].json == {"type": 5}
    follow_ups = calls[1:]
    assert len(follow_ups) >= 2
    check_all(calls)
    texts = "".join(e["description"] for c in follow_ups for e in c.json["embeds"])
    expected = "\n\n".join([assistant.ask(QUESTION).text] * 80)
    assert MARKER.findall(texts) == MARKER.findall(expected)
    assert [bool(c.json.get("components")) for c in follow_ups] == [False] * (
        len(follow_ups) - 1
    ) + [True]


class Broken:
    """An assistant whose chain fails with an unexpected error."""

    def __init__(self, inner: Assistant) -> None:
        self.profile = inner.profile

    def search(self, topic: str, filters: Any, k: int) -> Any:
        raise RuntimeError("index exploded")

    def ask(self, question: str, conversation: Any = None, on_progress: Any = None) -> Any:
        raise RuntimeError("index exploded")


async def test_an_unexpected_error_gives_the_user_a_short_message_and_the_log_a_traceback(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    redactor = redact_logs(TOKEN)
    try:
        async with running_bot(Broken(assistant), monkeypatch) as h:
            payload = slash("ask", question=QUESTION)
            calls = await h.interact(payload)
    finally:
        caplog.handler.removeFilter(redactor)

    defer, apology = calls
    assert defer.json == {"type": 5}
    assert apology.json["content"] == GENERIC_ERROR
    assert "exploded" not in str(apology.json)
    [record] = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert record.getMessage() == "command /ask failed"
    assert "RuntimeError: index exploded" in caplog.text
    assert "/webhooks/" in caplog.text  # discord.py logs its requests at DEBUG...
    assert TOKEN not in caplog.text and payload["token"] not in caplog.text  # ...tokens hidden


async def test_text_that_tries_to_ping_everyone_is_shown_but_pings_nobody(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "@everyone <@&1234> summarization?"
    async with running_bot(assistant, monkeypatch) as h:
        calls = await h.interact(slash("ask", question=question))

    follow_up = calls[-1].json
    title = follow_up["embeds"][0]["title"]
    assert unescape(title) == question  # shown as typed, mentions broken up: '@\u200beveryone'
    assert "@everyone" not in title and "<@&" not in title
    assert follow_up["allowed_mentions"] == {"parse": []}
    assert h.bot.allowed_mentions is not None and h.bot.allowed_mentions.to_dict() == {"parse": []}


HOSTILE = (
    "[Free Nitro](https://evil.example) PatchNet ||spoiler|| <@123456789012345678> "
    "@everyone <t:1700000000:R> `code`"
)
HOSTILE_ENTRY = f"""
CVMay 5, 2024
{HOSTILE}: Blocking Adversarial Patches

Ada Example, Gil Moss

Adversarial patches fool detectors. PatchNet blocks adversarial patches with **learned** \
masks: see [the demo](https://evil.example/x) or ask <@&42>. It blocks 90% of patches.
"""


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """The small profile plus a paper whose title and abstract carry Discord markup."""
    root = tmp_path_factory.mktemp("hostile-markup")
    path = root / "ada.txt"
    path.write_text(SMALL_PROFILE + HOSTILE_ENTRY, encoding="utf-8")
    return build_assistant(make_settings(root / "data", path))


async def test_answer_text_quoting_profile_markup_shows_it_as_written_lists_and_markers_kept(
    hostile: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A title or abstract quoted inside the answer is escaped where Discord would render it
    (masked links, mentions, spoilers, dates, code); the answer's own list and [n] stay."""
    async with running_bot(hostile, monkeypatch) as h:
        calls = await h.interact(slash("ask", question="Which papers block adversarial patches?"))

    [answer] = [c.json for c in message_calls(calls) if c.json.get("embeds")]
    text = "\n".join(e.get("description", "") for e in answer["embeds"])
    sources = "\n".join(f["value"] for e in answer["embeds"] for f in e.get("fields", []))
    assert "Free Nitro" in text and "PatchNet" in text  # the hostile paper is quoted
    for shown in (text, sources):
        assert not re.search(r"(?<!\\)\[[^\]]*\]\(", shown), shown  # no masked link
        assert "<@" not in shown and "<t:" not in shown and "@everyone" not in shown
        assert "||spoiler" not in shown and "**learned" not in shown
        assert "`code`" not in shown
    lines = [line for line in text.splitlines() if line.strip()]
    assert any(line.startswith("- ") for line in lines), text  # still a list
    assert MARKER.findall(text) and not re.search(r"\\\[\d+\]", text)  # markers untouched
    assert HOSTILE in unescape(text)  # and what Discord shows is the title as written
    assert answer["allowed_mentions"] == {"parse": []}
    check_all(calls)
