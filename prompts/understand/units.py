"""An aggregate read as two closed choices beside the filters: the unit the kept papers are
grouped by (year, month of a year, month of any year, quarter, first author) and what the groups
reduce to (the largest or smallest group, the groups with none, the number of groups holding a
paper). The words for both are few and closed; the filters (category, code, dates, people) are
the router's. So 'CL drought years?', 'Break 2022 into quarters: which one wins?' and 'months of
2025 where he published something - count them' read the same way as their plainer siblings,
whatever else the sentence says."""

from __future__ import annotations

import calendar
import re
from typing import Literal

from pydantic import BaseModel

from prompts.understand.dates import NUM_MONTHS
from prompts.understand.groups import Tally
from prompts.understand.router import Query
from prompts.understand.terms import STOPWORDS, place_of

Unit = Literal["year", "month", "quarter", "first_author", "none"]
Reduction = Literal["count", "most", "least", "empty", "groups"]

UNITS: list[tuple[Unit, str]] = [
    ("quarter", r"\bquarters?\b|\bq[1-4]\b|\bthree[- ]month\s+(?:blocks?|periods?|chunks?)\b"),
    (
        "first_author",
        r"\b(?:first|lead|1st)[- ]?(?:named[- ])?authors?\b|\bfirst[- ]author\s+slot\b",
    ),
    ("month", r"\bmonths?\b|\bmonthly\b"),
    ("year", r"\b(?:years?|yrs?|annual(?:ly)?|yearly)\b"),
]
# The year set aside: months of any year pooled ('Sep-Nov, any year', 'if you ignore the year')
POOLED = (
    r"\b(?:regardless|irrespective)\s+of\s+(?:the\s+)?years?\b|\bany\s+year\b|\ball\s+(?:the\s+)?"
    r"years\b|\bpool\w*\b|\bignor\w*\s+(?:the\s+)?years?\b|\bwhatever\s+the\s+year\b"
    r"|\bacross\s+(?:all\s+|every\s+|the\s+)*years?\b|\bevery\s+year\s+together\b"
    r"|\b(?:summed|combined|together)\s+over\s+(?:the\s+)?years\b"
    r"|\bmonths?[- ]of[- ](?:the[- ])?year\b|\byears?\s+(?:combined|pooled|together)\b"
)
MOST = (
    r"\b(?:most|busiest|peak|top|best|max\w*|highest|biggest|largest|wins?|won|winner|strongest"
    r"|heaviest)\b"
)
LEAST = r"\b(?:fewest|least|quietest|slowest|min(?:imum|by)?|lowest|smallest|weakest|worst)\b"
# Groups holding no paper ('CL drought years', 'years without a single CL paper'); a group said
# not to be empty holds one ('how many months were NOT empty')
NOT_EMPTY = r"\bnot\s+(?:empty|blank|quiet|zero)\b|\bnon[- ]?(?:empty|zero)\b"
EMPTY = (
    r"\b(?:zero|none|nothing|without|empty|drought|dry|barren|blank|lack\w*|missing|absent)\b"
    r"|\bno\s+(?!more\b|less\b|fewer\b)\w+|\bnot\s+(?:a|one|any|a\s+single)\b"
)
# The groups are what is counted: 'number of calendar months in 2025 with a paper', 'how many
# of the 12 months', 'months of 2025 where he published something - count them'
COUNTED = r"\bhow\s+many\b|\bnumbe?r\s+of\b|\bcount\b|\bdistinct\b|\bdifferent\b|\bunique\b"
GROUPS_COUNTED = (
    r"(?:\bhow\s+many|\bnumbe?r\s+of|\bcount\s+(?:of\s+)?(?:the\s+)?)\s+(?:[\w-]+\s+){{0,3}}?"
    r"{unit}s\b|\b{unit}s\b[^.?!]*\b(?:count\s+(?:them|these|those)\b|how\s+many\b"
    r"(?!\s+(?:[\w-]+\s+){{0,2}}?(?:papers?|publications?|works?|articles?|pubs)\b))"
    r"|\b(?:distinct|different|unique)\s+(?:[\w-]+\s+){{0,2}}?{unit}s\b"
)
# The unit said as a window of the calendar, a filter ('the last 3 months of the year'), unless
# the count asks it right after ('how many of the last 3 months had a paper')
WINDOW = (
    r"\b(?:last|past|first|final|next|previous|closing|opening)\s+"
    rf"(?:\d+|{NUM_MONTHS}|twelve)\s+{{unit}}s\b"
)
ASKED_NEXT = (
    r"(?:\bhow\s+many|\bnumbe?r\s+of|\bcount\s+(?:of\s+)?)\s+(?:[\w-]+\s+){{0,4}}?{unit}s\b"
)
# The papers are what is counted: 'how many papers', 'number of her CV papers'
PAPERS_COUNTED = (
    r"(?:\bho?w\s+ma?ny|\bnumbe?r\s+of|\bcount\s+of)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:papers?|publications?|works?|articles?|pubs)\b"
)
NOUNS = {"year": "year", "month": "month", "quarter": "quarter",
         "first_author": r"(?:first|lead)[- ]?author"}  # fmt: skip
