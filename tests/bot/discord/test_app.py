"""Starting and stopping: token checks, explicit command sync, intents, graceful shutdown."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest

from bot.discord.client import command_schema, invite_permissions, invite_url, run_discord
from bot.settings import Settings
from prompts.assistant import Assistant
from tests.bot.discord_harness import (
    APP_ID,
    GUILD_ID,
    TOKEN,
    FakeDiscord,
    ThreadedFake,
    running_bot,
    settings_for,
)
from tests.model_folders import flip_a_byte, model_folder

MESSAGE_CONTENT = 1 << 15


def test_without_a_token_the_bot_names_the_variable_and_the_readme_section(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = run_discord(Settings(_env_file=None, discord_token=None))  # type: ignore[call-arg]
    err = capsys.readouterr().err
    assert code == 2
    assert "DISCORD_TOKEN is not set" in err and "README section “Discord”" in err


def test_a_rejected_token_is_reported_without_a_traceback(
    assistant: Assistant, capsys: pytest.CaptureFixture[str]
) -> None:
    with ThreadedFake() as fake:
        fake.reject_token = True
        code = run_discord(settings_for(), factory=lambda _: assistant, connector=fake.connector)
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("Discord rejected DISCORD_TOKEN") and "Traceback" not in err
    assert TOKEN not in err


def serve_until_ready_then_signal(
    fake: FakeDiscord, sig: signal.Signals, assistant: Assistant, **overrides: object
) -> int:
    """run_discord against the fake; once READY is sent, the 'user' sends a signal."""

    def send_signal() -> None:
        # Only if run_discord installed its handler: the default would end the test run.
        if signal.getsignal(sig) in (signal.SIG_DFL, signal.default_int_handler):
            fake.frames.append({"error": "no signal handler installed"})
            return
        os.kill(os.getpid(), sig)

    fake.on_ready = send_signal
    settings = settings_for(**overrides)
    return run_discord(settings, factory=lambda _: assistant, connector=fake.connector)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_closes_the_gateway_cleanly_and_exits_zero(
    assistant: Assistant, sig: signal.Signals
) -> None:
    with ThreadedFake() as fake:
        code = serve_until_ready_then_signal(fake, sig, assistant)

    assert code == 0
    identify = next(f for f in fake.frames if f.get("op") == 2)
    assert identify["d"]["token"] == TOKEN
    assert not identify["d"]["intents"] & MESSAGE_CONTENT  # mentions off: no privileged intent
    # The bot closed the socket with a close frame rather than dropping it (1006). discord.py
    # with aiohttp sends 4000 when closing while a receive is pending; Discord accepts it.
    assert fake.close_code in (1000, 4000)
    assert {"error": "no signal handler installed"} not in fake.frames
    assert signal.getsignal(sig) in (signal.SIG_DFL, signal.default_int_handler)  # restored
    assert [c.path for c in fake.calls if c.method == "PUT"] == []  # no sync on a plain start


def test_mentions_ask_for_message_content_and_a_missing_intent_is_explained(
    assistant: Assistant, capsys: pytest.CaptureFixture[str]
) -> None:
    with ThreadedFake() as fake:
        code = serve_until_ready_then_signal(fake, signal.SIGTERM, assistant, discord_mentions=True)
    assert code == 0
    identify = next(f for f in fake.frames if f.get("op") == 2)
    assert identify["d"]["intents"] & MESSAGE_CONTENT

    with ThreadedFake() as fake:
        fake.privileged_intents = False
        code = serve_until_ready_then_signal(fake, signal.SIGTERM, assistant, discord_mentions=True)
    err = capsys.readouterr().err
    assert code == 1
    assert "Message Content intent is off" in err and "PROFILEBOT_DISCORD_MENTIONS=false" in err


async def test_commands_are_synced_only_when_asked_globally_or_to_the_dev_guild(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running_bot(assistant, monkeypatch) as h:
        plain = [c for c in h.calls if c.method == "PUT"]
    async with running_bot(assistant, monkeypatch, sync=True) as h:
        synced = [c for c in h.calls if c.method == "PUT"]
        schema = command_schema(h.bot.ctx.settings)
    async with running_bot(assistant, monkeypatch, discord_dev_guild_id=GUILD_ID) as h:
        dev = [c for c in h.calls if c.method == "PUT"]

    assert plain == []
    [everywhere] = synced
    assert everywhere.path == f"/applications/{APP_ID}/commands"
    assert everywhere.json == schema
    [guild] = dev
    assert guild.path == f"/applications/{APP_ID}/guilds/{GUILD_ID}/commands"
    assert [c["name"] for c in guild.json] == [c["name"] for c in schema]


def test_print_schema_prints_the_commands_offline_without_a_token(
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings = Settings(_env_file=None, discord_token=None)  # type: ignore[call-arg]
    assert run_discord(settings, print_schema=True) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == command_schema(settings)
    assert [c["name"] for c in printed] == [
        "ask",
        "papers",
        "paper",
        "stats",
        "coauthors",
        "timeline",
        "profile-default",
        "profilebot-settings",
        "help",
        "Ask profilebot about this",  # the message menu (Apps > Ask profilebot about this)
    ]


def test_channel_ids_are_read_from_a_comma_separated_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PROFILEBOT_DISCORD_CHANNEL_IDS", "123, 456,")
    monkeypatch.setenv("PROFILEBOT_DISCORD_ALLOW_DMS", "true")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.discord_channel_ids == [123, 456]
    assert settings.discord_allow_dms is True


def test_the_readme_invite_link_grants_exactly_what_the_bot_needs() -> None:
    docs = (Path(__file__).parents[3] / "README.md").read_text(encoding="utf-8")
    full = invite_url(APP_ID, mentions=True).replace(str(APP_ID), "APPLICATION_ID")
    assert full in docs
    assert f"permissions={invite_permissions(mentions=False).value}`" in docs
    needed = invite_permissions(mentions=True)
    assert needed.create_public_threads and needed.send_messages_in_threads
    assert not needed.administrator and not needed.mention_everyone and not needed.manage_messages


def test_a_changed_model_file_stops_the_bot_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = model_folder(tmp_path / "model")
    flip_a_byte(folder / "model.onnx")
    settings = settings_for(data_dir=tmp_path / "data", embedding_model_dir=folder)
    with ThreadedFake() as fake:
        code = run_discord(settings, connector=fake.connector)
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert err.startswith(f"error: {folder / 'model.onnx'} (sha256 ")
