"""Free conversation: @mentions open a thread; the thread and replies to the bot keep memory;
new posts in the forums the bot answers get an answer, and the post continues like a thread."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

import discord

from bot.discord.commands import log_answer
from bot.discord.context import BotContext, ChatKey
from bot.discord.history import recall, sign
from bot.discord.limits import Refusal
from bot.discord.render import answer_messages, truncate
from bot.discord.types import AssistantLike
from bot.discord.views import NO_MENTIONS
from bot.discord.votes import AnswerView, record_answer
from prompts.answer.memory import Conversation
from prompts.answer.model import Answer

log = logging.getLogger(__name__)

THREAD_NAME = 100
MAX_QUESTION = 1000
EMPTY_MENTION = "Ask me about the researcher's papers, e.g. “@me which papers have code?”"


@dataclass
class Route:
    """Where a message's conversation lives and how to answer it."""

    key: int  # the Conversation key: thread id, reply-chain root, or DM channel id
    mode: str  # 'thread' (answer in the channel), 'reply' (reply to it), 'open' (new thread)
    forum: bool = False  # a post in one of the forums the bot answers


def mention_pattern(me_id: int) -> re.Pattern[str]:
    return re.compile(rf"<@!?{me_id}>")


def route_message(ctx: BotContext, message: discord.Message, me_id: int) -> Route | None:
    """The conversation a message continues or starts, or None if it's not for the bot."""
    channel = message.channel
    chats = ctx.conversations
    guild_id = message.guild.id if message.guild else None
    if isinstance(channel, discord.Thread) and channel.parent_id in ctx.forum_ids(guild_id):
        return Route(channel.id, "thread", forum=True)
    mode = ctx.channels.guild(guild_id).mentions or "threads"
    if mode == "off" and guild_id is not None:  # the server turned chat off
        return None
    if chats.is_our_thread(channel.id) or (
        isinstance(channel, discord.Thread) and channel.owner_id == me_id
    ):
        return Route(channel.id, "thread")
    ref = message.reference
    if ref is not None and ref.message_id is not None:
        key = chats.key_for_message(ref.message_id)
        resolved = ref.resolved
        if key is None and isinstance(resolved, discord.Message) and resolved.author.id == me_id:
            key = ref.message_id  # a reply to one of our messages from before a restart
        if key is not None:
            return Route(key, "reply")
    if isinstance(channel, discord.DMChannel):
        return Route(channel.id, "thread")
    if mention_pattern(me_id).search(message.content):
        opens = isinstance(channel, discord.TextChannel) and mode == "threads"
        return Route(message.id, "open" if opens else "reply")
    return None


@dataclass
class Destination:
    """Where the answer goes: the channel or thread, the chat key, and whether to reply."""

    target: discord.abc.Messageable
    key: int
    reply: bool


async def handle_message(ctx: BotContext, message: discord.Message, me_id: int) -> None:
    """Answer a message that mentions the bot, replies to it, or is in its thread."""
    if message.author.bot or not ctx.settings.discord_mentions:
        return
    route = route_message(ctx, message, me_id)
    if route is None:
        return
    question = mention_pattern(me_id).sub("", message.content).strip()
    if route.forum and message.id == message.channel.id:  # a new post: its title asks too
        question = f"{getattr(message.channel, 'name', '')}\n{question}".strip()
    question = question[:MAX_QUESTION]
    if route.forum and not question:
        return  # an image or a sticker in a forum post: nothing to answer
    try:
        # A listed forum is an explicit choice, whatever the channel allow-list says.
        if not (ctx.conversations.is_our_thread(message.channel.id) or route.forum):
            ctx.policy.check(message.channel)
        if not question:
            raise Refusal(EMPTY_MENTION)
        channel = message.channel
        key = await ctx.assistants.check(ctx.channel_profile(channel.id, channel))
        with ctx.gate.slot(message.author.id):
            where = await destination(ctx, message, route, question)
            async with ctx.conversations.lock((where.key, key)), where.target.typing():
                _, assistant = await ctx.assistant_for(key)
                chat = await conversation(ctx, message, route, (where.key, key), me_id, assistant)
                answer = await ctx.in_thread(assistant.ask, question, chat)
    except Refusal as refusal:
        await message.reply(
            refusal.user_message, mention_author=False, allowed_mentions=NO_MENTIONS
        )
        return
    command = "forum" if route.forum else "chat"
    log_answer(ctx, command, answer)
    await send_chat_answer(ctx, message, where, answer, key, command)


async def conversation(
    ctx: BotContext,
    message: discord.Message,
    route: Route,
    chat_key: ChatKey,
    me_id: int,
    assistant: AssistantLike,
) -> Conversation:
    """The conversation held in memory, else rebuilt once from the thread or reply chain."""
    chats = ctx.conversations
    if route.mode != "open" and not chats.known(chat_key):
        rebuilt = await recall(message, route.mode, me_id, chat_key[1], assistant.profile)
        chats.put(chat_key, rebuilt)
    return chats.chat(chat_key)


async def destination(
    ctx: BotContext, message: discord.Message, route: Route, question: str
) -> Destination:
    """Open a thread for a new mention when possible; otherwise answer where we are."""
    if route.mode == "open":
        try:
            thread = await message.create_thread(name=truncate(question, THREAD_NAME))
        except (discord.HTTPException, ValueError):  # no permission, or not a text channel
            log.info("could not open a thread in channel %s; replying", message.channel.id)
        else:
            ctx.conversations.remember_thread(thread.id)
            return Destination(thread, thread.id, reply=False)
    return Destination(message.channel, route.key, reply=route.mode != "thread")


async def send_chat_answer(
    ctx: BotContext,
    message: discord.Message,
    where: Destination,
    answer: Answer,
    profile: str,
    command: str = "chat",
) -> None:
    """Send the answer and remember each message, so replies to it continue the chat."""
    shown = sign(answer, profile)
    messages = answer_messages(shown)
    previous = message
    for i, embeds in enumerate(messages):
        view = AnswerView(shown, ctx.feedback) if i == len(messages) - 1 else None
        extra: dict[str, Any] = {"view": view} if view else {}
        if where.reply:  # each part replies to the one before: the chain stays whole
            sent = previous = await previous.reply(
                embeds=embeds, mention_author=False, allowed_mentions=NO_MENTIONS, **extra
            )
        else:
            sent = await where.target.send(embeds=embeds, allowed_mentions=NO_MENTIONS, **extra)
        ctx.conversations.remember_message(sent.id, where.key)
        if view:
            view.attach(sent)
            ctx.health.answered += 1
            await record_answer(ctx.feedback, sent, command, profile, answer)
