"""👍 / 👎 beside 'Show evidence': one vote per user per answer (changeable), an optional
"what was wrong?" on 👎, kept in the feedback store with the answer they rate."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from typing import Any

import discord

from bot.discord.views import NO_MENTIONS, VIEW_TIMEOUT_S, EvidenceView
from bot.feedback import MAX_COMMENT, FeedbackStore
from prompts.answer.model import Answer

log = logging.getLogger(__name__)

UP, DOWN = 1, -1
EMOJI = {UP: "👍", DOWN: "👎"}
CUSTOM_ID = {UP: "profilebot:vote:up", DOWN: "profilebot:vote:down"}
THANKS = "Thanks! Recorded {emoji} for this answer; press the other button to change it."
UNKNOWN = "I no longer have this answer on record; ask again and rate the new one."
FAILED = "I couldn't record that just now; please try again in a minute."


async def record_answer(
    store: FeedbackStore, message: discord.abc.Snowflake, command: str, profile: str, answer: Answer
) -> None:
    """Keep the answer a message carries, so votes on it can be reported."""
    try:
        await asyncio.to_thread(store.record_answer, message.id, command, profile, answer)
    except (sqlite3.Error, OSError) as failed:
        log.warning("could not record an answer for feedback in %s: %s", store.path, failed)


class CommentModal(discord.ui.Modal, title="What was wrong?"):
    """Optional: a 👎 with a reason is worth far more to the profile's owner."""

    comment: discord.ui.TextInput[Any] = discord.ui.TextInput(
        label="What was wrong? (optional)",
        style=discord.TextStyle.paragraph,
        required=False,
        max_length=MAX_COMMENT,
        placeholder="e.g. it missed a paper, or cited the wrong one",
    )

    def __init__(self, store: FeedbackStore, message_id: int) -> None:
        super().__init__(custom_id=f"profilebot:feedback:{message_id}", timeout=VIEW_TIMEOUT_S)
        self.store, self.message_id = store, message_id

    async def on_submit(self, interaction: discord.Interaction) -> None:
        text = self.comment.value or ""
        try:
            if text.strip():
                await asyncio.to_thread(
                    self.store.comment, self.message_id, interaction.user.id, text
                )
        except (sqlite3.Error, OSError) as failed:
            log.warning("could not record a feedback comment: %s", failed)
            reply = FAILED
        else:
            reply = "Thanks: noted." if text.strip() else THANKS.format(emoji=EMOJI[DOWN])
        await interaction.response.send_message(reply, ephemeral=True, allowed_mentions=NO_MENTIONS)


class VoteButton(discord.ui.Button[Any]):
    """👍 or 👎 under an answer; pressing again (or the other one) changes the vote."""

    def __init__(self, store: FeedbackStore, vote: int) -> None:
        super().__init__(
            emoji=EMOJI[vote], style=discord.ButtonStyle.secondary, custom_id=CUSTOM_ID[vote]
        )
        self.store, self.vote = store, vote

    async def callback(self, interaction: discord.Interaction) -> None:
        message_id = interaction.message.id if interaction.message else 0
        try:
            known = await asyncio.to_thread(
                self.store.vote, message_id, interaction.user.id, self.vote
            )
        except (sqlite3.Error, OSError) as failed:
            log.warning("could not record a vote in %s: %s", self.store.path, failed)
            known, reply = True, FAILED
        else:
            reply = THANKS.format(emoji=EMOJI[self.vote]) if known else UNKNOWN
        log.info("feedback vote=%s recorded=%s", EMOJI[self.vote], known and reply != FAILED)
        if known and reply != FAILED and self.vote == DOWN:
            await interaction.response.send_modal(CommentModal(self.store, message_id))
            return
        await interaction.response.send_message(reply, ephemeral=True, allowed_mentions=NO_MENTIONS)


class VotesView(discord.ui.View):
    """The vote buttons alone, for any answer message: registered once, they keep working
    after 'Show evidence' expires and after a restart."""

    def __init__(self, store: FeedbackStore) -> None:
        super().__init__(timeout=None)
        for vote in (UP, DOWN):
            self.add_item(VoteButton(store, vote))


class AnswerView(EvidenceView):
    """'Show evidence' (when there are citations) with 👍 / 👎 beside it."""

    def __init__(self, answer: Answer, store: FeedbackStore) -> None:
        super().__init__(answer)
        self.store = store
        if not answer.citations:
            self.remove_item(self.show)
        for vote in (UP, DOWN):
            self.add_item(VoteButton(store, vote))

    async def on_timeout(self) -> None:
        """'Show evidence' goes (its answer is no longer held); the votes stay."""
        if self.edit is None:
            return
        try:
            await self.edit(view=VotesView(self.store))
        except discord.HTTPException:
            log.debug("could not remove expired buttons", exc_info=True)
