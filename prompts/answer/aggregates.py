"""One executor for a field of each paper and an operation on it (see
prompts/understand/aggregates.py): the groups a field makes (quarters, halves, seasons,
categories, first authors) or the value it gives each paper (a title's length in words or
characters), then the most, the least, those meeting a bound, or the group that appeared first
or last. Every number comes from the metadata; the papers counted are cited."""

from __future__ import annotations

import re
import statistics
from collections import defaultdict
from collections.abc import Callable, Sequence

from prompts.answer.wording import Sources, plural, scope
from prompts.understand.router import Query
from retrieval.model import Paper, Profile, category_label
from retrieval.names import paper_label
from retrieval.people import normalize_name

SEASONS = {m: s for s, ms in (("winter", (12, 1, 2)), ("spring", (3, 4, 5)), ("summer", (6, 7, 8)),
                               ("autumn", (9, 10, 11))) for m in ms}  # fmt: skip
PARTS: dict[str, tuple[Callable[[int], str], list[str], str]] = {
    # field: (its part of the year from the month, every part in order, what one is called)
    "quarter": (lambda m: f"Q{(m - 1) // 3 + 1}", ["Q1", "Q2", "Q3", "Q4"], "quarter"),
    "half": (
        lambda m: "H1 (January-June)" if m <= 6 else "H2 (July-December)",
        ["H1 (January-June)", "H2 (July-December)"],
        "half of the year",
    ),
    "season": (lambda m: SEASONS[m], ["winter", "spring", "summer", "autumn"], "season"),
}
PLURALS = {"category": "categories", "half of the year": "halves of the year"}
MEASURES = {"title_words": "word", "title_chars": "character"}
TITLE_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")


def first_author(paper: Paper) -> str:
    return paper.authors[0] if paper.authors else "(no author listed)"


def lead_groups(papers: Sequence[Paper]) -> dict[str, list[Paper]]:
    """Papers by first author, spelling variants of one name ('ChengCheng Han') as one."""
    shown: dict[str, str] = {}
    groups: dict[str, list[Paper]] = defaultdict(list)
    for p in papers:
        name = shown.setdefault(normalize_name(first_author(p)), first_author(p))
        groups[name].append(p)
    return dict(groups)


def measure(paper: Paper, field: str) -> int:
    """A title's length: its words ('Open-Retrieval' one word) or its characters."""
    if field == "title_chars":
        return len(paper.title)
    return len(TITLE_WORD.findall(paper.title))


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _within(query: Query) -> str:
    where = scope(query)
    return f" ({where})" if where else ""


def _bound(low: int | None, high: int | None, unit: str) -> str:
    if low is not None and high is not None:
        return f"exactly {plural(low, unit)}" if low == high else f"{low} to {high} {unit}s"
    if low is not None:
        return f"{low} or more {unit}s"
    return f"{high} or fewer {unit}s" if high else f"no {unit}s"


def _groups(query: Query, papers: Sequence[Paper]) -> tuple[dict[str, list[Paper]], str, bool]:
    """The papers of each group (periods with none too, in order), what a group is called,
    and whether groups are labelled (categories by their names)."""
    field = query.tally.group if query.tally else "category"
    if field in PARTS:
        part, every, noun = PARTS[field]
        years = sorted({p.year for p in papers})
        one = years[0] if len(years) == 1 else None
        named = [f"{g} {one}" if one else g for g in every]
        groups: dict[str, list[Paper]] = {g: [] for g in named}
        for p in papers:
            groups[f"{part(p.date.month)} {one}" if one else part(p.date.month)].append(p)
        return groups, noun, False
    if field == "first_author":
        return lead_groups(papers), "first author", False
    by: dict[str, list[Paper]] = defaultdict(list)
    for p in sorted(papers, key=lambda p: p.date):
        by[p.category].append(p)
    return dict(by), "category", True


def _name(group: str, labelled: bool) -> str:
    return category_label(group) if labelled else group


def _counts(groups: dict[str, list[Paper]]) -> str:
    return ", ".join(f"{group} {len(ps)}" for group, ps in groups.items())


