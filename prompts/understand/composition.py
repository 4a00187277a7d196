"""Aggregates as a composition of three parts, so a new combination needs no new code path:
which papers (the query's filters, plus a relation to a named paper or a date part), how they
are grouped (year, month, weekday, category, code) and what the groups reduce to (a count, the
spread from the quietest group to the busiest, the mean, the first group, or every group,
where one side outnumbers the other). 'How many papers came out the year EasyNLP did' is a
relation x count; 'the first year with more CV than CL papers' is year x first-ahead."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field

from prompts.understand.terms import ALIASES, HEAD_WORDS
from retrieval.model import CATEGORY_NAMES
from retrieval.text import compiled

Relation = Literal["same_year", "same_month", "before", "after", "between"]
Key = Literal["year", "month", "weekday", "category", "code"]
Reduce = Literal["count", "spread", "mean", "first_ahead", "all_ahead"]

# Words of the dates asked about, never a subject ('dated the 1st of a month')
DATE_WORDS = frozenset("month months day days date dates dated year years".split())  # noqa: SIM905
ORDINAL_DAYS = "first second third fourth fifth sixth seventh eighth ninth tenth".split()  # noqa: SIM905
HOW_MANY = (
    r"\bhow\s+(?:many|mny|mnay|manny|meny|mant)\b|\bnumbe?r\s+of\b|\bcount\b|\bhow\s+busy\b"
    r"|\btally\b|\btotal\b"
)
WHICH = r"\b(?:which|what|list|name|show)\b"
# A relation to one named paper's date ('in the same year as X', 'X's year', 'older than X')
SAME = (
    r"\b(?:same|identical)\s+(?P<unit>year|month|yr)\b|\b(?P<unit2>year|month)\s+(?:that\s+"
    r"|when\s+|as\s+|of\s+)?(?:\w+\s+){0,6}?(?:came\s+out|appeared|was\s+(?:released|published"
    r"|posted|out)|released|published|put\s+out|dropped|date[sd]?\s+from)\b|['’]s\s+(?:publication"
    r"\s+|release\s+|publishing\s+)?(?P<unit3>year|month)\b|\bits\s+(?:publication\s+|release\s+)?"
    r"(?P<unit4>year|month)\b"
)
BEFORE = (
    r"\b(?:before|older\s+than|predat\w*|pre-?dat\w*|earlier\s+than|prior\s+to|preced\w*"
    r"|ahead\s+of|until|up\s+to)\b"
)
AFTER = (
    r"\b(?:after|onwards?|newer\s+than|later\s+than|post-?dat\w*|follow\w*"
    r"|more\s+recent\s+than)\b"
)
# 'since X' of time ('since Valley2 came out', 'since Valley2, how many'), not of a reason
# ('since MFT simply trains on ...')
SINCE_TIMED = (
    r"(?=\s*(?:[,;:?.!(]|$)|\s+(?:came|come|was|were|appeared|got|went|dropped|launched"
    r"|released|published|itself|inclusive|included|excluded|onwards?|how|what|which)\b)"
)
# The named paper counted with its fellows ('including it', 'counting X itself'), or not
NOT_COUNTING = (
    r"\b(?:not|without|n['’]t)\s+(?:counting|including|incl\.?)\b|\bexclud\w*\b|\bother\s+than\b"
    r"|\bleav\w*\s+(?:\w+\s+){0,3}?out\b|\bbesides\b|\bapart\s+from\b|\bignor\w*\b|\bminus\b"
)
COUNTING = r"\b(?:counting|including|incl\.?|inclusive|along\s+with|plus)\b|\bitself\b"
# A day of the month ('dated the 1st', 'on the first day of a month', 'the 15th of any month')
DAY_OF_MONTH = re.compile(
    r"\b(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:months?|quarters?|years?|weeks?)\b)"
    r"(?:\s+day)?(?=[^.?!]{0,25}?\bmonths?\b)"
    r"|\b(?:the\s+)?(?P<w>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|last|final)\s+(?:day|date)\s+of\s+(?:a|the|any|each|every)\s+months?\b"
    r"|\b(?:the\s+)?(?P<w2>first)\s+of\s+(?:a|the|any|each|every)\s+months?\b"
    r"|\b(?:a|the)\s+months?['’]s?\s+(?P<w3>first|last)\s+day\b",
    re.IGNORECASE,
)
# One group against another, group by group ('CV papers outnumber CL', 'more with code than
# without', 'CV > CL', 'vision beat language')
AHEAD = (
    r"\b(?:out[- ]?number\w*|out[- ]?pac\w*|out[- ]?did|beat\w*|exceed\w*|surpass\w*"
    r"|overt(?:ake|ook|aken|akes)\w*|ahead)\b|>=?|≥"
)
# 'more CV than CL', 'fewer CL papers than LG ones', 'at least as many CV as CL'
AHEAD_THAN = (
    r"\b(?:more|greater|bigger|higher|larger|fewer|less)\b[^.?!]{0,40}?\bthan\b"
    r"|\bat\s+least\s+as\s+many\b[^.?!]{0,40}?\bas\b|\bas\s+many\b[^.?!]{0,40}?\bas\b"
)
FIRST = r"\b(?:first|earliest|frist|1st|start\w*|begin\w*|began)\b|\bwhen\s+did\b"
EVERY = r"\b(?:which|what|in\s+which|list|all|every|how\s+many)\s+(?:\w+\s+)?(?:years|months)\b"
TIE_COUNTS = (
    r">=|≥|\bat\s+least\s+as\s+many\b|\bas\s+many\b|\bor\s+(?:more|equal|tied?)\b"
    r"|\bnot\s+(?:fewer|less)\b"
)
# The spread of the groups' counts: 'the busiest year against the quietest', 'max minus min'
TOP = (
    r"\b(?:busiest|most\s+(?:productive|prolific|active)|best|top|peak|highest|max(?:imum)?"
    r"|biggest|largest|strongest|heaviest)\b"
    r"|\bmost(?=\s+(?:and|&|vs\.?|versus|to)\s+(?:the\s+)?least\b)"  # 'most and least productive'
)
BOTTOM = (
    r"\b(?:quietest|least\s+(?:productive|prolific|active)|slowest|weakest|worst|lowest"
    r"|min(?:imum)?|smallest|fewest|lightest|leanest|thinnest)\b"
)
SPREAD = (
    r"\b(?:diff\w*|gap|spread|range|exceed\w*|more|margin|distance|minus|between|compare\w*"
    r"|versus|vs\.?|swing|variation|apart|far|beats?|outdo\w*|ahead)\b|-"
)
SPREAD_ALONE = (
    r"\b(?:spread|range|swing|variation)\s+(?:\w+\s+){0,6}?(?:per|each|every|a|by|between|from)"
    r"\s+(?:\w+\s+){0,3}?(?:year|month|categor\w*|weekday|day)s?\b"
)
MEAN = (
    r"\b(?:average|avg|mean|typical)\b[^.?!]{0,40}?\b(?:per|each|every|a|by)\s+(?P<key>year|yr"
    r"|month|category|weekday|day\s+of\s+the\s+week)\b"
)
KEYS: list[tuple[Key, str]] = [
    ("weekday", r"\b(?:week[- ]?days?|days?\s+of\s+(?:the\s+)?week)\b"),
    ("category", r"\bcate?gor\w*|\bfields?\b|\bareas?\b"),
    ("month", r"\bmonths?\b"),
    ("year", r"\b(?:years?|yrs?|annual\w*|yearly)\b"),
]
# Names of sides a question sets against each other: categories and code
# ('more code papers than no-code ones', 'more of her papers ship code than not')
CODE_SIDE = (
    r"\b(?:with|having|has|have|released|shared|public|ship(?:s|ped)?|releas\w*|shar\w*"
    r"|publish\w*|open[- ]sourc\w*)\s+(?:\w+\s+){0,2}?(?:code|github|repos?)\b"
    r"|(?<![\w-])(?:code|github|repo)[- ](?:papers?|ones?|publications?)\b"
)
NO_CODE_SIDE = (
    r"\b(?:without|no|lacking)[\s-]+(?:\w+\s+){0,2}?(?:code|github|repos?)\b|\bwithout\b(?!\s+\w)"
    r"|\bthan\s+not\b|\bcode[- ]?less\b"
)


class Composition(BaseModel):
    """Which papers, grouped how, reduced to what."""

    relation: Relation | None = Field(None, description="Dated relative to the named paper(s).")
    anchors: list[str] = Field(default_factory=list, description="The named papers' ids.")
    inclusive: bool | None = Field(None, description="The named paper counted too, if said.")
    day_of_month: int | None = Field(None, description="Dated on this day (-1: the last).")
    key: Key = "year"
    reduce: Reduce = "count"
    sides: list[str] = Field(default_factory=list, description="Group A then B: codes, 'code'.")
    ties: bool = Field(False, description="A at least as many as B, not strictly more.")
    listing: bool = Field(False, description="The papers are asked for, not only their number.")
    described: str | None = Field(
        None, description="How the question described the named paper ('the last CL paper')."
    )


def said(pattern: str, text: str) -> bool:
    return compiled(pattern, re.IGNORECASE).search(text) is not None


def _key(low: str, default: Key = "year") -> Key:
    return next((k for k, p in KEYS if said(p, low)), default)


def _side_names(present: frozenset[str]) -> list[tuple[str, str]]:
    """(pattern, code) for each category the profile holds: code, name, alias, head word."""
    names: list[tuple[str, str]] = []
    for code in sorted(present):
        forms = {code.casefold(), f"cs.{code.casefold()}", CATEGORY_NAMES.get(code, "").casefold()}
        forms |= {a for a, c in ALIASES.items() if c == code}
        forms |= {w for w, c in HEAD_WORDS.items() if c == code and len(w) > 3}
        for form in forms - {""}:
            spaced = r"[\s-]+(?:and[\s-]+)?".join(
                re.escape(w) for w in form.replace("-", " ").split()
            )
            names.append((rf"(?<![\w.-]){spaced}(?![\w-])", code))
    return names


def sides(low: str, present: frozenset[str]) -> list[str]:
    """The two groups set against each other, the one said to be ahead first."""
    found: list[tuple[int, str]] = []
    for pattern, code in _side_names(present):
        found += [(m.start(), code) for m in re.finditer(pattern, low)]
    if said(CODE_SIDE, low) and said(NO_CODE_SIDE, low):
        found += [(re.search(CODE_SIDE, low).start(), "code")]  # type: ignore[union-attr]
        found += [(re.search(NO_CODE_SIDE, low).start(), "no code")]  # type: ignore[union-attr]
    order = list(dict.fromkeys(code for _, code in sorted(found)))
    if len(order) != 2:
        return []
    # 'CL papers were not the majority, with CV strictly ahead': the one said ahead first
    ahead = re.search(r"(\S+)\s+(?:\w+\s+)?(?:ahead|on\s+top|in\s+front|leading)\b", low)
    if ahead is not None:
        lead = [c for p, c in _side_names(present) if re.fullmatch(p, ahead[1].strip(",."))]
        if lead and lead[0] in order and order[0] != lead[0]:
            order.reverse()
    # 'more CL than CV' puts CL first as said; 'fewer CL than CV' sets CV ahead
    if said(r"\b(?:fewer|less)\b", low) and not said(r"\bnot\s+(?:fewer|less)\b", low):
        order.reverse()
    return order


def _relation(low: str, anchors: int, names: list[str]) -> Relation | None:
    # (two papers as a window's ends, 'between X and Y', are the router's date window)
    if anchors != 1:
        return None
    if m := re.search(SAME, low):
        unit = next(u for u in (m["unit"], m["unit2"], m["unit3"], m["unit4"]) if u)
        return "same_month" if unit == "month" else "same_year"
    # said of the paper ('older than Kaleido-BERT', 'before it'), not 'since qiu led X'
    spaced = [re.escape(n.casefold().replace("-", " ")) for n in names if n]
    paper = "|".join([*spaced, r"it", r"th(?:at|is)\s+(?:one|paper)"])
    near = rf"\s+(?:[\w'’]+\s+){{0,2}}?(?:{paper})(?![\w])"
    text = low.replace("-", " ")
    if said(rf"(?:{BEFORE}){near}", text):
        return "before"
    if said(rf"(?:{AFTER}){near}", text) or said(rf"\bsince{near}{SINCE_TIMED}", text):
        return "after"
    return None


def _inclusive(low: str) -> bool | None:
    if said(NOT_COUNTING, low):
        return False
    return True if said(COUNTING, low) else None


def _day_of_month(text: str) -> int | None:
    m = DAY_OF_MONTH.search(text)
    if m is None:
        return None
    if m["n"]:
        n = int(m["n"])
        return n if 1 <= n <= 31 else None
    word = (m["w"] or m["w2"] or m["w3"]).casefold()
    return -1 if word in ("last", "final") else ORDINAL_DAYS.index(word) + 1


def read_composition(
    question: str,
    anchors: list[str],
    present: frozenset[str],
    count: bool = False,
    names: list[str] | None = None,
) -> Composition | None:
    """The composition a question asks, when it asks one the plain counts do not answer.
    `anchors`: the papers it names; `present`: the profile's category codes; `count`: a
    number is asked (as the router read it); `names`: what the one paper named may be
    called ('Kaleido-BERT', its title)."""
    low = question.casefold()
    listing = said(WHICH, low) and said(r"\bpapers\b|\bones\b|\bpublications\b|\bworks\b", low)
    counted = count or said(HOW_MANY, low) or listing
    relation = _relation(low, len(anchors), names or [])
    if relation is not None and counted:
        return Composition(
            relation=relation, anchors=anchors, inclusive=_inclusive(low), listing=listing
        )
    if anchors:
        return None
    if (day := _day_of_month(question)) is not None and (counted or said(r"\bany\b", low)):
        return Composition(day_of_month=day, listing=listing)
    if said(AHEAD, low) or said(AHEAD_THAN, low):
        two = sides(low, present)
        key = _key(low, "year")
        if (
            len(two) == 2
            and key in ("year", "month")
            # 'overall' is no period, unless one is said ('not the overall total - per year')
            and (
                not said(r"\boverall\b|\bin\s+total\b", low)
                or said(r"\b(?:per|each|every|by|a)\s+(?:year|yr|month)\b", low)
            )
        ):
            first = said(FIRST, low) and not said(EVERY, low)
            reduce: Reduce = "first_ahead" if first else "all_ahead"
            periods = r"|\bwhen\b|\bwhich\b|\bwhat\b|\bany\b|\bever\b|\b(?:a|one)\s+(?:year|yr)\b"
            if first or said(EVERY + periods, low):
                return Composition(key=key, reduce=reduce, sides=two, ties=said(TIE_COUNTS, low))
    spread = said(TOP, low) and said(BOTTOM, low) and said(SPREAD, low)
    if (spread or said(SPREAD_ALONE, low)) and said(
        r"\b(?:papers?|count|output|publications?|productive|prolific)\b", low
    ):
        return Composition(key=_key(low, "year"), reduce="spread")
    if (m := re.search(MEAN, low)) and said(
        r"\b(?:papers?|publications?|output|count|number)\b", low
    ):
        per: Key = "weekday" if m["key"].startswith("day") else _key(m["key"], "year")
        # per year and per month, the pace answers (over the whole span, empty periods too)
        return Composition(key=per, reduce="mean") if per in ("category", "weekday") else None
    return None
