"""Answers, cards and pages always fit Discord's limits; long answers split, never mid-citation."""

from __future__ import annotations

import datetime as dt
import os
import re

import discord
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.discord.cards import PAGE_SIZE, paper_card, papers_page
from bot.discord.render import (
    EMBED_DESCRIPTION,
    EMBED_FIELDS,
    EMBED_TITLE,
    EMBED_TOTAL,
    EMBEDS_PER_MESSAGE,
    FIELD_NAME,
    FIELD_VALUE,
    MARKER,
    answer_embeds,
    answer_messages,
    discord_len,
    embed_len,
    escape,
    escape_answer,
    evidence_embed,
    split_text,
    unescape,
)
from prompts.answer.model import Answer, Backing, Citation
from retrieval.model import Paper

# HYPOTHESIS_EXAMPLES=2000 for a deeper run; the default keeps the suite fast.
FAST = settings(
    max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# Adversarial pieces: markers, near-markers, astral emoji (2 UTF-16 units), mentions,
# long unbroken words, blank lines.
PIECES = st.one_of(
    st.integers(1, 99).map(lambda n: f"[{n}]"),
    st.sampled_from(
        [
            "[",
            "]",
            "[12",
            "3]",
            " ",
            "\n",
            "\n\n",
            ". ",
            "@everyone",
            "<@&123>",
            "😀",
            "𝔸",
            "é",
            "word",
            "x" * 50,
        ]
    ),
    st.text(min_size=1, max_size=30),
    st.integers(200, 3000).map(lambda n: "y" * n),
)
TEXTS = st.lists(PIECES, max_size=400).map("".join)
# Markers packed between short unbroken runs: chunk boundaries must land right next to them.
DENSE = st.lists(
    st.one_of(st.integers(1, 999).map(lambda n: f"[{n}]"), st.text("xy😀 ", max_size=12)),
    max_size=300,
).map("".join)


def paper(title: str = "A Paper", n: int = 1, **extra: object) -> Paper:
    values: dict[str, object] = {
        "id": f"p{n}",
        "n": n,
        "title": title,
        "authors": ["Ada Example", "Bo Li"],
        "authors_truncated": True,
        "category": "CL",
        "date": dt.date(2023, 2, 5),
        "abstract": "An abstract.",
        "url": "https://example.org/code",
        "has_code": True,
    }
    values.update(extra)
    return Paper.model_validate(values)


def check_message(embeds: list[discord.Embed]) -> None:
    assert 1 <= len(embeds) <= EMBEDS_PER_MESSAGE
    assert sum(embed_len(e) for e in embeds) <= EMBED_TOTAL
    for e in embeds:
        assert discord_len(e.title or "") <= EMBED_TITLE
        assert discord_len(e.description or "") <= EMBED_DESCRIPTION
        assert len(e.fields) <= EMBED_FIELDS
        for f in e.fields:
            assert 1 <= discord_len(f.name or "") <= FIELD_NAME
            assert 1 <= discord_len(f.value or "") <= FIELD_VALUE


def marker_chunks(text: str, chunks: list[str]) -> list[int]:
    """For each [n] marker in text, how many chunk boundaries fall strictly inside it."""
    bounds, pos = [], 0
    for c in chunks[:-1]:
        pos += len(c)
        bounds.append(pos)
    return [sum(m.start() < b < m.end() for b in bounds) for m in MARKER.finditer(text)]


def blank(text: str) -> str:
    """text without whitespace (where a split may cut) or zero-width spaces."""
    return re.sub(r"[\s\u200b]+", "", text)


@FAST
@given(TEXTS, st.integers(16, 5000))
def test_split_keeps_all_text_within_the_limit_and_never_splits_a_marker(
    text: str, limit: int
) -> None:
    chunks = split_text(text, limit)
    assert "".join(chunks) == text
    assert all(discord_len(c) <= limit for c in chunks)
    assert not any(marker_chunks(text, chunks))


@FAST
@given(DENSE, st.integers(16, 120))
def test_split_never_cuts_inside_a_marker_even_in_dense_text(text: str, limit: int) -> None:
    chunks = split_text(text, limit)
    assert "".join(chunks) == text
    assert all(discord_len(c) <= limit for c in chunks)
    assert not any(marker_chunks(text, chunks))


def test_split_prefers_paragraphs_then_sentences_and_keeps_markers_with_their_sentence() -> None:
    para = "Graph models summarise long documents well [1]. " * 30
    text = para.strip() + "\n\n" + para.strip()
    chunks = split_text(text, 2000)
    assert all(c.rstrip().endswith(("[1].", "[1]. ")) or c == chunks[-1] for c in chunks)
    assert not any(c.lstrip().startswith("[") for c in chunks)


@FAST
@given(TEXTS, st.lists(st.text(min_size=0, max_size=400), max_size=40), st.text(max_size=300))
def test_any_answer_becomes_messages_within_every_limit_and_keeps_every_marker(
    text: str, titles: list[str], question: str
) -> None:
    citations = [
        Citation(
            n=i + 1,
            paper_id=f"p{i}",
            title=t or "t",
            date=dt.date(2020, 1, 1),
            url=f"https://example.org/{'z' * (i * 20)}",
            evidence=["s" * 2000] * 3,
        )
        for i, t in enumerate(titles)
    ]
    answer = Answer(
        question=question, text=text, citations=citations, route="retrieval", notice="n" * 3000
    )
    messages = answer_messages(answer)
    for embeds in messages:
        check_message(embeds)
    shown = "".join(e.description or "" for m in messages for e in m)
    assert MARKER.findall(shown) == MARKER.findall(text)
    # Shown as written: Discord's rendering of the escaped text (unescape) is the text.
    assert blank(unescape(shown)) == blank(text) or not text.strip()
    sources = "\n".join(f.value or "" for m in messages for e in m for f in e.fields)
    assert all(f"**[{c.n}]**" in sources for c in citations)
    check_message([evidence_embed(answer)])


def test_sources_wrap_links_in_angle_brackets_so_discord_does_not_unfurl_them() -> None:
    cited = Citation.of(1, paper("GraphSum"), ["GraphSum improves ROUGE-L."])
    answer = Answer(question="q", text="It summarises [1].", citations=[cited], route="retrieval")
    [[embed]] = answer_messages(answer)
    assert embed.fields[0].name == "Sources"
    assert embed.fields[0].value == "**[1]** GraphSum · 2023-02-05 · <https://example.org/code>"


def test_evidence_lists_cited_sentences_per_source_and_says_what_it_left_out() -> None:
    many = ["A long sentence about graphs and summaries. " * 10] * 40
    answer = Answer(
        question="q",
        text="x [1] [2]",
        route="retrieval",
        citations=[
            Citation.of(1, paper("GraphSum"), ["GraphSum improves ROUGE-L by 4.2 points."]),
            Citation.of(2, paper("Other", n=2), many),
        ],
    )
    embed = evidence_embed(answer)
    text = embed.description or ""
    assert text.startswith("**[1] GraphSum**\n> GraphSum improves ROUGE-L by 4.2 points.")
    assert re.search(r"… \d+ more sentence\(s\) not shown\.$", text)
    check_message([embed])


def test_evidence_of_a_checked_llm_answer_pairs_each_sentence_with_the_claim_it_backs() -> None:
    cited = Citation.of(1, paper("GraphSum"), ["GraphSum improves ROUGE-L by 4.2 points."])
    cited.backing = [
        Backing(
            claim="GraphSum gains 4.2 ROUGE-L points on *arXiv*.",
            evidence="GraphSum improves ROUGE-L by 4.2 points on the arXiv dataset.",
            score=0.91,
        )
    ]
    answer = Answer(question="q", text="It gains [1].", citations=[cited], route="retrieval")
    embed = evidence_embed(answer)
    assert embed.description == (
        "**[1] GraphSum**\n"
        "> GraphSum improves ROUGE-L by 4.2 points on the arXiv dataset.\n"
        "↳ backs: GraphSum gains 4.2 ROUGE-L points on \\*arXiv\\*."
    )
    check_message([embed])


@FAST
@given(
    st.text(min_size=1, max_size=2000),
    st.text(max_size=9000),
    st.lists(st.text(min_size=1, max_size=300), min_size=1, max_size=200),
)
def test_paper_card_fits_whatever_the_paper_holds(
    title: str, abstract: str, authors: list[str]
) -> None:
    card = paper_card(paper(title, abstract=abstract, authors=authors, affiliation="x" * 2000))
    check_message([card])


@FAST
@given(st.lists(st.text(min_size=1, max_size=1500), min_size=0, max_size=30), st.integers(-2, 9))
def test_every_page_of_papers_fits(titles: list[str], page: int) -> None:
    papers = [paper(t, n=i + 1, authors=["Z" * 900] * 3) for i, t in enumerate(titles)]
    embed = papers_page(papers, page, "h" * 400)
    check_message([embed])
    assert len(embed.fields) <= PAGE_SIZE


HOSTILE_TITLE = "[Free Nitro](https://evil.example) ||spoiler|| ```fence``` <@123456789012345678>"


def test_titles_and_author_names_are_shown_as_written_not_rendered() -> None:
    """Masked links, spoilers, code fences and user mentions in profile text stay text."""
    paper = Paper(
        id="x", n=1, title=HOSTILE_TITLE, authors=["*Bold* <#987654321098765432>", "__Und__"],
        authors_truncated=False, category="CL", date=dt.date(2021, 1, 1),
        abstract="# Heading\n> quote [link](https://evil.example)",
    )  # fmt: skip
    card = paper_card(paper).to_dict()
    cited = Citation(n=1, paper_id="x", title=HOSTILE_TITLE, date=dt.date(2021, 1, 1))
    answer = Answer(question="q", text="It is [1].", citations=[cited], route="retrieval")
    shown = [
        card["title"],
        card["description"],
        *(f["value"] for f in card["fields"]),
        *(f["value"] for e in answer_embeds(answer) for f in e.to_dict().get("fields", [])),
        papers_page([paper], 0, "Papers").to_dict()["fields"][0]["name"],
    ]
    for text in shown:
        assert not re.search(r"(?<!\\)\[[^\]]*\]\(", text), text  # no unescaped masked link
        assert not text.startswith(("# ", "> "))
        assert "||spoiler" not in text and "```" not in text and "<@1" not in text
        assert "<#9" not in text and "*Bold*" not in text and "__Und" not in text
    assert "Free Nitro" in card["title"] and "spoiler" in card["title"]  # still readable


MARKUP = st.text(alphabet="[]()<>@#:*_~|`\\-> \nt1everyonhttps:/x.", max_size=200)


@FAST
@given(MARKUP)
def test_escaped_text_renders_as_written_and_cannot_link_ping_or_format(text: str) -> None:
    """Whatever a title or an answer holds: no masked link, mention, date, emphasis, spoiler
    or code survives escaping, and undoing the escapes gives the text back."""
    for shown in (escape(text), escape_answer(text)):
        assert unescape(shown) == text.replace("\u200b", "")
        assert not re.search(r"(?<!\\)\[(?!\d{1,6}\](?!\())", shown)  # no link can open
        assert not re.search(r"<[@#:/]|<t:|@everyone|@here", shown)
        outside_links = re.sub(r"https?://\S+", "", shown.replace("\\\\", ""))  # links win
        assert not re.search(r"(?<!\\)[*_~|`]", outside_links)
