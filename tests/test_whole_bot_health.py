"""What an operator of the real `profilebot discord` process sees (issue 13): its log at INFO
by default (text or JSON lines, no question text unless asked, no token), and GET /health
over real HTTP on 127.0.0.1 (gateway, index, LLM reachability, question counters)."""

from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.settings import BUNDLED_PROFILE
from retrieval.ingest.load import load_profile
from tests.fake_discord import (
    APP_ID,
    BOT_TOKEN,
    LAUNCHER,
    BotProcess,
    LocalDiscord,
    clean_env,
    ingest,
)
from tests.openai_server import OpenAIServer, Reply, extractive

QUESTION = "Which papers are about knowledge distillation?"
LOST = "What has he published on few-shot text classification?"
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("health") / "data"
    path.mkdir()
    ingest(path)
    return path


@pytest.fixture
async def discord() -> AsyncIterator[LocalDiscord]:
    fake = LocalDiscord(heartbeat_ms=500)
    await fake.start()
    yield fake
    await fake.stop()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def get_health(port: int) -> tuple[int, dict[str, Any]]:
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"http://127.0.0.1:{port}/health") as response,
    ):
        return response.status, await response.json()


async def health_when(
    port: int, holds: Callable[[dict[str, Any]], bool], timeout: float = 60.0
) -> tuple[int, dict[str, Any]]:
    """The first report for which holds() is true (the bot updates it as events arrive)."""
    deadline = time.monotonic() + timeout
    while True:
        status, report = await get_health(port)
        if holds(report) or time.monotonic() > deadline:
            return status, report
        await asyncio.sleep(0.1)


def json_log(bot: BotProcess) -> list[dict[str, Any]]:
    """Every line of the log as JSON (a line that is not JSON fails the test)."""
    return [json.loads(line) for line in bot.log().splitlines() if line.strip()]


async def test_json_logs_at_info_by_default_and_health_reports_the_bot_over_http(
    discord: LocalDiscord, data_dir: Path, tmp_path: Path
) -> None:
    port = free_port()
    reply = lambda request: Reply(text=extractive(request))  # noqa: E731
    with OpenAIServer(reply) as llm:
        bot = BotProcess(
            discord,
            data_dir,
            tmp_path / "bot.log",
            verbose=False,  # INFO is the default of `profilebot discord`, no -v needed
            health_port=port,
            log_format="json",
            llm_base_url=llm.base_url,
        )
        await bot.start()
        try:
            status, report = await health_when(port, lambda r: r["gateway_connected"])
            assert status == 200 and report["status"] == "ok"
            assert report["index_loaded"] and report["profile"] == "default"
            assert report["papers"] == len(load_profile(BUNDLED_PROFILE).papers)
            assert report["llm"]["configured"] and report["llm"]["reachable"]
            assert report["questions"] == {"answered": 0, "failed": 0}

            await discord.answered([await discord.ask(QUESTION)])
            await discord.ask_expiring(LOST)  # the answer cannot be delivered
            status, report = await health_when(
                port, lambda r: r["questions"] == {"answered": 1, "failed": 1}
            )
            assert report["questions"] == {"answered": 1, "failed": 1}
            assert llm.model_lists == 1  # the LLM check is cached, not one probe per GET
            code = await bot.stop()
        finally:
            await bot.stop()
    assert code == 0

    records = json_log(bot)
    assert {"time", "level", "logger", "message"} <= set(records[0])
    assert "DEBUG" not in {r["level"] for r in records}
    messages = "\n".join(r["message"] for r in records)
    assert "starting profilebot on Discord: profile default" in messages
    assert "index loaded: profile default, " in messages
    assert "gateway connected as " in messages
    assert f"invite link: https://discord.com/oauth2/authorize?client_id={APP_ID}" in messages
    assert f"health endpoint: http://127.0.0.1:{port}/health" in messages
    asked = [r for r in records if r["message"].startswith("question interface=discord")]
    assert len(asked) == 2 and "command=ask route=" in asked[0]["message"]
    assert "citations=" in asked[0]["message"] and "latency_ms=" in asked[0]["message"]
    assert QUESTION not in bot.log() and LOST not in bot.log()  # not without LOG_QUESTIONS
    assert BOT_TOKEN not in bot.log() and "itoken-" not in bot.log()


async def test_question_text_is_logged_when_asked_and_an_unreachable_llm_is_reported(
    discord: LocalDiscord, data_dir: Path, tmp_path: Path
) -> None:
    port, closed = free_port(), free_port()
    bot = BotProcess(
        discord,
        data_dir,
        tmp_path / "bot.log",
        verbose=False,
        health_port=port,
        log_questions="true",
        llm_base_url=f"http://127.0.0.1:{closed}/v1",  # nothing listens there
        llm_max_retries=0,
    )
    await bot.start()
    try:
        status, report = await health_when(port, lambda r: r["gateway_connected"])
        # Answers still come (offline, with a notice): the bot is healthy, the LLM is not.
        assert status == 200 and report["status"] == "ok"
        assert report["llm"]["reachable"] is False
        assert report["llm"]["detail"] == "ClientConnectorError"
        await discord.answered([await discord.ask(QUESTION)])
        code = await bot.stop()
    finally:
        await bot.stop()
    assert code == 0
    log = bot.log()
    assert "command=ask route=retrieval citations=" in log
    assert f'text="{QUESTION}"' in log
    assert " INFO bot.discord.client: index loaded: profile default, " in log  # text format
    assert "Traceback" not in log and BOT_TOKEN not in log


def test_a_busy_health_port_is_one_line_naming_the_setting(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = clean_env() | {
            "PYTHONPATH": str(REPO),
            "DISCORD_TOKEN": BOT_TOKEN,
            "PROFILEBOT_DATA_DIR": str(tmp_path / "data"),
            "PROFILEBOT_HEALTH_PORT": str(port),
        }
        # Discord is never reached: the endpoint is opened first.
        args = [sys.executable, "-m", LAUNCHER, "http://127.0.0.1:9/api/v10", "ws://127.0.0.1:9"]
        done = subprocess.run(
            [*args, "discord"], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120
        )
    assert done.returncode == 1
    assert f"cannot serve the health endpoint on 127.0.0.1:{port}" in done.stderr
    assert "set PROFILEBOT_HEALTH_PORT to a free port" in done.stderr
    assert "Traceback" not in done.stderr
