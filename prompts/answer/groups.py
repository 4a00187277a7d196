"""The kept papers grouped (by year, month, category or first author) and each group's count
reduced (groups counted once, groups of one paper, the change from one year to the next, the
first or last paper of a year): every number from the metadata, the papers behind it cited."""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Callable, Sequence

from prompts.answer import aggregates, operations, picks, runs, windows
from prompts.answer.aggregates import lead_groups as _lead_groups
from prompts.answer.reductions import REDUCERS
from prompts.answer.tallies import Month, _and, _months, _window
from prompts.answer.wording import Sources, coverage, plural, scope
from prompts.understand.router import Query
from retrieval.index.columns import columns_of
from retrieval.model import Paper, Profile, category_label
from retrieval.names import paper_label

Handler = Callable[[Query, Profile, Sequence[Paper], Sources], str | None]


def _within(query: Query) -> str:
    where = scope(query)
    return f" ({where})" if where else ""


def _by(papers: Sequence[Paper], key: Callable[[Paper], str]) -> dict[str, list[Paper]]:
    """The papers of each group, groups in order of their first paper (oldest first)."""
    groups: dict[str, list[Paper]] = defaultdict(list)
    for p in papers:
        groups[key(p)].append(p)
    return dict(groups)


def _distinct(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str:
    where = _within(query)
    if query.tally and query.tally.group == "month":
        per: dict[Month, list[Paper]] = defaultdict(list)
        for p in papers:
            per[(p.date.year, p.date.month)].append(p)
        span = _months(*_window(query, min(per), max(per)))
        named = _and([f"{calendar.month_name[m[1]]} {m[0]} ({len(per[m])})" for m in sorted(per)])
        return (
            f"{len(per)} of the {len(span)} months from {calendar.month_name[span[0][1]]} "
            f"{span[0][0]} to {calendar.month_name[span[-1][1]]} {span[-1][0]}{where} have at "
            f"least one listed paper: {named} {src.marks(papers)}."
        )
    if query.tally and query.tally.group == "year":
        years = _by(papers, lambda p: str(p.year))
        named = _and([f"{y} ({len(ps)})" for y, ps in years.items()])
        return (
            f"{plural(len(years), 'different year')}{where} have at least one listed paper: "
            f"{named} {src.marks(papers)}."
        )
    leads = _lead_groups(papers)
    ranked = sorted(leads.items(), key=lambda kv: -len(kv[1]))
    repeat = [(name, ps) for name, ps in ranked if len(ps) > 1]
    head = (
        f"{plural(len(leads), 'different first author')} across the "
        f"{plural(len(papers), 'listed paper')}{where} (each person counted once)."
    )
    if not repeat:
        return f"{head} No one is first author of more than one of them."
    most = "; ".join(f"{name} ({len(ps)}) {src.marks(ps)}" for name, ps in repeat)
    once = len(leads) - len(repeat)
    return f"{head} First author more than once: {most}; the other {once} lead one paper each."


def _single(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str:
    where = _within(query)
    name: Callable[[str], str] = category_label
    if query.tally and query.tally.group == "category":
        groups = _by(papers, lambda p: p.category)
        word = "category"
    else:
        groups, word, name = _lead_groups(papers), "first author", lambda g: g
    ones = [(g, ps[0]) for g, ps in groups.items() if len(ps) == 1]
    if not ones:
        return f"No {word}{where} has exactly one listed paper; each has two or more."
    named = "; ".join(f"{name(g)}: {paper_label(p)} {src.mark(p)}" for g, p in ones)
    counts = ", ".join(
        f"{g} {len(ps)}" for g, ps in sorted(groups.items(), key=lambda kv: -len(kv[1]))
    )
    return (
        f"{plural(len(ones), word)}{where} {'has' if len(ones) == 1 else 'have'} exactly one "
        f"listed paper: {named}.\nListed papers per {word}: {counts}."
    )


def _none(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str:
    """The profile's categories that none of the kept papers is in; those that are, counted."""
    where = _within(query)
    every = columns_of(profile).categories  # not a read of every paper
    groups = _by(papers, lambda p: p.category)
    empty = [c for c in every if c not in groups]
    held = "; ".join(
        f"{category_label(c)} {len(ps)} {src.marks(ps)}"
        for c, ps in sorted(groups.items(), key=lambda kv: -len(kv[1]))
    )
    of = f"of the {len(every)} categories in the profile"
    if not empty:
        return f"Every one {of} has a listed paper{where}: {held}."
    named = _and([category_label(c) for c in empty])
    verb = "has" if len(empty) == 1 else "have"
    head = f"{len(empty)} {of} {verb} no listed paper{where}: {named}."
    return f"{head}\nWith papers: {held}." if groups else head


def _change(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str | None:
    """The change in count from each year to the next, every year from the first paper's to
    the last's (at zero too); the biggest one, or every rise (or fall), as asked."""
    tally = query.tally
    if not papers or tally is None:
        return None
    counted = columns_of(profile).per_year  # the profile's years, no paper read
    years = range(min(counted), max(counted) + 1)
    per = {y: [p for p in papers if p.year == y] for y in years}
    steps = [(y, len(per[y]) - len(per[y - 1])) for y in years if y - 1 in per]
    up = tally.reduce == "rise"
    moved = [(y, d) for y, d in steps if (d > 0 if up else d < 0)]
    where, table = _within(query), "; ".join(f"{y}: {len(ps)}" for y, ps in per.items())
    verb = "rise" if up else "drop"
    if not moved:
        head = f"No year{where} has a {verb} in listed papers over the year before"
        return f"{head} (per year: {table})."
    if tally.extreme:
        best = max(abs(d) for _, d in moved)
        moved = [(y, d) for y, d in moved if abs(d) == best]
    said = _and(
        [
            f"{y}: {plural(len(per[y]), 'listed paper')}, {'up' if d > 0 else 'down'} {abs(d)} "
            f"from {len(per[y - 1])} in {y - 1} {src.marks(per[y - 1] + per[y])}"
            for y, d in moved
        ]
    )
    what = f"The biggest {verb}" if tally.extreme else f"Years with a {verb}"
    return f"{what} over the year before{where}: {said}.\nListed papers per year: {table}."


def _ends(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str:
    """The first or last listed paper of each year asked (papers of one day all named)."""
    last = query.tally is not None and query.tally.reduce == "last"
    undated = dict.fromkeys(("year_from", "year_to", "date_from", "date_to"))
    bare = query.model_copy(update={"filters": query.filters.model_copy(update=undated)})
    where = _within(bare.model_copy(update={"years": []}))  # the year is said with the paper
    if not papers:
        return f"No listed paper{where}."
    lines = []
    for year, ps in _by(papers, lambda p: str(p.year)).items():
        day = max(p.date for p in ps) if last else min(p.date for p in ps)
        end = [p for p in ps if p.date == day]
        named = _and([f"{paper_label(p)} ({p.date.isoformat()}) {src.mark(p)}" for p in end])
        word = "last" if last else "first"
        lines.append(f"The {word} listed paper of {year}{where}: {named} (of {len(ps)} that year).")
    return "\n".join(lines)


def tally(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str | None:
    """The reduction the query's tally asks, over the papers its filters keep."""
    empty_ok = ("none", "pick", "run", "window")  # reductions that say what no paper gives
    if query.tally is None or not (papers or query.tally.reduce in empty_ok):
        return None
    reduce = {
        "distinct": _distinct, "single": _single, "none": _none, "rise": _change, "fall": _change,
        "first": _ends, "last": _ends, **REDUCERS, **aggregates.REDUCERS,
        **operations.REDUCERS, **picks.REDUCERS, **runs.REDUCERS, **windows.REDUCERS,
    }[query.tally.reduce]  # fmt: skip
    text = reduce(query, profile, papers, src)
    return None if text is None else "\n".join([text, coverage(profile)])


HANDLERS: dict[str, Handler] = {"tally": tally}
