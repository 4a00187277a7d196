"""The busiest (or quietest) window of N consecutive years, months or days, by the kept papers
inside it: every window over the profile's span counted (periods with no paper too), ties all
named, the papers of the best window cited; and every group of a unit ranked by its count."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence

from prompts.answer.reductions import NOUNS, _groups, _label
from prompts.answer.tallies import _and
from prompts.answer.wording import Sources, plural, scope
from prompts.understand.router import Query
from retrieval.index.columns import columns_of
from retrieval.model import Paper, Profile
from retrieval.names import paper_label

PLURALS = {"category": "categories", "first author": "first authors"}
MAX_LISTED = 8  # windows listed with their counts beyond the best


def _where(query: Query) -> str:
    said = scope(query)
    return f" ({said})" if said else ""


def _index(paper: Paper, monthly: bool) -> int:
    """A paper's period as a number: its year, or its month counted from year 0."""
    return paper.year * 12 + paper.date.month - 1 if monthly else paper.year


def _period(i: int, monthly: bool) -> str:
    return f"{calendar.month_name[i % 12 + 1]} {i // 12}" if monthly else str(i)


def _periods(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str:
    """The window of k consecutive years (months) with the most (fewest) kept papers."""
    tally = query.tally
    assert tally is not None
    monthly, k = tally.group == "month", tally.k
    cols = columns_of(profile)  # the profile's span, whatever the filters keep (no paper read)
    ends = [dt.date.fromordinal(int(cols.day[cols.by_date[i]])) for i in (0, -1)]
    first, last = (d.year * 12 + d.month - 1 if monthly else d.year for d in ends)
    unit = "month" if monthly else "year"
    if last - first + 1 < k:
        return f"The listed papers span fewer than {plural(k, unit)}: no window of {k} to rank."
    per: dict[int, list[Paper]] = {i: [] for i in range(first, last + 1)}
    for p in papers:
        per.setdefault(_index(p, monthly), []).append(p)
    windows = [list(range(s, s + k)) for s in range(first, last - k + 2)]
    totals = [sum(len(per[i]) for i in w) for w in windows]
    best = min(totals) if tally.extreme else max(totals)
    top = [w for w, t in zip(windows, totals, strict=True) if t == best]

    def span(w: list[int]) -> str:
        return (
            _and([_period(i, monthly) for i in w])
            if k == 2
            else (f"{_period(w[0], monthly)} to {_period(w[-1], monthly)}")
        )

    def parts(w: list[int]) -> str:
        return " + ".join(str(len(per[i])) for i in w)

    # tied windows holding the same papers are one finding ('April to June' and 'May to July')
    held: dict[tuple[str, ...], list[list[int]]] = {}
    for w in top:
        held.setdefault(tuple(p.id for i in w for p in per[i]), []).append(w)
    named = "; ".join(
        f"{_and([span(w) for w in ws])}{' (the same papers)' if len(ws) > 1 and best else ''}, "
        f"{plural(best, 'listed paper')} together ({parts(ws[0])})"
        f"{' ' + src.marks([p for i in ws[0] for p in per[i]]) if best else ''}"
        for ws in held.values()
    )
    word = "quietest" if tally.extreme else "busiest"
    tie = f" (tied by {len(top)} windows)" if len(top) > 1 else ""
    counted = list(zip(windows, totals, strict=True))
    if len(counted) > MAX_LISTED:  # months: the busiest (quietest) few, not every window
        counted = sorted(counted, key=lambda wt: wt[1], reverse=not tally.extreme)[:MAX_LISTED]
        head = f"The {MAX_LISTED} {word} of the {len(windows)} windows of {k} {unit}s"
    else:
        head = f"Every window of {k} {unit}s"
    every = "; ".join(f"{span(w)}: {t}" for w, t in counted)
    note = "" if monthly else f" ({ends[-1].year} counts the papers listed so far.)"
    return (
        f"The {word} {k} consecutive {unit}s{_where(query)}{tie}: {named}.\n{head}: {every}.{note}"
    )


def _days(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str:
    """The most kept papers dated within any k consecutive days, and those days."""
    tally = query.tally
    assert tally is not None
    k = tally.k
    if not papers:
        return f"No listed paper{_where(query)}: no window of {plural(k, 'day')} holds one."
    ordered = sorted(papers, key=lambda p: p.date)
    found: dict[tuple[str, ...], list[Paper]] = {}
    for i, p in enumerate(ordered):  # each window starting on a paper's day
        end = p.date + dt.timedelta(days=k - 1)
        inside = [q for q in ordered[i:] if q.date <= end]
        found.setdefault(tuple(q.id for q in inside), inside)
    best = max(len(ps) for ps in found.values())
    top = [ps for ps in found.values() if len(ps) == best]

    def said(ps: list[Paper]) -> str:
        days = (ps[-1].date - ps[0].date).days + 1
        within = f"within {days} day{'s' if days > 1 else ''}, " if best > 1 else ""
        dates = _and(
            [f"{q.date.day} {calendar.month_name[q.date.month]} {q.date.year}" for q in ps]
        )
        return f"{within}{dates}: {_and([paper_label(q) for q in ps])} {src.marks(ps)}"

    tie = f" (tied by {len(top)} windows)" if len(top) > 1 else ""
    span = "one week" if k == 7 else plural(k, "day")
    return (
        f"The most listed papers{_where(query)} within any {span} ({k} consecutive days): "
        f"{plural(best, 'paper')}{tie}, " + "; ".join(said(ps) for ps in top) + "."
    )


def window(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str:
    """The busiest or quietest window of the query's length."""
    if query.tally is not None and query.tally.group == "date":
        return _days(query, profile, papers, src)
    return _periods(query, profile, papers, src)


def ranking(query: Query, papers: Sequence[Paper], src: Sources) -> str:
    """Every group in the order of its count (most first, or fewest first), ties said."""
    tally = query.tally
    assert tally is not None
    ranked = _groups(query, papers)
    if tally.extreme:
        ranked = sorted(ranked, key=lambda kv: (len(kv[1]), kv[0]))
    counts = sorted({len(ps) for _, ps in ranked}, reverse=not tally.extreme)
    lines = []
    for place, n in enumerate(counts, 1):
        at = [(g, ps) for g, ps in ranked if len(ps) == n]
        named = _and([_label(query, g, ps) for g, ps in at])
        tied = " each (tied)" if len(at) > 1 else ""
        cited = src.marks([p for _, ps in at for p in ps])
        lines.append(f"{place}. {named}: {plural(n, 'paper')}{tied} {cited}")
    noun = NOUNS.get(tally.group, tally.group)
    order = "fewest" if tally.extreme else "most"
    return (
        f"The {PLURALS.get(noun, noun + 's')} ranked by listed papers{_where(query)}, {order} "
        f"first:\n" + "\n".join(lines)
    )


REDUCERS = {"window": window}
