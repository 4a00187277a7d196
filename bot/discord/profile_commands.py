"""Choosing a profile on Discord: the `profile:` option's helpers and /profile-default."""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands

from bot.discord.context import BotContext, SlashCommand
from bot.discord.profiles import choices_for
from bot.discord.types import AssistantLike
from bot.discord.views import NO_MENTIONS

PROFILE_HELP = "Which researcher's profile (default: this channel's)"
Choices = list[app_commands.Choice[str]]


async def chosen_profile(
    ctx: BotContext, interaction: discord.Interaction, profile: str | None
) -> str:
    """The checked profile key: the `profile:` option, else the channel's default."""
    name = profile or ctx.channel_profile(interaction.channel_id, interaction.channel)
    return await ctx.assistants.check(name)


async def load(ctx: BotContext, interaction: discord.Interaction, key: str) -> AssistantLike:
    """The profile's assistant; defers first if it must be built or rebuilt (that can take
    seconds)."""

    async def defer() -> None:
        if not interaction.response.is_done():
            await interaction.response.defer(thinking=True)

    built = ctx.assistants.cached(key) is not None or key == ctx.assistants.default
    if not built:
        await defer()
    return (await ctx.assistant_for(key, on_reload=defer))[1]


async def send(interaction: discord.Interaction, **message: Any) -> None:
    """Answer at once, or as a follow-up when the command had to defer."""
    if interaction.response.is_done():
        await interaction.followup.send(allowed_mentions=NO_MENTIONS, **message)
    else:
        await interaction.response.send_message(allowed_mentions=NO_MENTIONS, **message)


def profile_completer(ctx: BotContext) -> Any:
    """Autocomplete for a profile option: the indexed profiles matching what was typed."""

    async def complete(interaction: discord.Interaction, current: str) -> Choices:
        return choices_for(await ctx.assistants.names(), current)

    return complete


def typed_profile(ctx: BotContext, interaction: discord.Interaction) -> AssistantLike | None:
    """For autocomplete of titles and names: the chosen profile's assistant, if loaded."""
    name = getattr(interaction.namespace, "profile", None) or ctx.channel_profile(
        interaction.channel_id, interaction.channel
    )
    return ctx.assistants.cached(name)


def profile_default_command(ctx: BotContext) -> SlashCommand:
    @app_commands.command(name="profile-default")
    @app_commands.describe(name="The profile questions in this channel go to")
    @app_commands.default_permissions(manage_guild=True)
    async def profile_default(
        interaction: discord.Interaction, name: app_commands.Range[str, 1, 60]
    ) -> None:
        """Set the profile this channel's questions go to (admins; threads follow the channel)."""
        key = await ctx.assistants.check(name)
        channel = interaction.channel
        where = channel.parent_id if isinstance(channel, discord.Thread) else None
        ctx.channels.set(where or interaction.channel_id or 0, key)
        await interaction.response.send_message(
            f"Questions in this channel now go to the profile `{key}` "
            "unless a command names another with `profile:`.",
            allowed_mentions=NO_MENTIONS,
        )

    profile_default.autocomplete("name")(profile_completer(ctx))
    return profile_default
