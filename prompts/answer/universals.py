"""A topic claimed of the whole profile, checked against the listing: 'all' holds when every
listed paper is on it, 'always' when every year with a listed paper has one on it. Said Yes
or No first, with the true share, and for a No what falls outside: the other papers' fields,
or the years before the topic began (the earliest paper then cited) and the years without it."""

from __future__ import annotations

from collections.abc import Sequence

from prompts.answer.wording import Sources, plural
from retrieval import facts
from retrieval.model import Paper

# the years without the topic, said one by one up to this many
MAX_YEARS = 4


def universal_head(
    claim: str, base: Sequence[Paper], papers: Sequence[Paper], where: str, src: Sources
) -> str | None:
    """The verdict on a claim ('all' or 'always') that the papers on a topic are all of the
    base papers, then the share; None when there is nothing to measure against."""
    if not base or not papers:
        return None
    n, size = len(papers), len(base)
    share = f"{n} of the {size} listed papers ({round(100 * n / size)}%) {_verb(n)} {where}"
    if claim == "always":
        return _always(base, papers, share, src)
    if n == size:
        return f"Yes: all {size} listed papers match {where}"
    return f"No: {share}; {_others(base, papers)}"


def _always(base: Sequence[Paper], papers: Sequence[Paper], share: str, src: Sources) -> str:
    """'No: the listed papers on it start in 2023 ...; before that, 26 papers (2020-2022: CL
    19, ...), the first KEML [1]' or 'Yes: every year from 2020 to 2026 has one'."""
    years = sorted({p.date.year for p in base})
    held = {p.date.year for p in papers}
    missing = [y for y in years if y not in held]
    if not missing:
        return f"Yes: every year with a listed paper ({years[0]}-{years[-1]}) has one; {share}"
    start = min(held)
    if start == years[0]:
        return f"No: {share}, but none in {_years(missing)}"
    before = [p for p in base if p.date.year < start]
    first = min(before, key=lambda p: p.date)
    span = f"{years[0]}-{start - 1}" if start - 1 > years[0] else str(years[0])
    later = [y for y in missing if y > start]
    tail = f"; none on it in {_years(later)} either" if later else ""
    return (
        f"No: the listed papers on it start in {start} ({share}); before that, "
        f"{plural(len(before), 'paper')} ({span}: {_spread(before)}), the first "
        f"{first.title} ({first.date.year}, {first.category}) {src.mark(first)}{tail}"
    )


def _others(base: Sequence[Paper], papers: Sequence[Paper]) -> str:
    """'the other 30 are CL 14, CV 9, LG 4, AI 3'."""
    held = {p.id for p in papers}
    rest = [p for p in base if p.id not in held]
    verb = "is" if len(rest) == 1 else "are"
    return f"the other {len(rest)} {verb} {_spread(rest)}"


def _spread(papers: Sequence[Paper]) -> str:
    return ", ".join(f"{code} {count}" for code, count in facts.by_category(papers))


def _years(years: list[int]) -> str:
    if len(years) > MAX_YEARS:
        return f"{len(years)} of those years ({', '.join(map(str, years[:MAX_YEARS]))}, ...)"
    return ", ".join(map(str, years[:-1])) + (" or " if len(years) > 1 else "") + str(years[-1])


def _verb(n: int) -> str:
    return "matches" if n == 1 else "match"
