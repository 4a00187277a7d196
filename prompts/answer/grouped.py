"""An aggregate composed of the papers kept (the router's filters, and an author's place on the
byline), the unit they are grouped by (year, month of a year, month of any year, quarter) and
the reduction (the largest or smallest group, the groups with none, the number of groups with
a paper). The groups run over the span asked (the years the filters name, else the profile's),
so an empty group is counted too; the number comes first, then the groups, the papers cited."""

from __future__ import annotations

import calendar
from collections.abc import Sequence

from prompts.answer.model import Answer
from prompts.answer.tallies import _and
from prompts.answer.wording import Sources, coverage, plural, scope
from prompts.understand.router import Query
from prompts.understand.units import Grouping
from retrieval import facts
from retrieval.index.columns import columns_of
from retrieval.model import Paper, Profile
from retrieval.people import same_person

NOUNS = {"year": "year", "month": "month", "quarter": "quarter"}


def _span(query: Query, profile: Profile) -> range:
    """The years the groups run over: those the filters bound, else the profile's."""
    held = columns_of(profile).per_year  # built at open
    f = query.filters
    first = f.year_from if f.year_from is not None else min(held)
    last = f.year_to if f.year_to is not None else max(held)
    return range(first, last + 1)


def _name(g: Grouping, one: bool, year: int, month: int) -> str:
    """The group a paper dated (year, month) is in: '2023', 'March 2023', 'March', 'Q2'."""
    if g.unit == "year":
        return str(year)
    if g.unit == "month":
        return calendar.month_name[month] + ("" if g.pooled else f" {year}")
    return f"Q{(month - 1) // 3 + 1}" + ("" if one else f" {year}")


def _groups(g: Grouping, years: range, papers: Sequence[Paper]) -> dict[str, list[Paper]]:
    """Every group over the span, in order (empty ones too), with its papers."""
    one = len(years) == 1
    span = [years[0]] if g.pooled else list(years)
    names = [_name(g, one, y, m) for y in span for m in range(1, 13)]
    groups: dict[str, list[Paper]] = {n: [] for n in dict.fromkeys(names)}
    for p in sorted(papers, key=lambda p: p.date):
        name = _name(g, one, p.year, p.date.month)
        if name in groups:
            groups[name].append(p)
    return groups


def _placed(query: Query, profile: Profile, papers: Sequence[Paper]) -> list[Paper]:
    """The papers with the person asked (the owner if no one) at the byline place asked."""
    if query.fact != "nth_author" or not query.place:
        return list(papers)
    name = query.people[0] if query.people else profile.name
    k = query.place
    return [p for p in papers if len(p.authors) >= k and same_person(p.authors[k - 1], name)]


def _what(query: Query, profile: Profile) -> str:
    """'listed papers (CL (Computation and Language), 2022)', with the byline place asked."""
    where = scope(query)
    placed = ""
    if query.fact == "nth_author" and query.place:
        name = query.people[0] if query.people else profile.name
        placed = f" with {name} as author #{query.place}"
    return f"listed papers{placed}" + (f" ({where})" if where else "")


def answer_grouped(query: Query, g: Grouping, profile: Profile) -> Answer | None:
    """The grouped reduction asked, or None when the unit or reduction has none here."""
    if g.unit not in NOUNS or g.reduce not in ("most", "least", "empty", "groups"):
        return None
    years = _span(query, profile)
    f = query.filters.model_copy(update={"months": []} if g.pooled else {})
    papers = _placed(query, profile, facts.select(profile, f))
    groups = list(_groups(g, years, papers).items())
    if not groups:
        return None
    src = Sources()
    noun = "month of the year" if g.pooled else NOUNS[g.unit]
    what = _what(query, profile)
    table = ", ".join(f"{name} {len(ps)}" for name, ps in groups)
    if g.reduce in ("most", "least"):
        best = (max if g.reduce == "most" else min)(len(ps) for _, ps in groups)
        top = [(name, ps) for name, ps in groups if len(ps) == best]
        cited = "".join(src.marks(ps) for _, ps in top)
        word = "most" if g.reduce == "most" else "fewest"
        verb = "has" if len(top) == 1 else "tie for"
        head = (
            f"{_and([n for n, _ in top])} {verb} the {word} {what} of any {noun}: "
            f"{plural(best, 'paper')}{' each' if len(top) > 1 else ''} {cited}".rstrip()
            + "."
        )
    elif g.reduce == "empty":
        empty = [name for name, ps in groups if not ps]
        held = [(name, ps) for name, ps in groups if ps]
        named = _and(empty) if empty else "none"
        cited = "".join(src.marks(ps) for _, ps in held)
        head = (
            f"{plural(len(empty), noun)} of the {len(groups)} have no {what}: {named}. "
            f"The other {len(held)} have at least one {cited}".rstrip()
            + "."
        )
    else:
        held = [(name, ps) for name, ps in groups if ps]
        cited = "".join(src.marks(ps) for _, ps in held)
        head = (
            f"{len(held)} of the {plural(len(groups), noun)} have at least one of the {what}: "
            f"{_and([n for n, _ in held]) if held else 'none'} {cited}".rstrip()
            + "."
        )
    text = f"{head}\nBy {noun}: {table}.\n{coverage(profile)}"
    return Answer(question=query.question, text=text, citations=src.citations(), route="facts")
