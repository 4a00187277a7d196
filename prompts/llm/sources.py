"""Numbered, fenced sources for the answer prompt, fitted to the model's context window."""

from __future__ import annotations

import re

from prompts.answer.offline import select_hits, wants_list
from prompts.llm.texts import SOURCE_TEMPLATE
from retrieval.search import Hit, SearchResult

CHARS_PER_TOKEN = 4  # the usual approximation for English text
MIN_ABSTRACT_CHARS = 300  # a lone source is cut to fit, but not below this
# Tags the prompt uses as fences: a source or question must not be able to close them.
FENCE_TAGS = re.compile(r"</?\s*(?:source|sources|question|conversation)\b[^>]*>?", re.IGNORECASE)


def approx_tokens(text: str) -> int:
    return len(text) // CHARS_PER_TOKEN + 1


def sanitize(text: str) -> str:
    """Data as it may appear inside a fence: no fence tags, whitespace collapsed."""
    return re.sub(r"\s+", " ", FENCE_TAGS.sub(" ", text)).strip()


def pick_sources(question: str, result: SearchResult, listing: bool | None = None) -> list[Hit]:
    """The papers the offline answer would cite, best first: the model rewrites that evidence
    rather than choosing among weaker hits (precision; and short prompts for local models)."""
    return select_hits(result, listing=wants_list(question) if listing is None else listing)


def format_source(n: int, hit: Hit, abstract_chars: int | None = None) -> str:
    paper = hit.paper
    abstract = sanitize(paper.abstract) or "(no abstract)"
    if abstract_chars is not None and len(abstract) > abstract_chars:
        abstract = abstract[:abstract_chars].rsplit(" ", 1)[0] + " ..."
    authors = ", ".join(paper.authors) + (" et al." if paper.authors_truncated else "")
    return SOURCE_TEMPLATE.format(
        n=n,
        title=sanitize(paper.title),
        date=paper.date.isoformat(),
        category=sanitize(paper.category),
        code="yes" if paper.has_code else "no",
        authors=sanitize(authors) or "unknown",
        abstract=abstract,
    )


def format_sources(hits: list[Hit], budget_tokens: int) -> tuple[str, list[Hit]]:
    """The sources block and the hits it holds: the lowest-ranked are dropped to fit."""
    kept = list(hits)
    while kept:
        blocks = [format_source(i, h) for i, h in enumerate(kept, 1)]
        text = "\n\n".join(blocks)
        if approx_tokens(text) <= budget_tokens:
            return text, kept
        if len(kept) == 1:
            # One source left and still too long: cut its abstract rather than send nothing.
            overhead = len(format_source(1, kept[0], 0))
            room = max(MIN_ABSTRACT_CHARS, budget_tokens * CHARS_PER_TOKEN - overhead)
            return format_source(1, kept[0], room), kept
        kept.pop()
    return "", []
