"""Exact facts, no retrieval: /stats, /coauthors and /timeline."""

from __future__ import annotations

import io

import discord
from discord import app_commands

from bot.discord.cards import COLOUR
from bot.discord.context import BotContext, SlashCommand
from bot.discord.limits import Refusal
from bot.discord.profile_commands import (
    PROFILE_HELP,
    chosen_profile,
    load,
    profile_completer,
    send,
    typed_profile,
)
from bot.discord.render import (
    EMBED_DESCRIPTION,
    FIELD_VALUE,
    escape,
    lines_to_fields,
    truncate,
)
from bot.discord.views import NO_MENTIONS
from retrieval.facts import by_category, profile_stats, timeline
from retrieval.model import Profile, category_label
from retrieval.people import coauthors, find_person, lower_bound_note, people

TOP_PEOPLE = 20


def stats_embed(profile: Profile) -> discord.Embed:
    """The profile header next to what the listing holds: categories and years."""
    stats = profile_stats(profile)
    title = truncate(f"{escape(stats.name)}: profile statistics", 256)
    embed = discord.Embed(title=title, colour=COLOUR)
    shown = {
        "h-index": stats.h_index,
        "Citations": stats.citations,
        "Papers (claimed)": stats.papers_claimed,
        "Papers (listed)": stats.papers_listed,
        "Main category": category_label(stats.main_category) if stats.main_category else None,
        "Novelty": f"{stats.novelty}%" if stats.novelty is not None else None,
        "AI Score": stats.ai_score,
    }
    for name, value in shown.items():
        if value is not None:
            embed.add_field(name=name, value=f"{value:,}" if isinstance(value, int) else value)
    cats = [f"{category_label(code)}: {n}" for code, n in by_category(profile.papers)]
    for name, value in lines_to_fields(cats, "Papers per category")[:3]:
        embed.add_field(name=name, value=value, inline=False)
    years = [f"{year}: {sum(row.values())}" for year, row in timeline(profile.papers).items()]
    if years:
        embed.add_field(
            name="Papers per year", value=truncate(" · ".join(years), FIELD_VALUE), inline=False
        )
    if profile.stats_source:
        embed.set_footer(text=f"Header numbers from {profile.stats_source}")
    return embed


def coauthors_embed(profile: Profile, name: str | None) -> discord.Embed:
    """Top co-authors, or the papers shared with one of them."""
    if not name:
        top = coauthors(profile.papers, profile.name)[:TOP_PEOPLE]
        lines = [f"**{escape(p.name)}**: {len(p.papers)} paper(s)" for p in top] or [
            "No co-authors listed."
        ]
        embed = discord.Embed(
            title=truncate(f"{escape(profile.name)}'s most frequent co-authors", 256),
            description=truncate("\n".join(lines), EMBED_DESCRIPTION - 100),
            colour=COLOUR,
        )
    else:
        person = find_person(profile.papers, name)
        if person is None:
            raise Refusal(
                f"No author named “{escape(name[:100])}” in the listed papers; "
                "pick one as you type."
            )
        lines = [f"{p.date.isoformat()} · {truncate(escape(p.title), 200)}" for p in person.papers]
        embed = discord.Embed(
            title=truncate(f"Papers listing {escape(person.name)}: {len(person.papers)}", 256),
            description=truncate("\n".join(lines), EMBED_DESCRIPTION - 100),
            colour=COLOUR,
        )
    if note := lower_bound_note(profile.papers):
        embed.set_footer(text=note)
    return embed


def name_choices(profile: Profile, typed: str) -> list[app_commands.Choice[str]]:
    needle = " ".join(typed.split()).casefold()
    names = [p.name for p in people(profile.papers) if needle in p.name.casefold()]
    return [app_commands.Choice(name=n[:100], value=n[:100]) for n in names[:25]]


def facts_commands(ctx: BotContext) -> list[SlashCommand]:
    @app_commands.command(name="stats")
    @app_commands.describe(profile=PROFILE_HELP)
    async def stats(interaction: discord.Interaction, profile: str | None = None) -> None:
        """The profile's numbers: h-index, citations, papers per category and per year."""
        assistant = await load(ctx, interaction, await chosen_profile(ctx, interaction, profile))
        await send(interaction, embed=stats_embed(assistant.profile))

    @app_commands.command(name="coauthors")
    @app_commands.describe(
        name="A co-author, to list the papers you share with them", profile=PROFILE_HELP
    )
    async def coauthors_(
        interaction: discord.Interaction,
        name: app_commands.Range[str, 1, 100] | None = None,
        profile: str | None = None,
    ) -> None:
        """Who the researcher writes with most, or the papers with one co-author."""
        assistant = await load(ctx, interaction, await chosen_profile(ctx, interaction, profile))
        await send(interaction, embed=coauthors_embed(assistant.profile, name))

    @coauthors_.autocomplete("name")
    async def complete_name(
        interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        assistant = typed_profile(ctx, interaction)
        return name_choices(assistant.profile, current) if assistant else []

    @app_commands.command(name="timeline")
    @app_commands.describe(profile=PROFILE_HELP)
    async def timeline_(interaction: discord.Interaction, profile: str | None = None) -> None:
        """A chart of papers per year, stacked by category."""
        key = await chosen_profile(ctx, interaction, profile)
        await interaction.response.defer(thinking=True)  # drawing the chart can take a moment
        chosen = (await load(ctx, interaction, key)).profile
        png = await ctx.in_thread(timeline_png, chosen)
        title = truncate(f"{escape(chosen.name)}: papers per year", 256)
        embed = discord.Embed(title=title, colour=COLOUR)
        embed.set_image(url="attachment://timeline.png")
        await interaction.followup.send(
            embed=embed,
            file=discord.File(io.BytesIO(png), filename="timeline.png"),
            allowed_mentions=NO_MENTIONS,
        )

    commands: list[SlashCommand] = [stats, coauthors_, timeline_]
    for command in commands:
        command.autocomplete("profile")(profile_completer(ctx))
    return commands


def timeline_png(profile: Profile) -> bytes:
    from bot.charts import timeline_chart  # matplotlib: imported only when a chart is drawn

    return timeline_chart(profile)
