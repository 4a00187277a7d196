"""GET /health for containers and service managers (PROFILEBOT_HEALTH_PORT): whether the
gateway is connected and the index loaded (HTTP 200, else 503), whether the LLM answers
(asked at most once a minute), and how many questions were answered or failed."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web

from bot.settings import Settings

OPENAI_URL = "https://api.openai.com/v1"
LLM_CHECK_TTL_S = 60.0  # a probe every few seconds must not become load on the LLM server
LLM_CHECK_TIMEOUT_S = 5.0


class HealthError(RuntimeError):
    """The health endpoint cannot listen where the settings say."""


@dataclass
class Health:
    """What the endpoint reports; the client and the handlers keep it current."""

    gateway_connected: bool = False
    connected_once: bool = False  # before the first READY the bot is starting, not down
    index_loaded: bool = False
    profile: str = ""
    papers: int = 0
    answered: int = 0
    failed: int = 0
    started: float = field(default_factory=time.monotonic)


class LLMCheck:
    """Whether the LLM server answers GET /models, remembered for LLM_CHECK_TTL_S."""

    def __init__(self, settings: Settings, ttl: float = LLM_CHECK_TTL_S) -> None:
        self.url = (settings.llm_base_url or OPENAI_URL).rstrip("/") + "/models"
        key = settings.openai_api_key
        self.headers = {"Authorization": f"Bearer {key.get_secret_value()}"} if key else {}
        self.timeout = min(settings.llm_timeout, LLM_CHECK_TIMEOUT_S)
        self.ttl = ttl
        self._lock = asyncio.Lock()
        self._checked = -float("inf")
        self._result: dict[str, Any] = {}

    async def result(self) -> dict[str, Any]:
        """{"reachable": bool, "detail": str, "checked_s_ago": float}; one probe at a time."""
        async with self._lock:
            if time.monotonic() - self._checked >= self.ttl:
                self._result = await self._probe()
                self._checked = time.monotonic()
        return self._result | {"checked_s_ago": round(time.monotonic() - self._checked, 1)}

    async def _probe(self) -> dict[str, Any]:
        timeout = aiohttp.ClientTimeout(total=self.timeout)
        try:
            async with (
                aiohttp.ClientSession(timeout=timeout) as session,
                session.get(self.url, headers=self.headers) as response,
            ):
                ok = response.status == 200
                return {"reachable": ok, "detail": f"HTTP {response.status}"}
        except (aiohttp.ClientError, TimeoutError, OSError) as failed:
            return {"reachable": False, "detail": type(failed).__name__}


class HealthServer:
    """The endpoint on 127.0.0.1 (or PROFILEBOT_HEALTH_HOST); aiohttp, which discord.py uses."""

    def __init__(self, health: Health, settings: Settings) -> None:
        self.health, self.settings = health, settings
        self.llm = LLMCheck(settings) if settings.llm_enabled else None
        app = web.Application()
        app.router.add_get("/health", self.handle)
        self.runner = web.AppRunner(app, access_log=None)

    async def start(self) -> None:
        host, port = self.settings.health_host, self.settings.health_port
        await self.runner.setup()
        try:
            await web.TCPSite(self.runner, host, port).start()
        except OSError as err:
            await self.runner.cleanup()
            raise HealthError(
                f"cannot serve the health endpoint on {host}:{port} ({err.strerror or err}): "
                "set PROFILEBOT_HEALTH_PORT to a free port, or unset it"
            ) from err

    async def stop(self) -> None:
        await self.runner.cleanup()

    async def handle(self, _request: web.Request) -> web.Response:
        report = await self.report()
        return web.json_response(report, status=200 if report["status"] == "ok" else 503)

    async def report(self) -> dict[str, Any]:
        h = self.health
        if not (h.index_loaded and h.connected_once):
            status = "starting"
        else:
            status = "ok" if h.gateway_connected else "disconnected"
        llm: dict[str, Any] = {"configured": self.llm is not None}
        if self.llm is not None:
            llm |= await self.llm.result()
        return {
            "status": status,
            "gateway_connected": h.gateway_connected,
            "index_loaded": h.index_loaded,
            "profile": h.profile,
            "papers": h.papers,
            "llm": llm,
            "questions": {"answered": h.answered, "failed": h.failed},
            "uptime_s": round(time.monotonic() - h.started),
        }