# Words of the unit and the reduction, never a subject to search
WORDS = frozenset(
    """year years yr yrs annual annually yearly month months monthly quarter quarters q1 q2 q3
    q4 three-month block blocks period periods calendar first lead author authors named slot
    regardless irrespective any all pool pooled pooling ignore ignoring whatever across every
    together summed combined most busiest peak top best max maximum maxby highest biggest
    largest win wins won winner strongest heaviest fewest least quietest slowest min minimum
    minby lowest smallest weakest worst zero none nothing without empty drought droughts dry
    barren blank lack lacking missing absent not non-empty single count counted distinct
    different unique break split divide divided into group grouped per by which one ones
    saw see had has have with land lands fall falls sit sits something paper-wise papers
    paper publication publications total number numbers how many treat treated spelling
    spellings variant variants same person people name names as once wise often times whole
    entire list overall""".split()  # noqa: SIM905
)


class Grouping(BaseModel):
    """The unit the papers are grouped by and what the groups reduce to."""

    unit: Unit
    reduce: Reduction
    pooled: bool = False  # months of any year, the year set aside


def _said(pattern: str, low: str) -> bool:
    return re.search(pattern, low, re.IGNORECASE) is not None


# One year named by where it stands, a filter, not a unit ('her papers from last year')
ONE_YEAR = r"\b(?:last|this|next|previous|past|current|that|same)\s+(?:calendar\s+)?year\b(?!s)"
# A time counted back from now, a date, not a unit ('her papers two years ago', '18 months back')
AGO = (
    rf"\b(?:\d+|{NUM_MONTHS}|a|one|a\s+couple\s+of|a\s+few)\s+(?:years?|yrs?|months?)"
    r"\s+(?:ago|back|earlier)\b"
)


def _unit(low: str) -> Unit:
    low = re.sub(AGO, " ", re.sub(ONE_YEAR, " ", low))
    return next((u for u, p in UNITS if _said(p, low)), "none")


def read_grouping(question: str) -> Grouping | None:
    """The unit and reduction an aggregate asks, or None when it says neither."""
    low = " ".join(question.casefold().split())
    unit = _unit(low)
    pooled = _said(POOLED, low)
    if unit == "none" or (unit == "year" and pooled):  # 'any year': no unit, a window of months
        return Grouping(unit="none", reduce="count", pooled=pooled) if _said(COUNTED, low) else None
    reduce: Reduction | None = None
    counted = _said(GROUPS_COUNTED.format(unit=NOUNS[unit]), low)
    window = _said(WINDOW.format(unit=NOUNS[unit]), low)
    if (
        window
        and not _said(ASKED_NEXT.format(unit=NOUNS[unit]), low)
        and _said(PAPERS_COUNTED, low)
    ):
        return None  # 'how many papers in the last 2 years without code': a window, no unit
    if counted and window:
        counted = _said(ASKED_NEXT.format(unit=NOUNS[unit]), low)
    if _said(NOT_EMPTY, low) or (counted and not _said(EMPTY, low)):
        reduce = "groups"
    elif _said(EMPTY, low):
        reduce = "empty"
    elif _said(MOST, low):
        reduce = "most"
    elif _said(LEAST, low):
        reduce = "least"
    if reduce is None and unit == "month" and pooled and _said(COUNTED, low):
        # 'pooling every year, how many papers fall in the months Sep-Nov': months filter
        return Grouping(unit="none", reduce="count", pooled=True)
    if reduce is None:
        return None
    return Grouping(unit=unit, reduce=reduce, pooled=pooled and unit == "month")


