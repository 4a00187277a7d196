"""A yes/no question whose claim is about the profile's metadata, read into one `Assertion`:
whether every month, quarter or year holds a paper ('any empty year since 2020?'), whether some
(or every) year has all its papers with code or led by one category, whether a named paper is
the newest or oldest ('isn't Valley3 the latest?'), and whether a year had more papers than
another ('did output shrink from 2021 to 2022?'). The truth is computed from the records
(prompts/answer/assertions.py), never from the words; the words only give the claim's shape."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel

from prompts.understand.compared import COMPARED
from prompts.understand.dates import Y4
from prompts.understand.people import AUTHOR_ROLE, COAUTHOR
from prompts.understand.picks import EARLY, LATE, PAPERISH
from prompts.understand.router import LEAST, SUMMED
from prompts.understand.terms import CODE, FILLER, MOST, ORDINAL, YES_NO, place_of

ROLES = AUTHOR_ROLE + "|" + COAUTHOR
Unit = Literal["month", "quarter", "year"]
Kind = Literal["covered", "extreme", "compared", "per_year", "exists", "monotone"]

_UNIT = r"(?P<unit>month|quarter|year)s?\b"
_COUNT = r"(?:12|twelve|4|four)"
# every unit holds a paper: 'every month', 'each of the twelve months', 'all 4 quarters',
# 'from January to December', 'Q1 through Q4', 'every single year since 2020'
EVERY_UNIT = re.compile(
    rf"\b(?:every|each)(?:\s+(?:single|one))?(?:\s+of\s+the)?(?:\s+{_COUNT})?(?:\s+calendar)?\s+"
    rf"{_UNIT}|\ball(?:\s+of)?(?:\s+the)?(?:\s+{_COUNT})?(?:\s+calendar)?\s+(?P<units>month"
    r"|quarter|year)s\b|\b(?P<jan>jan(?:uary)?)\b\W+(?:\w+\W+){0,1}?(?:to|through|thru|till"
    r"|until|and|-|–)\W*dec(?:ember)?\b|\b(?P<q>q1)\b[^?]*\bq4\b",
    re.IGNORECASE,
)
# some unit holds none: 'any empty year?', 'a month without a paper', 'did she skip a year?',
# 'gap years', 'a year with no papers'
GAP = re.compile(
    r"\b(?:any|an?|some|one)\s+(?:single\s+)?(?:empty|gap|blank|missing|barren|dry|idle|lost"
    rf"|quiet|silent|paperless)\s+{_UNIT}|\b(?:month|quarter|year)s?(?:\s+(?:since|from|after"
    r"|before|between|in)\s+\S+(?:\s+(?:to|and)\s+\S+)?)?\s+(?:without|with\s+(?:no|zero"
    r"|nothing))\b(?:\s+(?:a|any|one))?(?:\s+single)?(?:\s+listed)?(?:\s+(?:papers?"
    r"|publications?))?|\b(?:month|quarter|year)\b[^?.!]{0,60}?\b(?:no|zero|not\s+a\s+single)\s+"
    r"(?:listed\s+)?(?:papers?|publications?)\b|\b(?:skip(?:ped|s)?|miss(?:ed|es)?|sk[iy]pp?ed)\s+(?:an?|any|one|some"
    r"|a\s+whole|a\s+single)\s+(?:whole\s+)?(?:month|quarter|year)\b|\bgap\s+(?:month|year)s?\b"
    r"|\b(?:no|zero)\s+(?:papers?|publications?|output)\s+(?:at\s+all\s+)?(?:in|for|during)\s+"
    r"(?:an?|any|some|one)\s+(?:whole\s+|single\s+)?(?:month|quarter|year)\b",
    re.IGNORECASE,
)
UNIT_WORD = re.compile(r"\b(month|quarter|year)s?\b|\b(gap\s+year)", re.IGNORECASE)
# a year whose papers all have code, or which one category leads: 'is there a year in which all
# his papers have code?', 'a whole year where each paper shipped code', 'CL the top category
# each year?', 'in each year did CL outnumber the others?'
SOME_YEAR = re.compile(
    r"\b(?:any|an?|some|one|single)\s+(?:whole\s+|full\s+|calendar\s+|single\s+)?year\b"
    r"|\b(?:ever|at\s+some\s+point)\b",
    re.IGNORECASE,
)
EVERY_YEAR = re.compile(
    r"\b(?:every|each)\s+(?:single\s+)?year\b|\balways\b|\ball\s+(?:the\s+)?years\b"
    r"|\byear\s+after\s+year\b|\bper\s+year\b|\bevery\s+time\b",
    re.IGNORECASE,
)
ALL_PAPERS = re.compile(
    r"\b(?:all|every|each|everything)\b(?:\s+(?:of|the|his|her|their|its|that|year['’]s"
    rf"|listed|dated|published|single|one))*\s+{PAPERISH}|\b(?:all|every|each)\b\s+(?:one|single\s+one)\b|\bwithout\s+exception\b"
    r"|\b100\s*%|\bfully\b|\bnone\s+without\b",
    re.IGNORECASE,
)
LEADS = re.compile(
    r"\b(?:top|leading|lead|led|leads|biggest|largest|main|dominant|dominat\w+|outnumber\w*"
    r"|most\s+common|most\s+frequent|ahead|on\s+top|first\s+place|number\s+one|no\.?\s*1|#1"
    r"|majority|most\s+papers|most\s+of)\b",
    re.IGNORECASE,
)
# a named paper at one end: 'the newest paper', 'her latest listed work', 'the first one'
END = re.compile(
    rf"\b(?:(?:the\s+|his\s+|her\s+|their\s+|[\w-]+['’]s\s+)?(?:very\s+|most\s+)?(?P<end>{EARLY}"
    rf"|{LATE})|(?:the|his|her|their|[\w-]+['’]s)\s+(?:very\s+)?(?P<ends>first|last|final))\b(?!\s+(?:author|name|word|letter|half|quarter|month|year"
    rf"|time|place)\b)(?=(?:\s+[\w/+-]+){{0,2}}?\s+(?:{PAPERISH}|one)\b|\s*(?:[?.!,:;]|$)"
    r"|\s+(?:on|in|of|so|to|yet|ever|among|as)\b)",
    re.IGNORECASE,
)
# a named paper at a place: 'her third paper', 'the second-newest one', 'the 2nd most recent'
PLACE = re.compile(
    rf"\b(?P<ord>{ORDINAL})(?:[- ](?P<dir>{EARLY}|{LATE}|to[- ]last|from[- ](?:the[- ])?"
    rf"(?:last|end|top|newest)))?(?!\s+(?:author|name|word|letter|half|quarter|month|year|time"
    rf"|place)\b)(?=(?:\s+[\w/+'’-]+){{0,2}}?\s+(?:{PAPERISH}|one)\b)",
    re.IGNORECASE,
)
FROM_END = re.compile(
    r"\bfrom\s+the\s+(?:end|last|newest|latest|top)\b|\bcounting\s+(?:back|from\s+the\s+"
    r"(?:end|newest|latest))\b",
    re.IGNORECASE,
)
EARLY_END = re.compile(rf"(?:{EARLY}|first)", re.IGNORECASE)
# two years' counts compared: more, fewer, the same; a change from the earlier to the later
MORE = re.compile(
    r"\b(?:more|greater|higher|bigger|busier|exceed\w*|outnumber\w*|outpac\w*|beat|beats)\b",
    re.IGNORECASE,
)
FEWER = re.compile(r"\b(?:fewer|less|lower|smaller|quieter|lighter)\b", re.IGNORECASE)
GROW = re.compile(
    r"\b(?:gr[eo]w|grown|grows|growing|growth|increas\w*|r[io]se|rising|went\s+up|go\s+up"
    r"|climb\w*|jump\w*|ramp\w*\s+up|expand\w*|pick(?:ed)?\s+up|up\s+from)\b",
    re.IGNORECASE,
)
SHRINK = re.compile(
    r"\b(?:shr[iau]nk\w*|declin\w*|decreas\w*|drop\w*|f[ae]ll|falls|falling|dip\w*|went\s+down"
    r"|go\s+down|slow(?:ed)?\s+down|contract\w*|down\s+from|dwindl\w*)\b",
    re.IGNORECASE,
)
SAME = re.compile(
    r"\b(?:same|equal\w*|as\s+many|identical|match\w*|level|flat|unchanged|steady|stable"
    r"|even|tied|tie)\b",
    re.IGNORECASE,
)
# some paper passes the filters: 'is there a paper tagged pku with code?', 'any 2025 LG paper
# with code?', 'does at least one fit?', 'does that happen?'
ANY_PAPER = re.compile(
    rf"\b(?:is|are|was|were)\s+there\s+(?:an?|any|some|one)\b|^\W*any(?:\s+(?:at\s+all|of\s+"
    rf"(?:them|those)))?\s+(?:in|from|during|for|dated)\b|\bany\b(?=(?:\s+[\w/+-]+){{0,3}}?\s+"
    rf"{PAPERISH})|\bat\s+least\s+(?:one|1)\b|\b(?:does|did|has)\s+(?:that|this|it)\s+happen"
    rf"|(?<!every\s)(?<!each\s)\b(?:one|some)\s+of\s+(?:his|her|their|the)\b|\b(?:does|do|did)\s+any\b",
    re.IGNORECASE,
)
# a list asked for, not a verdict: 'cv paper each year - list them by year?'
LISTING = re.compile(r"\b(?:list|show|name)\s+(?:them|those|me|all|the|each)\b", re.IGNORECASE)
THAN = re.compile(rf"\bthan\s+(?:in\s+|during\s+|for\s+|the\s+year\s+)?(?P<y>{Y4})\b", re.I)
YEAR = re.compile(rf"(?<![\w.$/'’-]){Y4}(?![\w'’%/-]|[.,]\d)")
TRUE_FALSE = re.compile(
    r"\btrue\s+or\s+false\b|\b(?:right|correct|true)\s*\?\s*$|\bis\s+(?:it|that)\s+(?:so|true)\b"
    r"|\bconfirm\b|\bcheck\b",
    re.IGNORECASE,
)
# a wh- question opening a clause ('... code. Which?'), not a relative one ('a year in which')
WH = re.compile(
    r"(?:^|[.?!:;,(]|\s[-–—]\s?)\W*(?:(?:in|on|for|during|of|from|at|by|with)\s+)?"
    r"(?:what|which|who|whom|whose|when|where|why|how)\b",
    re.IGNORECASE,
)
# where one clause ends and the next begins: 'Check all years: any paper in July?', 'Every
# year has a CV paper; is there one in 2024?', '2023 vs the years before - counts?'
CLAUSE_END = re.compile(r"[;:?!]+(?=\s|$)|\.(?=\s+[A-Z])|\s[-–—]+\s")
# the units gathered into one pool, not each asked about: 'all years summed', 'every year
# before it together', 'across all years', 'pooling the years' (not 'every month, years pooled')
POOLED_AFTER = re.compile(
    rf"^(?:\W+(?!(?:month|quarter|year)s?\b)[\w'’]+){{0,3}}?\W+(?:{SUMMED}|pool\w*)", re.I
)
POOLED_BEFORE = re.compile(
    r"\b(?:across|over|throughout|pool\w*|summ\w*|combin\w*|add\w*\s+up)\s+$", re.IGNORECASE
)


class Assertion(BaseModel):
    """One claim about the metadata, to be computed: which shape, and its parts."""

    kind: Kind
    unit: Unit = "year"
    gap: bool = False  # the claim is that some unit holds none
    some: bool = True  # 'some year' (not 'every year')
    leads: bool = False  # per year: one category leads (else: all the year's papers pass)
    end: Literal["early", "late"] = "late"
    years: list[int] = []  # two years compared, as the question gives them
    sense: Literal["more", "fewer", "same"] = "more"
    place: int = 1  # counted from that end
    rest: list[str] = []  # the words no part of the claim's shape: a subject, if any


SHAPES: tuple[re.Pattern[str], ...] = (
    *(EVERY_UNIT, GAP, SOME_YEAR, EVERY_YEAR, ALL_PAPERS, LEADS, END, PLACE, FROM_END),
    *(MORE, FEWER, GROW, SHRINK, SAME, THAN, YEAR, TRUE_FALSE, UNIT_WORD, ANY_PAPER),
    re.compile(CODE, re.IGNORECASE),
    re.compile(FILLER, re.IGNORECASE),
)


def asks_whether(question: str) -> bool:
    """A question answered by Yes or No: an auxiliary first, 'true or false', or a statement
    ending in '?' that asks no wh- question ('valley3 = her latest paper?')."""
    if YES_NO.match(question) or TRUE_FALSE.search(question):
        return True
    # 'list' asked, not 'in his list' (the papers where they are)
    counted = re.search(
        r"\b(?:total|count|sum)\b|(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bmy\s)(?<!\btheir\s)\blist\b",
        question,
        re.IGNORECASE,
    )
    return question.rstrip().endswith("?") and not WH.search(question) and not counted


def read_assertion(question: str, named: int) -> Assertion | None:
    """The metadata claim a yes/no question makes, or None when it makes none; `named` is how
    many papers the question names."""
    if not asks_whether(question) or WH.search(question):
        return None
    read = _read(claimed(question), named)
    if read is None:
        return None
    rest = question
    for shape in SHAPES:
        rest = shape.sub(" ", rest)
    return read.model_copy(update={"rest": re.findall(r"[\w'’-]+", rest.casefold())})


def claimed(question: str) -> str:
    """The clause that makes the claim: the last one, unless it only asks for a confirmation
    ('Every year, most were CL. Correct?'); what comes before it sets a scope ('Check all
    years:') or a premise ('Every year has a CV paper; is there one in 2024?'), which the
    claim's verdict is not about."""
    parts = [p.strip() for p in CLAUSE_END.split(question) if p and p.strip(" \t-–—")]
    while len(parts) > 1 and not _content(parts[-1]):
        parts.pop()
    return parts[-1].rstrip(" .?!") + "?" if parts else question


def _content(clause: str) -> bool:
    """Words besides a confirmation ('right', 'correct?', 'true or false', 'is that so')."""
    return bool(re.sub(r"\W+", "", TRUE_FALSE.sub(" ", clause + "?").replace("?", "")))


def _read(question: str, named: int) -> Assertion | None:
    if named == 1 and (m := PLACE.search(question)):
        said = m["ord"].casefold()
        place = place_of(said) or 1
        late = m["dir"] is not None and EARLY_END.fullmatch(m["dir"]) is None
        late = late or FROM_END.search(question) is not None
        return Assertion(kind="extreme", end="late" if late else "early", place=place)
    if named == 1:
        end = END.search(question)
        if end is None or MORE.search(question) or FEWER.search(question):
            return None
        if re.search(ROLES, question, re.IGNORECASE):  # 'the first paper she led
            return None
        early = EARLY_END.fullmatch(end["end"] or end["ends"]) is not None
        return Assertion(kind="extreme", end="early" if early else "late")
    if named:
        return None
    found = _per_year(question) or _covered(question) or _compared(question)
    if found or ALL_PAPERS.search(question) or re.search(ROLES, question, re.IGNORECASE):
        return found  # 'every one of his 2025 papers', 'first author on any': not some paper
    return Assertion(kind="exists") if ANY_PAPER.search(question) else None


def _per_year(question: str) -> Assertion | None:
    """'a year in which all papers have code', 'CL the top category every year'."""
    leads = LEADS.search(question) is not None
    every = EVERY_YEAR.search(question) is not None
    some = SOME_YEAR.search(question) is not None
    if not (leads and (every or some)) and not (ALL_PAPERS.search(question) and some):
        return None
    if not re.search(r"\byears?\b", question, re.IGNORECASE):
        return None
    return Assertion(kind="per_year", some=not every, leads=leads)


def _covered(question: str) -> Assertion | None:
    """'every month has a paper', 'any empty year since 2020?'."""
    if re.search(r"\bthan\b", question, re.IGNORECASE):
        return None  # 'more than all the years before it': a comparison
    grew, shrank = GROW.search(question), SHRINK.search(question)
    if EVERY_UNIT.search(question) and (grew or shrank) and not LISTING.search(question):
        # 'did the count go up every year?': each year against the one before
        return Assertion(kind="monotone", sense="more" if grew else "fewer")
    if m := GAP.search(question):
        unit = UNIT_WORD.search(m[0])
        assert unit is not None
        word = (unit[1] or "year").casefold()
        # 'no year without a paper?', "there wasn't a gap year, was there?": the same truth,
        # whether some unit holds none, so the same Yes or No
        return Assertion(kind="covered", unit=word, gap=True)
    m = _every_unit(question)
    if m is None or LISTING.search(question) or _ranks(question):
        return None
    word = m["unit"] or m["units"] or ("month" if m["jan"] else "quarter")
    return Assertion(kind="covered", unit=word.casefold())


def _ranks(question: str) -> bool:
    """Units set in order or against each other ('the least common month', 'most productive in
    Jan-Mar or ...?', '2023 vs every year before it'): a question of amounts, which no claim
    of presence in every unit answers."""
    said = re.sub(r"\bat\s+(?:least|most)\b", " ", question, flags=re.IGNORECASE)
    return any(re.search(p, said, re.IGNORECASE) for p in (MOST, LEAST, COMPARED.pattern))


def _every_unit(question: str) -> re.Match[str] | None:
    """The first unit every one of which is asked about, not pooled ('each month, years
    pooled' asks about the months)."""
    for m in EVERY_UNIT.finditer(question):
        before, after = question[: m.start()], question[m.end() :]
        if not (POOLED_AFTER.search(after) or POOLED_BEFORE.search(before)):
            return m
    return None


def _compared(question: str) -> Assertion | None:
    """'more papers in 2021 than 2022?', 'did output shrink from 2021 to 2022?'."""
    years = list(dict.fromkeys(int(y) for y in YEAR.findall(question)))
    if len(years) != 2:
        return None
    if m := THAN.search(question):  # the year after 'than' is the one compared against
        other = int(m["y"])
        years = [y for y in years if y != other] + [other]
        sense = "more" if MORE.search(question) else "fewer" if FEWER.search(question) else None
        if sense is not None:
            return Assertion(kind="compared", years=years, sense=sense)
    if SAME.search(question):
        return Assertion(kind="compared", years=years, sense="same")
    grew, shrank = GROW.search(question), SHRINK.search(question)
    if bool(grew) == bool(shrank):
        return None
    # the later year set against the earlier
    later = sorted(years, reverse=True)
    return Assertion(kind="compared", years=later, sense="more" if grew else "fewer")
