"""A local Discord for whole-bot tests and benches: the real `profilebot discord` process
connects to it on 127.0.0.1 as it would to Discord.

`LocalDiscord` is the recording REST fake of tests/bot/discord_harness.py plus a gateway that
speaks enough of the protocol for discord.py's `Client.start()`: HELLO, IDENTIFY -> READY and
GUILD_CREATE, heartbeats and their ACKs, RESUME -> replay of missed events and RESUMED, and
shards: each IDENTIFY's [shard id, count] is kept, the guild and its events go to the shard
Discord would pick ((guild id >> 22) % count), and a session with fewer shards than
`shards_required` is closed with 4011 as Discord does for large bots. Tests
dispatch INTERACTION_CREATE and MESSAGE_CREATE events, close or drop the socket, and read what
the bot did from the timestamped REST calls (`outcome`). `BotProcess` runs the bot itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiohttp import WSMsgType, web

from bot.discord.progress import MARKS
from tests.bot.discord_harness import (
    APP_ID,
    BOT_ID,
    BOT_USER,
    GUILD_ID,
    USER,
    Call,
    FakeDiscord,
    guild_payload,
    slash,
    user,
    user_message,
)

BOT_TOKEN = "fake.whole-bot-token.7f3a9c"  # distinctive, so a leak into the logs is findable
PROFILEBOT = Path(sys.executable).with_name("profilebot")
REPO = Path(__file__).resolve().parents[1]
LAUNCHER = "tests.discord_launcher"  # `profilebot` with discord.py pointed at a LocalDiscord
INHERITED_SECRETS = ("DISCORD_TOKEN", "OPENAI_API_KEY")
HEARTBEAT_MS = 41250
# Discord's ACK takes a network round trip; an instant one races discord.py's heartbeat
# thread, which records the send time after the send, and it warns "Can't keep up".
ACK_DELAY_S = 0.05
RATE_LIMITED = "asking faster than I can keep up"
BUSY = ("answering a lot of questions right now", "I'm restarting; please ask again")


def people(n: int) -> list[dict[str, Any]]:
    """n distinct guild members, for spreading requests over users."""
    return [user(800000000000000000 + i, f"user{i}") for i in range(n)]


@dataclass
class Event:
    """One gateway event the fake delivered: what it was and when the bot got it."""

    kind: str  # 'ask' (INTERACTION_CREATE for /ask) or 'mention' (MESSAGE_CREATE)
    name: str  # the gateway event name
    seq: int
    payload: dict[str, Any]
    delivered: float | None = None  # time.monotonic() when sent on a live socket

    @property
    def id(self) -> int:
        return int(self.payload["id"])


@dataclass
class Fault:
    """Requests the fake fails on purpose: the next `times` that match method and path."""

    method: str
    path: re.Pattern[str]
    status: int
    times: int


@dataclass
class Outcome:
    """What the bot did about one event, from the REST calls it made."""

    status: str  # 'answered', 'rate-limited', 'busy', 'refused', 'error' or 'pending'
    ack_s: float | None  # delivery -> first response (defer, refusal or opening a thread)
    answer_s: float | None  # delivery -> the answer (or refusal) message
    calls: list[Call]


class LocalDiscord(FakeDiscord):
    """FakeDiscord with a resumable gateway session and events on demand."""

    def __init__(self, heartbeat_ms: int = HEARTBEAT_MS, token: str = BOT_TOKEN) -> None:
        super().__init__()
        self.heartbeat_ms, self.token = heartbeat_ms, token
        self.session_id = ""
        self.seq = 0
        self.backlog: list[Event] = []  # this session's events, replayed after a RESUME
        self.socket: web.WebSocketResponse | None = None
        self.transport: asyncio.BaseTransport | None = None
        self.identifies = self.resumes = self.heartbeats = 0
        self.live = asyncio.Event()  # a session is up (READY or RESUMED sent)
        self.threads: dict[int, int] = {}  # thread id -> the message it was opened on
        self.by_event: dict[int, list[Call]] = {}  # event id -> the REST calls it caused
        self._tokens: dict[str, int] = {}  # interaction token -> interaction id
        self.faults: list[Fault] = []  # answer matching requests with an error first
        self.failed: list[Call] = []  # requests answered with a scripted error
        self._send = asyncio.Lock()
        self._tasks: set[asyncio.Task[None]] = set()
        self.recommended_shards = 1  # GET /gateway/bot's "shards"
        self.shards_required = 1  # fewer shards in an IDENTIFY: closed with 4011
        self.shards: list[tuple[int, int]] = []  # [shard id, count] of each IDENTIFY, in order

    def respond(self, call: Call) -> web.Response:
        if call.method == "GET" and call.path == "/gateway/bot":
            limit = {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}
            body = {"url": self.gateway, "shards": self.recommended_shards}
            return _json(body | {"session_start_limit": limit})
        if (failure := self._fault(call)) is not None:
            self.failed.append(call)
            return failure
        response = super().respond(call)
        hit = re.fullmatch(r"/channels/\d+/messages/(\d+)/threads", call.path)
        if hit and response.status == 200 and isinstance(response.body, bytes):
            self.threads[int(json.loads(response.body)["id"])] = int(hit[1])
        if (cause := self._cause(call)) is not None:
            self.by_event.setdefault(cause, []).append(call)
        return response

    def fail(self, method: str, path: str, status: int, times: int = 1) -> None:
        """Answer the next `times` requests whose path matches the regex (and method, or any
        method for "*") with an error: 429 is Discord's rate limit (retry_after 0.1 s), 5xx an
        outage, 4xx a refusal."""
        self.faults.append(Fault(method, re.compile(path), status, times))

    def _fault(self, call: Call) -> web.Response | None:
        for fault in self.faults:
            if (
                fault.times
                and fault.method in ("*", call.method)
                and fault.path.fullmatch(call.path)
            ):
                fault.times -= 1
                if fault.status == 429:
                    body = {"message": "You are being rate limited.", "retry_after": 0.1}
                    return _json(body | {"global": False}, fault.status, Via="1.1 google")
                return _json({"message": "scripted failure", "code": 0}, fault.status)
        return None

    def _cause(self, call: Call) -> int | None:
        """The event (interaction or message id) a REST call answers, if any."""
        if hit := re.match(r"/(?:interactions/\d+|webhooks/\d+)/([^/]+)", call.path):
            return self._tokens.get(hit[1])
        if hit := re.fullmatch(r"/channels/(\d+)/messages(?:/(\d+)/threads)?", call.path):
            if hit[2] is not None:
                return int(hit[2])
            body = call.json if isinstance(call.json, dict) else {}
            reference = (body.get("message_reference") or {}).get("message_id")
            return int(reference) if reference else self.threads.get(int(hit[1]))
        return None

    async def gateway_socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self.transport = request.transport
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": self.heartbeat_ms}})
        async for frame in ws:
            if frame.type is not WSMsgType.TEXT:
                continue
            data = json.loads(frame.data)
            self.frames.append(data)
            if data["op"] == 1:
                self.heartbeats += 1
                self._later(ws, {"op": 11}, ACK_DELAY_S)
            elif data["op"] == 2:
                await self._identify(ws, data["d"])
            elif data["op"] == 6:
                await self._resume(ws, data["d"])
        if self.socket is ws:
            self.socket = None
            self.live.clear()
        self.close_code = ws.close_code
        async with self.changed:
            self.changed.notify_all()
        return ws

    def _later(self, ws: web.WebSocketResponse, frame: dict[str, Any], delay: float) -> None:
        async def send() -> None:
            await asyncio.sleep(delay)  # the fake network's latency
            if not ws.closed:
                with contextlib.suppress(ConnectionError):
                    await ws.send_json(frame)

        task = asyncio.create_task(send())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _identify(self, ws: web.WebSocketResponse, data: dict[str, Any]) -> None:
        if data.get("token") != self.token:
            await ws.close(code=4004, message=b"Authentication failed.")
            return
        if not self.privileged_intents and data["intents"] & (1 << 15):
            await ws.close(code=4014, message=b"Disallowed intent(s).")
            return
        shard, count = data.get("shard") or (0, 1)
        if not 0 <= shard < count:
            await ws.close(code=4010, message=b"Invalid shard.")
            return
        if count < self.shards_required:
            await ws.close(code=4011, message=b"Sharding required.")
            return
        self.shards.append((shard, count))
        if (GUILD_ID >> 22) % count != shard:  # Discord sends this shard none of our events
            ready = {"v": 10, "user": BOT_USER, "guilds": [], "session_id": f"idle-{shard}"}
            ready |= {"application": {"id": str(APP_ID), "flags": 0}, "shard": [shard, count]}
            ready["resume_gateway_url"] = self.gateway
            await ws.send_json({"op": 0, "s": 1, "t": "READY", "d": ready})
            async with self.changed:
                self.changed.notify_all()
            return
        async with self._send:
            self.identifies += 1
            self.session_id, self.seq, self.backlog = f"session-{self.identifies}", 0, []
            ready = {
                "v": 10,
                "user": BOT_USER,
                "guilds": [{"id": str(GUILD_ID), "unavailable": True}],
                "session_id": self.session_id,
                "resume_gateway_url": self.gateway,
                "application": {"id": str(APP_ID), "flags": 0},
            } | ({"shard": [shard, count]} if "shard" in data else {})
            guild = guild_payload() | {"threads": self.open_threads}
            for kind, payload in (("READY", ready), ("GUILD_CREATE", guild)):
                self.seq += 1
                await ws.send_json({"op": 0, "s": self.seq, "t": kind, "d": payload})
            await self._go_live(ws)
        self.on_ready()

    async def _resume(self, ws: web.WebSocketResponse, data: dict[str, Any]) -> None:
        if data.get("token") != self.token or data.get("session_id") != self.session_id:
            await ws.send_json({"op": 9, "d": False})  # invalid session: identify again
            return
        async with self._send:
            self.resumes += 1
            for event in self.backlog:
                if event.seq > (data.get("seq") or 0):
                    await ws.send_json(_frame(event))
                    event.delivered = time.monotonic()
            self.seq += 1
            await ws.send_json({"op": 0, "s": self.seq, "t": "RESUMED", "d": {}})
            await self._go_live(ws)

    async def _go_live(self, ws: web.WebSocketResponse) -> None:
        self.socket = ws
        self.live.set()
        async with self.changed:
            self.changed.notify_all()

    async def dispatch(self, kind: str, name: str, payload: dict[str, Any]) -> Event:
        """Send an event now, or keep it for the RESUME if the bot is disconnected."""
        async with self._send:
            self.seq += 1
            event = Event(kind, name, self.seq, payload)
            if "token" in payload:
                self._tokens[payload["token"]] = event.id
            if name == "MESSAGE_CREATE":
                self.remember(payload)
            self.backlog.append(event)
            if self.socket is not None and not self.socket.closed:
                with contextlib.suppress(ConnectionError):  # dropped: replayed on RESUME
                    await self.socket.send_json(_frame(event))
                    event.delivered = time.monotonic()
        return event

    async def ask(self, question: str, author: dict[str, Any] = USER) -> Event:
        """A member runs /ask question."""
        return await self.dispatch(
            "ask", "INTERACTION_CREATE", slash("ask", question=question, author=author)
        )

    async def ask_expiring(self, question: str) -> Event:
        """A member runs /ask and its token expires once acknowledged: every later request
        with it (status edits, the answer, an apology) gets 404, however many there are."""
        payload = slash("ask", question=question, author=USER)
        webhook = rf"/webhooks/\d+/{re.escape(payload['token'])}(?:/.*)?"
        self.fail("*", webhook, 404, times=1_000)
        return await self.dispatch("ask", "INTERACTION_CREATE", payload)

    async def mention(self, question: str, author: dict[str, Any] = USER) -> Event:
        """A member writes '@profilebot question' in #general."""
        payload = user_message(f"<@{BOT_ID}> {question}", author=author, mentions_bot=True)
        return await self.dispatch("mention", "MESSAGE_CREATE", payload)

    async def say(
        self,
        content: str,
        channel_id: int,
        author: dict[str, Any] = USER,
        reply_to: dict[str, Any] | None = None,
    ) -> Event:
        """A member writes in a channel or thread, perhaps replying to a message."""
        payload = user_message(content, channel_id=channel_id, author=author, reply_to=reply_to)
        return await self.dispatch("say", "MESSAGE_CREATE", payload)

    async def disconnect(self, code: int = 4000) -> None:
        """Close the session's socket with a close code (4000: unknown error, resumable)."""
        if self.socket is not None:
            await self.socket.close(code=code)

    def drop(self) -> None:
        """Cut the TCP connection without a close frame, as a network failure would."""
        self.socket = None
        self.live.clear()
        if self.transport is not None:
            self.transport.abort()  # type: ignore[attr-defined]

    def calls_for(self, event: Event) -> list[Call]:
        """The REST calls the bot made in response to one event, in order."""
        return self.by_event.get(event.id, [])

    def outcome(self, event: Event) -> Outcome:
        """Classify what the bot did about an event and how long it took."""
        calls = self.calls_for(event)
        start = event.delivered
        ack = calls[0].at - start if calls and start is not None else None
        sends = [c for c in calls if isinstance(c.json, dict) and _message_data(c) is not None]
        last = sends[-1] if sends else None
        status = "pending" if last is None else _classify(_message_data(last) or {})
        answer = last.at - start if last is not None and start is not None else None
        return Outcome(status, ack, answer, calls)

    async def until(self, predicate: Any, timeout: float = 60.0) -> None:
        """Wait (no polling) until predicate() holds after some REST call or gateway change."""
        await self.wait_until(predicate, timeout)

    async def answered(self, events: list[Event], timeout: float = 60.0) -> list[Outcome]:
        """Wait until every event has its final message; return their outcomes."""
        pending = {e.id: e for e in events}

        def done() -> bool:
            for key in [k for k, e in pending.items() if self.outcome(e).status != "pending"]:
                del pending[key]
            return not pending

        await self.until(done, timeout)
        return [self.outcome(e) for e in events]


