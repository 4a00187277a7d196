"""The whole bot keeps a profile fresh: the real `profilebot discord` process, with
PROFILEBOT_SYNC_HOURS set, re-fetches its sources (local OpenAlex and arXiv stand-ins), finds a
new paper, posts it to the announce channel of the local Discord, and answers about it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from bot.main import app
from tests.fake_discord import BotProcess, LocalDiscord, clean_env
from tests.source_apis import SourceApis, SourceServer, ada_apis, openalex_work, serve_three_sources

ANNOUNCE = 930000000000000001
NEW = "TideNet: Forecasting Coastal Floods from Tide Gauges"
ABSTRACT = "TideNet forecasts coastal floods six hours ahead from tide gauges. It beats baselines."


@pytest.fixture
def apis() -> SourceApis:
    return serve_three_sources(ada_apis())


@pytest.fixture
def server(apis: SourceApis) -> Iterator[SourceServer]:
    with SourceServer(apis) as running:
        yield running


@pytest.fixture
async def discord() -> AsyncIterator[LocalDiscord]:
    fake = LocalDiscord(heartbeat_ms=500)
    await fake.start()
    yield fake
    await fake.stop()


def announcements(discord: LocalDiscord) -> list[dict[str, Any]]:
    return [
        embed
        for call in discord.calls
        if call.method == "POST" and call.path == f"/channels/{ANNOUNCE}/messages"
        for embed in (call.json or {}).get("embeds", [])
    ]


async def test_a_scheduled_sync_announces_a_new_paper_and_the_bot_answers_about_it(
    discord: LocalDiscord, server: SourceServer, apis: SourceApis, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    env = clean_env() | server.settings_env() | {"PROFILEBOT_DATA_DIR": str(data)}
    ingested = CliRunner().invoke(
        app, ["ingest", "--openalex", "A5023888391", "--arxiv", "Ada Example"], env=env
    )
    assert ingested.exit_code == 0, ingested.output
    urls = {k.removeprefix("PROFILEBOT_").lower(): v for k, v in server.settings_env().items()}
    bot = BotProcess(
        discord,
        data,
        tmp_path / "bot.log",
        sync_hours=0.0003,  # about a second
        discord_announce_channel_id=ANNOUNCE,
        **urls,
    )
    await bot.start()
    try:
        apis.openalex_works.append(
            openalex_work(5, NEW, ["Ada Example", "Bo Li"], "2026-09-01", ABSTRACT, doi="10.9/t")
        )
        await discord.until(lambda: bool(announcements(discord)), timeout=90)
        event = await discord.ask("Which paper forecasts coastal floods from tide gauges?")
        (outcome,) = await discord.answered([event])
        code = await bot.stop()
    finally:
        await bot.stop()
    assert code == 0
    (posted,) = announcements(discord)  # once, though the schedule ran on
    assert posted["title"] == NEW and posted["url"] == "https://doi.org/10.9/t"
    assert posted["description"] == (
        "TideNet forecasts coastal floods six hours ahead from tide gauges. [1]"
    )
    assert posted["footer"]["text"].startswith(f"[1] {NEW}; new in default, from openalex")
    assert {"name": "Date", "value": "2026-09-01", "inline": True} in posted["fields"]
    answer = outcome.calls[-1].json["embeds"]
    assert NEW in str(answer)  # the loaded profile was reloaded after the sync
    log = bot.log()
    assert "Traceback" not in log and "scheduled sync of default: 1 added" in log
