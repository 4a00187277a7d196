"""Reductions of the kept papers beyond counting one group: over their dates (the median, the
span from first to latest, the two closest together, the days of the week), over a grouping's
ranking (the k-th most common group, the top k groups summed) and one year set against all
the years before (or after) it. Each is read from what it asks, whatever the filters."""

from __future__ import annotations

import re

from prompts.understand.terms import place_of
from retrieval.text import compiled

# The middle of the dates: 'the median year', 'which year sits in the middle', 'the average
# publication date', 'when the middle of her output falls'
MEDIAN = (
    r"\bmed[ia]{1,2}n\b|\b(?:mean|average|avg)\s+(?:publication\s+|publishing\s+|paper\s+)?"
    r"(?:year|date)\b|\b(?:which|what)\s+(?:year|date)\s+(?:\w+\s+){0,2}?(?:in|at)\s+the\s+"
    r"(?:middle|midpoint|centre|center)\b|\b(?:middle|midpoint|halfway\s+point|centre|center)"
    r"\s+of\s+(?:his|her|their|the|all)\s+(?:\w+\s+)?(?:output|papers|publications|list|record"
    r"|listing|work)\b"
)
# The counts of a grouping reduced to their middle: 'the median number of papers per year'
PER_GROUP = r"\b(?:per|a|each|every)\s+(?:year|yr)\b|\byearly\b|\bannual\b"
# First to latest: both ends said with what is asked of them, or the length of the activity
ENDS = (
    r"\b(?:first|frist|earliest|oldest|start)\b.{0,80}?\b(?:last|latest|newest|most\s+recent"
    r"|recent|now|today)\b"
)
SPAN_ASKED = (
    r"\bhow\s+long\b|\bhow\s+many\s+(?:years|months|days)\b|\bspan\b|\bperiod\b|\bfrom\s+which"
    r"\b|\b(?:time|years?|months?)\s+(?:between|apart|elapsed|passed)\b|\bcover\w*\b|\bruns?\b"
    r"|\bduration\b|\blength\b|\bstretch\w*\b"
)
SPAN_ALONE = (
    r"\bfrom\s+which\s+(?:date|year|month|day)\s+to\s+which\b|\btime\s+span\b|\bspan\s+(?:of"
    r"|between|from|covered\s+by)\s+(?:his|her|their|the|all)\s+(?:\w+\s+){0,2}?(?:papers"
    r"|publications|output|career|record|work|listing)\b|\bhow\s+long\s+(?:has|have|had)\s+(?:\w+\s+){1,2}been\s+(?:publishing"
    r"|active|writing|putting\s+out)\b|\b(?:period|years?|span|length)\s+of\s+(?:his|her|their"
    r"|the)\s+(?:research\s+|publishing\s+|publication\s+)?(?:activity|career|record|output)\b"
    r"|\b(?:what|which)\s+(?:period|span|stretch|time\s+span|range\s+of\s+(?:dates|years))\s+"
    r"(?:\w+\s+){0,4}?(?:cover|run|span|stretch)\w*\b"
)
# Two papers nearest each other in time: 'closest together', 'the smallest gap', 'a day apart'
CLOSEST = (
    r"\bclosest\s+(?:together|to\s+(?:each\s+other|one\s+another)|in\s+time|in\s+date)\b"
    r"|\b(?:shortest|smallest|least|tightest|briefest|minimum|min|narrowest)\s+(?:amount\s+of\s+)?"
    r"(?:time\s+)?(?:gap|interval|time|distance|spacing|space|wait|separation)\b"
    r"|\b(?:a|one|1|two|2|few)\s+days?\s+apart\b|\bnearest\s+(?:to\s+)?(?:each\s+other"
    r"|one\s+another|together)\b|\bright\s+after\s+(?:one\s+another|each\s+other)\b"
    r"|\bback[- ]to[- ]back\b|\bin\s+quick\s+succession\b|\bfewest\s+days\s+(?:between|apart)\b"
)
# The days of the week: 'on a weekend', 'saturday or sunday', 'on weekdays'
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WEEKEND = r"\bweek[- ]?ends?\b"
WORKDAY = r"\bweek[- ]?days?\b|\bworking\s+days?\b|\bbusiness\s+days?\b|\bworkdays?\b"
DAY_NAMES = r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|satur|sun)days?\b"
DAY_OF_WEEK = r"\bdays?\s+of\s+(?:the\s+)?week\b"
WHICH_DAY = r"\b(?:which|what)\s+(?:week[- ]?day|day\s+of\s+(?:the\s+)?week)\b"
ONE_DAY_RANKED = r"\bweek[- ]?day\b(?!s)|\bday\s+of\s+(?:the\s+)?week\b"
DAY_RANKED = r"\b(?:most|least|fewest|common|popular|frequent|rarest|favou?rite|busiest)\b"
DATED = (
    r"\b(?:dated|dates?|published|publish\w*|came\s+out|come\s+out|released|put\s+out"
    r"|appeared|posted|papers?|publications?|output)\b"
)
NOT_ON = r"\b(?:not|n't|never|except|other\s+than|outside)\b[^.?!]{0,30}?"
# The k-th group by count: 'second most common', 'runner-up', 'number two', 'after the main one'
RANKED = (
    r"\b(?P<k>second|third|fourth|fifth|2nd|3rd|4th|5th)[- ](?:most|largest|biggest|busiest"
    r"|highest|best|top|strongest|common|frequent|popular|productive|ranked|place)\b"
    r"|\brunners?[- ]?up\b|\bnumber\s+(?P<n>two|three|2|3)\b|#\s*(?P<h>2|3)\b"
    r"|\bcomes?\s+(?P<c>second|third)\b|\b(?P<p>second|third|2nd|3rd)\s+(?:place|spot|position)\b"
    r"|\bafter\s+(?:the|their|his|her|its)\s+(?:biggest|largest|main|top|dominant"
    r"|leading|most\s+common)\b"
)
# The top k groups summed: 'the two busiest years combined', 'top 2 years ... total'
TOP_K = (
    r"\b(?:top|best|busiest|biggest|strongest|peak|largest|highest|most)\s+(?P<a>two|three|four"
    r"|five|2|3|4|5)\b|(?<!first\s)(?<!last\s)(?<!earliest\s)(?<!latest\s)(?<!past\s)"
    r"(?<!next\s)(?<!previous\s)(?<!recent\s)(?<!those\s)(?<!these\s)\b(?P<b>two|three"
    r"|four|five|2|3|4|5)\s+(?:\w+\s+){0,2}?(?:years|categories|months)\b"
)
TOP_WORDS = (
    r"\b(?:busiest|most|top|peak|strongest|best|biggest|largest|highest|productive|prolific)\b"
)
SUMMED = (
    r"\bcombined\b|\btogether\b|\btotal\w*\b|\badd(?:ed|ing)?\s+up\b|\bsum\w*\b|\baltogether"
    r"\b|\bin\s+all\b|\bhow\s+much\s+of\b|\bjoint\w*\b"
)
# One year against all the years before (or after) it, together
REST_BEFORE = (
    r"\b(?:all|everything|whole|entire)\b[^.?!]{0,40}?\b(?:before|earlier|prior|previous"
    r"|preceding)\b|\b(?:before|earlier|prior|previous|preceding)\s+(?:\w+\s+){0,3}?(?:together"
    r"|combined|put\s+together|in\s+total|summed)\b"
)
REST_AFTER = (
    r"\b(?:all|everything|whole|entire)\b[^.?!]{0,40}?\b(?:after|later|since|following)\b"
    r"|\b(?:after|later|following)\s+(?:\w+\s+){0,3}?(?:together|combined|put\s+together)\b"
)
SET_AGAINST = (
    r"\bvs\.?|\bversus\b|\bagainst\b|\bcompar\w*|\bthan\b|\boutweigh\w*|\bexceed\w*"
    r"|\b(?:two|both)\s+(?:numbers|counts|figures)\b|\band\s+how\s+many\b|\bratio\b|\bshare\b"
    r"|\bbeat\w*"
)
# A rate within each group, not its count: 'the highest share of papers with code', 'best
# code-release rate by category', 'most code per paper', 'most often, relatively'
RATE = (
    r"\b(?:share|proportion|percentage|percent|fraction|rate|ratio)\b|%|\bper[- ]paper\b"
    r"|\brelative(?:ly)?\b|\bmost\s+often\b|\bleast\s+often\b"
)
RATE_RANKED = (
    r"\b(?:highest|largest|biggest|best|greatest|most|top|lowest|smallest|worst|least|fewest"
    r"|poorest)\b"
)
# One year set against every year before it: 'more papers than every previous year', 'a record
# year', 'beat all the years before'
RECORD = (
    r"\b(?:more|fewer|less|bigger|higher|larger)\b[^.?!]{0,40}?\bthan\s+(?:in\s+)?(?:every|each|any|all)"
    r"\s+(?:\w+\s+)?(?:previous|prior|earlier|preceding|other|before)\b|\brecord\s+year\b"
    r"|\b(?:beat|top|outdo|surpass)\w*\s+(?:every|each|all)\s+(?:the\s+)?(?:previous|prior"
    r"|earlier|preceding|other)\b"
)
# Words of these asks, never a topic
WORDS = frozenset(
    """median medan mean average avg middle midpoint halfway centre center sits sit sort
    sorted span spans long period cover covers covered run runs duration length stretch
    stretches publishing active career record activity frist earliest newest recent latest
    closest nearest together shortest smallest tightest briefest minimum narrowest gap gaps
    interval distance spacing separation apart succession back-to-back weekend weekends
    weekday weekdays saturday saturdays sunday sundays monday mondays tuesday tuesdays
    wednesday wednesdays thursday thursdays friday fridays week working business workday
    workdays runner runner-up runners-up second third fourth fifth place spot position comes
    common frequent popular productive prolific busiest strongest peak top combined total
    sum add added adding altogether joint earlier prior previous preceding everything whole
    entire versus against ratio outweigh outweighs exceed exceeds numbers counts figures
    dated date dates day days falls fall line lined lining order ordered arrange arranged
    rank ranked ranks put separate separates range ranges spanning covering confirm
    check verify share proportion percentage percent fraction rate rates ratio relatively
    relative often record summed summing totalled totaled totalling totaling""".split()  # noqa: SIM905
)


