"""The kept papers' dates and rankings reduced (the median, the span from first to latest, the
two closest together, the days of the week, the k-th group, the top k groups summed, one year
against the rest): the number(s) first, then the papers behind them, cited."""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from dateutil.relativedelta import relativedelta

from prompts.answer.tallies import _and
from prompts.answer.wording import Sources, plural, scope, versus
from prompts.understand.reductions import WEEKDAYS
from prompts.understand.router import Query
from retrieval import facts
from retrieval.model import Paper, Profile, category_label
from retrieval.names import paper_label
from retrieval.people import normalize_name

Reducer = Callable[[Query, Profile, Sequence[Paper], Sources], str | None]
PLACES = {2: "second", 3: "third", 4: "fourth", 5: "fifth"}
COUNTED = {2: "two", 3: "three", 4: "four", 5: "five"}
NOUNS = {"year": "year", "category": "category", "month": "month", "first_author": "first author"}
SUPERLATIVE = {"year": "busiest", "month": "busiest"}
LEAST = ("least", "fewest", "rarest", "quietest", "lowest")


def _where(query: Query) -> str:
    said = scope(query)
    return f" ({said})" if said else ""


def _day(d: dt.date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year} ({d.isoformat()})"


def _named(p: Paper, src: Sources) -> str:
    return f"{paper_label(p)}, {_day(p.date)} {src.mark(p)}"