def _frame(event: Event) -> dict[str, Any]:
    return {"op": 0, "s": event.seq, "t": event.name, "d": event.payload}


def _json(body: Any, status: int = 200, **headers: str) -> web.Response:
    headers["Content-Type"] = "application/json"
    return web.Response(body=json.dumps(body).encode(), status=status, headers=headers)


def _message_data(call: Call) -> dict[str, Any] | None:
    """The message a call posts (a type-4 callback, a follow-up or a channel message)."""
    body = call.json or {}
    if "/callback" in call.path:
        return body.get("data") if body.get("type") == 4 else None
    if not body.get("embeds") and (body.get("content") or "").startswith(MARKS):
        return None  # a progress status ("Searching 50 papers…"), not the answer
    return body if (body.get("embeds") or body.get("content")) else None


def _classify(data: dict[str, Any]) -> str:
    if data.get("embeds"):
        return "answered"
    text = data.get("content") or ""
    if RATE_LIMITED in text:
        return "rate-limited"
    if any(polite in text for polite in BUSY):  # full, or shutting down: come back later
        return "busy"
    return "error" if "something went wrong" in text else "refused"


def ingest(data_dir: Path, profile: Path | None = None) -> None:
    """Index a profile into data_dir with the real `profilebot ingest`, as a user would."""
    env = clean_env() | {"PROFILEBOT_DATA_DIR": str(data_dir)}
    args = [str(PROFILEBOT), "ingest", *([str(profile)] if profile else [])]
    subprocess.run(args, env=env, cwd=data_dir.parent, check=True, capture_output=True)


