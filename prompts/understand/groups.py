"""Aggregates as a grouping and a reduction over the papers the filters keep: 'how many
different first authors' (first author x distinct), 'categories with a single paper'
(category x exactly one), 'the biggest jump over the year before' (year x rise), 'the last
paper of 2022' (year x last). The filters (dates, categories, code, people, topic) are read
as for any question; a new shape is a new pair, not a new handler."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel

from prompts.understand import reductions as rd
from prompts.understand.aggregates import NAMED_CATEGORY, read_aggregate
from prompts.understand.operations import operation_word, read_operation, top_groups
from prompts.understand.picks import Pick, read_pick
from prompts.understand.runs import read_run
from prompts.understand.windows import read_ranking, read_window, window_word
from retrieval.text import compiled

Group = Literal[
    "year",
    "month",
    "category",
    "first_author",
    "date",
    "weekday",
    "quarter",
    "half",
    "season",
    "title_words",
    "title_chars",
    "title",
]
Reduce = Literal[
    "distinct",
    "single",
    "none",
    "rise",
    "fall",
    "first",
    "last",
    "median",
    "span",
    "closest",
    "rank",
    "top_sum",
    "days",
    "rest",
    "rate",
    "record",
    "most",
    "least",
    "bounded",
    "debut",
    "average",
    "reach",
    "alpha",
    "gap",
    "top",
    "pick",
    "run",
    "window",
]

GROUPS: list[tuple[Group, str]] = [
    ("first_author", r"\b(?:first|lead|1st)[- ]?(?:named[- ])?authors?\b|\bfirst[- ]named\b"
                     r"|\blead(?:s|ing)?\s+(?:the|their|her|his)\s+(?:author|by-?line)"),
    ("category", r"\bcate?g\w*|\bsubject\s+(?:areas?|labels?|categor\w*)\b"),
    ("month", r"\bmonths?\b"),
    ("year", r"\b(?:years?|yrs?|yaers?|yearly|annual(?:ly)?|year[- ]over[- ]year|yoy)\b"),
]  # fmt: skip
# Each kept group counted once: 'how many different first authors', 'across how many months',
# 'how many of the twelve months saw a paper', 'counting each person once'
DISTINCT = (
    r"\b(?:different|distinct|unique|separate|individual)\b|\bcounting\s+(?:each|every)\b"
    r"|\bacross\s+how\s+many\b|\bspread\s+(?:over|across)\b|\bhow\s+many\s+(?:\w+\s+){0,3}?"
    r"months?\b(?=.*\b(?:a|one|any|at\s+least\s+one|some)\s+(?:\w+\s+)?(?:papers?|publications?"
    r"|of\s+(?:his|her|their)\s+papers)\b)"
)
HOW_MANY = r"\bhow\s+many\b|\bnumbe?r\s+of\b|\bnumbr\b|\bcount\b"
PERIODS_HOLDING = (
    r"\b(?:years?|yrs?|months?)\s+(?:with|having|containing|that\s+(?:had|have|saw|contain\w*))"
    r"\s+(?:a|an|any|at\s+least\s+one|one\s+or\s+more|some)\b"
)
# Groups holding one paper and no more: 'only one paper', 'a single paper', 'appear only once'
SINGLE = (
    r"\b(?:exactly|only|just|precisely)\s+(?:one|1|a\s+single)\b|\bsingle\s+(?:paper|publication"
    r"|entry)\b|\b(?:only|just)\s+once\b|\bonce\s+only\b|\b(?:no|not)\s+more\s+than\s+(?:one|1)"
    r"\b|\bat\s+most\s+(?:one|1)\b|(?<!least\s)\bone[- ](?:paper|publication|off)\b|\bsingletons?\b"
)
# Groups holding no paper: 'categories with no paper in 2023', 'which fields are missing'
NONE = (
    r"\b(?:no|zero|not\s+(?:a\s+single|any|one))\s+(?:\w+\s+){0,2}?(?:papers?|publications?"
    r"|works?|entries|output)\b|\bwithout\s+(?:any\s+|a\s+)?(?:\w+\s+)?(?:papers?|publications?"
    r"|output|works?)\b|\b(?:missing|absent|empty|unrepresented|none|nothing)\b"
)
# A change from one group to the next: 'a jump over the year before', 'in which years did the
# number drop', 'grew the most'
RISE = (
    r"\b(?:jump\w*|increas\w*|increse\w*|ris(?:e|es|ing)|rose|grow\w*|grew|climb\w*|spik\w*"
    r"|surg\w*|boost\w*|went\s+up|go(?:es)?\s+up|bump\w*|gain\w*)\b"
)
FALL = (
    r"\b(?:drop\w*|fell|fall\w*|declin\w*|decreas\w*|dip\w*|shr[iau]nk\w*|went\s+down"
    r"|go(?:es)?\s+down|slump\w*|slow(?:ed|down)|los[st])\b"
)
STEP = (
    r"\b(?:year|yr)\s+before\b|\b(?:prior|previous|preceding|last|earlier)\s+(?:year|yr)\b"
    r"|\byear[- ](?:over|on|to)[- ]year\b|\byoy\b|\bfrom\s+one\s+year\s+to\s+the\s+next\b"
    r"|\bvs\.?\s+(?:the\s+)?(?:year|yr)\b|\bin\s+which\s+years?\b|\bwhich\s+years?\b"
    r"|\byearly\b|\bannual\w*\b|\bper\s+year\b"
)
EXTREME = r"\b(?:biggest|largest|sharpest|steepest|greatest|highest|most|strongest|sharply|big)\b"
# The first or last paper within a year: 'the final paper of 2022', 'the one closing that year'
LAST = r"\b(?:last|final|latest|closing|most\s+recent|newest|end(?:ed|ing)?)\b"
FIRST = (
    r"\b(?:first(?![- ]?(?:named|listed|auth))|earliest|opening|open(?:ed)?|start(?:ed|ing)?"
    r"|oldest)\b"
)
# A first paper said with the year it is presumed in ('her first paper, back in 2022', 'she only
# started publishing in 2022'): the presumption is checked, not the year's first paper found
FIRST_PREMISE = re.compile(
    r"\bonly\s+(?:came out|appeared|started|began|published|in)\b|\bdebut\w*|\bback in\b"
    r"|\b(?:started|start|began|begin)\s+(?:publishing|writing|out)\b|\bgiven that\b"
    r"|\bright\s*\?|\bvery\s+first\b|^\W*(?:since|as|because)\b",
    re.IGNORECASE,
)
# The first or last part of a period ('the first half of 2024', 'the last three months'): dates
PART_OF_PERIOD = (
    r"\b(?:first|last|final|opening|closing|latest|early|late)\s+(?:(?:\d+|two|three|four|five"
    r"|six|few|couple\s+of)\s+)?(?:half|halves|quarters?|months?|weeks?|days?|seasons?|part"
    r"|semesters?)\b|\b(?:first|last)\s+(?:\d+|two|three|four|five|few)\s+years?\b"
    r"|\b(?:last|past)\s+(?:year|yr|month)\s+or\s+(?:two|so|three|\d)\b"  # 'the last year or two'
)
ONE_PAPER = r"\b(?:papers?|publications?|one|works?|articles?|entry|release)\b"
# Words that say the aggregate, never its topic
WORDS = frozenset(
    """different distinct unique separate individual counting each every once across spread
    many number numbr count exactly only just precisely single singleton singletons one
    jump jumped increase increased increse rise rose grew growth grow climb spike surge boost
    drop dropped fell fall decline declined decrease decreased dip shrank biggest largest
    sharpest sharply steepest greatest highest most strongest big prior previous preceding
    before vs year years yr yrs yaer yearly annual month months category categories categry
    categries label labels subject last final latest closing recent newest first earliest
    opening oldest lead leads leading author authors named byline people persons person
    individuals name names position output total overall times appear appears appearing
    represented contain contains saw see had have has with no more than most at least
    ones later-year later earlier calendar twelve hold holds held contain contained include
    includes included cover covers covered belong belongs fall falls sit sits zero missing
    absent empty unrepresented none nothing without""".split()  # noqa: SIM905
)


class Tally(BaseModel):
    """How the kept papers are grouped and what each group's count becomes."""

    group: Group
    reduce: Reduce
    extreme: bool = False  # the one biggest change, not every change; the bottom k groups
    k: int = 1  # the place ranked ('second most common': 2) or the top groups summed
    days: list[int] = []  # the days of the week asked (0 Monday)
    before: bool = True  # one year against all the years before it (or after it)
    year: int | None = None  # that year
    low: int | None = None  # the bound a group's count (or a paper's length) must meet
    high: int | None = None
    late: bool = False  # the group that appeared last, not first
    pick: Pick | None = None  # papers picked by their place in an ordering (see picks)


