"""Papers sharing a publication day: whether a date carries two or more listed papers ('two
papers on the same day?'), the dates that do, or the two closest dates when none does."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Sequence

from prompts.answer.applied import short_name
from prompts.answer.tallies import _and, _bound, _meets, _within
from prompts.answer.wording import Sources, coverage, plural
from prompts.understand.router import Query
from prompts.understand.terms import YES_NO
from retrieval.model import Paper, Profile


def _day(day: dt.date) -> str:
    return f"{day.day} {day:%B} {day.year}"


def by_day(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str | None:
    """The dates whose count of listed papers meets the bound asked (two or more unless
    said), with their papers; when none does, the most on one day and the closest two."""
    if not papers:
        return None
    per_day: dict[dt.date, list[Paper]] = defaultdict(list)
    for paper in sorted(papers, key=lambda p: (p.date, p.title)):
        per_day[paper.date].append(paper)
    picked = [d for d, on_day in per_day.items() if _meets(len(on_day), query)]
    yes_no = YES_NO.match(query.question) is not None
    bound = _bound(query).removeprefix("with ")
    if not picked:
        head = f"{'No: no' if yes_no else 'No'} date{_within(query)} has {bound} among the listed"
        lines = [f"{head}; the most on one day is {max(len(v) for v in per_day.values())}."]
        if len(per_day) > 1:
            lines.append(_closest(sorted(per_day), per_day))
        return "\n".join([*lines, coverage(profile)])
    head = f"{plural(len(picked), 'date')}{_within(query)} {_bound(query)}"
    head = f"Yes: {head[0].lower()}{head[1:]}" if yes_no else head
    said = [
        f"{_day(d)}: {_and([f'{short_name(p)} {src.mark(p)}' for p in per_day[d]])}" for d in picked
    ]
    return "\n".join([f"{head}: {'; '.join(said)}.", coverage(profile)])


def _closest(days: list[dt.date], per_day: dict[dt.date, list[Paper]]) -> str:
    """The two listed papers published closest together, in words (their dates the evidence)."""
    first, last = min(itertools.pairwise(days), key=lambda pair: (pair[1] - pair[0], pair[0]))
    gap = (last - first).days
    a, b = per_day[first][-1], per_day[last][0]
    return (
        f"The closest two: {short_name(a)} ({first.isoformat()}) and {short_name(b)} "
        f"({last.isoformat()}), {plural(gap, 'day')} apart."
    )