def said(pattern: str, low: str) -> bool:
    return compiled(pattern).search(low) is not None


# What a ranking of papers, not of groups, is by ('the second most cited paper of last year')
PAPER_RANKED = r"\b(?:most|least)\s+(?:cited|recent|read|influential|popular\s+paper)"


def ordinal(low: str) -> int:
    """The place asked in a ranking: 2 for 'second most common', 'runner-up', 'number two'."""
    m = re.search(RANKED, low)
    if m is None or said(PAPER_RANKED, low):
        return 1
    word = next((g for g in (m["k"], m["n"], m["h"], m["c"], m["p"]) if g), None)
    return place_of(word or "") or 2


def top_k(low: str) -> int | None:
    """How many top groups are summed ('the two busiest years combined': 2), if asked."""
    m = re.search(TOP_K, low)
    if m is None or not (said(TOP_WORDS, low) and said(SUMMED, low)):
        return None
    return place_of(m["a"] or m["b"])


def weekdays(low: str) -> list[int] | None:
    """The days of the week asked (0 Monday .. 6 Sunday), all of them for 'which day of the
    week'; those not said when they are set aside ('not on a weekend')."""
    if said(WHICH_DAY, low) or (said(ONE_DAY_RANKED, low) and said(DAY_RANKED, low)):
        # 'what weekday does she publish on most?': every day ranked
        return list(range(7))
    # the days said of the papers' dates, not of the asker ('for a talk on friday')
    low = " ".join(part for part in re.split(r"[.?!;—]", low) if said(DATED, part))
    days: set[int] = set()
    if said(WEEKEND, low):
        days |= {5, 6}
    if said(WORKDAY, low):
        days |= {0, 1, 2, 3, 4}
    for m in re.finditer(DAY_NAMES, low):
        days |= {i for i, d in enumerate(WEEKDAYS) if d.startswith(m[0][:3])}
    if not days:
        return list(range(7)) if said(DAY_OF_WEEK, low) else None
    if said(NOT_ON + rf"(?:{WEEKEND}|{WORKDAY}|{DAY_NAMES})", low):
        days = set(range(7)) - days
    return sorted(days)


def date_reduction(low: str) -> str | None:
    """The reduction over the papers' dates asked, if one: median, span, closest."""
    if said(CLOSEST, low):
        return "closest"
    if said(MEDIAN, low):
        return "median"
    if said(SPAN_ALONE, low) or (said(ENDS, low) and said(SPAN_ASKED, low)):
        return "span"
    return None


def against_rest(low: str) -> str | None:
    """'2025 against all the years before it': 'before' (or 'after'), if asked."""
    if not said(SET_AGAINST, low):
        return None
    if said(REST_BEFORE, low):
        return "before"
    if said(REST_AFTER, low):
        return "after"
    return None


def reduction_word(word: str) -> bool:
    """A word of these asks ('median', 'weekend', 'runner-up'), never a topic."""
    return word.casefold().strip("'’?.,") in WORDS
