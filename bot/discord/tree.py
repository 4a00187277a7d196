"""The command tree: the channel allow-list for every command, and the one error handler."""

from __future__ import annotations

import logging

import aiohttp
import discord
from discord import app_commands

from bot.discord.context import BotContext, NotReady
from bot.discord.limits import Refusal

log = logging.getLogger(__name__)

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


def describe(failure: Exception) -> str:
    """One line for a failed request to Discord, e.g. 'NotFound: 404 Not Found (...)'."""
    return f"{type(failure).__name__}: {failure}"


class ProfileTree(app_commands.CommandTree[discord.Client]):
    """The command tree: the channel allow-list for every command, and one error handler."""

    def __init__(self, client: discord.Client, ctx: BotContext) -> None:
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
        original = getattr(error, "original", None)
        if unexpected or isinstance(original, discord.HTTPException | aiohttp.ClientError):
            self.ctx.health.failed += 1
        if isinstance(original, discord.HTTPException | aiohttp.ClientError):  # Discord's side
            log.warning("command /%s: a request to Discord failed: %s", name, describe(original))
        elif unexpected:
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
        except (discord.HTTPException, aiohttp.ClientError) as failed:
            log.warning("could not tell the user about an error in /%s: %s", name, describe(failed))
