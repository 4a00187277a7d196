"""Memory rebuilt from Discord itself: after a restart, a thread's or reply chain's messages
become the Conversation again, so a follow-up is still understood.

The bot's answers carry what this needs: the question (the first embed's title), the cited
papers in [n] order (the Sources lines) and the profile (the last footer line, `sign`).
Reading is bounded (MAX_MESSAGES, MAX_TURNS, MAX_TEXT); the result is kept in Conversations,
so a conversation is rebuilt at most once per process.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, field

import discord

from bot.discord.render import COLOUR_ABSTAIN, NOTICE, truncate, unescape
from prompts.answer.memory import Conversation
from prompts.answer.model import Answer, Citation
from retrieval.index.columns import columns_of
from retrieval.model import Paper, Profile

log = logging.getLogger(__name__)

MAX_MESSAGES = 50  # of a thread's history, read back from the follow-up
MAX_CHAIN = 16  # messages of a reply chain, fetched one by one
MAX_TEXT = 2000  # characters of each rebuilt answer: the LLM's transcript stays bounded
SIGNATURE = "Profile: "
PROFILE_LINE = re.compile(rf"(?:^|\n){SIGNATURE}(\S+)$")
SOURCE_LINE = re.compile(r"^\*\*\[(\d{1,6})\]\*\* (.+?) · (\d{4}-\d{2}-\d{2})(?: · <[^>]*>)?$")


def sign(answer: Answer, profile: str) -> Answer:
    """The answer as rendered: its footer ends with the profile that answered."""
    line = f"{SIGNATURE}{profile}"
    notice = truncate(answer.notice, NOTICE - len(line) - 1) + "\n" if answer.notice else ""
    return answer.model_copy(update={"notice": notice + line})


def signed_profile(message: discord.Message) -> str | None:
    """The profile a bot message's answer came from, if the message ends an answer."""
    footer = message.embeds[-1].footer.text if message.embeds else None
    found = PROFILE_LINE.search(footer or "")
    return found[1] if found else None


@dataclass
class Draft:
    """An answer being read back, possibly over several messages."""

    question: str = ""
    text: list[str] = field(default_factory=list)
    sources: list[tuple[int, str, dt.date]] = field(default_factory=list)
    abstained: bool = False


def _read(message: discord.Message, draft: Draft | None) -> Draft | None:
    """Add one bot message to the answer being read; a titled embed starts a new one."""
    for embed in message.embeds:
        if embed.title:
            draft = Draft(question=unescape(embed.title))
        draft = draft or Draft()
        draft.abstained = embed.colour == COLOUR_ABSTAIN
        if embed.description:
            draft.text.append(unescape(embed.description))
        for value in (f.value or "" for f in embed.fields if (f.name or "").startswith("Sources")):
            for line in value.splitlines():
                if hit := SOURCE_LINE.match(line.strip()):
                    date = dt.date.fromisoformat(hit[3])
                    draft.sources.append((int(hit[1]), unescape(hit[2]), date))
    return draft


def _paper(profile: Profile, title: str, date: dt.date) -> Paper | None:
    """The profile's paper a Sources line names (its title may end in '…' if shortened)."""
    wanted = title.casefold()
    stem = wanted.removesuffix("…").rstrip()
    columns = columns_of(profile)  # titles, not every paper: the papers named are read
    found = columns.rows(
        [
            i
            for i, title in enumerate(t.casefold() for t in columns.titles())
            if title == wanted or (wanted.endswith("…") and title.startswith(stem))
        ]
    )
    if len(found) > 1:
        found = [p for p in found if p.date == date] or found
    return found[0] if found else None


def _answer(draft: Draft, profile: Profile) -> Answer:
    citations = [
        Citation.of(n, paper)
        for n, title, date in draft.sources
        if (paper := _paper(profile, title, date)) is not None
    ]
    return Answer(
        question=draft.question,
        text=truncate("\n".join(draft.text), MAX_TEXT),
        citations=citations,
        abstained=draft.abstained,
        route="abstain" if draft.abstained else "retrieval",
    )


def rebuild(
    messages: list[discord.Message], me_id: int, key: str, profile: Profile
) -> Conversation:
    """The conversation in messages (oldest first): the bot's answers from profile `key`."""
    chat = Conversation()
    draft: Draft | None = None
    for message in messages:
        if message.author.id != me_id or not message.embeds:
            continue
        draft = _read(message, draft)
        answered = signed_profile(message)
        if answered is not None and draft is not None:
            if answered == key:
                answer = _answer(draft, profile)
                chat.add(answer.question, answer)
            draft = None
    return chat


async def thread_messages(
    channel: discord.abc.Messageable, before: discord.Message
) -> list[discord.Message]:
    """The thread's (or DM's) last MAX_MESSAGES messages before `before`, oldest first."""
    found = [m async for m in channel.history(limit=MAX_MESSAGES, before=before)]
    return found[::-1]


async def chain_messages(message: discord.Message) -> list[discord.Message]:
    """The reply chain `message` answers, oldest first: up to MAX_CHAIN messages back."""
    chain: list[discord.Message] = []
    ref = message.reference
    while ref is not None and ref.message_id is not None and len(chain) < MAX_CHAIN:
        resolved = ref.resolved
        if not isinstance(resolved, discord.Message):
            try:
                resolved = await message.channel.fetch_message(ref.message_id)
            except discord.HTTPException as failed:  # deleted, or no history permission
                log.info("reply chain stops at message %s: %s", ref.message_id, failed)
                break
        chain.append(resolved)
        ref = resolved.reference
    return chain[::-1]


async def recall(
    message: discord.Message, mode: str, me_id: int, key: str, profile: Profile
) -> Conversation:
    """Rebuild the conversation a follow-up continues: its thread's or its reply chain's."""
    if mode == "thread":
        messages = await thread_messages(message.channel, message)
    else:
        messages = await chain_messages(message)
    chat = rebuild(messages, me_id, key, profile)
    log.info("rebuilt a conversation of %d turn(s) from %d message(s)", len(chat), len(messages))
    return chat