def _median(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str:
    """The median date (and year) of the kept papers, the middle paper(s) cited."""
    ordered = sorted(papers, key=lambda p: p.date)
    n, where = len(ordered), _where(query)
    if query.tally is not None and query.tally.group == "year":  # the median count per year
        years = range(ordered[0].year, ordered[-1].year + 1)
        per = {y: sum(p.year == y for p in ordered) for y in years}
        mid = statistics.median(per.values())
        table = "; ".join(f"{y}: {c}" for y, c in per.items())
        return (
            f"The median is {mid:g} listed papers a year{where} (mean {n / len(per):.1f}) over "
            f"the {len(per)} years {years[0]}-{years[-1]}, years without a paper at zero. "
            f"Per year: {table}."
        )
    middle = ordered[(n - 1) // 2 : n // 2 + 1]
    seen = sorted({p.year for p in middle})
    year = f"{seen[0]}" if len(seen) == 1 else f"between {seen[0]} and {seen[-1]}"
    at = "the middle paper" if len(middle) == 1 else "the two middle papers"
    mean = statistics.mean(p.year + (p.date.timetuple().tm_yday - 1) / 365 for p in ordered)
    return (
        f"The median year of the {plural(n, 'listed paper')}{where} is {year}: sorted by date, "
        f"{at} {'is' if len(middle) == 1 else 'are'} "
        f"{_and([_named(p, src) for p in middle])}. (The mean date falls in {int(mean)}.)"
    )


def _span(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str:
    """From the first kept paper to the latest: years and months, and days."""
    first = min(papers, key=lambda p: p.date)
    last = max(papers, key=lambda p: p.date)
    gap = relativedelta(last.date, first.date)
    parts = [plural(gap.years, "year")] if gap.years else []
    parts += [plural(gap.months, "month")] if gap.months or not parts else []
    days = (last.date - first.date).days
    return (
        f"The {plural(len(papers), 'listed paper')}{_where(query)} span {' and '.join(parts)} "
        f"({days:,} days): from the first, {_named(first, src)}, to the latest, "
        f"{_named(last, src)}."
    )


def _closest(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str | None:
    """The consecutive papers with the fewest days between them (every such pair)."""
    ordered = sorted(papers, key=lambda p: p.date)
    pairs = [(b.date - a.date).days for a, b in itertools.pairwise(ordered)]
    if not pairs:
        return None
    least = min(pairs)
    tied = [(ordered[i], ordered[i + 1]) for i, d in enumerate(pairs) if d == least]
    apart = "on the same day" if least == 0 else f"{plural(least, 'day')} apart"
    said = "; ".join(f"{_named(a, src)} and {_named(b, src)}" for a, b in tied[:5])
    more = f" (and {len(tied) - 5} more pairs)" if len(tied) > 5 else ""
    head = f"{plural(len(tied), 'pair')} of listed papers{_where(query)} came out {apart}"
    return f"{head}, the closest together: {said}{more}."


def _days(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str:
    """The kept papers dated on the days of the week asked, and the count for every day."""
    asked = query.tally.days if query.tally else []
    per: dict[int, list[Paper]] = defaultdict(list)
    for p in papers:
        per[p.date.weekday()].append(p)
    table = ", ".join(f"{WEEKDAYS[d].title()} {len(per[d])}" for d in range(7))
    where = _where(query)
    if len(asked) == 7:  # 'which day of the week': the most (or least) common day
        least = any(w in query.question.casefold() for w in LEAST)
        best = (min if least else max)(len(per[d]) for d in range(7))
        days = [WEEKDAYS[d].title() for d in range(7) if len(per[d]) == best]
        kept = [p for d in range(7) if len(per[d]) == best for p in per[d]]
        word = "least" if least else "most"
        return (
            f"{_and(days)}: the {word} common day of the week{where}, "
            f"{plural(best, 'listed paper')} each {src.marks(kept)}.\nBy day of the week: {table}."
        )
    kept = sorted((p for d in asked for p in per[d]), key=lambda p: p.date)
    names = _and([WEEKDAYS[d].title() for d in asked]).replace(" and ", " or ")
    lines = [
        f"- {paper_label(p)} ({WEEKDAYS[p.date.weekday()].title()} {p.date.isoformat()}) "
        f"{src.mark(p)}"
        for p in kept
    ]
    head = f"{len(kept)} of the {plural(len(papers), 'listed paper')}{where} are dated on a {names}"
    return "\n".join([head + (":" if kept else "."), *lines, f"By day of the week: {table}."])


def _groups(query: Query, papers: Sequence[Paper]) -> list[tuple[str, list[Paper]]]:
    """The kept papers by the query's group, most papers first (ties: the earlier group)."""
    group = query.tally.group if query.tally else "year"
    key: Callable[[Paper], str] = {
        "year": lambda p: str(p.year),
        "category": lambda p: p.category,
        "month": lambda p: f"{p.date.year}-{p.date.month:02d}",
        "first_author": lambda p: normalize_name(p.authors[0]) if p.authors else "",
    }.get(group, lambda p: str(p.year))
    by: dict[str, list[Paper]] = defaultdict(list)
    for p in papers:
        by[key(p)].append(p)
    return sorted(by.items(), key=lambda kv: (-len(kv[1]), kv[0]))


def _label(query: Query, name: str, ps: list[Paper]) -> str:
    group = query.tally.group if query.tally else "year"
    if group == "category":
        return category_label(name)
    if group == "month":
        return f"{calendar.month_name[ps[0].date.month]} {ps[0].date.year}"
    return ps[0].authors[0] if group == "first_author" and ps[0].authors else name


def _rank(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str | None:
    """The group(s) in the k-th place by count (groups of equal counts share a place)."""
    k = query.tally.k if query.tally else 2
    ranked = _groups(query, papers)
    counts = sorted({len(ps) for _, ps in ranked}, reverse=True)
    if len(counts) < k:
        return None
    at = [(g, ps) for g, ps in ranked if len(ps) == counts[k - 1]]
    noun = NOUNS[query.tally.group if query.tally else "year"]
    superlative = SUPERLATIVE.get(query.tally.group if query.tally else "year", "most common")
    named = _and([_label(query, g, ps) for g, ps in at])
    cited = "".join(src.marks(ps) for _, ps in at)
    verb = "is" if len(at) == 1 else "are (tied)"
    table = ", ".join(f"{_label(query, g, ps)} {len(ps)}" for g, ps in ranked)
    return (
        f"{named} {verb} the {PLACES.get(k, f'{k}th')} {superlative} {noun}{_where(query)}: "
        f"{counts[k - 1]} of the {plural(len(papers), 'listed paper')} {cited}.\n"
        f"By {noun}, most first: {table}."
    )


def _top_sum(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str:
    """The counts of the k groups with the most papers, summed (ties at the cut said)."""
    k = query.tally.k if query.tally else 2
    ranked = _groups(query, papers)
    top = ranked[:k]
    total = sum(len(ps) for _, ps in top)
    noun = NOUNS[query.tally.group if query.tally else "year"]
    superlative = SUPERLATIVE.get(query.tally.group if query.tally else "year", "largest")
    each = _and([f"{_label(query, g, ps)} ({len(ps)}) {src.marks(ps)}" for g, ps in top])
    share = f"{100 * total / len(papers):.0f}%"
    text = (
        f"{total} of the {plural(len(papers), 'listed paper')}{_where(query)} ({share}) are in "
        f"the {COUNTED.get(k, str(k))} {superlative} {noun}s together: {each}."
    )
    cut = len(top[-1][1])
    tied = [_label(query, g, ps) for g, ps in ranked[k:] if len(ps) == cut]
    if tied:
        text += f" {_and(tied)} also {'has' if len(tied) == 1 else 'have'} {cut}."
    return text + "\nBy " + noun + ", most first: " + ", ".join(
        f"{_label(query, g, ps)} {len(ps)}" for g, ps in ranked
    ) + "."  # fmt: skip


def _rest(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str | None:
    """One year's papers against all the years before (or after) it together, both cited."""
    tally = query.tally
    if tally is None or tally.year is None:
        return None
    year, before = tally.year, tally.before
    kept = facts.select(profile, query.filters)
    same = [p for p in kept if p.year == year]
    rest = [p for p in kept if (p.year < year if before else p.year > year)]
    if not rest:
        return None
    ends = f"{min(p.year for p in rest)}-{max(p.year for p in rest)}"
    side = f"in all {'earlier' if before else 'later'} years ({ends})"
    said = versus(query.question, [(f"in {year}", len(same)), (side, len(rest))])
    ratio = f" Ratio {len(same)}:{len(rest)}, about {len(same) / len(rest):.2f} to 1."
    ratio = "" if "(ratio " in said else ratio
    return (
        f"{said}{ratio}{_where(query)}\n{year} {src.marks(same)}; "
        f"{'earlier' if before else 'later'} years {src.marks(rest)}."
    )


def _rate(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str | None:
    """Each group's share of its papers meeting the condition asked (code, a category), the
    highest (or lowest) first: 'CV: 7 of its 14 listed papers (50%)'."""
    f, group = query.filters, query.tally.group if query.tally else "category"
    base: dict[str, object]
    if f.has_code is not None:
        condition, base = ("with code" if f.has_code else "without code"), {"has_code": None}
    elif f.categories and group != "category":
        condition, base = "in " + " or ".join(f.categories), {"categories": []}
    else:
        return None  # no condition asked: a share of nothing
    kept = {p.id for p in papers}
    every = facts.select(profile, f.model_copy(update=base), query.years)
    shares = [(g, [p for p in ps if p.id in kept], ps) for g, ps in _groups(query, every)]
    least = any(w in query.question.casefold() for w in (*LEAST, "lowest", "worst", "poorest"))
    shares.sort(key=lambda s: (len(s[1]) / len(s[2]), len(s[2])), reverse=not least)
    top = len(shares[0][1]) / len(shares[0][2])
    best = [s for s in shares if len(s[1]) / len(s[2]) == top]
    noun = NOUNS[group]

    def said(g: str, hit: list[Paper], ps: list[Paper]) -> str:
        return f"{_label(query, g, ps)} {len(hit)} of {len(ps)} ({100 * len(hit) / len(ps):.0f}%)"

    named = _and([said(g, hit, ps) for g, hit, ps in best])
    word = "lowest" if least else "highest"
    cited = "".join(src.marks(hit) for _, hit, _ in best if hit)
    table = "; ".join(said(g, hit, ps) for g, hit, ps in shares)
    return (
        f"{named} listed papers {condition}: the {word} share of any {noun}"
        f"{' ' + cited if cited else ''}.\nBy {noun}, papers {condition}: {table}."
    )


def _record(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str | None:
    """One year's count set against every year before it: Yes when it beats each one."""
    tally = query.tally
    if tally is None or tally.year is None:
        return None
    undated = query.filters.undated()
    per = Counter(p.year for p in facts.select(profile, undated))
    year, n = tally.year, per.get(tally.year, 0)
    before = {y: c for y, c in sorted(per.items()) if y < year}
    if not before:
        return None
    low = query.question.casefold()
    fewer = any(w in low for w in ("fewer", "less"))
    beaten = [y for y, c in before.items() if (c >= n if not fewer else c <= n)]
    word = "fewer" if fewer else "more"
    table = "; ".join(f"{y}: {c}" for y, c in per.items() if y <= year)
    same = [p for p in facts.select(profile, undated) if p.year == year]
    where = _where(query.model_copy(update={"filters": undated, "years": []}))
    if not beaten:
        head = f"Yes: {year} has {word} listed papers{where} ({n}) than every earlier year"
    else:
        head = (
            f"No: {year} has {n} listed papers{where}, not {word} than "
            f"{_and([f'{y} ({before[y]})' for y in beaten])}"
        )
    return f"{head} {src.marks(same)}.\nPer year: {table}."


REDUCERS: dict[str, Reducer] = {
    "median": _median, "span": _span, "closest": _closest, "days": _days, "rank": _rank,
    "top_sum": _top_sum, "rest": _rest, "rate": _rate, "record": _record,
}  # fmt: skip
