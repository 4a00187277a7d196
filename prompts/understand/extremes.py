"""A window bounded by a paper the question computes rather than names: the first or last
paper the question's own filters keep ('how many papers since his last CL paper', 'everything
newer than the newest one with code', 'since she stopped doing CV papers'). The filters say
which papers the bound is taken from (category, code), the end word which one (first or
last), the relation word on which side of it the papers counted lie; the papers counted are
all the others the remaining filters keep."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel

from prompts.understand.terms import HOW_MANY, STOPWORDS

End = Literal["first", "last"]
Side = Literal["before", "after"]

LATE = r"last|latest|newest|final|most\s+recent(?:ly)?|lastest|lattest|newst"
EARLY = r"first|earliest|oldest|frist|1st"
# Ceasing or starting to write in a category is its last or first paper ('since he stopped
# doing CL papers', 'before she started publishing in CV')
STOPPED = r"stopped|quit|ceased|gave\s+up|dropped|left|abandoned"
STARTED = r"started|began|begun|took\s+up|moved\s+into|turned\s+to"
# What the end word describes: a paper, or publishing one ('when did she last publish in CV')
# (not a place on the byline: 'first author on every one of these papers')
THING = (
    r"(?:(?!(?:co-?)?author|name|by-?line|listed|place|position)[\w.-]+\s+){0,3}?"
    r"(?:paper|one|publication|work|entry|article|preprint|publish\w*|put\s+out|released?)\b"
)
# An end word of a period, not of a paper ('his last year', 'the first half of 2023')
PERIOD = r"(?:year|yr|month|week|day|half|quarter|decade|time|\d)"
AFTER = r"after|since|following|newer\s+than|later\s+than|more\s+recent\s+than|post-?dating"
BEFORE = r"before|older\s+than|earlier\s+than|prior\s+to|preceding|predating|ahead\s+of"
# The relation said of the described paper: the end word, a ceasing verb or a word pointing
# back at it ('since that one', 'newer than it', 'after his most recent CL paper')
POINTER = (
    rf"(?:[\w'’.-]+\s+){{0,3}}?(?:{LATE}|{EARLY}|{STOPPED}|{STARTED})\b(?!\s+{PERIOD})"
    r"|\s*(?:it|that|this|then|that\s+one|this\s+one|that\s+paper|this\s+paper)\b"
)
COUNTED = (
    HOW_MANY + r"|\bhow\s+(?:many|mny|mnay|manny|meny|mant)\b|\btally\b|\btotal\b|#\s*of\b"
    r"|\bcount\w*\b"
)
# Words of the bound's wording: never a subject left for a search
WORDS = frozenset(
    """last latest newest final most recent recently first earliest oldest stopped quit
    ceased gave give up dropped left abandoned started begun began took moved turned doing
    publishing writing category categories paper papers one publication everything newer
    older later earlier since after before following preceding more""".split()  # noqa: SIM905
)


class Bound(BaseModel):
    """The papers on one side of the first or last paper the filters keep."""

    end: End
    side: Side


def _said(pattern: str, low: str) -> re.Match[str] | None:
    return re.search(pattern, low, re.IGNORECASE)


def read_bound(question: str) -> Bound | None:
    """The bound a count asks for, when the question describes the paper bounding it by its
    place among the papers the filters keep ('since his last CL paper'), or None."""
    low = " ".join(question.casefold().split())
    # a time asked ('how many days apart'), not the papers on one side
    if not _said(COUNTED, low) or _said(
        r"\bhow\s+(?:many|long)\s+(?:days|weeks|months|years)\b", low
    ):
        return None
    relation = _said(rf"\b(?P<after>{AFTER})|\b(?P<before>{BEFORE})", low)
    if relation is None:
        return None
    if re.match(POINTER, low[relation.end() :].lstrip()) is None:
        return None
    late = _said(rf"\b(?:{LATE})\b(?!\s+{PERIOD})\s+{THING}", low)
    early = _said(rf"\b(?:{EARLY})\b(?!\s+{PERIOD})\s+{THING}", low)
    # ceasing or starting papers ('stopped doing CL papers'), not a year ('since 2025 began')
    did = r"\s+(?:[\w.-]+\s+){0,3}?(?:papers?|work|publish\w*|writing)\b"
    stopped, started = _said(rf"\b(?:{STOPPED}){did}", low), _said(rf"\b(?:{STARTED}){did}", low)
    if bool(late or stopped) == bool(early or started):
        return None  # no end said, or both ('from his first to his last CL paper'): a span
    side: Side = "after" if relation["after"] else "before"
    return Bound(end="last" if late or stopped else "first", side=side)


def bound_word(word: str) -> bool:
    """A word of the bound's wording ('stopped', 'newest'), or a stopword: no subject."""
    w = word.casefold().strip("'’.,?!")
    return w in WORDS or w in STOPWORDS or not w