def clean_env() -> dict[str, str]:
    """This environment without the developer's profilebot settings or real secrets."""
    return {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("PROFILEBOT_") and k not in INHERITED_SECRETS
    }


class BotProcess:
    """`profilebot -v discord` (without -v: `verbose=False`) as a subprocess, wired to a
    LocalDiscord (through tests/discord_launcher.py); stderr to a file."""

    def __init__(
        self,
        discord: LocalDiscord,
        data_dir: Path,
        log: Path,
        verbose: bool = True,
        **settings: Any,
    ) -> None:
        self.discord, self.data_dir, self.log_path = discord, data_dir, log
        self.verbose = verbose
        path = os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH")) if p)
        self.env = clean_env() | {
            "PYTHONPATH": path,  # the launcher lives in tests/, next to bot/
            "DISCORD_TOKEN": discord.token,
            "PROFILEBOT_DATA_DIR": str(data_dir),
            "PROFILEBOT_DISCORD_MENTIONS": "true",
        }
        self.env |= {f"PROFILEBOT_{k.upper()}": str(v) for k, v in settings.items()}
        self.proc: asyncio.subprocess.Process | None = None
        self.signalled: signal.Signals | None = None

    async def start(self, timeout: float = 120.0) -> None:
        """Start the bot and wait until its gateway session is live (or it exits)."""
        with self.log_path.open("wb") as log:
            self.proc = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                LAUNCHER,
                self.discord.base,
                self.discord.gateway,
                *(["-v"] if self.verbose else []),
                "discord",
                stdin=asyncio.subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                env=self.env,
                cwd=self.data_dir.parent,  # no developer .env is picked up
            )
        live = asyncio.ensure_future(self.discord.live.wait())
        exited = asyncio.ensure_future(self.proc.wait())
        await asyncio.wait({live, exited}, timeout=timeout, return_when="FIRST_COMPLETED")
        live.cancel()
        exited.cancel()
        if not self.discord.live.is_set():
            await self.stop()
            raise RuntimeError(f"the bot did not connect:\n{self.log()[-3000:]}")

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def peak_rss_mb(self) -> float:
        """VmHWM, the process's peak resident memory so far."""
        status = Path(f"/proc/{self.pid}/status").read_text()
        kb = re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE)
        return int(kb[1]) / 1024 if kb else float("nan")

    def send(self, sig: signal.Signals = signal.SIGTERM) -> None:
        """Send a signal (a second SIGTERM would cut the bot's drain short: see stop)."""
        assert self.proc is not None
        self.signalled = sig
        if self.proc.returncode is None:
            self.proc.send_signal(sig)

    async def exited(self, timeout: float = 30.0) -> int:
        """Wait for the exit code; kill the process if it does not exit in time."""
        assert self.proc is not None
        try:
            return await asyncio.wait_for(self.proc.wait(), timeout)
        except TimeoutError:
            self.proc.kill()
            await self.proc.wait()
            raise

    async def stop(self, sig: signal.Signals = signal.SIGTERM, timeout: float = 30.0) -> int:
        """Send sig (once) and wait for the exit code."""
        if self.signalled is None:
            self.send(sig)
        return await self.exited(timeout)

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")
