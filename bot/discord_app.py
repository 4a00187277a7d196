"""The Discord client: composition root, setup_hook, errors, command sync, run_discord."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
import signal
import sys
from typing import Any

import aiohttp
import discord
import yarl
from discord import app_commands

from bot.discord_chat import handle_message
from bot.discord_commands import ask_command, help_command, paper_command, papers_command
from bot.discord_context import AssistantFactory, AssistantLike, BotContext, NotReady
from bot.discord_facts import facts_commands
from bot.discord_limits import Refusal
from bot.settings import Settings

log = logging.getLogger(__name__)

README_HINT = "see the README section “Discord”"
SIGNALS = (signal.SIGINT, signal.SIGTERM)
GENERIC_ERROR = "Sorry, something went wrong while answering. It has been logged; try again later."


def describe_error(error: app_commands.AppCommandError) -> tuple[str, bool]:
    """What to tell the user, and whether the error is a bug worth a traceback."""
    if isinstance(error, Refusal):
        return error.user_message, False
    original = getattr(error, "original", None)
    if isinstance(original, Refusal):
        return original.user_message, False
    if isinstance(original, NotReady):
        return "I'm still loading the profile; try again in a few seconds.", False
    if isinstance(error, app_commands.TransformerError):
        return f"I couldn't use “{str(error.value)[:100]}” there; check the option.", False
    if isinstance(error, app_commands.CommandNotFound | app_commands.CommandSignatureMismatch):
        return (
            "That command is out of date here; the bot owner should run "
            "`profilebot discord --sync`.",
            False,
        )
    if isinstance(error, app_commands.CheckFailure):
        return "You can't use that command here.", False
    return GENERIC_ERROR, True


class ProfileTree(app_commands.CommandTree["ProfileBot"]):
    """The command tree: the channel allow-list for every command, and one error handler."""

    def __init__(self, client: ProfileBot, ctx: BotContext) -> None:
        super().__init__(
            client,
            allowed_contexts=app_commands.AppCommandContext(
                guild=True, dm_channel=ctx.settings.discord_allow_dms, private_channel=False
            ),
            allowed_installs=app_commands.AppInstallationType(guild=True, user=False),
        )
        self.ctx = ctx

    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        self.ctx.policy.check(interaction.channel)
        return True

    async def on_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError, /
    ) -> None:
        message, unexpected = describe_error(error)
        name = interaction.command.qualified_name if interaction.command else "?"
        if unexpected:
            log.error("command /%s failed", name, exc_info=error)
        else:
            log.info("command /%s refused: %s", name, message)
        try:
            if interaction.type is discord.InteractionType.autocomplete:
                if not interaction.response.is_done():
                    await interaction.response.autocomplete([])  # "no options", not a failure
            elif interaction.response.is_done():
                await interaction.followup.send(
                    message, ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
                )
            else:
                await interaction.response.send_message(
                    message, ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
                )
        except discord.HTTPException:
            log.warning("could not tell the user about an error in /%s", name, exc_info=True)


class ProfileBot(discord.Client):
    """profilebot on Discord; the assistant is built in setup_hook, not at construction."""

    def __init__(self, ctx: BotContext, factory: AssistantFactory, sync: bool = False) -> None:
        intents = discord.Intents.default()
        intents.message_content = ctx.settings.discord_mentions  # privileged: only when needed
        super().__init__(intents=intents, allowed_mentions=discord.AllowedMentions.none())
        self.ctx, self.factory, self.sync_global = ctx, factory, sync
        self.tree = ProfileTree(self, ctx)
        for command in (
            ask_command(ctx),
            papers_command(ctx),
            paper_command(ctx),
            *facts_commands(ctx),
            help_command(ctx, self.tree),
        ):
            self.tree.add_command(command)

    async def setup_hook(self) -> None:
        log.info("loading the profile and its index")
        self.ctx.assistant = await asyncio.to_thread(self.factory, self.ctx.settings)
        guild_id = self.ctx.settings.discord_dev_guild_id
        if guild_id is not None:
            guild = discord.Object(id=guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("synced %d commands to dev guild %s", len(synced), guild_id)
        if self.sync_global:
            synced = await self.tree.sync()
            log.info("synced %d global commands (may take up to an hour to appear)", len(synced))

    async def on_ready(self) -> None:
        log.info("connected as %s in %d server(s)", self.user, len(self.guilds))

    async def on_message(self, message: discord.Message) -> None:
        if self.user is not None:
            await handle_message(self.ctx, message, self.user.id)


def command_schema(settings: Settings) -> list[dict[str, Any]]:
    """The application commands as discord.py would send them to Discord on sync."""
    bot = ProfileBot(BotContext.from_settings(settings), factory=_default_factory)
    return [command.to_dict(bot.tree) for command in bot.tree.get_commands()]


def _default_factory(settings: Settings) -> AssistantLike:
    from bot.runtime import build_assistant  # deferred: models and the index load on start

    return build_assistant(settings)


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
    return f"Cannot reach Discord ({type(error).__name__}): check the network and retry."


def run_discord(
    settings: Settings,
    sync: bool = False,
    print_schema: bool = False,
    factory: AssistantFactory | None = None,
) -> int:
    """`profilebot discord [--sync] [--print-schema]`: returns the process exit code."""
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
    if settings.discord_api_base:  # tests only: a fake Discord
        discord.http.Route.BASE = settings.discord_api_base.rstrip("/")
    if settings.discord_gateway_url:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(settings.discord_gateway_url)
    bot = ProfileBot(BotContext.from_settings(settings), factory or _default_factory, sync=sync)
    redactor = redact_logs(secret)
    try:
        asyncio.run(serve(bot, secret))
    except (
        discord.LoginFailure,
        discord.PrivilegedIntentsRequired,
        aiohttp.ClientError,
        OSError,
    ) as error:
        print(failure_message(error), file=sys.stderr)
        return 1
    finally:
        for handler in logging.getLogger().handlers:
            handler.removeFilter(redactor)
    return 0
