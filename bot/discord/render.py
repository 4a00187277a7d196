"""Answer -> Discord embeds, within Discord's limits by construction; long answers split."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import discord

from prompts.answer.model import Answer, Backing, Citation

# Discord's documented limits (https://discord.com/developers/docs/resources/message).
MESSAGE_CONTENT = 2000
EMBED_TITLE = 256
EMBED_DESCRIPTION = 4096
FIELD_NAME = 256
FIELD_VALUE = 1024
EMBED_FIELDS = 25
EMBED_FOOTER = 2048
EMBED_TOTAL = 6000  # all embeds of one message together
EMBEDS_PER_MESSAGE = 10
NOTICE = 500  # a notice is one line; capped so title + description + footer fit in 6,000

MARKER = re.compile(r"\[\d{1,6}\]")
ESCAPED = re.compile(r"\\([^\w\s]|_)")  # what `escape` puts a backslash before
# Markdown Discord renders wherever it is: emphasis, spoilers, code; '[' opens a masked link
# (a bare [n] marker stays, one followed by '(' would be a link); '\' itself.
INLINE = re.compile(r"[\\*_~|`]|\[(?!\d{1,6}\](?!\())")
# ... and at the start of a line: quotes, headings, subtext, list items.
LINE_START = re.compile(r"^(\s*)([>#]|-(?=[#\s]))", re.MULTILINE)
MENTION = re.compile(r"<(?=[@#:/]|a?:\w|t:)")
EVERYONE = re.compile(r"@(?=everyone|here)")
LIST_ITEM = re.compile(r"^(\s*)\\- ", re.MULTILINE)  # an escaped '- ' item
ZWSP = "\u200b"
URL = re.compile(r"https?://\S+")
URL_ESCAPE = re.compile(r"(?<!\\)\\([_*~])")  # escapes that would break a link ('graph\_sum')
# Preferred places to split, best first; the cut goes after the separator.
BREAKS = ("\n\n", "\n", ". ", "! ", "? ", "; ", ", ", " ")
ELLIPSIS = "…"
COLOUR_ANSWER = discord.Colour.blurple()
COLOUR_ABSTAIN = discord.Colour.orange()


def escape(text: str) -> str:
    """Profile text (titles, names, abstracts) shown as written: no markdown (masked links,
    code fences, spoilers, headings) and no '<@id>', '<#id>' or '<t:...>' rendered as a user,
    a channel or a date. (Nobody is pinged either way: every message has allowed_mentions
    {"parse": []}; '@everyone' and '@here' are broken up as well.) Not discord.py's
    escape_markdown: one masked link there leaves the rest of its line unescaped."""
    escaped = INLINE.sub(lambda m: "\\" + m[0], text)
    escaped = LINE_START.sub(lambda m: f"{m[1]}\\{m[2]}", escaped)
    escaped = URL.sub(lambda url: URL_ESCAPE.sub(r"\1", url[0]), escaped)
    return EVERYONE.sub("@" + ZWSP, MENTION.sub("<" + ZWSP, escaped))


def escape_answer(text: str) -> str:
    """An answer's text with whatever it quotes (titles, names, the question, an LLM's words)
    escaped as `escape` does, the answer's own '- ' list items and [n] markers kept."""
    return LIST_ITEM.sub(r"\1- ", escape(text))


def unescape(text: str) -> str:
    """What `escape` was given (reading an answer back from Discord)."""
    return ESCAPED.sub(r"\1", text.replace(ZWSP, ""))


