"""A year stated as when a set of papers began or ended ('her first vision paper was in 2023',
'the listed publications begin in 2018', 'his last paper with Chengyu Wang was in 2021', 'she
stopped publishing in 2023'): the year is the claim to check, not a filter. The set's earliest
or latest paper, over all years, answers it; 'What was her first paper in 2023?' keeps 2023
as a filter (no verb states it)."""

from __future__ import annotations

import re
from typing import NamedTuple

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


class EndClaim(NamedTuple):
    """Something said of a set's first or last paper ('was her earliest paper a CV paper?'):
    `head` asks for the paper (its words read as the list question they are), `tail` says
    what is claimed of it (read as the papers it describes), `negated` when said of it as not."""

    end: str  # 'earliest' or 'latest'
    head: str
    tail: str
    negated: bool


_DET = r"(?:(?:the|his|her|their|its|(?:[\w-]+\s+)?[\w-]+['’]s)\s+)?(?:very\s+)?"
_END = r"(?P<end>first|earliest|oldest|last|latest|newest|final|most\s+recent)"
# the paper itself, the end word right before it ('her earliest CV paper' names a set instead)
_NOUN = r"(?:(?:listed|published|dated)\s+)?(?:paper|publication|work|article|preprint|one)\b"
# where the set is: 'in the profile', 'on his list', 'of 2021', 'ever published'
_WHERE = (
    r"(?:\s+(?:(?:in|on|of)\s+(?:the|this|his|her|their|my)\s+(?:profile|list(?:ing)?|record)"
    r"|of\s+(?:19|20)\d{2}|ever\s+(?:listed|published|released)|on\s+record|listed))?"
)
# 'was her first paper a CV paper?', 'is the latest one about weather?': the claim opens with a
# word that describes the paper, not one that narrows the set ('was her first paper with ...')
ASKED = re.compile(
    rf"^\W*(?:was|is)\s+(?P<head>{_DET}{_END}\s+{_NOUN}{_WHERE})\s+"
    r"(?:(?:published|released|put\s+out|out)\s+)?(?P<tail>(?:(?:really|actually|already|also"
    r"|still)\s+)?(?:an?|about|on|in|from|within|under|=)\b.+)$",
    re.IGNORECASE,
)
# 'her earliest paper was a CV paper?', 'first paper = vision?', 'his latest listed paper isn't
# a text paper, is it?', 'I wonder whether her very first listed paper was already CV'
STATED = re.compile(
    r"^(?:.*?(?:\b(?:whether|if|that)\s+|[:;]\s+))?\W*"
    rf"(?P<head>{_DET}{_END}\s+{_NOUN}{_WHERE})\s*"
    r"(?:(?P<neg>(?:is|was)\s*n['’]t|(?:is|was)\s+not)|(?:is|was)\b|=)\s*(?P<tail>.+)$",
    re.IGNORECASE,
)
# 'did he start out in computer vision?', 'did she begin with NLP?' (not 'has she started
# on RL?', which asks whether she works on it now)
BEGAN = re.compile(
    r"^\W*(?:did|had)\s+\S+\s+(?:(?:start|begin)\s+(?:out|off)\s+(?=(?:in|with|on|doing)\s)"
    r"|(?:start|begin)\s+(?=with\s))(?P<tail>.+)$",
    re.IGNORECASE,
)
ASKS_WHAT = re.compile(r"\b(?:what|which|who|whom|whose|when|where|why|how)\b", re.IGNORECASE)
# a confirmation closing the claim, no part of it: ', right?', ', is it?', '- yes or no?'
CONFIRMED = re.compile(
    r"(?:[,;]?\s*(?:right|correct|true|yes|no|yeah|am\s+i\s+right|(?:is|was)\s*(?:n['’]t)?"
    r"\s+(?:it|that|she|he|they))|\s*(?:y/n|yes\s*(?:/|or)\s*no))?\s*[?.!]*\W*$",
    re.IGNORECASE,
)


def end_claim(question: str) -> EndClaim | None:
    """What a yes/no question claims of the first or last paper, or None when it says of it
    nothing more than which it is."""
    text = question.strip()
    if (m := ASKED.match(text) or STATED.match(text)) is not None:
        said = re.sub(r"\s+", " ", m["end"].casefold())
        end = "latest" if said in LAST_WORDS or said == "newest" else "earliest"
        head, negated = m["head"], bool(m.groupdict().get("neg"))
    elif (m := BEGAN.match(text)) is not None:
        end, head, negated = "earliest", "their earliest paper", False
    else:
        return None
    tail = CONFIRMED.sub("", CONFIRMED.sub("", m["tail"])).strip(" =?.!")  # '..? y/n'
    if not re.search(r"\w", tail) or ASKS_WHAT.search(f"{head} {tail}"):
        return None
    return EndClaim(end=end, head=head, tail=tail, negated=negated)
