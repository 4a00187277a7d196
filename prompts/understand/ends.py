"""A year stated as when a set of papers began or ended ('her first vision paper was in 2023',
'the listed publications begin in 2018', 'his last paper with Chengyu Wang was in 2021', 'she
stopped publishing in 2023'): the year is the claim to check, not a filter. The set's earliest
or latest paper, over all years, answers it; 'What was her first paper in 2023?' keeps 2023
as a filter (no verb states it)."""

from __future__ import annotations

import re

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
    year = int(m["year"]) if m["year"] else 2000 + int(m["short"])
    return end, year
