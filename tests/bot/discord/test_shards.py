"""Shard settings (issue 12): PROFILEBOT_DISCORD_SHARD_COUNT and _SHARD_IDS make the bot an
AutoShardedClient running the shards given; a bad value is one line naming the setting; the
default stays one plain connection. The real gateway sessions: tests/test_whole_bot_shards.py.
"""

from __future__ import annotations

from typing import Any

import discord
import pytest
from typer.testing import CliRunner

from bot.discord.client import ProfileBot, ShardedProfileBot, make_bot
from bot.discord.context import BotContext
from bot.main import app
from tests.bot.discord_harness import settings_for

runner = CliRunner()


def bot_for(**settings: Any) -> ProfileBot:
    """The bot `profilebot discord` would run with these settings (not connected)."""
    return make_bot(BotContext.from_settings(settings_for(**settings)), factory=lambda _: None)


@pytest.mark.parametrize(
    ("values", "named", "says"),
    [
        ({"COUNT": "two"}, "SHARD_COUNT", "a number of shards or 'auto'"),
        ({"COUNT": "0"}, "SHARD_COUNT", "expected 1 to 65,536 shards"),
        ({"COUNT": "4", "IDS": "3-1"}, "SHARD_IDS", "'3-1' is not a range of shard ids"),
        ({"COUNT": "4", "IDS": "0-999999999"}, "SHARD_IDS", "is not a range of shard ids"),
        ({"IDS": "0"}, "SHARD_IDS", "needs PROFILEBOT_DISCORD_SHARD_COUNT"),
        ({"COUNT": "auto", "IDS": "0-1"}, "SHARD_IDS", "a number, not 'auto'"),
        ({"COUNT": "4", "IDS": "2-4"}, "SHARD_IDS", "shard 4 is outside 0-3"),
        ({"COUNT": "4", "IDS": "1,1"}, "SHARD_IDS", "listed twice"),
        ({"COUNT": "4", "IDS": "0;1"}, "SHARD_IDS", "like '0-3,8', not '0;1'"),
    ],
)
def test_a_bad_shard_setting_is_one_line_naming_it(
    values: dict[str, str], named: str, says: str, env: dict[str, str | None]
) -> None:
    env = env | {"DISCORD_TOKEN": "x.y.z"}
    env |= {f"PROFILEBOT_DISCORD_SHARD_{k}": v for k, v in values.items()}
    result = runner.invoke(app, ["discord"], env=env)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    line = result.stderr.strip()
    assert len(line.splitlines()) == 1
    assert f"PROFILEBOT_DISCORD_{named}: " in line and says in line, line


def test_unsharded_by_default_one_plain_connection() -> None:
    bot = bot_for()
    assert type(bot) is ProfileBot and not isinstance(bot, discord.AutoShardedClient)
    assert bot.shard_count is None and bot.shard_note == ""


def test_the_settings_reach_discord_py() -> None:
    auto = bot_for(discord_shard_count="auto")
    assert isinstance(auto, ShardedProfileBot) and isinstance(auto, discord.AutoShardedClient)
    assert auto.shard_count is None and auto.shard_ids is None  # Discord's recommendation
    some = bot_for(discord_shard_count=" 16 ", discord_shard_ids="4-7, 12")
    assert some.shard_count == 16 and some.shard_ids == [4, 5, 6, 7, 12]
    every = bot_for(discord_shard_count="3", discord_shard_ids="")
    assert every.shard_count == 3 and every.shard_ids is None  # all three in this process


@pytest.mark.parametrize(
    ("shards", "syncs"),
    [
        ({}, True),
        ({"discord_shard_count": 4}, True),
        ({"discord_shard_ids": "0-1"}, True),
        ({"discord_shard_ids": "2-3"}, False),
    ],
)
def test_scheduled_syncs_run_in_one_process_only(shards: dict[str, Any], syncs: bool) -> None:
    """Processes splitting the shards would each sync and announce the same papers: the one
    with shard 0 (or the only one) does it."""
    if "discord_shard_ids" in shards:
        shards = {"discord_shard_count": 4} | shards
    bot = bot_for(sync_hours=6, **shards)
    assert (bot.scheduled is not None) is syncs


async def test_health_says_connected_only_while_every_shard_is() -> None:
    bot = bot_for(discord_shard_count=2)
    assert isinstance(bot, ShardedProfileBot)
    health = bot.ctx.health
    await bot.on_shard_connect(0)
    await bot.on_shard_connect(1)
    await bot.on_ready()
    assert health.gateway_connected
    await bot.on_shard_disconnect(0)
    await bot.on_disconnect()  # discord.py sends this one too; it names no shard
    await bot.on_shard_disconnect(1)
    await bot.on_shard_resumed(1)
    await bot.on_resumed()
    assert not health.gateway_connected  # shard 0 is still away
    await bot.on_shard_resumed(0)
    assert health.gateway_connected
