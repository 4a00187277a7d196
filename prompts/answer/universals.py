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
    claim: str,
    base: Sequence[Paper],
    papers: Sequence[Paper],
    where: str,
    within: str,
    src: Sources,
    premise: bool = False,
) -> str | None:
    """The verdict on a claim ('all', 'origin' or 'always') that the papers matching are all
    of the base papers, then the share; None when there is nothing to measure against.
    `within`: the base's own time in words (' (since 2024-12-05)': 'all her recent work').
    `premise`: the claim was taken for granted ('why are all ...?'), so a No corrects it."""
    if not base or not papers:
        return None
    n, size = len(papers), len(base)
    pct = round(100 * n / size)
    share = f"{n} of the {size} listed papers{within} ({pct}%) {_verb(n)} {where}"
    no = "That premise does not hold" if premise else "No"
    if claim == "none":  # 'does none of her work involve RL?': the ones that do break it
        return f"{no}: {share}"
    if claim == "always":
        return _always(base, papers, share, src, no)
    origin = f"; {_origins(base)}" if claim == "origin" else ""
    if n == size:
        return f"{'' if premise else 'Yes: '}all {size} listed papers{within} match {where}{origin}"
    return f"{no}: {share}; {_others(base, papers)}{origin}"


def _origins(base: Sequence[Paper]) -> str:
    """What the profile records of where papers come from: the affiliation tags on some
    author lines ('pku'), never an employer."""
    tagged = facts.with_affiliation(base)
    tags = dict.fromkeys(p.affiliation for p in tagged)
    if not tags:
        return (
            "the profile records no affiliation for any paper, so where they come from is unknown"
        )
    said = ", ".join(f"'{t}'" for t in tags)
    return (
        "the profile records where a paper comes from only as an affiliation tag on some "
        f"author lines ({said}, on {plural(len(tagged), 'paper')})"
    )


def _always(
    base: Sequence[Paper], papers: Sequence[Paper], share: str, src: Sources, no: str
) -> str:
    """'No: the listed papers on it start in 2023 ...; before that, 26 papers (2020-2022: CL
    19, ...), the first KEML [1]' or 'Yes: every year from 2020 to 2026 has one'."""
    years = sorted({p.date.year for p in base})
    held = {p.date.year for p in papers}
    missing = [y for y in years if y not in held]
    if not missing:
        return f"Yes: every year with a listed paper ({years[0]}-{years[-1]}) has one; {share}"
    start, end = min(held), max(held)
    if start == years[0]:
        if min(missing) > end:  # 'always CL?': the last in 2024, none since
            return f"{no}: {share}; the last in {end}, none since"
        return f"{no}: {share}, but none in {_years(missing)}"
    before = [p for p in base if p.date.year < start]
    first = min(before, key=lambda p: p.date)
    span = f"{years[0]}-{start - 1}" if start - 1 > years[0] else str(years[0])
    later = [y for y in missing if y > start]
    tail = f"; none on it in {_years(later)} either" if later else ""
    return (
        f"{no}: the listed papers on it start in {start} ({share}); before that, "
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