def _ranked(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str:
    """The group (or paper) with the most or the least; ties all named."""
    tally = query.tally
    assert tally is not None
    most = tally.reduce == "most"
    if tally.group in MEASURES:
        return _measured(query, papers, src, most)
    groups, noun, labelled = _groups(query, papers)
    counts = [len(ps) for ps in groups.values()]
    best = max(counts) if most else min(counts)
    top = [g for g, ps in groups.items() if len(ps) == best]
    word = "most" if most else "fewest"
    named = _and([_name(g, labelled) for g in top])
    cited = src.marks([p for g in top for p in groups[g]])
    verb = "has" if len(top) == 1 else "tie for"
    line = (
        f"{named} {verb} the {word} listed papers of any {noun}{_within(query)}: "
        f"{plural(best, 'paper') if best else 'none'}{' each' if len(top) > 1 and best else ''}"
        f"{' ' + cited if cited else ''}."
    )
    return (
        f"{line}{_single_part(query, papers, most)}\nListed papers per {noun}: {_counts(groups)}."
    )


def _single_part(query: Query, papers: Sequence[Paper], most: bool) -> str:
    """Across several years, the busiest single quarter (half, season) of one year as well."""
    field = query.tally.group if query.tally else ""
    if field not in PARTS or len({p.year for p in papers}) < 2 or not most:
        return ""
    part, _, noun = PARTS[field]
    per: dict[str, list[Paper]] = defaultdict(list)
    for p in papers:
        per[f"{part(p.date.month)} {p.year}"].append(p)
    top = max(len(ps) for ps in per.values())
    tied = [g for g, ps in per.items() if len(ps) == top]
    each = " each" if len(tied) > 1 else ""
    return f" The busiest single {noun}: {_and(tied)} ({plural(top, 'paper')}{each})."


def _measured(query: Query, papers: Sequence[Paper], src: Sources, most: bool) -> str:
    field = query.tally.group if query.tally else "title_words"
    unit = MEASURES[field]
    sizes = {p.id: measure(p, field) for p in papers}
    best = max(sizes.values()) if most else min(sizes.values())
    top = [p for p in papers if sizes[p.id] == best]
    word = "longest" if most else "shortest"
    named = _and([f"'{p.title}' ({plural(best, unit)}) {src.mark(p)}" for p in top])
    head = f"The {word} title{'s' if len(top) > 1 else ''}{_within(query)}, in {unit}s: {named}."
    values = sorted(sizes.values())
    spaces = ", spaces included" if unit == "character" else ""
    return (
        f"{head}\nThe {len(values)} listed titles run from {values[0]} to {values[-1]} {unit}s"
        f"{spaces} (median {statistics.median(values):g})."
    )


def _bounded(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str:
    """The groups whose count (or the papers whose title length) meets the bound asked."""
    tally = query.tally
    assert tally is not None
    if tally.group in MEASURES:
        unit = MEASURES[tally.group]
        kept = [p for p in papers if _meets(measure(p, tally.group), tally.low, tally.high)]
        said = _bound(tally.low, tally.high, unit)
        if not kept:
            return f"No listed title{_within(query)} has {said}."
        lines = [src.item(p, f" ({plural(measure(p, tally.group), unit)})") for p in kept]
        head = f"{len(kept)} of the {plural(len(papers), 'listed paper')}{_within(query)}"
        return f"{head} {'has a title' if len(kept) == 1 else 'have titles'} of {said}:\n" + (
            "\n".join(lines)
        )
    groups, noun, labelled = _groups(query, papers)
    kept_groups = [(g, ps) for g, ps in groups.items() if _meets(len(ps), tally.low, tally.high)]
    kept_groups.sort(key=lambda kv: -len(kv[1]))
    said = _bound(tally.low, tally.high, "listed paper")
    if not kept_groups:
        return f"No {noun}{_within(query)} has {said}. Per {noun}: {_counts(groups)}."
    named = "; ".join(
        f"{_name(g, labelled)} ({len(ps)}){' ' + src.marks(ps) if ps else ''}"
        for g, ps in kept_groups
    )
    rest = len(groups) - len(kept_groups)
    nouns = PLURALS.get(noun, f"{noun}s")
    other = f" The other {rest} {noun if rest == 1 else nouns} {'has' if rest == 1 else 'have'}"
    other += " fewer." if tally.low is not None and tally.high is None else " other counts."
    head = f"{len(kept_groups)} {noun if len(kept_groups) == 1 else nouns}{_within(query)}"
    verb = "has" if len(kept_groups) == 1 else "have"
    return f"{head} {verb} {said}: {named}.{other if rest else ''}"


def _meets(n: int, low: int | None, high: int | None) -> bool:
    return (low is None or n >= low) and (high is None or n <= high)


def _debut(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str:
    """The group whose first paper came last (or first), that paper cited; every group's first
    appearance listed."""
    tally = query.tally
    assert tally is not None
    groups, noun, labelled = _groups(query, papers)
    firsts = {g: min(ps, key=lambda p: p.date) for g, ps in groups.items() if ps}
    ordered = sorted(firsts, key=lambda g: firsts[g].date)
    day = firsts[ordered[-1] if tally.late else ordered[0]].date
    top = [g for g in ordered if firsts[g].date == day]
    when = "most recently" if tally.late else "first"
    named = _and(
        [
            f"{_name(g, labelled)}, with {paper_label(firsts[g])} ({day.isoformat()}) "
            f"{src.mark(firsts[g])}"
            for g in top
        ]
    )
    table = "; ".join(f"{g} {firsts[g].date.isoformat()}" for g in ordered)
    return (
        f"The {noun} that appeared {when}{_within(query)}: {named}.\n"
        f"Each {noun}'s first listed paper: {table}."
    )


def _average(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str:
    """The mean and median title length, the shortest and longest titles cited."""
    field = query.tally.group if query.tally else "title_words"
    unit = MEASURES[field]
    sizes = sorted(papers, key=lambda p: measure(p, field))
    values = [measure(p, field) for p in sizes]
    ends = f"shortest {src.mark(sizes[0])}, longest {src.mark(sizes[-1])}"
    return (
        f"The {plural(len(values), 'listed title')}{_within(query)} average "
        f"{statistics.mean(values):.1f} {unit}s (median {statistics.median(values):g}; from "
        f"{values[0]} to {values[-1]}: {ends})."
    )


REDUCERS = {
    "most": _ranked,
    "least": _ranked,
    "bounded": _bounded,
    "debut": _debut,
    "average": _average,
}
