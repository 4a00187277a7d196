"""'Has her output gone up or down?': the listed papers per year, the direction of the recent
years against the earlier ones, the path between (where it rose and fell), and the year the
profile was captured said as possibly partial."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from prompts.answer.model import Answer
from prompts.answer.wording import Sources, coverage, year_span
from retrieval.index.columns import columns_of
from retrieval.model import Paper, Profile

RECENT_YEARS = 2  # the recent years set against the earlier ones, when no year is named
UP, DOWN = 1.25, 0.8  # the recent mean against the earlier one: above, below, or about level
MAX_TURNS = 5  # the path said year by year up to this many steps


@dataclass(frozen=True)
class Direction:
    """The recent years' mean against the earlier years' ('up', 'down' or 'level')."""

    way: str
    recent: list[int]
    earlier: list[int]
    recent_mean: float
    earlier_mean: float
    uneven: bool  # turning more than once, the busiest year at least twice the quietest


@dataclass(frozen=True)
class Asked:
    """What the question says of the direction: the one it asks ('up', 'down' or None),
    whether as a yes/no, the year named as the turn ('after 2021'), the years it bounds."""

    way: str | None = None
    yes_no: bool = False
    pivot: int | None = None
    span: tuple[int, int] | None = None


def direction(counts: dict[int, int], pivot: int | None = None) -> Direction | None:
    """The years after `pivot` (else the last RECENT_YEARS) against those before; None when
    there are too few years to set two sides against each other."""
    years = sorted(counts)
    if pivot is not None and years[0] <= pivot < years[-1]:
        recent = [y for y in years if y > pivot]
    else:
        recent = years[-RECENT_YEARS:]
    earlier = [y for y in years if y < recent[0]]
    if not earlier:
        return None
    r = sum(counts[y] for y in recent) / len(recent)
    e = sum(counts[y] for y in earlier) / len(earlier)
    way = "up" if r > e * UP or (e == 0 and r > 0) else "down" if r < e * DOWN else "level"
    # uneven: level but for a wide spread, or turned the other way in its last step
    steps = turns(counts)
    last = counts[steps[-1]] - counts[steps[-2]] if len(steps) > 1 else 0
    spread = max(counts.values()) >= 2 * max(min(counts.values()), 1)
    turned = (way == "up" and last < 0) or (way == "down" and last > 0)
    uneven = (way == "level" and spread and len(steps) > 2) or turned
    return Direction(way, recent, earlier, r, e, uneven)


def turns(counts: dict[int, int]) -> list[int]:
    """The first year, each year where the count turns from rising to falling or back, and
    the last: the path said in a few steps."""
    years = sorted(counts)
    kept, sign = [years[0]], 0
    for before, year in itertools.pairwise(years):
        step = (counts[year] > counts[before]) - (counts[year] < counts[before])
        if step and sign and step != sign:
            kept.append(before)
        sign = step or sign
    return [*kept, years[-1]] if years[-1] != kept[-1] else kept


def _path(counts: dict[int, int]) -> str:
    """'From 12 in 2020 it fell to 3 in 2024, then rose to 14 in 2025.'; a path of many turns
    by its ends instead."""
    steps = turns(counts)
    if len(steps) > MAX_TURNS:
        low, high = min(counts, key=counts.__getitem__), max(counts, key=counts.__getitem__)
        return (
            f"It rose and fell from year to year, between {counts[low]} in {low} and "
            f"{counts[high]} in {high}."
        )
    said = []
    for before, year in itertools.pairwise(steps):
        n, m = counts[before], counts[year]
        said.append(f"stayed at {m} until {year}" if n == m else
                    f"{'rose' if m > n else 'fell'} to {m} in {year}")  # fmt: skip
    return f"From {counts[steps[0]]} in {steps[0]} it " + ", then ".join(said) + "."


def _lead(found: Direction, asked: str | None, yes_no: bool) -> str:
    """'Yes: up' when the direction asked is the one found; 'No', or 'Not clearly' when level;
    an uneven path said with it."""
    words = {"up": "Up", "down": "Down", "level": "About level"}[found.way]
    if found.uneven:
        words = (
            "Uneven, with no lasting direction" if found.way == "level" else words + ", unevenly"
        )
    if not (yes_no and asked):
        return words
    verdict = "Not clearly" if found.way == "level" else "Yes" if found.way == asked else "No"
    return f"{verdict}: {words[0].lower()}{words[1:]}"


def _table(counts: dict[int, int], papers: Sequence[Paper], src: Sources, noun: str) -> list[str]:
    """'Listed papers per year:', then each year's count and its papers cited."""
    by_year: dict[int, list[Paper]] = {}
    for paper in papers:
        by_year.setdefault(paper.year, []).append(paper)
    lines = [f"{noun[0].upper()}{noun[1:]} per year:"]
    for year, n in counts.items():
        lines.append(f"- {year}: {n}" + (f" {src.marks(by_year[year])}" if n else ""))
    return lines


def answer_output(
    question: str, profile: Profile, papers: Sequence[Paper], asked: Asked, what: str = ""
) -> Answer:
    """The output's direction over the profile's years (or the span asked). `what`: the
    papers counted, if not all ('listed CV papers')."""
    src = Sources()
    every = columns_of(profile).year  # the profile's years, without reading its papers
    first, last = asked.span or (int(every.min()), int(every.max()))
    per = Counter(p.year for p in papers)
    counts = {y: per.get(y, 0) for y in range(first, last + 1)}
    noun = what or "listed papers"
    partial = profile.captured_year if max(counts) == profile.captured_year else None
    whole = {y: n for y, n in counts.items() if y != partial}
    lines: list[str] = []
    found = direction(whole, asked.pivot) if len(whole) > 1 else None
    if found is None:
        lines.append(f"Too few whole years to tell a direction ({len(papers)} {noun}).")
    else:
        lead = _lead(found, asked.way, asked.yes_no)
        recent = year_span(found.recent[0], found.recent[-1])
        earlier = year_span(found.earlier[0], found.earlier[-1])
        lines.append(
            f"{lead}: {found.recent_mean:.1f} {noun} a year in {recent} against "
            f"{found.earlier_mean:.1f} a year in {earlier}. {_path(whole)}"
        )
    if partial is not None:
        lines.append(
            f"{partial} is the year the profile was captured, so its {counts[partial]} may be a "
            "partial year; it is left out of the comparison."
        )
    lines += _table(counts, papers, src, noun)
    lines.append(coverage(profile))
    return Answer(
        question=question, text="\n".join(lines), citations=src.citations(), route="facts"
    )
