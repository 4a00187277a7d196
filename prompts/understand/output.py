"""'Has her output gone up or down?', 'fewer NLP papers lately?': the amount published asked
as a direction over time (not what the papers are on, nor one year's rank or two years set
side by side, which the year counts answer as they are)."""

from __future__ import annotations

import re

# What is counted: the output itself, publishing, or the papers as a number or a pace
AMOUNT = (
    r"\b(?:output|productivity|productive|publish(?:ing|es|ed)?|publications?\s+(?:rate|count|numbers?"
    r"|volume|pace|frequency|activity|record)|(?:publishing|publication)\s+(?:rate|pace)"
    r"|rate\s+of\s+(?:publication|publishing)|number\s+of\s+(?:papers|publications)"
    r"|paper\s+count|(?:papers|publications)\s+(?:per|a|each)\s+year|things)\b"
)
# A direction said by a verb or an adjective of change, which is a time's course by itself
MOVED = (
    r"\b(?:increas\w*|decreas\w*|declin\w*|drop(?:s|ped|ping)?|fallen|falling|fell"
    r"|fall(?:s)?(?:\s+off|\s*[?.!]*$)"
    r"|ris(?:e|es|en|ing)|rose|grow(?:s|n|ing)?|grew|shr[iu]nk\w*|shrank|slow(?:s|ed|ing)?\s+down"
    r"|slowdown|slow(?:ed|ing)|pick(?:s|ed|ing)?\s+up|ramp(?:s|ed|ing)?\s+up|dried\s+up"
    r"|tail(?:s|ed|ing)?\s+off|taper(?:s|ed|ing)?(?:\s+off)?|dwindl\w*|accelerat\w*"
    r"|fluctuat\w*|stead(?:y|ily|iness)|consisten(?:t|cy)|stable|trend\w*|trajectory"
    r"|(?:gone|go|goes|went|going)\s+(?:up|down)|up\s+or\s+down|down\s+or\s+up"
    r"|chang(?:e|ed|es|ing)|upwards?|downwards?|over\s+(?:the\s+)?(?:years|time)"
    r"|year[- ](?:over|on)[- ]year)\b"
)
# A comparative that needs a time to be a direction: 'more lately', 'fewer than before'
MORE = r"\b(?:more|less|fewer|higher|lower|bigger|smaller)\b"
SINCE = (
    r"\b(?:lately|recently|these\s+days|nowadays|now|anymore|any\s+more|in\s+recent\s+years"
    r"|than\s+(?:before|earlier|previously|in\s+the\s+past|(?:she|he|they)\s+used\s+to)"
    r"|compared\s+(?:to|with)\s+(?:before|earlier|the\s+past)|(?:after|since)\s+(?:19|20)\d\d)\b"
)
# 'more vision work than before', 'fewer NLP papers lately': a kind of paper counted over time
MORE_PAPERS = (
    r"\b(?:more|less|fewer)\s+(?:[\w-]+\s+){0,3}?(?:papers?|work|research|publications?|stuff"
    r"|output)\b"
)
# One year's place or two years side by side: the year counts answer these as asked
# (nor every year's rise, 'up every year?', nor the year of the biggest change)
YEARS_SET = re.compile(
    r"(?:\b(?:than|in|vs\.?|versus|or|and|from|to|between)\s+(?:19|20)\d\d\b.*){2}"
    r"|\b(?:than|vs\.?|versus)\s+(?:19|20)\d\d\b|\b(?:peak|busiest|quietest|most|least|best"
    r"|worst|biggest|largest|sharpest|steepest|every|each|always|consecutive\w*|median)\b"
    r"|\b(?:which|what)\s+years?\b|\bwhen\b|\byear\s+after\s+year\b|\bwithout\s+(?:a|any)\s+(?:dip|drop|break)",
    re.IGNORECASE,
)
# A few words between the amount and its direction, none opening a subject ('published on
# shrinking models', 'publish anything about ...')
NEAR = r"(?:\W+(?!(?:on|about|anything|regarding|concerning|into|for)\b)[\w'’-]+){0,6}?\W+"
DIRECTION = re.compile(
    rf"{AMOUNT}{NEAR}{MOVED}|{MOVED}{NEAR}{AMOUNT}|{MORE_PAPERS}.*{SINCE}|{SINCE}.*{MORE_PAPERS}"
    rf"|{AMOUNT}.*{MORE}.*{SINCE}|{AMOUNT}.*{SINCE}.*{MORE}|{MORE}.*{AMOUNT}.*{SINCE}",
    re.IGNORECASE,
)
UP = re.compile(
    r"\b(?:upwards?|more|higher|bigger|increas\w*|ris(?:e|es|en|ing)|rose|grow\w*|grew|pick\w*\s+up"
    r"|ramp\w*\s+up|accelerat\w*|(?:gone|go|goes|went|going)\s+up)\b",
    re.IGNORECASE,
)
DOWN = re.compile(
    r"\b(?:downwards?|less|fewer|lower|smaller|decreas\w*|declin\w*|drop\w*|fall\w*|fell"
    r"|shr[iu]nk\w*|shrank"
    r"|slow\w*|dried\s+up|tail\w*\s+off|taper\w*|dwindl\w*|(?:gone|go|goes|went|going)\s+down"
    r"|anymore|any\s+more)\b",
    re.IGNORECASE,
)
BOTH_WAYS = re.compile(r"\b(?:up\s+or\s+down|down\s+or\s+up|or\s+(?:less|fewer|more))\b", re.I)
# The words of such a question, never its subject ('publishing more vision work lately'):
# every word MOVED reads, particles too ('dropped off', 'dried up')
OUTPUT_WORDS = frozenset(
    """output productivity publish publishing publishes published publication publications rate
    count number numbers volume pace frequency activity record papers paper per year years each
    work research stuff things more less fewer higher lower bigger smaller increase increased
    increasing decrease decreased declining decline declined drop dropped dropping fall falling
    fallen fell rise rising risen rose grow growing grown grew shrink shrinking shrunk slow
    slowed slowing slowdown down up pick picked ramp ramped taper tapered dwindling dwindled
    steady steadily steadiness consistent consistency stable trend trends trending trajectory
    lately recently recent days nowadays now anymore before earlier previously past used
    than compared over time gone go went going changed change changes doing annual yearly
    researcher researchers scientist author overall general generally total upward upwards
    downward downwards direction between off dried dry tail tails tailed tailing tapering
    tapers dwindle dwindles accelerate accelerated accelerates accelerating fluctuate
    fluctuated fluctuates fluctuating picks picking ramps ramping drops falls rises grows
    shrinks shrank slows declines decreases decreasing""".split()  # noqa: SIM905
)


def output_trend_asked(question: str) -> bool:
    """Is the amount published asked as a direction over time?"""
    return DIRECTION.search(question) is not None and YEARS_SET.search(question) is None


def direction_asked(question: str) -> str | None:
    """The one direction a question asks about ('up', 'down'), None for both or neither."""
    if BOTH_WAYS.search(question):
        return None
    up, down = UP.search(question) is not None, DOWN.search(question) is not None
    return "up" if up and not down else "down" if down and not up else None


def output_subject(topic: str | None) -> str | None:
    """The subject whose output is asked ('vision' of 'more vision work lately'), if any."""
    kept = [w for w in (topic or "").split() if w.casefold() not in OUTPUT_WORDS]
    return " ".join(kept) or None
