"""The message menu "Ask profilebot about this": the selected message's text as a question."""

from __future__ import annotations

import re

import discord
from discord import app_commands

from bot.discord.commands import MAX_QUESTION, answer_with_progress, log_answer, send_answer
from bot.discord.context import BotContext
from bot.discord.limits import Refusal
from bot.discord.profile_commands import chosen_profile, load

MENU_NAME = "Ask profilebot about this"
MENTION = re.compile(r"<@[!&]?\d+>")
NO_TEXT = "That message has no text to ask about; use /ask with your own question."


def message_question(message: discord.Message) -> str:
    """The message's text without mentions, else its first embed's title and text."""
    text = MENTION.sub("", message.content or "").strip()
    if not text and message.embeds:
        embed = message.embeds[0]
        text = "\n".join(part for part in (embed.title, embed.description) if part)
    return " ".join(text.split())[:MAX_QUESTION]


def ask_about_menu(ctx: BotContext) -> app_commands.ContextMenu:
    async def ask_about(interaction: discord.Interaction, message: discord.Message) -> None:
        question = message_question(message)
        if not question:
            raise Refusal(NO_TEXT)
        ephemeral = ctx.private_answers(interaction.guild_id, default=True)
        key = await chosen_profile(ctx, interaction, None)
        with ctx.gate.slot(interaction.user.id):
            await interaction.response.defer(thinking=True, ephemeral=ephemeral)
            assistant = await load(ctx, interaction, key)
            answer, replace = await answer_with_progress(ctx, interaction, assistant, question)
        log_answer(ctx, "menu", answer)
        await send_answer(ctx, interaction, answer, "context-menu", key, ephemeral, replace)

    menu: app_commands.ContextMenu = app_commands.ContextMenu(name=MENU_NAME, callback=ask_about)
    return menu
