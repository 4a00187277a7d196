"""Exact facts from profile metadata: header stats, counts, orderings and timelines."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from pydantic import BaseModel, Field

from retrieval.filters import Filters
from retrieval.index.columns import columns_of
from retrieval.model import Paper, Profile, category_name


class ProfileStats(BaseModel):
    """The profile header, plus how many papers the listing actually holds."""

    name: str
    main_category: str | None
    main_category_name: str | None
    h_index: int | None
    citations: int | None
    novelty: int | None = Field(description="Percent.")
    ai_score: int | None
    papers_claimed: int | None
    papers_listed: int


class Period(BaseModel):
    """A span of years in a focus-shift summary: its papers and category mix."""

    year_from: int
    year_to: int
    papers: list[Paper]
    categories: list[tuple[str, int]]
    representatives: list[Paper]

    @property
    def span(self) -> str:
        """'2021' or '2020-2022'."""
        if self.year_from == self.year_to:
            return str(self.year_from)
        return f"{self.year_from}-{self.year_to}"


def profile_stats(profile: Profile) -> ProfileStats:
    """Header statistics next to the number of papers actually listed."""
    code = profile.main_category
    return ProfileStats(
        name=profile.name,
        main_category=code,
        main_category_name=category_name(code) if code else None,
        h_index=profile.h_index,
        citations=profile.citations,
        novelty=profile.novelty,
        ai_score=profile.ai_score,
        papers_claimed=profile.papers_claimed,
        papers_listed=len(profile.papers),
    )


def select(
    profile: Profile, filters: Filters | None = None, years: list[int] | None = None
) -> Sequence[Paper]:
    """Papers matching the filters (and, if given, one of the years), oldest first (read
    from disk as they are looked at, when the profile's papers are kept there)."""
    return columns_of(profile).select(filters or Filters(), years)  # built once per profile


def by_category(papers: Sequence[Paper]) -> list[tuple[str, int]]:
    """(category, count), most papers first; ties by code so the order is stable."""
    counts = Counter(p.category for p in papers)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def by_year(papers: Sequence[Paper]) -> list[tuple[int, int]]:
    """(year, count), most papers first; ties by the earlier year."""
    counts = Counter(p.year for p in papers)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def in_category(papers: Sequence[Paper], code: str) -> list[Paper]:
    return [p for p in papers if p.category == code]


def in_year(papers: Sequence[Paper], year: int) -> list[Paper]:
    return [p for p in papers if p.year == year]


def earliest(papers: Sequence[Paper]) -> Paper | None:
    return min(papers, key=lambda p: (p.date, p.n), default=None)


def latest(papers: Sequence[Paper]) -> Paper | None:
    return max(papers, key=lambda p: (p.date, -p.n), default=None)


def with_affiliation(papers: Sequence[Paper]) -> list[Paper]:
    """Papers whose author line carries an affiliation tag ('· pku')."""
    return [p for p in papers if p.affiliation]


def timeline(papers: Sequence[Paper]) -> dict[int, dict[str, int]]:
    """Papers per year per category, every year from the first to the last (gaps as {})."""
    if not papers:
        return {}
    years = range(min(p.year for p in papers), max(p.year for p in papers) + 1)
    table: dict[int, dict[str, int]] = {y: {} for y in years}
    for p in papers:
        table[p.year][p.category] = table[p.year].get(p.category, 0) + 1
    return table


def timeline_categories(papers: Sequence[Paper]) -> list[str]:
    """Category codes in timeline order: the most frequent first."""
    return [code for code, _ in by_category(papers)]


def _period(papers: Sequence[Paper], year_from: int, year_to: int, per_period: int) -> Period:
    inside = [p for p in papers if year_from <= p.year <= year_to]
    cats = by_category(inside)
    reps: list[Paper] = []
    # One paper from each leading category, newest first, then fill from the top category.
    for code, _ in cats:
        newest = sorted(in_category(inside, code), key=lambda p: p.date, reverse=True)
        reps.extend(newest[:1])
    if cats:
        top = sorted(in_category(inside, cats[0][0]), key=lambda p: p.date, reverse=True)
        reps.extend(p for p in top if p not in reps)
    return Period(
        year_from=year_from,
        year_to=year_to,
        papers=inside,
        categories=cats,
        representatives=reps[:per_period],
    )


def focus_shift(
    papers: Sequence[Paper],
    year_from: int | None = None,
    year_to: int | None = None,
    per_period: int = 3,
) -> list[Period]:
    """Split the span into an early and a late period and describe each one's mix."""
    if not papers:
        return []
    lo = year_from if year_from is not None else min(p.year for p in papers)
    hi = year_to if year_to is not None else max(p.year for p in papers)
    if lo >= hi:
        return [_period(papers, lo, lo, per_period)]
    middle = lo + (hi - lo + 1) // 2 - 1
    return [_period(papers, lo, middle, per_period), _period(papers, middle + 1, hi, per_period)]
