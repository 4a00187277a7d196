"""The Discord client: composition root, setup_hook, errors, command sync, run_discord."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
import signal
import sys
import time
from collections.abc import Callable
from typing import Any

import aiohttp
import discord

from bot.discord.announce import ScheduledSync
from bot.discord.chat import handle_message
from bot.discord.commands import ask_command, help_command, paper_command, papers_command
from bot.discord.context import BotContext
from bot.discord.facts import facts_commands
from bot.discord.health import HealthError, HealthServer
from bot.discord.menu import ask_about_menu
from bot.discord.profile_commands import profile_default_command
from bot.discord.server_settings import server_settings_command
from bot.discord.tree import ProfileTree, describe
from bot.discord.types import AssistantFactory, AssistantLike
from bot.discord.votes import VotesView
from bot.settings import Settings
from retrieval.index.embedder import EmbedderError
from retrieval.index.store import IndexError_

log = logging.getLogger(__name__)

README_HINT = "see the README section “Discord”"
SIGNALS = (signal.SIGINT, signal.SIGTERM)
# On close, questions already acknowledged get this long to be answered (Docker waits 10 s).
DRAIN_S = 8.0
# discord.py's names for the tasks running a slash command or a message handler.
HANDLER_TASKS = ("CommandTree-invoker", "discord.py: on_message")
# Gateway close codes about shards, and what to change.
SHARD_CLOSE_CODES = {
    4010: "it refused the shard settings: give every process the same "
    "PROFILEBOT_DISCORD_SHARD_COUNT and ids below it",
    4011: "this bot is in too many servers for one connection: set "
    "PROFILEBOT_DISCORD_SHARD_COUNT=auto (or a count, and PROFILEBOT_DISCORD_SHARD_IDS "
    "per process)",
}


class ProfileBot(discord.Client):
    """profilebot on Discord; the assistant is built in setup_hook, not at construction.
    A connector, if given, carries all of discord.py's traffic (REST, webhooks, gateway);
    `versions`, if given, reads a profile's version stamp: a re-indexed profile is reloaded."""

    def __init__(
        self,
        ctx: BotContext,
        factory: AssistantFactory,
        sync: bool = False,
        connector: aiohttp.BaseConnector | None = None,
        versions: Callable[[str], str | None] | None = None,
    ) -> None:
        intents = discord.Intents.default()
        intents.message_content = ctx.settings.discord_mentions  # privileged: only when needed
        # profilebot never joins voice: skip discord.py's warnings about voice libraries.
        discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
        super().__init__(
            intents=intents,
            allowed_mentions=discord.AllowedMentions.none(),
            connector=connector,
            **shard_options(ctx.settings),
        )
        self.ctx, self.factory, self.sync_global = ctx, factory, sync
        # One process syncs on schedule: the unsharded one, or the one that runs shard 0.
        shards = ctx.settings.discord_shard_ids
        syncs = ctx.settings.sync_hours and (not shards or 0 in shards)
        self.scheduled = ScheduledSync(self, ctx) if syncs else None
        ctx.factory = factory  # builds the other profiles' assistants on first use
        ctx.versions = versions
        self.tree = ProfileTree(self, ctx)
        for command in (
            ask_command(ctx),
            papers_command(ctx),
            paper_command(ctx),
            *facts_commands(ctx),
            profile_default_command(ctx),
            server_settings_command(ctx),
            help_command(ctx, self.tree),
        ):
            self.tree.add_command(command)
        self.tree.add_command(ask_about_menu(ctx))

    async def setup_hook(self) -> None:
        log.info("loading profile %s and its index", self.ctx.settings.profile)
        start = time.perf_counter()
        await self.ctx.load_default()
        health, papers = self.ctx.health, len(self.ctx.assistant.profile.papers)
        health.index_loaded, health.profile, health.papers = True, self.ctx.settings.profile, papers
        log.info(
            "index loaded: profile %s, %d papers, in %.1f s",
            self.ctx.settings.profile,
            papers,
            time.perf_counter() - start,
        )
        if self.scheduled is not None:
            self.scheduled.start()
        self.add_view(VotesView(self.ctx.feedback))  # votes on answers sent before a restart
        if self.ctx.settings.discord_forum_ids and not self.ctx.settings.discord_mentions:
            log.warning(
                "PROFILEBOT_DISCORD_FORUM_IDS is set but forum posts are only read with "
                "PROFILEBOT_DISCORD_MENTIONS=true (the Message Content intent)"
            )
        guild_id = self.ctx.settings.discord_dev_guild_id
        if guild_id is not None:
            guild = discord.Object(id=guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("synced %d commands to dev guild %s", len(synced), guild_id)
        if self.sync_global:
            synced = await self.tree.sync()
            log.info("synced %d global commands (may take up to an hour to appear)", len(synced))

    async def close(self) -> None:
        """Refuse new questions, let acknowledged ones finish (up to DRAIN_S), then close."""
        if not self.ctx.gate.closing:
            self.ctx.gate.closing = True
            await drain(DRAIN_S)
        if self.scheduled is not None:
            await self.scheduled.stop()
        await super().close()
        self.ctx.workers.shutdown(wait=False, cancel_futures=True)  # drop what is left

    async def on_ready(self) -> None:
        self.ctx.health.gateway_connected = self.ctx.health.connected_once = True
        log.info(
            "gateway connected as %s in %d server(s)%s",
            self.user,
            len(self.guilds),
            self.shard_note,
        )
        if self.application_id is not None:
            mentions = self.ctx.settings.discord_mentions
            log.info("invite link: %s", invite_url(self.application_id, mentions))

    @property
    def shard_note(self) -> str:
        return ""

    async def on_resumed(self) -> None:
        self.ctx.health.gateway_connected = True

    async def on_disconnect(self) -> None:
        self.ctx.health.gateway_connected = False

    async def on_message(self, message: discord.Message) -> None:
        if self.user is None:
            return
        try:
            await handle_message(self.ctx, message, self.user.id)
        except (discord.HTTPException, aiohttp.ClientError) as failed:  # Discord's side
            self.ctx.health.failed += 1
            log.warning("message %s: a request to Discord failed: %s", message.id, describe(failed))
        except Exception:
            self.ctx.health.failed += 1
            raise  # discord.py logs it with its traceback


class ShardedProfileBot(ProfileBot, discord.AutoShardedClient):
    """ProfileBot over several gateway connections (PROFILEBOT_DISCORD_SHARD_COUNT): Discord
    sends each server's events on one shard, (server id >> 22) % shard count; this process
    runs PROFILEBOT_DISCORD_SHARD_IDS, or every shard."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.down: set[int] = set()  # shards whose connection is lost and not back yet

    @property
    def shard_note(self) -> str:
        """', shards 0-1 of 2': what this process runs."""
        return f", shards {shard_list(sorted(self.shards))} of {self.shard_count}"

    # The gateway is connected when every shard is: the whole-client events say nothing of
    # which shard came or went, the per-shard ones do.
    async def on_resumed(self) -> None:
        pass

    async def on_disconnect(self) -> None:
        pass

    async def on_shard_disconnect(self, shard_id: int) -> None:
        self.down.add(shard_id)
        self.ctx.health.gateway_connected = False

    async def on_shard_connect(self, shard_id: int) -> None:
        self._shard_back(shard_id)

    async def on_shard_resumed(self, shard_id: int) -> None:
        self._shard_back(shard_id)

    def _shard_back(self, shard_id: int) -> None:
        self.down.discard(shard_id)
        self.ctx.health.gateway_connected = self.ctx.health.connected_once and not self.down


def shard_options(settings: Settings) -> dict[str, Any]:
    """discord.py's shard_count and shard_ids from the settings ('auto': no count, so
    discord.py asks Discord for its recommended count); none when unsharded."""
    count = settings.discord_shard_count
    if count is None:
        return {}
    return {
        "shard_count": None if count == "auto" else count,
        "shard_ids": settings.discord_shard_ids or None,
    }


def make_bot(
    ctx: BotContext,
    factory: AssistantFactory,
    sync: bool = False,
    connector: aiohttp.BaseConnector | None = None,
    versions: Callable[[str], str | None] | None = None,
) -> ProfileBot:
    """A ShardedProfileBot when PROFILEBOT_DISCORD_SHARD_COUNT is set, else a ProfileBot."""
    sharded = ctx.settings.discord_shard_count is not None
    kind = ShardedProfileBot if sharded else ProfileBot
    return kind(ctx, factory, sync=sync, connector=connector, versions=versions)


def shard_list(ids: list[int]) -> str:
    """'0-3' for [0, 1, 2, 3], '0,2' for [0, 2]."""
    if ids and ids == list(range(ids[0], ids[-1] + 1)) and len(ids) > 1:
        return f"{ids[0]}-{ids[-1]}"
    return ",".join(map(str, ids))


async def drain(timeout: float) -> None:
    """Wait for the slash commands and message handlers that are running to finish."""
    me = asyncio.current_task()
    running = {
        t for t in asyncio.all_tasks() if t is not me and t.get_name().startswith(HANDLER_TASKS)
    }
    if running:
        log.info("answering %d question(s) in flight before closing", len(running))
        _, late = await asyncio.wait(running, timeout=timeout)
        if late:
            log.warning("closing with %d question(s) unanswered after %g s", len(late), timeout)


def invite_permissions(mentions: bool) -> discord.Permissions:
    """What the bot needs: read and answer in channels; when it chats, threads too (its own,
    and forum posts), and their history (to rebuild a conversation after a restart)."""
    permissions = discord.Permissions(
        view_channel=True,
        send_messages=True,
        embed_links=True,
        attach_files=True,
        read_message_history=True,
    )
    if mentions:
        permissions.update(create_public_threads=True, send_messages_in_threads=True)
    return permissions


def invite_url(application_id: int, mentions: bool) -> str:
    """The OAuth2 link that adds the bot and its slash commands to a server."""
    return discord.utils.oauth_url(
        application_id,
        permissions=invite_permissions(mentions),
        scopes=("bot", "applications.commands"),
    )


def command_schema(settings: Settings) -> list[dict[str, Any]]:
    """The application commands as discord.py would send them to Discord on sync."""
    bot = ProfileBot(BotContext.from_settings(settings), factory=_default_factory)
    return [command.to_dict(bot.tree) for command in bot.tree.get_commands()]


def _default_factory(settings: Settings) -> AssistantLike:
    from bot.app import build_assistant, settle  # deferred: models and the index load on start

    bot = build_assistant(settings)
    settle()
    return bot


def _default_versions(settings: Settings) -> Callable[[str], str | None]:
    from bot.app import version_reader  # deferred, as above

    return version_reader(settings)


class TokenRedactor(logging.Filter):
    """Hides the bot token and interaction tokens (in webhook URLs) from every log line."""

    URL_TOKEN = re.compile(r"(/(?:webhooks|interactions)/\d+/)[^/\s?'\"]+")

    def __init__(self, secret: str) -> None:
        super().__init__()
        self.secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        clean = self.URL_TOKEN.sub(r"\1[redacted]", text)
        if self.secret:
            clean = clean.replace(self.secret, "[redacted]")
        if clean != text:
            record.msg, record.args = clean, None
        return True


def redact_logs(secret: str) -> TokenRedactor:
    """Attach a TokenRedactor to every handler of the root logger."""
    redactor = TokenRedactor(secret)
    for handler in logging.getLogger().handlers:
        handler.addFilter(redactor)
    return redactor


async def serve(bot: ProfileBot, token: str) -> None:
    """Run until Discord closes us or SIGINT/SIGTERM asks us to stop, then close cleanly."""
    loop = asyncio.get_running_loop()

    closing: set[asyncio.Task[None]] = set()

    def stop(sig: signal.Signals) -> None:
        log.info("%s received: closing the Discord connection", sig.name)
        task = loop.create_task(bot.close())
        closing.add(task)
        task.add_done_callback(closing.discard)

    for sig in SIGNALS:
        with contextlib.suppress(NotImplementedError, RuntimeError):  # Windows; not main thread
            loop.add_signal_handler(sig, stop, sig)
    try:
        async with bot:
            await bot.start(token)
    finally:
        for sig in SIGNALS:
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.remove_signal_handler(sig)
    log.info("disconnected from Discord")


def failure_message(error: Exception) -> str:
    """One line naming the next action, for errors that stop the bot before it serves."""
    if isinstance(error, discord.LoginFailure):
        return (
            "Discord rejected DISCORD_TOKEN: copy a fresh token from the Developer Portal; "
            f"{README_HINT}."
        )
    if isinstance(error, discord.PrivilegedIntentsRequired):
        return (
            "The Message Content intent is off for this bot: enable it in the Developer Portal "
            "(Bot > Privileged Gateway Intents) or set PROFILEBOT_DISCORD_MENTIONS=false; "
            f"{README_HINT}."
        )
    if isinstance(error, discord.ConnectionClosed) and error.code in SHARD_CLOSE_CODES:
        return (
            f"Discord closed the connection: {SHARD_CLOSE_CODES[error.code]}; see “Sharding” "
            "in docs/scale.md."
        )
    if isinstance(error, discord.ConnectionClosed):
        return (
            f"Discord closed the connection (close code {error.code}): retry; if it persists, "
            "look the code up in Discord's gateway close codes."
        )
    return f"Cannot reach Discord ({type(error).__name__}): check the network and retry."


def run_discord(
    settings: Settings,
    sync: bool = False,
    print_schema: bool = False,
    factory: AssistantFactory | None = None,
    connector: Callable[[], aiohttp.BaseConnector] | None = None,
) -> int:
    """`profilebot discord [--sync] [--print-schema]`: returns the process exit code.
    connector builds the bot's aiohttp connector in its event loop (aiohttp needs one)."""
    if print_schema:
        print(json.dumps(command_schema(settings), indent=2))
        return 0
    secret = settings.discord_token.get_secret_value().strip() if settings.discord_token else ""
    if not secret:
        print(
            "DISCORD_TOKEN is not set: create a bot and put its token in DISCORD_TOKEN "
            f"(environment or .env); {README_HINT}.",
            file=sys.stderr,
        )
        return 2

    async def connect() -> None:
        ctx = BotContext.from_settings(settings)
        bot = make_bot(
            ctx,
            factory or _default_factory,
            sync=sync,
            connector=connector() if connector else None,
            versions=_default_versions(settings) if factory is None else None,
        )
        health = HealthServer(ctx.health, settings) if settings.health_port else None
        if health is not None:
            await health.start()
            log.info(
                "health endpoint: http://%s:%d/health", settings.health_host, settings.health_port
            )
        try:
            await serve(bot, secret)
        finally:
            if health is not None:
                await health.stop()

    redactor = redact_logs(secret)
    log.info(
        "starting profilebot on Discord: profile %s, data in %s, LLM %s",
        settings.profile,
        settings.data_dir,
        settings.llm_model if settings.llm_enabled else "off (answers offline)",
    )
    try:
        asyncio.run(connect())
    except HealthError as error:
        print(error, file=sys.stderr)
        return 1
    except (
        discord.LoginFailure,
        discord.PrivilegedIntentsRequired,
        discord.ConnectionClosed,
        aiohttp.ClientError,
        OSError,
    ) as error:
        print(failure_message(error), file=sys.stderr)
        return 1
    except (EmbedderError, IndexError_) as error:  # the model or the index cannot be loaded
        print(f"error: {error}", file=sys.stderr)
        return 1
    finally:
        for handler in logging.getLogger().handlers:
            handler.removeFilter(redactor)
    return 0
