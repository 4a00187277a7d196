"""/profilebot-settings: a server's own default profile, mention mode, forums and privacy."""

from __future__ import annotations

import re

import discord
from discord import app_commands

from bot.discord.context import BotContext, SlashCommand
from bot.discord.limits import Refusal
from bot.discord.profile_commands import profile_completer
from bot.discord.profiles import GuildSettings
from bot.discord.render import EMBED_DESCRIPTION, truncate
from bot.discord.views import NO_MENTIONS

CHANNEL_ID = re.compile(r"^(?:<#)?(\d{15,21})>?$")
CLEAR = {"none", "clear", "-"}
MENTION_CHOICES = [
    app_commands.Choice(name="open a thread for each question", value="threads"),
    app_commands.Choice(name="reply in the channel", value="replies"),
    app_commands.Choice(name="off (slash commands and forums only)", value="off"),
]


def parse_forums(text: str, guild: discord.Guild | None) -> list[int]:
    """Forum ids from '#forum, 123...'; 'none' clears. Refusal names what is not a forum."""
    parts = [p for p in re.split(r"[\s,]+", text.strip()) if p]
    if not parts or parts[0].casefold() in CLEAR:
        return []
    ids: list[int] = []
    for part in parts:
        hit = CHANNEL_ID.match(part)
        channel = guild.get_channel(int(hit[1])) if hit and guild else None
        if not isinstance(channel, discord.ForumChannel):
            raise Refusal(
                f"“{part[:40]}” is not a forum channel of this server: pick forums with #, "
                "or write `none` to stop answering forum posts."
            )
        ids.append(channel.id)
    return sorted(set(ids))


def settings_embed(ctx: BotContext, guild_id: int, current: GuildSettings) -> discord.Embed:
    """The server's settings as they apply now, saying which are the bot's defaults."""
    bot = ctx.settings
    mode = current.mentions or "threads"
    if not bot.discord_mentions:
        mention_line = "off for this bot (the owner sets PROFILEBOT_DISCORD_MENTIONS=true)"
    else:
        mention_line = mode + ("" if current.mentions else " (default)")
    forums = sorted(ctx.forum_ids(guild_id))
    private = current.private_answers
    lines = [
        f"**Default profile:** `{current.profile or bot.profile}`"
        + ("" if current.profile else " (the bot's default)"),
        f"**Mentions:** {mention_line}",
        "**Forums answered:** " + (", ".join(f"<#{f}>" for f in forums) or "none"),
        "**Private answers:** "
        + (
            "/ask public, the message menu private (default)"
            if private is None
            else ("yes: only the asker sees answers" if private else "no: everyone sees answers")
        ),
        "\nA channel's own default (/profile-default) wins over the server's.",
    ]
    return discord.Embed(
        title="profilebot settings for this server",
        description=truncate("\n".join(lines), EMBED_DESCRIPTION),
    )


def server_settings_command(ctx: BotContext) -> SlashCommand:
    @app_commands.command(name="profilebot-settings")
    @app_commands.describe(
        profile="Default profile of this server's channels",
        mentions="How @mentions are answered in this server",
        forums="Forums whose new posts get an answer: #forum, … or none",
        private_answers="Show answers to /ask and the message menu only to the asker",
    )
    @app_commands.choices(mentions=MENTION_CHOICES)
    @app_commands.default_permissions(manage_guild=True)
    async def profilebot_settings(
        interaction: discord.Interaction,
        profile: app_commands.Range[str, 1, 60] | None = None,
        mentions: str | None = None,
        forums: app_commands.Range[str, 1, 500] | None = None,
        private_answers: bool | None = None,
    ) -> None:
        """Show or change this server's settings (server managers)."""
        guild_id = interaction.guild_id
        if guild_id is None:
            raise Refusal("These settings are per server: run the command in a server.")
        current = ctx.channels.guild(guild_id)
        changes: dict[str, object] = {}
        if profile is not None:
            changes["profile"] = await ctx.assistants.check(profile)
        if mentions is not None:
            changes["mentions"] = mentions
        if forums is not None:
            changes["forum_ids"] = parse_forums(forums, interaction.guild)
        if private_answers is not None:
            changes["private_answers"] = private_answers
        if changes:
            current = current.model_copy(update=changes)
            ctx.channels.set_guild(guild_id, current)
        await interaction.response.send_message(
            embed=settings_embed(ctx, guild_id, current),
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )

    profilebot_settings.autocomplete("profile")(profile_completer(ctx))
    return profilebot_settings
