"""The longest run of consecutive years (or months) holding a kept paper, ties all named and
every run listed; the papers of the longest run cited."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from prompts.answer.tallies import _and
from prompts.answer.wording import Sources, plural, scope
from prompts.understand.router import Query
from retrieval.model import Paper, Profile

Period = tuple[int, int]  # (year, month); month 0 when years are counted


def _period(paper: Paper, monthly: bool) -> Period:
    return (paper.year, paper.date.month if monthly else 0)


def _next(period: Period, monthly: bool) -> Period:
    year, month = period
    if not monthly:
        return (year + 1, 0)
    return (year + 1, 1) if month == 12 else (year, month + 1)


def _name(period: Period) -> str:
    return f"{period[0]}-{period[1]:02d}" if period[1] else str(period[0])


def runs(periods: Sequence[Period], monthly: bool) -> list[list[Period]]:
    """The periods cut into runs of consecutive ones, in order."""
    found: list[list[Period]] = []
    for period in sorted(set(periods)):
        if found and _next(found[-1][-1], monthly) == period:
            found[-1].append(period)
        else:
            found.append([period])
    return found


def _span(run: list[Period]) -> str:
    return _name(run[0]) if len(run) == 1 else f"{_name(run[0])} to {_name(run[-1])}"


def longest_run(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str:
    """The longest run of consecutive periods with a kept paper, and every run."""
    monthly = query.tally is not None and query.tally.group == "month"
    unit = "month" if monthly else "year"
    where = scope(query)
    where = f" ({where})" if where else ""
    if not papers:
        return f"No listed paper{where}: no {unit} holds one, so there is no run."
    per: dict[Period, list[Paper]] = defaultdict(list)
    for p in papers:
        per[_period(p, monthly)].append(p)
    found = runs(list(per), monthly)
    size = max(len(r) for r in found)
    best = [r for r in found if len(r) == size]
    named = _and(
        [f"{_span(r)} {src.marks([p for period in r for p in per[period]])}" for r in best]
    )
    tie = f", tied by {len(best)} runs" if len(best) > 1 else ""
    every = "; ".join(f"{_span(r)} ({plural(sum(len(per[x]) for x in r), 'paper')})" for r in found)
    return (
        f"The longest run of consecutive {unit}s with a listed paper{where} is "
        f"{plural(size, unit)}{tie}: {named}.\nEvery run, oldest first: {every}."
    )


REDUCERS = {"run": longest_run}