def _group(low: str) -> Group | None:
    low = re.sub(NAMED_CATEGORY, " ", low)
    for group, pattern in GROUPS:
        if compiled(pattern).search(low):
            return group
    return None


def _reduced(low: str, group: Group | None, years: list[int]) -> Tally | None:
    """The reductions over dates, rankings and the rest of the years (see reductions)."""
    written = {int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", low)}
    summed = rd.said(rd.SUMMED, low)  # 'than all earlier years combined': one against the rest
    # 'above every year before' (not 'of the months in 2025, which had more than any other')
    months = rd.said(r"\bmonths?\b", low)
    if len(written) == 1 and rd.said(rd.RECORD, low) and not summed and not months:
        return Tally(group="year", reduce="record", year=written.pop())
    if len(set(years)) == 1 and (side := rd.against_rest(low)):
        return Tally(group="year", reduce="rest", before=side == "before", year=years[0])
    if (days := rd.weekdays(low)) is not None:
        return Tally(group="weekday", reduce="days", days=days)
    if (on_dates := rd.date_reduction(low)) is not None:
        counts = on_dates == "median" and group == "year" and rd.said(rd.PER_GROUP, low)
        counts = counts and rd.said(r"\b(?:numbers?|counts?|papers|publications|output)\b", low)
        return Tally(group="year" if counts else "date", reduce=on_dates)
    ranked = group or ("category" if rd.said(r"\b(?:fields?|areas?)\b", low) else None)
    if ranked in ("year", "category", "month", "first_author"):
        if rd.said(rd.RATE, low) and rd.said(rd.RATE_RANKED, low):  # each group's share
            return Tally(group=ranked, reduce="rate")
        if (k := rd.top_k(low)) is not None:
            return Tally(group=ranked, reduce="top_sum", k=k)
        if (top := top_groups(low, ranked)) is not None:  # 'top three categories + counts'
            return Tally(**top)
        if (k := rd.ordinal(low)) > 1:
            return Tally(group=ranked, reduce="rank", k=k)
        if (ranking := read_ranking(low, ranked)) is not None:  # 'rank the years', every one
            return Tally(**ranking)
    return None


def read_tally(low: str, one_year: bool, years: list[int] | None = None) -> Tally | None:
    """The grouping and reduction a question asks, when it asks one the plain counts and
    orderings do not answer. `one_year`: the question names the year(s) its papers are in;
    `years`: the years it names."""

    def said(pattern: str) -> bool:
        return compiled(pattern).search(low) is not None

    if (pick := read_pick(low, one_year)) is not None:  # 'the third-oldest', 'titles starting'
        return Tally(
            group="title" if pick.order == "alpha" else pick.order, reduce="pick", pick=pick
        )
    if (window := read_window(low)) is not None:  # 'the quietest two consecutive years'
        return Tally(**window)
    if (unit := read_run(low)) is not None:  # 'the longest streak of years with a CV paper'
        return Tally(group="month" if unit == "month" else "year", reduce="run")
    if (op := read_operation(low)) is not None:  # 'the year the total reaches 25'
        return Tally(**op)
    if (asked := read_aggregate(low)) is not None:  # a field and an operation said
        field, operation, late, (least, most) = asked
        return Tally(group=field, reduce=operation, late=late, low=least, high=most)
    group = _group(low)
    if (reduced := _reduced(low, group, years or [])) is not None:
        return reduced
    # 'last year', 'the past month' date the papers; no paper is first or last
    undated = re.sub(r"\b(?:last|past|previous)\s+(?:year|yr|month|week)\b", " ", low)
    ordered = re.search(LAST, undated) is not None or said(FIRST)
    plural = said(r"\b(?:papers|publications|works|articles|authors?)\b")
    placed = said(r"\b(?:listed|named|appears?|comes?|put|placed|credited)\s+(?:first|last)\b")
    single = not (plural or placed or FIRST_PREMISE.search(low))
    single = single and not (said(PART_OF_PERIOD) or said(HOW_MANY))
    if one_year and ordered and said(ONE_PAPER) and group != "first_author" and single:
        return Tally(group="year", reduce="last" if re.search(LAST, undated) else "first")
    if group is None:
        return None
    if group == "first_author" and said(DISTINCT) and said(HOW_MANY + r"|\bwho\b"):
        return Tally(group=group, reduce="distinct")
    # 'years with a CV paper, how many?': the periods holding one are counted, not papers
    explicit = said(r"\b(?:different|distinct|unique|separate)\b") or said(PERIODS_HOLDING)
    counted = said(DISTINCT) or said(PERIODS_HOLDING)
    if group in ("month", "year") and (one_year or explicit) and counted and said(HOW_MANY):
        return Tally(group=group, reduce="distinct")
    # 'categories with no code papers': the absence is the code's, a filter, not the group's
    code_absent = said(r"\b(?:no|without|lack\w*)\s+(?:any\s+)?(?:code|github|repo)")
    # 'in which years is there no CL paper': the years are grouped, the category filters
    years_asked = said(
        r"\b(?:which|what)\s+(?:years?|months?)\b|\b(?:years?|months?)\s+(?:with|where|when|without)\b"
    )
    if group == "category" and said(NONE) and not (said(SINGLE) or code_absent or years_asked):
        return Tally(group=group, reduce="none")
    if group in ("category", "first_author") and said(SINGLE):
        return Tally(group=group, reduce="single")
    if group == "year" and (said(STEP) or said(EXTREME)) and (said(RISE) or said(FALL)):
        rise = said(RISE) and not (said(FALL) and not said(EXTREME))
        return Tally(group=group, reduce="rise" if rise else "fall", extreme=said(EXTREME))
    return None


def tally_word(word: str) -> bool:
    """A word of the aggregate's wording ('distinct', 'jump', 'closing'), never a topic."""
    w = word.casefold().strip("'’")
    return (
        w in WORDS
        or any(part in WORDS for part in w.split("-"))
        or rd.reduction_word(w)
        or operation_word(w)
        or window_word(w)
    )
