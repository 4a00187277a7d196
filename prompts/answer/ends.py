"""A year stated as when a set of papers began or ended, checked by its first or last listed
paper: 'her first CV paper came out in 2023?' is No with the first CV paper and its date; 'he
stopped publishing in 2023' is No with the latest paper and the papers of each later year; a
year that holds is Yes (in a question built on it, the paper alone)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from prompts.answer.wording import Sources, plural
from prompts.understand.cues import GIVEN_CLAUSE
from prompts.understand.router import Query
from retrieval.model import Paper

WH_WORD = re.compile(r"\b(?:what|which|who|whom|whose|when|where|why|how)\b", re.IGNORECASE)


def _beyond(papers: Sequence[Paper], year: int, later: bool) -> str:
    """'; after 2023: 3 papers in 2024, 14 in 2025 and 3 in 2026' (or before the year), or ''
    when no paper lies on that side."""
    years = Counter(
        p.date.year for p in papers if (p.date.year > year if later else p.date.year < year)
    )
    if not years:
        return ""
    parts = [f"{n} in {y}" for y, n in sorted(years.items())]
    parts[0] = f"{plural(years[min(years)], 'paper')} in {min(years)}"
    said = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + f" and {parts[-1]}"
    return f"; {'after' if later else 'before'} {year}: {said}"


def end_verdict(
    query: Query, papers: Sequence[Paper], end: Paper, where: str, src: Sources
) -> str | None:
    """The claimed year of the set's first (or last) paper judged by `end`, that paper; None
    when the query states no such year. `papers`: the set, all of it when no search chose it
    (then the papers on the far side of the year are counted by year)."""
    year = query.claimed_year
    if year is None:
        return None
    latest = query.fact == "latest"
    which = "most recent" if latest else "earliest"
    said = f"the {which} listed paper{where} is " + src.item(end).removeprefix("- ")
    # a question built on it ('Given that ..., what was it?', '... so which comes first?')
    built = GIVEN_CLAUSE.match(query.question) or WH_WORD.search(query.question)
    if end.date.year == year:
        return f"{'T' if built else 'Yes: t'}{said[1:]}."
    beyond = "" if query.needs_search else _beyond(papers, year, latest)
    lead = "That premise does not hold" if built else "No"
    return f"{lead}: {said}, not from {year}{beyond}."
