"""Feedback: 👍/👎 beside 'Show evidence', a 'what was wrong?' modal, and the report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from bot.discord.votes import THANKS, UNKNOWN
from bot.main import app
from prompts.assistant import Assistant
from tests.bot.discord_harness import (
    OTHER_USER,
    OTHER_USER_ID,
    USER,
    USER_ID,
    Call,
    Harness,
    interaction,
    press,
    running_bot,
    slash,
)

QUESTION = "What has she published on summarization?"
UNANSWERABLE = "Which papers are about protein folding?"
UP, DOWN = "profilebot:vote:up", "profilebot:vote:down"


def buttons(message: dict[str, Any]) -> list[str]:
    return [c["custom_id"] for row in message["components"] for c in row["components"]]


def submit(
    modal: Call, message: dict[str, Any], text: str, author: dict[str, Any]
) -> dict[str, Any]:
    """What Discord sends when the person fills in the modal the bot opened."""
    data = modal.json["data"]
    fields = [
        {"type": 1, "components": [{"type": 4, "custom_id": c["custom_id"], "value": text}]}
        for row in data["components"]
        for c in row["components"]
    ]
    return interaction(
        5, {"custom_id": data["custom_id"], "components": fields}, message=message, author=author
    )


async def ask(h: Harness, question: str) -> dict[str, Any]:
    await h.interact(slash("ask", question=question))
    return h.fake.messages[max(h.fake.messages)]


async def test_votes_are_one_per_person_changeable_with_a_reason_on_thumbs_down(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    async with running_bot(assistant, monkeypatch, data_dir=tmp_path) as h:
        answer = await ask(h, QUESTION)
        [liked] = await h.interact(press(UP, answer))
        [modal] = await h.interact(press(DOWN, answer))  # the same person changes their mind
        [noted] = await h.interact(submit(modal, answer, "It missed RainNet", USER))
        [other] = await h.interact(press(UP, answer, author=OTHER_USER))
        gap = await ask(h, UNANSWERABLE)

    assert buttons(answer) == ["profilebot:evidence", UP, DOWN]
    assert buttons(gap) == [UP, DOWN]  # nothing to show as evidence, but it can be rated
    assert liked.json["data"]["content"] == THANKS.format(emoji="👍")
    assert liked.json["data"]["flags"] == 64 and other.json["data"]["flags"] == 64
    assert modal.json["type"] == 9 and modal.json["data"]["title"] == "What was wrong?"
    assert (noted.json["data"]["content"], noted.json["data"]["flags"]) == ("Thanks: noted.", 64)
    raw = (tmp_path / "feedback.sqlite3").read_bytes()
    assert str(USER_ID).encode() not in raw and str(OTHER_USER_ID).encode() not in raw

    result = CliRunner().invoke(
        app, ["feedback", "--json"], env={"PROFILEBOT_DATA_DIR": str(tmp_path)}
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert (report["answers"], report["up"], report["down"]) == (2, 1, 1)  # one vote each
    assert report["abstained"] == 1 and report["abstention_rate"] == 0.5
    assert report["worst"] == [
        {
            "question": QUESTION,
            "profile": "default",
            "up": 1,
            "down": 1,
            "comments": ["It missed RainNet"],
        }
    ]
    assert report["gaps"] == [{"question": UNANSWERABLE, "profile": "default", "asked": 1}]
    assert {t["name"]: t["answers"] for t in report["by_command"]} == {"ask": 2}

    table = CliRunner().invoke(app, ["feedback"], env={"PROFILEBOT_DATA_DIR": str(tmp_path)})
    assert "Worst rated questions" in table.stdout and "It missed RainNet" in table.stdout
    assert UNANSWERABLE in table.stdout


async def test_votes_still_count_after_a_restart_and_unknown_answers_say_so(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    async with running_bot(assistant, monkeypatch, data_dir=tmp_path) as h:
        answer = await ask(h, QUESTION)
    async with running_bot(assistant, monkeypatch, data_dir=tmp_path) as h:  # a new process
        [modal] = await h.interact(press(DOWN, answer, author=OTHER_USER))
        stranger = dict(answer, id="42")  # a message the store never saw
        [unknown] = await h.interact(press(UP, stranger))

    assert modal.json["type"] == 9
    assert unknown.json["data"]["content"] == UNKNOWN
    result = CliRunner().invoke(
        app, ["feedback", "--json"], env={"PROFILEBOT_DATA_DIR": str(tmp_path)}
    )
    assert json.loads(result.stdout)["down"] == 1


def test_the_report_says_how_to_get_feedback_when_there_is_none(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["feedback"], env={"PROFILEBOT_DATA_DIR": str(tmp_path)})
    assert result.exit_code == 0
    assert "No feedback yet" in result.stderr and "profilebot discord" in result.stderr


async def test_when_show_evidence_expires_the_votes_stay(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running_bot(assistant, monkeypatch) as h:
        answer = await ask(h, QUESTION)
        view = h.bot._connection._view_store._synced_message_views[int(answer["id"])]
        start = h.mark()
        await view.on_timeout()  # what discord.py calls after 10 minutes
        [tidy] = h.fake.since(start)
        [modal] = await h.interact(press(DOWN, answer))  # still answered

    assert tidy.method == "PATCH"
    assert [b["custom_id"] for row in tidy.json["components"] for b in row["components"]] == [
        UP,
        DOWN,
    ]
    assert modal.json["type"] == 9