def discord_len(text: str) -> int:
    """Length as Discord may count it (UTF-16 units): never less than Python's len."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def _fit_prefix(text: str, limit: int) -> int:
    """The largest i such that text[:i] is within limit."""
    used = 0
    for i, ch in enumerate(text):
        used += 2 if ord(ch) > 0xFFFF else 1
        if used > limit:
            return i
    return len(text)


def truncate(text: str, limit: int) -> str:
    """Text within limit, ending in an ellipsis when shortened."""
    if discord_len(text) <= limit:
        return text
    return text[: _fit_prefix(text, limit - 1)].rstrip() + ELLIPSIS


def _bad_cut(text: str, cut: int, markers: Sequence[tuple[int, int]]) -> bool:
    """A cut inside a [n] marker, or one that would start the next chunk with it."""
    return any(start < cut < end or cut == start for start, end in markers)


def _cut_point(text: str, limit: int) -> int:
    window = _fit_prefix(text, limit)
    markers = [m.span() for m in MARKER.finditer(text, 0, window + 8)]
    for sep in BREAKS:
        floor = window // 2 if sep != " " else 1
        at = text.rfind(sep, 0, window)
        while at >= 0 and at + len(sep) >= floor:
            cut = at + len(sep)
            if cut <= window and not _bad_cut(text, cut, markers):
                return cut
            at = text.rfind(sep, 0, at)
    for start, end in markers:  # hard cut: step back to the start of a marker it would split
        if start < window < end:
            return start if start > 0 else end
    return window


def split_text(text: str, limit: int) -> list[str]:
    """Split text into chunks within limit, preferring paragraph and sentence ends.

    Joined, the chunks are exactly the text; no [n] marker is split or begins a chunk
    unless a hard cut leaves no other choice.
    """
    if limit < 16:
        raise ValueError("limit too small to keep citation markers whole")
    chunks: list[str] = []
    rest = text
    while discord_len(rest) > limit:
        cut = _cut_point(rest, limit)
        chunks.append(rest[:cut])
        rest = rest[cut:]
    chunks.append(rest)
    return chunks


def embed_len(embed: discord.Embed) -> int:
    """Characters an embed counts against the 6,000 per-message total."""
    parts = [embed.title or "", embed.description or "", embed.footer.text or ""]
    parts += [embed.author.name or ""]
    parts += [f"{f.name or ''}{f.value or ''}" for f in embed.fields]
    return sum(discord_len(p) for p in parts)


def pack_messages(embeds: Iterable[discord.Embed]) -> list[list[discord.Embed]]:
    """Group embeds into messages of at most 10 embeds and 6,000 characters."""
    messages: list[list[discord.Embed]] = []
    total = 0
    for embed in embeds:
        size = embed_len(embed)
        if size > EMBED_TOTAL:
            raise ValueError("an embed exceeds Discord's 6,000 character total")
        if not messages or len(messages[-1]) == EMBEDS_PER_MESSAGE or total + size > EMBED_TOTAL:
            messages.append([])
            total = 0
        messages[-1].append(embed)
        total += size
    return messages


def source_line(citation: Citation) -> str:
    """'**[n]** Title · 2023-02-05 · <url>': the link in <> so Discord does not unfurl it."""
    tail = f" · {citation.date.isoformat()}"
    if citation.url:
        tail += f" · <{citation.url}>"
    head = f"**[{citation.n}]** "
    title = truncate(escape(citation.title), FIELD_VALUE - discord_len(head + tail))
    return head + title + tail


def lines_to_fields(lines: Sequence[str], name: str) -> list[tuple[str, str]]:
    """Pack whole lines into field values of at most 1,024 characters."""
    fields: list[tuple[str, str]] = []
    value = ""
    for line in lines:
        line = truncate(line, FIELD_VALUE)
        if value and discord_len(value) + 1 + discord_len(line) > FIELD_VALUE:
            fields.append((name if not fields else f"{name} (continued)", value))
            value = ""
        value = f"{value}\n{line}" if value else line
    if value:
        fields.append((name if not fields else f"{name} (continued)", value))
    return fields


def answer_embeds(answer: Answer) -> list[discord.Embed]:
    """The answer text across as many embeds as it needs, sources on the last ones."""
    colour = COLOUR_ABSTAIN if answer.abstained else COLOUR_ANSWER
    chunks = [c.strip() for c in split_text(escape_answer(answer.text), EMBED_DESCRIPTION)]
    chunks = [c for c in chunks if c] or ["(no answer text)"]
    embeds = [discord.Embed(description=c, colour=colour) for c in chunks]
    embeds[0].title = truncate(escape(answer.question.strip()) or "Answer", EMBED_TITLE)
    if answer.notice:
        embeds[-1].set_footer(text=truncate(answer.notice, min(NOTICE, EMBED_FOOTER)))
    fields = lines_to_fields([source_line(c) for c in answer.citations], "Sources")
    for name, value in fields:
        last = embeds[-1]
        size = discord_len(name) + discord_len(value)
        if len(last.fields) == EMBED_FIELDS or embed_len(last) + size > EMBED_TOTAL:
            last = discord.Embed(colour=colour)
            embeds.append(last)
        last.add_field(name=name, value=value, inline=False)
    return embeds


def answer_messages(answer: Answer) -> list[list[discord.Embed]]:
    """The answer as a list of messages, each a list of embeds within all limits."""
    return pack_messages(answer_embeds(answer))


def _backing(backing: Backing) -> str:
    """The abstract sentence quoted, then the answer's sentence it backs."""
    claim = escape(truncate(" ".join(backing.claim.split()), 300))
    return f"> {truncate(escape(' '.join(backing.evidence.split())), 700)}\n↳ backs: {claim}"


def evidence_embed(answer: Answer) -> discord.Embed:
    """The cited sentences per source, for the ephemeral 'Show evidence' reply; for a checked
    LLM answer, each with the sentence of the answer it backs."""
    lines: list[str] = []
    for citation in answer.citations:
        lines.append(f"**[{citation.n}] {truncate(escape(citation.title), 200)}**")
        if citation.backing:
            quotes = [_backing(b) for b in citation.backing]
        else:
            quotes = [f"> {truncate(escape(' '.join(s.split())), 900)}" for s in citation.evidence]
        lines.extend(quotes or ["> (no sentences recorded)"])
    budget = EMBED_DESCRIPTION - 60  # room for the 'not shown' note
    kept: list[str] = []
    used = 0
    for line in lines:
        if used + discord_len(line) + 1 > budget:
            break
        kept.append(line)
        used += discord_len(line) + 1
    if kept and kept[-1].startswith("**"):
        kept.pop()  # a source heading without any of its sentences
    dropped = sum(1 for line in lines[len(kept) :] if line.startswith("> "))
    text = "\n".join(kept) or "No cited sentences."
    if dropped:
        text += f"\n… {dropped} more sentence(s) not shown."
    return discord.Embed(title="Evidence", description=text, colour=COLOUR_ANSWER)
