"""Two overview shapes read from a question: a series of versions asked ('the Valley series',
'which projects came back with sequels?', 'every version of X'), and research lines that
stopped or started around a year ('topics he has not touched since 2022', 'which topics did she
start only after 2024?'). The answers compute both from the papers' own names and phrases."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

# Versions asked of a line of work: 'a series', 'successive versions', 'sequels', 'v1 v2 v3',
# 'every version of X', 'how X evolved across versions' (not 'time series')
SERIES = re.compile(
    r"\b(?:(?<!time\s)(?<!time-)series|sequels?|franchise|successors|iterations|generations"
    r"|versions(?!\s+of\b)|versioned|v\d\b(?:\W+v\d\b)+|v1\b|(?:every|each|all|later|new|newer)\s+"
    r"(?:the\s+)?(?:\w+\s+)?version|(?:more\s+than\s+one|a\s+second|another|a\s+later)\s+"
    r"version)",
    re.IGNORECASE,
)
# Of one named model: 'how did X evolve', 'what changed from X to X2'
EVOLVED = re.compile(
    r"\b(?:evolv\w*|evolution|progress\w*|develop\w*\s+over|changed\s+(?:from|between|across))\b",
    re.IGNORECASE,
)
# A line of work, not one paper: 'research lines', 'topics', 'threads', 'areas', 'interests'
LINES = re.compile(
    r"\b(?:lines?|topics?|threads?|areas?|interests?|directions?|subjects?|themes?|streams?"
    r"|strands?|fields?|projects?|agendas?)\b",
    re.IGNORECASE,
)
STOPPED = re.compile(
    r"\b(?:drop(?:ped|s)?|stop(?:ped|s)?|abandon\w*|quit|gave\s+up|give\s+up|left\s+behind"
    r"|went\s+(?:quiet|silent|dormant|cold)|go(?:ne)?\s+(?:quiet|silent|dormant|cold)"
    r"|ended|end(?:s)?\s+by|died|dead|discontinu\w*|retired|no\s+(?:later|newer|more|further)"
    r"|no\s+(?:\w+\s+)?(?:papers?|publications?|work)\s+(?:since|after)"
    r"|(?:n['’]t|not|never)\s+(?:\w+\s+){0,2}?(?:touched|returned|come\s+back|came\s+back"
    r"|revisited|continued|pursued|worked\s+on|published\s+on)|moved\s+(?:on|away))\b",
    re.IGNORECASE,
)
STARTED = re.compile(
    r"\b(?:start(?:ed|s)?|began|begun|begin|t(?:ake|akes|ook|aken)\s+up|pick(?:ed)?\s+up"
    r"|tak(?:e|en)\s+on"
    r"|entered|moved\s+into|branch(?:ed)?\s+(?:out\s+)?into|new(?:ly)?|emerg\w*|appeared?"
    r"|first\s+(?:appear\w*|show\w*|tackl\w*))\b",
    re.IGNORECASE,
)
YEAR = re.compile(r"(?<![\d-])((?:19|20)\d{2})(?![\d-])")
AFTER = re.compile(r"\b(?:after|post|beyond|later\s+than)\s+(?:the\s+(?:end\s+of\s+)?)?$", re.I)


@dataclass(frozen=True)
class LinesAsked:
    """Lines of work that stopped (their latest paper no later than `year`) or started
    (their first paper in `year` or later; after it when `after`)."""

    turn: Literal["stopped", "started"]
    year: int
    after: bool


# 'the versions of Valley', said of a named model ('versions of each question', 'corrupted
# versions of the data' are copies of other things)
VERSIONS_OF = re.compile(r"\bversions\s+of\b", re.IGNORECASE)


def series_asked(question: str, named: bool) -> bool:
    """Is a series of versions asked: by its words, or 'how did X evolve' and 'the versions of
    X' of a named model?"""
    if SERIES.search(question):
        return True
    return named and (EVOLVED.search(question) or VERSIONS_OF.search(question)) is not None


def lines_asked(question: str) -> LinesAsked | None:
    """Research lines that stopped or started around a year, asked of the work as a whole;
    None unless lines, a turn and one year are all said."""
    years = YEAR.findall(question)
    if len(set(years)) != 1 or not LINES.search(question):
        return None
    m = YEAR.search(question)
    assert m is not None
    after = AFTER.search(question[: m.start()]) is not None
    if STOPPED.search(question):
        return LinesAsked("stopped", int(years[0]), after)
    if STARTED.search(question):
        return LinesAsked("started", int(years[0]), after)
    return None
