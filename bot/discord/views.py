"""Buttons under bot messages: 'Show evidence' and paging through /papers results."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import discord

from bot.discord.cards import page_count, papers_page
from bot.discord.render import evidence_embed
from prompts.answer.model import Answer
from retrieval.model import Paper

log = logging.getLogger(__name__)

# Shorter than the 15-minute life of an interaction token, so the last edit still works.
VIEW_TIMEOUT_S = 600.0
NO_MENTIONS = discord.AllowedMentions.none()

Editor = Callable[..., Awaitable[Any]]


class ExpiringView(discord.ui.View):
    """A view that removes its buttons when it stops listening."""

    def __init__(self, timeout: float | None = VIEW_TIMEOUT_S) -> None:
        super().__init__(timeout=timeout)
        self.edit: Editor | None = None  # edits the message the view is attached to

    def attach(self, message: discord.Message | discord.WebhookMessage) -> None:
        self.edit = message.edit

    async def on_timeout(self) -> None:
        if self.edit is None:
            return
        try:
            await self.edit(view=None)
        except discord.HTTPException:  # message deleted or token expired: nothing to tidy
            log.debug("could not remove expired buttons", exc_info=True)


class EvidenceView(ExpiringView):
    """'Show evidence': the cited sentences, shown only to whoever presses it."""

    def __init__(self, answer: Answer, timeout: float | None = VIEW_TIMEOUT_S) -> None:
        super().__init__(timeout=timeout)
        self.answer = answer

    @discord.ui.button(
        label="Show evidence", style=discord.ButtonStyle.secondary, custom_id="profilebot:evidence"
    )
    async def show(self, interaction: discord.Interaction, _: discord.ui.Button[Any]) -> None:
        await interaction.response.send_message(
            embed=evidence_embed(self.answer), ephemeral=True, allowed_mentions=NO_MENTIONS
        )


class PagesView(ExpiringView):
    """Previous/Next through a list of papers; only the person who asked can turn pages."""

    def __init__(
        self,
        papers: Sequence[Paper],
        heading: str,
        owner_id: int,
        timeout: float | None = VIEW_TIMEOUT_S,
    ) -> None:
        super().__init__(timeout=timeout)
        self.papers, self.heading, self.owner_id = list(papers), heading, owner_id
        self.page = 0
        self._sync()

    def embed(self) -> discord.Embed:
        return papers_page(self.papers, self.page, self.heading)

    def _sync(self) -> None:
        self.previous.disabled = self.page == 0
        self.next.disabled = self.page >= page_count(len(self.papers)) - 1

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(
            "Only the person who ran /papers can turn these pages; run /papers yourself.",
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )
        return False

    async def _flip(self, interaction: discord.Interaction, delta: int) -> None:
        self.page = min(max(self.page + delta, 0), page_count(len(self.papers)) - 1)
        self._sync()
        # The press brings a fresh token: use it for the final tidy-up as well.
        self.edit = interaction.edit_original_response
        await interaction.response.edit_message(
            embed=self.embed(), view=self, allowed_mentions=NO_MENTIONS
        )

    @discord.ui.button(label="◀ Previous", custom_id="profilebot:papers:previous")
    async def previous(self, interaction: discord.Interaction, _: discord.ui.Button[Any]) -> None:
        await self._flip(interaction, -1)

    @discord.ui.button(label="Next ▶", custom_id="profilebot:papers:next")
    async def next(self, interaction: discord.Interaction, _: discord.ui.Button[Any]) -> None:
        await self._flip(interaction, +1)
