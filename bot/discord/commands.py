"""The slash commands /ask, /papers, /paper and /help, built around one BotContext."""

from __future__ import annotations

import asyncio
import difflib
import logging
from typing import Any

import discord
from discord import app_commands

from bot.discord.cards import help_embed, paper_card
from bot.discord.context import BotContext, SlashCommand
from bot.discord.history import sign
from bot.discord.limits import Refusal
from bot.discord.profile_commands import (
    PROFILE_HELP,
    chosen_profile,
    load,
    profile_completer,
    send,
    typed_profile,
)
from bot.discord.progress import SEARCHING, WAITING, Progress, status_editor
from bot.discord.render import answer_messages, escape
from bot.discord.types import AssistantLike
from bot.discord.views import NO_MENTIONS, PagesView
from bot.discord.votes import AnswerView, record_answer
from bot.logs import log_question
from prompts.answer.model import Answer
from retrieval.filters import Filters
from retrieval.index.columns import columns_of
from retrieval.model import CATEGORY_NAMES, Paper, Profile

log = logging.getLogger(__name__)

MAX_QUESTION = 500
MAX_CHOICES = 25
CHOICE_NAME = 100
PAPERS_K = 50
STREAMED_AT_ONCE = 8  # answers whose LLM tokens are counted for the progress status
Year = app_commands.Range[int, 1900, 2100]
CATEGORY_CHOICES = [
    app_commands.Choice(name=f"{code} ({name})"[:CHOICE_NAME], value=code)
    for code, name in CATEGORY_NAMES.items()
][:MAX_CHOICES]


async def send_answer(
    ctx: BotContext,
    interaction: discord.Interaction,
    answer: Answer,
    command: str,
    profile: str,
    ephemeral: bool = False,
    replace: bool = False,
) -> None:
    """Send an answer as follow-up messages (the first replaces the progress status when
    one is shown); the last carries 'Show evidence' and the votes, and is recorded."""
    shown = sign(answer, profile)
    messages = answer_messages(shown)
    view = AnswerView(shown, ctx.feedback)
    sent: discord.Message | discord.WebhookMessage | None = None
    for i, embeds in enumerate(messages):
        extra: dict[str, Any] = {"view": view} if i == len(messages) - 1 else {}
        if i == 0 and replace:
            sent = await interaction.edit_original_response(
                content=None, embeds=embeds, allowed_mentions=NO_MENTIONS, **extra
            )
        else:
            sent = await interaction.followup.send(
                embeds=embeds, wait=True, ephemeral=ephemeral, allowed_mentions=NO_MENTIONS, **extra
            )
    assert sent is not None  # answer_messages gives at least one message
    view.attach(sent)
    ctx.health.answered += 1
    await record_answer(ctx.feedback, sent, command, profile, answer)


async def answer_with_progress(
    ctx: BotContext, interaction: discord.Interaction, assistant: AssistantLike, question: str
) -> tuple[Answer, bool]:
    """The answer, with the deferred reply showing progress meanwhile; and whether it did."""
    progress = Progress(status_editor(interaction), asyncio.get_running_loop())
    progress.report(WAITING)  # until an answer thread takes it

    # Streaming costs the answer threads time under the GIL: when many answers run at once
    # (bench/discord_load.py, llm-1s) the status keeps "searching" rather than count words.
    on_progress = progress.tokens if ctx.gate.active <= STREAMED_AT_ONCE else None

    def work() -> Answer:
        progress.report(SEARCHING.format(n=len(assistant.profile.papers)))
        return assistant.ask(question, None, on_progress)

    try:
        answer = await ctx.in_thread(work)
    finally:
        shown = await progress.finish()
    return answer, shown


def log_answer(ctx: BotContext, command: str, answer: Answer) -> None:
    """The question's one log line (its text with PROFILEBOT_LOG_QUESTIONS=true)."""
    question = answer.question if ctx.settings.log_questions else None
    log_question("discord", command, answer, question)


def ask_command(ctx: BotContext) -> SlashCommand:
    @app_commands.command(name="ask")
    @app_commands.describe(
        question="Your question about the researcher's papers", profile=PROFILE_HELP
    )
    async def ask(
        interaction: discord.Interaction,
        question: app_commands.Range[str, 1, MAX_QUESTION],
        profile: str | None = None,
    ) -> None:
        """Ask about the researcher's papers; every claim in the answer cites a paper."""
        key = await chosen_profile(ctx, interaction, profile)
        private = ctx.private_answers(interaction.guild_id, default=False)
        with ctx.gate.slot(interaction.user.id):
            # Acknowledge before any retrieval.
            await interaction.response.defer(thinking=True, ephemeral=private)
            assistant = await load(ctx, interaction, key)
            answer, replace = await answer_with_progress(ctx, interaction, assistant, question)
        log_answer(ctx, "ask", answer)
        await send_answer(ctx, interaction, answer, "ask", key, private, replace)

    ask.autocomplete("profile")(profile_completer(ctx))
    return ask


