"""Deterministic Discord cards: one paper, a page of papers, help."""

from __future__ import annotations

from collections.abc import Sequence

import discord

from bot.discord.render import (
    EMBED_DESCRIPTION,
    EMBED_TITLE,
    EMBED_TOTAL,
    FIELD_NAME,
    FIELD_VALUE,
    discord_len,
    embed_len,
    escape,
    truncate,
)
from retrieval.model import Paper, category_label

PAGE_SIZE = 5
PAPER_VALUE = 600  # per paper on a page: 5 x (256 + 600) stays well inside 6,000
COLOUR = discord.Colour.dark_teal()


def author_line(paper: Paper, limit: int = FIELD_VALUE) -> str:
    names = ", ".join(paper.authors) + (" et al." if paper.authors_truncated else "")
    return truncate(escape(names), limit)


def _safe_url(url: str | None) -> str | None:
    return url if url and url.startswith(("http://", "https://")) and len(url) <= 2000 else None


def paper_card(paper: Paper) -> discord.Embed:
    """One paper: title, date, category, authors, code link and abstract."""
    embed = discord.Embed(
        title=truncate(escape(paper.title), EMBED_TITLE), url=_safe_url(paper.url), colour=COLOUR
    )
    embed.add_field(name="Date", value=paper.date.isoformat())
    embed.add_field(name="Category", value=category_label(paper.category))
    if paper.affiliation:
        embed.add_field(name="Affiliation", value=truncate(escape(paper.affiliation), FIELD_VALUE))
    embed.add_field(name="Authors", value=author_line(paper), inline=False)
    code = _safe_url(paper.url) if paper.has_code else None
    embed.add_field(
        name="Code",
        value=f"<{code}>" if code else ("yes" if paper.has_code else "none listed"),
        inline=False,
    )
    room = min(EMBED_DESCRIPTION, EMBED_TOTAL - embed_len(embed))
    abstract = escape(paper.abstract) or "(no abstract)"
    embed.description = truncate(abstract, room)
    embed.set_footer(text=f"Paper #{paper.n} in the profile")
    if embed_len(embed) > EMBED_TOTAL:  # the footer pushed it over: shorten the abstract
        room -= embed_len(embed) - EMBED_TOTAL
        embed.description = truncate(abstract, room)
    return embed


def paper_summary(paper: Paper) -> tuple[str, str]:
    """Field name and value for a paper in a list."""
    name = truncate(f"{paper.n}. {escape(paper.title)}", FIELD_NAME)
    facts = f"{paper.date.isoformat()} · {category_label(paper.category)}"
    code = _safe_url(paper.url) if paper.has_code else None
    if code:
        facts += f" · code: <{code}>"
    facts = truncate(facts, PAPER_VALUE // 2)
    return name, facts + "\n" + author_line(paper, PAPER_VALUE - discord_len(facts) - 1)


def page_count(total: int, size: int = PAGE_SIZE) -> int:
    return max(1, -(-total // size))


def papers_page(
    papers: Sequence[Paper], page: int, heading: str, size: int = PAGE_SIZE
) -> discord.Embed:
    """Page `page` (0-based) of a list of papers, with 'Page i/n' in the footer."""
    pages = page_count(len(papers), size)
    page = min(max(page, 0), pages - 1)
    embed = discord.Embed(title=truncate(escape(heading), EMBED_TITLE), colour=COLOUR)
    for paper in papers[page * size : (page + 1) * size]:
        name, value = paper_summary(paper)
        embed.add_field(name=name, value=value, inline=False)
    if not papers:
        embed.description = "No papers match."
    embed.set_footer(text=f"Page {page + 1}/{pages} · {len(papers)} paper(s)")
    return embed


def help_embed(commands: Sequence[tuple[str, str]], mentions: bool) -> discord.Embed:
    """What the bot can do: one line per slash command, plus how to chat."""
    lines = [f"`/{name}` {truncate(text, 200)}" for name, text in commands]
    if mentions:
        lines.append(
            "\nMention me with a question to start a thread; keep talking in the thread "
            "or reply to my messages and I'll remember the conversation."
        )
    lines.append(
        "\nEvery answer cites the profile's papers as [n]; press **Show evidence** "
        "to see the sentences behind them, and 👍 / 👎 to say how it did."
    )
    lines.append(
        "Right-click (or long-press) a message, then **Apps > Ask profilebot about this**, "
        "to ask about what it says."
    )
    return discord.Embed(
        title="profilebot help",
        description=truncate("\n".join(lines), EMBED_DESCRIPTION),
        colour=COLOUR,
    )
