"""Windows of a fixed length ranked by the papers inside them: 'the quietest two consecutive
years', 'the busiest 3-month stretch', 'the most papers within any seven days', 'her busiest
week'. A minimum or maximum over every window of N periods (years, months, days), not a run of
periods holding a paper (runs.py); and the groups of a calendar unit ranked as a whole table,
'rank the years from busiest to quietest', 'ORDER BY papers DESC'."""

from __future__ import annotations

import re
from typing import Any

from prompts.understand.picks import COUNTS
from prompts.understand.reductions import said
from retrieval.text import compiled

NUMBERS = {**COUNTS, "a": 1, "single": 1, "twelve": 12}
N = r"(?P<n>\d{1,3}|a|one|single|two|three|four|five|six|seven|eight|nine|ten|twelve|pair|couple)"
UNIT = r"(?P<unit>years?|yrs?|months?|weeks?|days?)"
# N periods taken together: 'two consecutive years', 'a 7-day stretch', 'pair of neighbouring
# years', 'any seven consecutive days', 'in one week', 'the busiest week'
TOGETHER = r"(?:consecutive|successive|back[- ]to[- ]back|adjacent|neighbou?ring|running|straight)"
SPAN = r"(?:stretch|window|span|period|spell|run|block|stint|patch|chunk|interval|cluster)"
WINDOWS = [
    rf"\b{N}(?:\s+of)?\s+(?:the\s+)?{TOGETHER}\s+(?:calendar\s+)?{UNIT}\b",
    rf"\b{N}[- ]{UNIT}\s+(?:{SPAN}|{TOGETHER})\b",
    rf"\b(?:any|within|single|in)\s+(?:a\s+)?{N}\s+(?P<unit>days|weeks)\b",
    r"\b(?P<n>single|one|any|a|which|what|same)\s+(?P<unit>week)\b",
    r"\b(?:busiest|quietest|best|worst|biggest|slowest)\s+(?P<n>)(?P<unit>week)\b",
]
# 'the last two-year period', 'the past 7 days': dates, not a window ranked
DATED = r"\b(?:last|past|first|next|previous|recent|coming)\s+$"
MOST = (
    r"\b(?:most|busiest|highest|largest|biggest|best|max(?:imum)?|peak|heaviest|strongest"
    r"|at\s+most|top)\b"
)
LEAST = (
    r"\b(?:fewest|least|quietest|lowest|smallest|slowest|worst|min(?:imum)?|lightest|weakest"
    r"|thinnest|leanest|dri?est)\b"
)
# The whole table of groups sorted by their counts: 'rank the years', 'sort the years by paper
# count, desc', 'leaderboard of their years', 'from busiest to quietest', 'ORDER BY papers DESC'
RANKED = (
    r"\brank(?:ed|ing|s)?\b|\bsort(?:ed|ing)?\b|\bleaderboard\b|\bleague\s+table\b"
    r"|\border\s+by\b|\bin\s+order\b|\bdesc(?:ending)?\b|\basc(?:ending)?\b"
    r"|\bfrom\s+(?:the\s+)?(?:most|top|busiest|biggest|highest|largest|best)\b.{0,30}?\bto\s+"
    r"(?:the\s+)?(?:least|fewest|bottom|quietest|smallest|lowest|worst)\b"
    r"|\bfrom\s+(?:the\s+)?(?:least|fewest|quietest|smallest|lowest|bottom|worst)\b.{0,30}?"
    r"\bto\s+(?:the\s+)?(?:most|busiest|biggest|highest|top|best)\b"
)
ASCENDING = (
    r"\basc(?:ending)?\b|\bfrom\s+(?:the\s+)?(?:least|fewest|quietest|smallest|lowest|bottom"
    r"|worst)\b"
)
# The groups themselves ranked ('rank the years', 'order by papers'), not the papers put in the
# order of a group ('sort her papers by year', 'in chronological order')
GROUPS_RANKED = (
    r"\b(?:years|yrs|months|categories|quarters)\b|\border\s+by\s+(?:papers|counts?|n|number)\b"
    r"|\bby\s+(?:paper\s+)?(?:counts?|numbers?|size|output|volume)\b|\bby\s+number\s+of\b"
)
PAPERS_ORDERED = r"\bby\s+(?:year|date|month|category|time)\b|\bchronolog\w*|\balphabet\w*"
WORDS = frozenset(
    """consecutive successive back-to-back adjacent neighbouring neighboring running straight
    stretch window span period spell run block stint patch chunk interval cluster week weeks
    day days together combined total totals rank ranked ranking ranks sort sorted sorting
    leaderboard league table order desc descending asc ascending quietest busiest fewest
    least lowest smallest slowest worst lightest weakest most highest largest biggest best
    peak heaviest strongest single pair couple bottom top dry""".split()  # noqa: SIM905
)


def _unit(word: str) -> str:
    w = word.casefold()
    if w.startswith(("y", "Y")):
        return "year"
    return "month" if w.startswith("month") else ("week" if w.startswith("week") else "day")


def read_window(low: str) -> dict[str, Any] | None:
    """The (group, reduce, k, extreme) of the busiest (or quietest) window of N periods, or
    None: group 'year' or 'month' (windows of k periods) or 'date' (windows of k days)."""
    most, least = said(MOST, low), said(LEAST, low)
    if not (most or least):
        return None
    found = [m for pattern in WINDOWS for m in compiled(pattern).finditer(low)]
    for m in sorted(found, key=lambda m: m.start()):
        if re.search(DATED, low[: m.start()]):
            continue
        unit = _unit(m["unit"])
        n = NUMBERS.get(m["n"]) or (int(m["n"]) if m["n"].isdigit() else 1)
        # one year or month is a group ranked (groups.py); a window spans several, or days
        if unit in ("year", "month") and n < 2:
            continue
        days = {"week": 7, "day": 1}.get(unit)
        group = "date" if days else unit
        return {"group": group, "reduce": "window", "k": n * (days or 1), "extreme": least}
    return None


def read_ranking(low: str, group: str | None) -> dict[str, Any] | None:
    """Every group of that unit in the order of its count, or None."""
    if group not in ("year", "month", "category") or not said(RANKED, low):
        return None
    if not said(GROUPS_RANKED, low) or said(PAPERS_ORDERED, low):
        return None
    return {"group": group, "reduce": "top", "k": 0, "extreme": said(ASCENDING, low)}


def window_word(word: str) -> bool:
    """A word of these asks ('consecutive', 'stretch', 'leaderboard'), never a topic."""
    return word.casefold().strip("'’?.,:") in WORDS
