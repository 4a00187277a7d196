"""Sharding (issue 12): the real `profilebot discord` process against a local Discord that
requires shards, as Discord does from 2,500 servers. Unsharded, the bot stops with one line
saying which setting to use; with PROFILEBOT_DISCORD_SHARD_COUNT it opens one gateway
session per shard and answers on the shard that carries the server; several processes split
the shards between them with PROFILEBOT_DISCORD_SHARD_IDS.
"""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.bot.discord_harness import GUILD_ID
from tests.fake_discord import BOT_TOKEN, BotProcess, LocalDiscord, ingest
from tests.test_whole_bot import MENTION, QUESTIONS, check_answer, check_log
from tests.test_whole_bot_health import free_port, health_when

HOME_SHARD = (GUILD_ID >> 22) % 2  # the shard of 2 that Discord sends the test server's events


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data directory with the bundled profile indexed by `profilebot ingest`."""
    path = tmp_path_factory.mktemp("sharded-bot") / "data"
    path.mkdir()
    ingest(path)
    return path


@pytest.fixture
async def discord() -> AsyncIterator[LocalDiscord]:
    """A Discord that recommends 2 shards and refuses a session with fewer."""
    fake = LocalDiscord(heartbeat_ms=500)
    fake.recommended_shards = fake.shards_required = 2
    await fake.start()
    yield fake
    await fake.stop()


async def test_a_bot_told_to_shard_says_which_setting_then_answers_on_its_shards(
    discord: LocalDiscord, data_dir: Path, tmp_path: Path
) -> None:
    unsharded = BotProcess(discord, data_dir, tmp_path / "unsharded.log")
    with pytest.raises(RuntimeError, match="did not connect"):
        await unsharded.start()
    assert await unsharded.exited() == 1
    log = unsharded.log()
    assert "set PROFILEBOT_DISCORD_SHARD_COUNT=auto" in log and "Traceback" not in log
    assert BOT_TOKEN not in log

    port = free_port()
    bot = BotProcess(
        discord, data_dir, tmp_path / "bot.log", discord_shard_count="auto", health_port=port
    )
    await bot.start()
    try:
        status, report = await health_when(port, lambda r: r["gateway_connected"])
        assert status == 200 and report["gateway_connected"]  # every shard is up
        asked = [await discord.ask(QUESTIONS[0]), await discord.mention(MENTION)]
        for event, outcome in zip(asked, await discord.answered(asked), strict=True):
            check_answer(outcome, event.kind)
        code = await bot.stop()
    finally:
        await bot.stop()
    assert code == 0
    assert sorted(discord.shards) == [(0, 2), (1, 2)]  # Discord's recommendation, one process
    log = check_log(bot)
    assert "in 1 server(s), shards 0-1 of 2" in log
    assert "command=ask " in log and "command=chat " in log


async def test_processes_split_the_shards_and_only_the_servers_shard_answers(
    discord: LocalDiscord, data_dir: Path, tmp_path: Path
) -> None:
    other_dir = tmp_path / "other" / "data"  # a second host with its own copy of the index
    shutil.copytree(data_dir, other_dir)
    home = BotProcess(
        discord,
        data_dir,
        tmp_path / "home.log",
        discord_shard_count=2,
        discord_shard_ids=HOME_SHARD,
        health_port=free_port(),
    )
    other = BotProcess(
        discord,
        other_dir,
        tmp_path / "other.log",
        discord_shard_count=2,
        discord_shard_ids=1 - HOME_SHARD,
        health_port=free_port(),
    )
    await home.start()
    try:
        await other.start()  # returns at once: the fake is live since home's IDENTIFY
        await discord.until(lambda: len(discord.shards) == 2)
        for bot in (home, other):
            port = int(bot.env["PROFILEBOT_HEALTH_PORT"])
            status, _ = await health_when(port, lambda r: r["gateway_connected"])
            assert status == 200
        asked = [await discord.ask(QUESTIONS[1]), await discord.mention(MENTION)]
        for event, outcome in zip(asked, await discord.answered(asked), strict=True):
            check_answer(outcome, event.kind)
        codes = [await home.stop(), await other.stop()]
    finally:
        await home.stop()
        await other.stop()
    assert codes == [0, 0]
    assert sorted(discord.shards) == [(0, 2), (1, 2)]  # one IDENTIFY each, with its own shard
    home_log, other_log = check_log(home), check_log(other)
    assert f"shards {HOME_SHARD} of 2" in home_log and "in 1 server(s)" in home_log
    assert f"shards {1 - HOME_SHARD} of 2" in other_log and "in 0 server(s)" in other_log
    assert "command=ask " in home_log and "command=chat " in home_log
    assert "command=" not in other_log  # the server's events never reach the other shard
