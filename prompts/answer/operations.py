"""The operations of prompts/understand/operations.py over the kept papers: the period the
running total reaches N, the first (or last) title alphabetically, the days between the two
papers at one end of the list, the top (or bottom) k groups with their counts, and the years
where one side outnumbers the other. Numbers from the metadata; the papers behind them cited."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from prompts.answer import windows
from prompts.answer.reductions import NOUNS, _groups, _label
from prompts.answer.tallies import _and
from prompts.answer.wording import Sources, plural, scope
from prompts.understand.router import Query
from retrieval.model import Paper, Profile
from retrieval.names import paper_label

ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.IGNORECASE)
WORDS = {2: "two", 3: "three", 4: "four", 5: "five"}
PLURALS = {"category": "categories"}


def _where(query: Query) -> str:
    said = scope(query)
    return f" ({said})" if said else ""


def _reach(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str | None:
    """The year (or month) the running total of kept papers first reaches N, and its N-th paper."""
    tally = query.tally
    if tally is None or not tally.low:
        return None
    n, ordered = tally.low, sorted(papers, key=lambda p: p.date)
    month = tally.group == "month"
    key = (lambda p: f"{p.date.year}-{p.date.month:02d}") if month else (lambda p: str(p.year))
    running, steps = 0, []
    for period, ps in itertools.groupby(ordered, key=key):
        running += len(kept := list(ps))
        steps.append((period, len(kept), running, kept))
    table = "; ".join(f"{g}: +{c} = {t}" for g, c, t, _ in steps)
    where = _where(query)
    if len(ordered) < n:
        return (
            f"The running total{where} never reaches {n}: all "
            f"{plural(len(ordered), 'listed paper')} together make {len(ordered)}.\n"
            f"Running total: {table}."
        )
    period, count, total, kept = next(s for s in steps if s[2] >= n)
    nth = ordered[n - 1]
    before = total - count
    return (
        f"The running total of listed papers{where} reaches {n} in {period}: {before} before it, "
        f"and {period} adds {count} to make {total} {src.marks(kept)}. The {n}th paper by date "
        f"is {paper_label(nth)} ({nth.date.isoformat()}).\nRunning total: {table}."
    )


def _alpha(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str | None:
    """The first (or last) title in the order of the alphabet, and the same with a leading
    'A', 'An' or 'The' set aside when that changes it (a library's filing rule)."""
    last = query.tally is not None and query.tally.late
    if not papers:
        return None

    def key(p: Paper, bare: bool = False) -> str:
        title = ARTICLE.sub("", p.title) if bare else p.title
        return re.sub(r"[^\w\s]", "", title).casefold()

    pick = max if last else min
    top = pick(papers, key=key)
    end = "last" if last else "first"
    text = (
        f"Sorted alphabetically by title{' (A to Z)' if not last else ''}, the {end} of the "
        f"{plural(len(papers), 'listed paper')}{_where(query)} is '{top.title}' "
        f"({top.date.isoformat()}) {src.mark(top)}."
    )
    filed = pick(papers, key=lambda p: key(p, bare=True))
    if filed.id != top.id:
        text += (
            f" Filing without a leading 'A', 'An' or 'The', the {end} is '{filed.title}' "
            f"({filed.date.isoformat()}) {src.mark(filed)}."
        )
    ordered = sorted(papers, key=key, reverse=last)
    return text + "\nNext in that order: " + "; ".join(f"'{p.title}'" for p in ordered[1:3]) + "."


def _gap(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str | None:
    """The days between the two newest (or oldest) kept papers."""
    late = query.tally is not None and query.tally.late
    ordered = sorted(papers, key=lambda p: p.date)
    if len(ordered) < 2:
        return None
    a, b = ordered[-2:] if late else ordered[:2]
    days = (b.date - a.date).days
    weeks = f", about {days / 7:.1f} weeks" if days >= 14 else ""
    months = f", about {days / 30.44:.1f} months" if days >= 60 else ""
    which = "newest" if late else "oldest"
    return (
        f"{days} day{'' if days == 1 else 's'} separate the two {which} listed papers"
        f"{_where(query)}{months or weeks}: {paper_label(a)} ({a.date.isoformat()}) "
        f"{src.mark(a)} and {paper_label(b)} ({b.date.isoformat()}) {src.mark(b)}."
    )


def _top(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str | None:
    """The k groups with the most (or the fewest) kept papers, each with its count; groups
    tied with the last one kept are named too."""
    tally = query.tally
    if tally is None:
        return None
    if tally.k == 0:  # 'rank the years': every group, in order
        return windows.ranking(query, papers, src)
    ranked = _groups(query, papers)
    if tally.extreme:  # the bottom k: fewest first (ties: the later group)
        ranked = sorted(ranked, key=lambda kv: (len(kv[1]), kv[0]))
    kept, rest = ranked[: tally.k], ranked[tally.k :]
    noun = NOUNS.get(tally.group, tally.group)
    each = "; ".join(f"{_label(query, g, ps)}: {len(ps)} {src.marks(ps)}" for g, ps in kept)
    word = "bottom" if tally.extreme else "top"
    text = (
        f"The {word} {WORDS.get(tally.k, str(tally.k))} {PLURALS.get(noun, noun + 's')} of the "
        f"{plural(len(papers), 'listed paper')}{_where(query)}, with their counts: {each}."
    )
    cut = len(kept[-1][1]) if kept else 0
    if tied := [_label(query, g, ps) for g, ps in rest if len(ps) == cut]:
        text += f" Tied at {cut}: {_and(tied)}."
    table = ", ".join(f"{_label(query, g, ps)} {len(ps)}" for g, ps in ranked)
    order = "fewest" if tally.extreme else "most"
    return f"{text}\nEvery {noun}, {order} first: {table}."


REDUCERS = {"reach": _reach, "alpha": _alpha, "gap": _gap, "top": _top}
