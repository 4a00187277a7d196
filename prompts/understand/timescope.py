"""When a question asks a value AT: now, or some other time ('his h-index back in 2021', 'how
her citations grew since 2020, year by year'). The profile's header figures are a snapshot of
the day it was captured, so a figure asked at any other time is one the profile does not hold."""

from __future__ import annotations

import re

from prompts.understand.router import Query

# A time other than now said without a date: 'a few years ago', 'back then', 'used to be',
# 'at the time', 'year by year', 'over the years', 'how it grew' (a value's history).
EARLIER = re.compile(
    r"\bago\b|\bback\s+(?:then|when|in)\b|\bused\s+to\b|\bat\s+(?:that|the)\s+time\b"
    r"|\b(?:previously|originally|formerly|historically|at\s+first|initially)\b"
    r"|\b(?:year|month)\s+(?:by|on|over)\s+(?:year|month)\b|\b(?:each|every|per)\s+(?:year|month)\b"
    r"|\b(?:yearly|annual(?:ly)?|history|trajectory)\b|\bover\s+(?:the\s+)?(?:years|time)\b"
    r"|\b(?:grow|grew|grown|growing|rise|rose|risen|climb\w*|chang\w*|evolv\w*|increas\w*"
    r"|decreas\w*|trend\w*)\b",
    re.IGNORECASE,
)
# 'not now', 'not the current one' said of the value: the current value is set aside
NOT_NOW = re.compile(r"\bnot\s+(?:now|today|the\s+current|current|the\s+latest)\b", re.I)


def dated(query: Query) -> bool:
    """Does the question scope its figure by a date or a period (a year, a range, months)?"""
    f = query.filters
    return bool(
        query.years
        or f.year_from
        or f.year_to
        or f.date_from
        or f.date_to
        or f.months
        or f.exclude_years
    )


def asked_at(query: Query, captured_year: int) -> str | None:
    """How the question says the time its figure is asked at ('in 2021', 'since 2020', 'over
    time'), when that is not the day the profile was captured; None for the current value."""
    f = query.filters
    low = f.year_from or (f.date_from.year if f.date_from else None)
    high = f.year_to or (f.date_to.year if f.date_to else None)
    years = sorted(set(query.years) | {y for y in (low, high) if y})
    if dated(query) and years != [captured_year]:
        if not years:  # months alone ('in March'): some time, not today
            return "at an earlier time"
        if len(years) == 1 or years[0] == years[-1]:
            return f"in {years[0]}"
        if low and not high:
            return f"since {low}"
        return f"in {years[0]}-{years[-1]}"
    if EARLIER.search(query.question) or NOT_NOW.search(query.question):
        return "at an earlier time or over time"
    return None
