"""A fake Discord for tests: a recording HTTP API on 127.0.0.1 and gateway payload builders.

The bot under test is the real ProfileBot with discord.py's real HTTP client, webhook
adapter, Interaction objects and command tree; only Discord's servers are replaced. The bot
reaches the fake through the aiohttp connector it is given (FakeDiscord.connector): a Unix
socket that takes every request whatever its URL says, so discord.py's URLs stay untouched.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import itertools
import json
import re
import shutil
import tempfile
import threading
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

from bot.discord.client import ProfileBot
from bot.discord.context import BotContext
from bot.discord.progress import Progress
from bot.discord.types import AssistantFactory, AssistantLike
from bot.settings import Settings

TOKEN = "test-token.not-a-real-secret"
APP_ID = 900000000000000001
BOT_ID = 900000000000000002
GUILD_ID = 900000000000000010
CHANNEL_ID = 900000000000000020
OTHER_CHANNEL_ID = 900000000000000021
FORUM_ID = 900000000000000022
USER_ID = 900000000000000030
OTHER_USER_ID = 900000000000000031
TIMESTAMP = "2025-01-01T00:00:00+00:00"
# One sequence for every id, as Discord's snowflakes grow with time: history reads by id order.
SNOWFLAKES = itertools.count(910000000000000000)
BOT_TASKS = (
    "CommandTree-invoker",
    "discord-ui-view-dispatch",
    "discord-ui-modal-dispatch",
    "discord.py: on_",
)


def user(uid: int, name: str, bot: bool = False) -> dict[str, Any]:
    return {
        "id": str(uid),
        "username": name,
        "discriminator": "0",
        "global_name": name,
        "avatar": None,
        "bot": bot,
    }


BOT_USER = user(BOT_ID, "profilebot", bot=True)
USER = user(USER_ID, "alice")
OTHER_USER = user(OTHER_USER_ID, "bob")


@dataclass
class Call:
    """One request the bot made: method, API path (without /api/v10), query and body."""

    method: str
    path: str
    query: dict[str, str]
    json: Any = None
    files: dict[str, bytes] = field(default_factory=dict)
    at: float = field(default_factory=time.monotonic)  # when the request arrived

    @property
    def data(self) -> dict[str, Any]:
        """The message data of an interaction callback, or the body itself."""
        body = self.json or {}
        return body.get("data", body) if "/callback" in self.path else body


class FakeDiscord:
    """Records every request and answers like Discord does, with made-up ids."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.changed = asyncio.Condition()
        self.ids = SNOWFLAKES
        self.messages: dict[int, dict[str, Any]] = {}
        self.open_threads: list[
            dict[str, Any]
        ] = []  # threads the bot opened, as Discord lists them
        self.base = ""
        self.forbid_threads = False  # answer thread creation with 403 Missing Permissions
        self.reject_token = False  # answer GET /users/@me with 401, as for a bad token
        self.privileged_intents = True  # False: close the gateway with 4014 if they are asked for
        self.frames: list[dict[str, Any]] = []  # what the bot sent over the gateway
        self.close_code: int | None = None  # how the bot closed the gateway
        self.on_ready: Callable[[], None] = lambda: None  # called once READY is sent
        self.gateway = ""
        self.unix_path = ""  # the same server on a Unix socket, for connector()
        self._runner: web.AppRunner | None = None

    async def start(self) -> str:
        app = web.Application()
        app.router.add_get("/gateway", self.gateway_socket)
        app.router.add_get("/", self.gateway_socket)  # wss://gateway.discord.gg/?v=10&...
        app.router.add_route("*", "/{tail:.*}", self.handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base = f"http://127.0.0.1:{port}/api/v10"
        self.gateway = f"ws://127.0.0.1:{port}/gateway"
        # A short path: Unix socket paths are limited to about 100 characters.
        self.unix_path = str(Path(tempfile.mkdtemp(prefix="fake-discord-")) / "api.sock")
        await web.UnixSite(self._runner, self.unix_path).start()
        return self.base

    def connector(self) -> aiohttp.BaseConnector:
        """For ProfileBot (in a running event loop): discord.py's requests, interaction
        webhooks and gateway sockets all reach this fake, whatever their URL (no TLS)."""
        return aiohttp.UnixConnector(self.unix_path, limit=0)  # limit=0 as discord.py's own

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
        if self.unix_path:
            shutil.rmtree(Path(self.unix_path).parent, ignore_errors=True)

    async def handle(self, request: web.Request) -> web.StreamResponse:
        path = request.path.removeprefix("/api/v10")
        call = Call(request.method, path, dict(request.query))
        if request.content_type == "multipart/form-data":
            reader = await request.multipart()
            async for part in reader:  # type: ignore[union-attr]
                body = await part.read()  # type: ignore[union-attr]
                if part.name == "payload_json":  # type: ignore[union-attr]
                    call.json = json.loads(body)
                else:
                    call.files[str(part.filename)] = bytes(body)  # type: ignore[union-attr]
        elif request.can_read_body:
            call.json = await request.json()
        self.calls.append(call)
        response = self.respond(call)
        async with self.changed:
            self.changed.notify_all()
        return response

    def message(self, channel_id: int | str, data: dict[str, Any], **extra: Any) -> dict[str, Any]:
        """A message object as Discord returns it, built from what the bot sent."""
        mid = next(self.ids)
        msg = {
            "id": str(mid),
            "channel_id": str(channel_id),
            "author": BOT_USER,
            "content": data.get("content") or "",
            "timestamp": TIMESTAMP,
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [],
            "embeds": data.get("embeds") or [],
            "components": data.get("components") or [],
            "pinned": False,
            "type": 0,
            "flags": data.get("flags", 0),
            **extra,
        }
        reference = (data.get("message_reference") or {}).get("message_id")
        if reference is not None:  # a reply, as Discord returns it
            msg["type"] = 19
            msg["message_reference"] = {"message_id": str(reference), "channel_id": str(channel_id)}
            msg["referenced_message"] = self.messages.get(int(reference))
        self.messages[mid] = msg
        return msg

    def respond(self, call: Call) -> web.Response:
        m, p, body = call.method, call.path, call.json or {}
        if m == "GET" and p == "/users/@me":
            if self.reject_token:
                return reply({"message": "401: Unauthorized", "code": 0}, status=401)
            return reply(BOT_USER)
        if m == "GET" and p == "/oauth2/applications/@me":
            return reply(
                {
                    "id": str(APP_ID),
                    "name": "profilebot",
                    "description": "",
                    "icon": None,
                    "bot_public": False,
                    "bot_require_code_grant": False,
                    "owner": USER,
                    "verify_key": "0" * 64,
                    "flags": 0,
                }
            )
        if m == "POST" and (hit := re.fullmatch(r"/interactions/(\d+)/[^/]+/callback", p)):
            return reply(self.callback(int(hit[1]), body))
        if m == "POST" and re.fullmatch(r"/webhooks/\d+/[^/]+", p):
            return reply(self.message(CHANNEL_ID, body, webhook_id=str(APP_ID)))
        if m in ("PATCH", "GET") and (
            hit := re.fullmatch(r"/webhooks/\d+/[^/]+/messages/(\S+)", p)
        ):
            return reply(self.message(CHANNEL_ID, body))
        if m == "POST" and (hit := re.fullmatch(r"/channels/(\d+)/messages/(\d+)/threads", p)):
            if self.forbid_threads:
                return reply({"message": "Missing Permissions", "code": 50013}, status=403)
            thread = thread_channel(next(self.ids), int(hit[1]), body["name"])
            self.open_threads.append(thread)
            return reply(thread)
        if m == "POST" and (hit := re.fullmatch(r"/channels/(\d+)/messages", p)):
            return reply(self.message(hit[1], body))
        if m == "GET" and (hit := re.fullmatch(r"/channels/(\d+)/messages", p)):
            return reply(self.history(int(hit[1]), call.query))
        if m == "GET" and (hit := re.fullmatch(r"/channels/(\d+)/messages/(\d+)", p)):
            found = self.messages.get(int(hit[2]))
            if found is None or found["channel_id"] != hit[1]:
                return reply({"message": "Unknown Message", "code": 10008}, status=404)
            return reply(found)
        if m == "POST" and re.fullmatch(r"/channels/\d+/typing", p):
            return web.Response(status=204)
        if m == "PUT" and re.fullmatch(r"/applications/\d+(/guilds/\d+)?/commands", p):
            return reply(
                [
                    {"description": ""}  # Discord's value for message menus
                    | c
                    | {"id": str(next(self.ids)), "application_id": str(APP_ID), "version": "1"}
                    for c in body
                ]
            )
        return reply({"message": "Unknown route", "code": 0}, status=404)

    def history(self, channel_id: int, query: dict[str, str]) -> list[dict[str, Any]]:
        """A channel's messages newest first, before a message id, as Discord pages them."""
        before = int(query.get("before", 2**63))
        ids = [
            mid
            for mid, msg in self.messages.items()
            if msg["channel_id"] == str(channel_id) and mid < before
        ]
        return [self.messages[mid] for mid in sorted(ids, reverse=True)[: int(query["limit"])]]

    def remember(self, payload: dict[str, Any]) -> None:
        """Keep a message a person wrote (delivered over the gateway) in its channel."""
        self.messages[int(payload["id"])] = payload

    def callback(self, interaction_id: int, body: dict[str, Any]) -> dict[str, Any]:
        kind, data = body["type"], body.get("data") or {}
        flags = data.get("flags", 0)
        info: dict[str, Any] = {
            "id": str(interaction_id),
            "type": 2,
            "response_message_loading": kind == 5,
            "response_message_ephemeral": bool(flags & 64),
        }
        out: dict[str, Any] = {"interaction": info}
        if kind in (4, 7):
            msg = self.message(CHANNEL_ID, data)
            info["response_message_id"] = msg["id"]
            out["resource"] = {"type": kind, "message": msg}
        return out

    async def gateway_socket(self, request: web.Request) -> web.WebSocketResponse:
        """A one-session gateway: HELLO, then READY after IDENTIFY; records the bot's frames."""
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": 45000}, "s": None, "t": None})
        async for frame in ws:
            data = json.loads(frame.data)
            self.frames.append(data)
            if data["op"] != 2:
                continue
            if not self.privileged_intents and data["d"]["intents"] & (1 << 15):
                await ws.close(code=4014, message=b"Disallowed intent(s).")
                break
            await ws.send_json(
                {
                    "op": 0,
                    "s": 1,
                    "t": "READY",
                    "d": {
                        "v": 10,
                        "user": BOT_USER,
                        "guilds": [],
                        "session_id": "session",
                        "resume_gateway_url": self.gateway,
                        "application": {"id": str(APP_ID), "flags": 0},
                    },
                }
            )
            self.on_ready()
        self.close_code = ws.close_code
        async with self.changed:
            self.changed.notify_all()
        return ws

    def since(self, start: int) -> list[Call]:
        return self.calls[start:]

    async def wait_until(self, predicate: Callable[[], bool], timeout: float = 10.0) -> None:
        """Wait (event-driven, no polling sleeps) until the recorded calls satisfy predicate."""
        async with self.changed:
            await asyncio.wait_for(self.changed.wait_for(predicate), timeout)


def reply(body: Any, status: int = 200) -> web.Response:
    """JSON as Discord sends it: discord.py wants exactly 'application/json'."""
    return web.Response(
        body=json.dumps(body).encode(), status=status, headers={"Content-Type": "application/json"}
    )


def thread_channel(tid: int, parent_id: int, name: str) -> dict[str, Any]:
    return {
        "id": str(tid),
        "type": 11,
        "guild_id": str(GUILD_ID),
        "parent_id": str(parent_id),
        "owner_id": str(BOT_ID),
        "name": name,
        "message_count": 0,
        "member_count": 1,
        "rate_limit_per_user": 0,
        "flags": 0,
        "thread_metadata": {
            "archived": False,
            "auto_archive_duration": 1440,
            "archive_timestamp": TIMESTAMP,
            "locked": False,
        },
    }


def text_channel(cid: int, name: str) -> dict[str, Any]:
    return {
        "id": str(cid),
        "type": 0,
        "guild_id": str(GUILD_ID),
        "name": name,
        "position": 0,
        "permission_overwrites": [],
        "nsfw": False,
        "parent_id": None,
        "rate_limit_per_user": 0,
        "topic": None,
        "last_message_id": None,
    }


def forum_channel(cid: int, name: str) -> dict[str, Any]:
    return text_channel(cid, name) | {
        "type": 15,
        "available_tags": [],
        "default_reaction_emoji": None,
        "default_thread_rate_limit_per_user": 0,
        "default_sort_order": None,
        "default_forum_layout": 0,
        "flags": 0,
    }


def forum_post(forum_id: int, title: str, author: dict[str, Any] = USER) -> dict[str, Any]:
    """A new post in a forum, as THREAD_CREATE delivers it: a thread its author owns."""
    post = thread_channel(next(SNOWFLAKES), forum_id, title)
    return post | {"owner_id": author["id"], "newly_created": True}


def guild_payload() -> dict[str, Any]:
    return {
        "id": str(GUILD_ID),
        "name": "Lab",
        "icon": None,
        "owner_id": str(USER_ID),
        "roles": [
            {
                "id": str(GUILD_ID),
                "name": "@everyone",
                "permissions": "0",
                "position": 0,
                "color": 0,
                "hoist": False,
                "managed": False,
                "mentionable": False,
            }
        ],
        "emojis": [],
        "stickers": [],
        "features": [],
        "member_count": 2,
        "large": False,
        "channels": [
            text_channel(CHANNEL_ID, "general"),
            text_channel(OTHER_CHANNEL_ID, "random"),
            forum_channel(FORUM_ID, "questions"),
        ],
        "threads": [],
        "members": [],
        "voice_states": [],
        "presences": [],
        "unavailable": False,
        "verification_level": 0,
        "default_message_notifications": 0,
        "explicit_content_filter": 0,
        "mfa_level": 0,
        "premium_tier": 0,
        "nsfw_level": 0,
        "preferred_locale": "en-US",
        "system_channel_id": None,
        "afk_channel_id": None,
        "afk_timeout": 300,
        "stage_instances": [],
        "guild_scheduled_events": [],
    }


def interaction(
    kind: int,
    data: dict[str, Any],
    *,
    channel_id: int = CHANNEL_ID,
    author: dict[str, Any] = USER,
    dm: bool = False,
    message: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """An INTERACTION_CREATE payload as the gateway delivers it."""
    iid = next(SNOWFLAKES)
    payload: dict[str, Any] = {
        "id": str(iid),
        "application_id": str(APP_ID),
        "type": kind,
        "data": data,
        "token": f"itoken-{iid}",
        "version": 1,
        "locale": "en-US",
        "app_permissions": "0",
        "entitlements": [],
        "authorizing_integration_owners": {"0": str(GUILD_ID)},
        "attachment_size_limit": 10 * 1024 * 1024,
        "context": 1 if dm else 0,
    }
    if dm:
        payload["channel"] = {"id": str(channel_id), "type": 1, "recipients": [author]}
        payload["channel_id"] = str(channel_id)
        payload["user"] = author
    else:
        payload["guild_id"] = str(GUILD_ID)
        payload["guild_locale"] = "en-US"
        payload["channel_id"] = str(channel_id)
        payload["channel"] = text_channel(channel_id, "general")
        payload["member"] = {
            "user": author,
            "roles": [],
            "joined_at": TIMESTAMP,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "permissions": "2147483647",
        }
    if message is not None:
        payload["message"] = message
    return payload


def slash(
    command: str,
    /,
    dm: bool = False,
    channel_id: int = CHANNEL_ID,
    author: dict[str, Any] = USER,
    **options: Any,
) -> dict[str, Any]:
    """A slash command invocation; option types are inferred from the Python values."""
    opts = [
        {
            "name": k,
            "type": 5 if isinstance(v, bool) else 4 if isinstance(v, int) else 3,
            "value": v,
        }
        for k, v in options.items()
    ]
    data = {"id": str(APP_ID + 1), "name": command, "type": 1, "options": opts}
    return interaction(2, data, dm=dm, channel_id=channel_id, author=author)


def autocomplete(command: str, focused: str, value: str, /, **others: Any) -> dict[str, Any]:
    opts = [{"name": k, "type": 3, "value": v} for k, v in others.items()]
    opts.append({"name": focused, "type": 3, "value": value, "focused": True})
    return interaction(4, {"id": str(APP_ID + 1), "name": command, "type": 1, "options": opts})


def menu(name: str, target: dict[str, Any], author: dict[str, Any] = USER) -> dict[str, Any]:
    """A message menu (right-click a message > Apps > name) on target."""
    data = {
        "id": str(APP_ID + 2),
        "name": name,
        "type": 3,
        "target_id": target["id"],
        "resolved": {"messages": {target["id"]: target}},
    }
    return interaction(2, data, author=author)


def press(custom_id: str, message: dict[str, Any], author: dict[str, Any] = USER) -> dict[str, Any]:
    """A button press on a message the bot sent."""
    return interaction(
        3, {"custom_id": custom_id, "component_type": 2}, message=message, author=author
    )


def user_message(
    content: str,
    *,
    channel_id: int = CHANNEL_ID,
    author: dict[str, Any] = USER,
    mentions_bot: bool = False,
    reply_to: dict[str, Any] | None = None,
    dm: bool = False,
) -> dict[str, Any]:
    """A MESSAGE_CREATE payload from a person."""
    msg: dict[str, Any] = {
        "id": str(next(SNOWFLAKES)),
        "channel_id": str(channel_id),
        "author": author,
        "content": content,
        "timestamp": TIMESTAMP,
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [BOT_USER] if mentions_bot else [],
        "mention_roles": [],
        "attachments": [],
        "embeds": [],
        "pinned": False,
        "type": 0,
        "flags": 0,
        "components": [],
    }
    if not dm:
        msg["guild_id"] = str(GUILD_ID)
        msg["member"] = {
            "roles": [],
            "joined_at": TIMESTAMP,
            "deaf": False,
            "mute": False,
            "flags": 0,
        }
    if reply_to is not None:
        msg["type"] = 19
        msg["message_reference"] = {
            "message_id": reply_to["id"],
            "channel_id": reply_to["channel_id"],
            "type": 0,
        }
        # One level only, as Discord sends it: older messages of a chain must be fetched.
        msg["referenced_message"] = {k: v for k, v in reply_to.items() if k != "referenced_message"}
    return msg


class Harness:
    """A logged-in ProfileBot wired to a FakeDiscord; dispatch gateway events into it."""

    def __init__(self, bot: ProfileBot, fake: FakeDiscord) -> None:
        self.bot, self.fake = bot, fake

    @property
    def calls(self) -> list[Call]:
        return self.fake.calls

    def mark(self) -> int:
        return len(self.fake.calls)

    async def settle(self) -> None:
        """Wait for every handler task the bot started (commands, buttons, events)."""
        me = asyncio.current_task()
        while pending := [
            t
            for t in asyncio.all_tasks()
            if t is not me and not t.done() and t.get_name().startswith(BOT_TASKS)
        ]:
            await asyncio.wait(pending, timeout=10)
            if any(not t.done() for t in pending):
                raise TimeoutError(f"bot tasks still running: {pending}")

    async def interact(self, payload: dict[str, Any]) -> list[Call]:
        """Dispatch an INTERACTION_CREATE and return the requests it caused."""
        start = self.mark()
        self.bot._connection.parse_interaction_create(payload)  # type: ignore[arg-type]
        await self.settle()
        return self.fake.since(start)

    async def message(self, payload: dict[str, Any]) -> list[Call]:
        """Dispatch a MESSAGE_CREATE and return the requests it caused."""
        start = self.mark()
        self.fake.remember(payload)
        self.bot._connection.parse_message_create(payload)  # type: ignore[arg-type]
        await self.settle()
        return self.fake.since(start)


class ThreadedFake:
    """A FakeDiscord served from its own thread, for code that runs its own event loop."""

    def __init__(self) -> None:
        self.fake: FakeDiscord
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    def __enter__(self) -> FakeDiscord:
        self.thread.start()
        self.fake = asyncio.run_coroutine_threadsafe(self._make(), self.loop).result(10)
        return self.fake

    async def _make(self) -> FakeDiscord:
        fake = FakeDiscord()
        await fake.start()
        return fake

    def __exit__(self, *exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self.fake.stop(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()


def settings_for(**overrides: Any) -> Settings:
    values: dict[str, Any] = {"discord_token": TOKEN, **overrides}
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@contextlib.asynccontextmanager
async def running_bot(
    assistant: AssistantLike,
    monkeypatch: Any,
    sync: bool = False,
    factory: AssistantFactory | None = None,
    versions: Callable[[str], str | None] | None = None,
    statuses: bool = False,
    **overrides: Any,
) -> AsyncIterator[Harness]:
    """A ProfileBot logged in to a FakeDiscord (no gateway), its guild cached. The factory
    builds each profile's assistant; by default every profile gets `assistant`. The fake is
    handed to the bot. Without `statuses`, monkeypatch holds back the progress statuses, which
    show only when an answer takes over a second: on a loaded machine they would add edits to
    tests of the answer itself."""
    if not statuses:
        held = functools.partial(Progress, interval=3600.0)
        monkeypatch.setattr("bot.discord.commands.Progress", held)
    fake = FakeDiscord()
    await fake.start()
    scratch = tempfile.mkdtemp(prefix="profilebot-bot-")  # feedback and channel files
    settings = settings_for(**({"data_dir": scratch} | overrides))
    make = factory or (lambda _: assistant)
    bot = ProfileBot(
        BotContext.from_settings(settings),
        factory=make,
        sync=sync,
        connector=fake.connector(),
        versions=versions,
    )
    try:
        async with bot:
            await bot.login(TOKEN)  # GET /users/@me, application info, then setup_hook
            bot._connection.parse_guild_create(guild_payload())  # type: ignore[arg-type]
            yield Harness(bot, fake)
    finally:
        await fake.stop()
        shutil.rmtree(scratch, ignore_errors=True)


def message_calls(calls: list[Call]) -> list[Call]:
    """Calls that post or edit a message (interaction responses with data, follow-ups, sends)."""
    return [
        c
        for c in calls
        if c.json
        and (
            ("/callback" in c.path and c.json.get("type") in (4, 7))
            or re.fullmatch(r"/webhooks/\d+/[^/]+(/messages/\S+)?", c.path)
            or re.fullmatch(r"/channels/\d+/messages", c.path)
        )
    ]


def check_discord_limits(data: dict[str, Any]) -> None:
    """The message data obeys Discord's limits and can ping nobody."""
    assert data["allowed_mentions"]["parse"] == []
    assert not data["allowed_mentions"].get("replied_user", False)
    assert len(data.get("content") or "") <= 2000
    embeds = data.get("embeds") or []
    assert len(embeds) <= 10
    total = 0
    for e in embeds:
        assert len(e.get("title", "")) <= 256
        assert len(e.get("description", "")) <= 4096
        assert len(e.get("fields", [])) <= 25
        assert all(
            1 <= len(f["name"]) <= 256 and 1 <= len(f["value"]) <= 1024 for f in e.get("fields", [])
        )
        total += len(e.get("title", "")) + len(e.get("description", ""))
        total += sum(len(f["name"]) + len(f["value"]) for f in e.get("fields", []))
        total += len(e.get("footer", {}).get("text", ""))
    assert total <= 6000


def check_all(calls: list[Call]) -> None:
    for call in message_calls(calls):
        check_discord_limits(call.data)


class Blocking:
    """A real assistant whose answers wait for a go-ahead, recording what Discord saw first."""

    def __init__(self, inner: AssistantLike, fake: FakeDiscord | None = None) -> None:
        self.inner, self.fake = inner, fake
        self.go = threading.Event()
        self.entered = threading.Event()
        self.calls_at_entry: list[Call] = []

    @property
    def profile(self) -> Any:
        return self.inner.profile

    def search(self, topic: str, filters: Any, k: int) -> Any:
        return self.inner.search(topic, filters, k)

    def ask(self, question: str, conversation: Any = None, on_progress: Any = None) -> Any:
        self.calls_at_entry = list(self.fake.calls) if self.fake else []
        self.entered.set()
        if not self.go.wait(timeout=10):
            raise TimeoutError("the test never released the assistant")
        return self.inner.ask(question, conversation)
