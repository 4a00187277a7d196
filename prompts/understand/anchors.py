"""A window anchored at a paper the question describes instead of naming: 'before his first
one with code', 'the 12 months after her earliest listed paper', 'since their latest CV paper'.
The description is resolved to that paper's name from the profile's date-ordered columns (built
when the profile is opened), so the windows around a named paper answer it."""

from __future__ import annotations

import datetime as dt
import re

import numpy as np
from dateutil.relativedelta import relativedelta

from prompts.understand.router import SPAN_NUMBERS
from retrieval.index.aliases import aliases
from retrieval.index.columns import columns_of
from retrieval.model import Paper, Profile

# Said right before the paper the window starts or ends at
RELATIVE = (
    r"before|after|since|following|preceding|predat(?:e|es|ed|ing)|prior\s+to|until|till"
    r"|from|starting\s+(?:with|from|at)|beginning\s+(?:with|at)|counting\s+from"
    r"|within\s+(?:a|one|\w+)\s+(?:years?|months?|weeks?|days?)\s+of"
)
END = r"(?P<end>first|earliest|oldest|last|latest|newest|most\s+recent)"
THING = r"(?:paper|one|publication|work|entry|article|preprint)(?!s)"  # one paper, not several
CODED = (
    r"(?P<code>\s+(?:with|that\s+(?:comes?|came|ships?|shipped|has|had)\s+with|that\s+"
    r"(?:ships?|shipped|released|releases|has|had)|shipping|releasing)\s+(?:its\s+|public\s+)?"
    r"code\b)"
)


DESCRIBED_END = (
    rf"(?:the\s+|her\s+|his\s+|their\s+|[\w-]+['’]s\s+)?(?:very\s+)?{END}\s+(?:listed\s+)?"
    rf"(?:(?P<cat>[A-Z]{{2,5}})[- ]?(?:category\s+)?)?"
    rf"(?:(?P<release>code\s+release)|{THING}(?:['’]s\s+(?:date|day))?{CODED}?)"
)
# 'from the first paper to the latest': a span, not a window at one paper
DESCRIBED = DESCRIBED_END + r"(?!\s+(?:to|until|till|through|and|or)\b)"
# Either end of a window 'between' two papers, one (or both) described: 'between his first IR
# paper and FashionBERT', 'between EasyNLP and her last CV paper'
BETWEEN_FIRST = re.compile(rf"\b(?P<cue>between)\s+{DESCRIBED_END}(?=\s+and\b)", re.IGNORECASE)
BETWEEN_SECOND = re.compile(
    rf"(?P<cue>\bbetween\s+[^?.!;]{{1,80}}?\s+and)\s+{DESCRIBED_END}", re.IGNORECASE
)
# Papers counted or listed in the window ('how many ... before his first one with code'); a
# question about the paper itself or the time to it ('how long before her latest paper', 'did
# she return to X after the first paper') keeps its words
COUNTED = re.compile(
    r"\bhow\s+(?:many(?!\s+(?:years|months|weeks|days)\b)|productive)\b|\bcount\b|\bnumber\s+of\b|#\s*of\b|\bwhich\s+papers\b"
    r"|\bwhat\s+(?:came\s+out|appeared)\b|\bpapers\s+(?:since|before|after|from)\b",
    re.IGNORECASE,
)
ANCHOR = re.compile(rf"\b(?P<cue>{RELATIVE})\s+{DESCRIBED}", re.IGNORECASE)
LENGTH = (
    r"(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|eighteen)[- ]?(?P<unit>days?|weeks?|months?|years?)"
)
FROM = (
    r"(?:right\s+|just\s+)?(?:after|from|following|since|of|starting\s+(?:with|from|at)"
    r"|beginning\s+(?:with|at))"
)
# 'the (first) 12 months after her earliest paper', 'within a year of his first one with code'
LENGTH_THEN_PAPER = re.compile(
    rf"\b(?:(?:with)?in\s+)?(?:the\s+)?(?:first\s+|next\s+|opening\s+)?{LENGTH}\s+{FROM}\s+{DESCRIBED}",
    re.IGNORECASE,
)
# 'Counting from her first paper's date, how many appeared within a year?'
PAPER_THEN_LENGTH = re.compile(
    rf"\b(?:counting\s+|starting\s+|beginning\s+)?from\s+{DESCRIBED}(?P<mid>[^.?!;]*?)"
    rf"\b(?:with)?in\s+(?:the\s+(?:first|next)\s+)?{LENGTH}",
    re.IGNORECASE,
)


def end_paper(profile: Profile, late: bool, category: str | None, code: bool) -> Paper | None:
    """The first (or last) paper by date meeting the conditions, from the columns."""
    cols = columns_of(profile)
    order = cols.by_date[::-1] if late else cols.by_date
    keep = np.ones(len(order), dtype=bool)
    if code:
        keep &= cols.has_code[order]
    if category:
        keep &= cols.category[order] == category
    if not keep.any():
        return None
    return cols.papers[int(order[int(np.argmax(keep))])]


def _described(m: re.Match[str], profile: Profile) -> Paper | None:
    """The paper a matched description names, or None."""
    category = m["cat"].upper() if m["cat"] else None
    if category and category not in columns_of(profile).categories:
        return None
    late = m["end"].casefold() not in ("first", "earliest", "oldest")
    return end_paper(profile, late, category, bool(m["code"] or m["release"]))


def _span(day: dt.date, m: re.Match[str]) -> str:
    """The days from a paper's own day to the length said on, as dates ('between ...')."""
    said = m["n"].casefold()
    n = int(said) if said.isdigit() else SPAN_NUMBERS[said]
    unit = m["unit"].casefold().rstrip("s")
    end = day + relativedelta(**{f"{unit}s": n}) - dt.timedelta(days=1)
    return f"between {day.isoformat()} and {end.isoformat()}"


def anchored(question: str, profile: Profile) -> str:
    """The question with a paper described by its place ('his first one with code') named, and
    a window of a length from it ('the 12 months after her first paper') said as its dates (the
    paper's own day included)."""

    def window(m: re.Match[str]) -> str:
        paper = _described(m, profile)
        if paper is None:
            return m[0]
        mid = m.groupdict().get("mid")
        return _span(paper.date, m) + (mid.rstrip() if mid is not None else "")

    def name(m: re.Match[str]) -> str:
        paper = _described(m, profile)
        # the name questions use ('EasyTransfer'), not the whole title
        return m[0] if paper is None else f"{m['cue']} {aliases(paper)[0]}"

    if not COUNTED.search(question):
        return question
    text = LENGTH_THEN_PAPER.sub(window, question)
    text = PAPER_THEN_LENGTH.sub(window, text)

    def second(m: re.Match[str]) -> str:
        # 'between his first and last CL paper': one description shared, not two papers
        shared = re.search(rf"\b{END}\s+and$", m["cue"], re.IGNORECASE)
        return m[0] if shared else name(m)

    text = BETWEEN_SECOND.sub(second, BETWEEN_FIRST.sub(name, text))
    return ANCHOR.sub(name, text)
