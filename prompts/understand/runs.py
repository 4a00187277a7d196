"""The longest run of consecutive periods holding a kept paper: 'the longest streak of years
with a CV paper', 'how many years in a row has she published', 'most consecutive months with a
paper'. A reduction over the year (or month) groups of whatever the filters keep."""

from __future__ import annotations

import re

UNIT = r"(?:calendar\s+)?(?:years?|yrs?|months?)"
RUN = (
    rf"\b(?:consecutive|successive|straight|back[- ]to[- ]back)\s+{UNIT}\b"
    rf"|\b{UNIT}\s+(?:in\s+a\s+row|running|on\s+end|without\s+(?:a\s+)?(?:break|gap|pause))\b"
    r"|\bstreaks?\b|\b(?:unbroken|uninterrupted)\s+(?:run|stretch|streak|series|sequence)\b"
    r"|\b(?:longest|biggest|longer)\s+(?:\w+\s+)?run\s+of\b"
)
WORDS = frozenset(
    """consecutive successive straight back-to-back row running end streak streaks unbroken
    uninterrupted run runs stretch series sequence break gap pause longest""".split()  # noqa: SIM905
)


def read_run(low: str) -> str | None:
    """The period a run is counted in ('year' or 'month'), or None when no run is asked."""
    m = re.search(RUN, low)
    if m is None:
        return None
    return "month" if re.search(r"\bmonths?\b", m[0] + " " + low) and "year" not in m[0] else "year"


def run_word(word: str) -> bool:
    """A word of a run's asking ('streak', 'consecutive'), never a topic."""
    return word.casefold().strip("'’?.,") in WORDS