def paper_filters(
    year: int | None, since: int | None, category: str | None, has_code: bool | None
) -> Filters:
    if year is not None and since is not None:
        raise Refusal("Use either `year` or `since`, not both.")
    return Filters(
        year_from=year if year is not None else since,
        year_to=year,
        categories=[category] if category else [],
        has_code=has_code,
    )


def papers_command(ctx: BotContext) -> SlashCommand:
    @app_commands.command(name="papers")
    @app_commands.describe(
        topic="What the papers are about",
        year="Only papers from this year",
        since="Only papers from this year on",
        category="Only this arXiv category",
        has_code="Only papers with (or without) released code",
        profile=PROFILE_HELP,
    )
    @app_commands.choices(category=CATEGORY_CHOICES)
    async def papers(
        interaction: discord.Interaction,
        topic: app_commands.Range[str, 1, 200],
        year: Year | None = None,
        since: Year | None = None,
        category: str | None = None,
        has_code: bool | None = None,
        profile: str | None = None,
    ) -> None:
        """List the researcher's papers on a topic, best matches first, page by page."""
        filters = paper_filters(year, since, category, has_code)
        key = await chosen_profile(ctx, interaction, profile)
        with ctx.gate.slot(interaction.user.id):
            await interaction.response.defer(thinking=True)
            assistant = await load(ctx, interaction, key)
            result = await ctx.in_thread(assistant.search, topic, filters, PAPERS_K)
        found = [hit.paper for hit in result.hits if hit.relevant]
        where = f" ({filters.describe()})" if not filters.is_empty() else ""
        log.info("papers interface=discord hits=%d relevant=%d", len(result.hits), len(found))
        if not found:
            await interaction.followup.send(
                f"No papers about “{topic}”{where} in the profile.", allowed_mentions=NO_MENTIONS
            )
            return
        view = PagesView(found, f"Papers about “{topic}”{where}", interaction.user.id)
        sent = await interaction.followup.send(
            embed=view.embed(), view=view, wait=True, allowed_mentions=NO_MENTIONS
        )
        view.attach(sent)

    papers.autocomplete("profile")(profile_completer(ctx))
    return papers


def title_choices(profile: Profile, typed: str) -> list[app_commands.Choice[str]]:
    """Up to 25 papers whose titles best match what the user typed so far."""
    needle = " ".join(typed.split()).casefold()
    columns = columns_of(profile)  # titles, not every paper: the papers shown are read
    rows: list[int] = list(range(min(len(columns.ids), MAX_CHOICES)))
    if needle:
        titles = [t.casefold() for t in columns.titles()]
        starts = [i for i, t in enumerate(titles) if t.startswith(needle)]
        within = [i for i, t in enumerate(titles) if needle in t and not t.startswith(needle)]
        rows = starts + within
    papers = columns.rows(rows[:MAX_CHOICES])
    return [
        app_commands.Choice(
            name=p.title if len(p.title) <= CHOICE_NAME else p.title[: CHOICE_NAME - 1] + "…",
            value=p.id,
        )
        for p in papers[:MAX_CHOICES]
    ]


def find_paper(profile: Profile, title: str) -> Paper | None:
    """By id (an autocomplete choice), exact title, unique substring or closest title."""
    wanted = " ".join(title.split()).casefold()
    for paper in profile.papers:
        if wanted in (paper.id, paper.title.casefold(), paper.short_title.casefold()):
            return paper
    within = [p for p in profile.papers if wanted and wanted in p.title.casefold()]
    if len(within) == 1:
        return within[0]
    titles = {p.title.casefold(): p for p in profile.papers}
    close = difflib.get_close_matches(wanted, list(titles), n=1, cutoff=0.6)
    return titles[close[0]] if close else None


def paper_command(ctx: BotContext) -> SlashCommand:
    @app_commands.command(name="paper")
    @app_commands.describe(
        title="Start typing a title and pick from the list", profile=PROFILE_HELP
    )
    async def paper(
        interaction: discord.Interaction,
        title: app_commands.Range[str, 1, 300],
        profile: str | None = None,
    ) -> None:
        """Show one paper: date, category, authors, code link and abstract."""
        assistant = await load(ctx, interaction, await chosen_profile(ctx, interaction, profile))
        found = find_paper(assistant.profile, title)
        if found is None:
            raise Refusal(
                f"No paper titled “{escape(title[:100])}”; pick one from the list as you type."
            )
        await send(interaction, embed=paper_card(found))

    @paper.autocomplete("title")
    async def complete_title(
        interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        assistant = typed_profile(ctx, interaction)
        return title_choices(assistant.profile, current) if assistant else []

    paper.autocomplete("profile")(profile_completer(ctx))
    return paper


def help_command(ctx: BotContext, tree: app_commands.CommandTree) -> SlashCommand:
    @app_commands.command(name="help")
    async def help_(interaction: discord.Interaction) -> None:
        """What I can do and how to ask."""
        listed = [
            (c.name, c.description)
            for c in tree.get_commands()
            if isinstance(c, app_commands.Command) and c.default_permissions is None  # not admin
        ]
        embed = help_embed(listed, ctx.settings.discord_mentions)
        await interaction.response.send_message(
            embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS
        )

    return help_
