"""A year stated as when a set of papers began or ended ('her first vision paper was in 2023',
'the listed publications begin in 2018', 'his last paper with Chengyu Wang was in 2021', 'she
stopped publishing in 2023'): the year is the claim to check, not a filter. The set's earliest
or latest paper, over all years, answers it; 'What was her first paper in 2023?' keeps 2023
as a filter (no verb states it)."""

from __future__ import annotations

import re

from rapidfuzz import process
from rapidfuzz.distance import OSA

YEAR = r"(?:'?(?P<short>\d{2})\b|(?P<year>(?:19|20)\d{2})\b)"
# The first or last one said to be of a year: 'first vision paper was in 2023', 'last paper
# is from 2023', 'first CV paper came out in 2020', 'most recent one dates from 2024'.
# A verb stating it, not a participle ('the first thing published in 2026', 'the final one
# published in 2022' ask for that year's paper), nor a relative clause ('the first paper that
# was published in 2022').
OF_YEAR = re.compile(
    r"\b(?P<end>first|earliest|last|latest|final|most\s+recent)\b"
    r"(?:(?!\b(?:that|which|who|to)\b)[^,;?!.])*?\b(?:(?:was|were|is|are)(?:\s+(?:published"
    r"|released|out))?|came\s+out|comes?\s+out|appeared|dates?|dated|got\s+published)\s+"
    r"(?:back\s+)?(?:in|from)\s+(?:the\s+year\s+)?" + YEAR,
    re.IGNORECASE,
)
# A set said to begin or end in a year: 'vision work began in 2023', 'publications begin in
# 2018', 'collaboration ended in 2021', 'stopped publishing in 2023', 'record starts in 2018'
STARTED = re.compile(
    r"\b(?P<verb>beg[ai]n[s]?|beginning|start(?:ed|s)?|ended|ends|stopped|stops|finished"
    r"|ceased|quit)\b(?:\s+[\w'’-]+){0,2}?\s+(?:in|from|with)\s+(?:the\s+year\s+)?" + YEAR,
    re.IGNORECASE,
)
# Output said to have stopped after a year, in other words than an end verb with 'in': 'inactive
# since 2023', 'went quiet after 2021', "hasn't published since 2022", 'the lack of papers after
# 2022', 'no output after 2023', 'her last active year was 2023', 'stopped publishing after 2023'.
# The year is the claimed last year of the work; the set's latest paper checks it.
QUIET = re.compile(
    r"\b(?:inactive|dormant|silent|quiet|idle|absent|(?:went|gone|been)\s+dark"
    r"|stopp?(?:s|e?d|ing)?\s+(?:publishing|writing|doing\s+research|research(?:ing)?)"
    r"|(?:absence|lack|dearth)\s+of\s+(?:any\s+)?(?:papers?|publications?|work|output|activity)"
    r"|no\s+(?:more\s+|new\s+)?(?:papers?|publications?|output|activity)"
    r"|(?:has|have|had|did)(?:\s*n['’]?t|\s+not|\s+never)\s+(?:\w+\s+)?(?:published|put\s+out"
    r"|released|written|posted|done)(?:\s+(?:anything|any\s+papers?|a\s+paper))?)"
    r"(?:\s+(?:anything|at\s+all|much))?\s+(?:ever\s+)?(?P<rel>after|since)\s+" + YEAR,
    re.IGNORECASE,
)
LAST_ACTIVE = re.compile(
    r"\blast\s+active\s+(?:year\b\s*)?(?:(?:was|is|=|:|--|-|in)\s*)?" + YEAR, re.IGNORECASE
)
LAST_WORDS = {"last", "latest", "final", "most recent"}
END_VERBS = re.compile(r"^(?:end|stop|finish|ceas|quit)", re.IGNORECASE)


def claimed_end(question: str) -> tuple[str, int] | None:
    """('earliest' or 'latest', the year) when the question states the year in which a set of
    papers began or ended; None otherwise."""
    if m := OF_YEAR.search(question):
        end = "latest" if re.sub(r"\s+", " ", m["end"].casefold()) in LAST_WORDS else "earliest"
    elif m := STARTED.search(question):
        end = "latest" if END_VERBS.match(m["verb"]) else "earliest"
    else:
        return None
    return end, _year(m)


def _year(m: re.Match[str]) -> int:
    return int(m["year"]) if m["year"] else 2000 + int(m["short"])


# The long words of a silence, typed with one slip ('inactve', 'dormnat', 'abscence')
SLIPPED = ("inactive", "dormant", "silent", "absence", "publishing", "publications")


def _unslipped(word: re.Match[str]) -> str:
    match = process.extractOne(word[0].casefold(), SLIPPED, scorer=OSA.distance, score_cutoff=1)
    return str(match[0]) if match else word[0]


def claimed_quiet(question: str) -> int | None:
    """The year said to be the last of the work when the question states that output stopped
    after it ('inactive since 2023', 'went quiet after 2021', 'her last active year was 2023');
    None otherwise."""
    question = re.sub(r"\b[a-z]{6,}\b", _unslipped, question, flags=re.IGNORECASE)
    m = QUIET.search(question) or LAST_ACTIVE.search(question)
    return None if m is None else _year(m)