def unit_word(word: str) -> bool:
    """A word of the unit's or the reduction's wording ('drought', 'quarters'), or a
    stopword: no subject."""
    w = word.casefold().strip("'’.,?!()#=+-")
    if MONTH_RUN.fullmatch(w) is not None:  # 'sep+oct+nov'
        return True
    parts = re.split(r"[-–.+/&|]+", w)  # 'second-author', 'paper-wise', 'jan..dec'
    return all(
        not p or p in WORDS or p in STOPWORDS or p in MONTH_NAMES or place_of(p) is not None
        for p in parts
    )


MONTH_NAMES = (
    {m.casefold(): i for i, m in enumerate(calendar.month_name) if m}
    | {m.casefold(): i for i, m in enumerate(calendar.month_abbr) if m}
    | {"sept": 9}
)
MONTH = rf"\b(?:{'|'.join(sorted(MONTH_NAMES, key=len, reverse=True))})\b"
# Months listed tersely ('sep+oct+nov', 'Jan/Feb') or as numbers ('month in (9, 10, 11)')
MONTH_RUN = re.compile(rf"{MONTH}(?:\s*[+/&|]\s*{MONTH})+", re.IGNORECASE)
NUMBERED_MONTH = r"(?:1[0-2]|0?[1-9])"
MONTH_NUMBERS = re.compile(
    rf"\bmonths?\s*(?:in|=|==|is|of)?\s*\W?\s*(?P<ns>{NUMBERED_MONTH}(?:\s*[,;|/]\s*{NUMBERED_MONTH})+)",
    re.IGNORECASE,
)


def listed_months(question: str) -> list[int]:
    """Months listed tersely, as names joined by signs or as numbers after 'month', or []."""
    if m := MONTH_RUN.search(question):
        return sorted({MONTH_NAMES[w.casefold()] for w in re.findall(MONTH, m[0], re.I)})
    if m := MONTH_NUMBERS.search(question):
        return sorted({int(n) for n in re.findall(r"\d+", m["ns"])})
    return []


def regrouped(query: Query, grouping: Grouping, question: str) -> Query | None:
    """The query as the existing reductions answer it (a count, a tally, the years with
    none), or None when the pair has no reduction here."""
    f = query.filters
    update: dict[str, object] = {"topic": None, "read_as": {}, "concepts": []}
    if grouping.unit == "none":
        months = f.months or listed_months(question)
        if not months or not (grouping.pooled or not f.months) or f.date_from or f.date_to:
            return None  # ('Sep/Oct/Nov 2025': a window of dates, read already)
        filters = f.model_copy(update={"months": months})
        return query.model_copy(update=update | {"intent": "count", "fact": "papers",
                                                 "count": True, "filters": filters})  # fmt: skip
    timeline = update | {"intent": "timeline", "count": False}
    if grouping.unit == "year" and grouping.reduce == "empty":
        if not (f.categories or f.has_code is not None or f.authors):
            return None  # years with no paper at all: the gaps, answered elsewhere
        return query.model_copy(update=timeline | {"fact": "years_with", "at_most": 0,
                                                   "at_least": None})  # fmt: skip
    if grouping.unit == "year" and grouping.reduce in ("most", "least"):
        fact = "busiest_year" if grouping.reduce == "most" else "quietest_year"
        return query.model_copy(update=update | {"intent": "superlative", "fact": fact})
    pairs: dict[tuple[str, str], tuple[str, str]] = {
        ("month", "groups"): ("month", "distinct"),
        ("year", "groups"): ("year", "distinct"),
        ("quarter", "most"): ("quarter", "most"),
        ("quarter", "least"): ("quarter", "least"),
        ("first_author", "groups"): ("first_author", "distinct"),
        ("first_author", "most"): ("first_author", "most"),
    }
    pair = pairs.get((grouping.unit, grouping.reduce))
    if pair is None or grouping.pooled:
        return None
    tally = Tally(group=pair[0], reduce=pair[1])
    return query.model_copy(update=timeline | {"fact": "tally", "tally": tally})
