"""Papers tallied by period: by calendar month, per month, months without one, and the years
(or months) whose count meets a bound ('years with 10+ papers')."""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

from prompts.answer.wording import Sources, coverage, plural, scope
from prompts.understand.router import LEAST, Query
from prompts.understand.terms import MOST, YES_NO
from retrieval import facts
from retrieval.index.columns import columns_of
from retrieval.model import Paper, Profile

AVERAGE = re.compile(
    r"\baverage|\bavg\b|\bmean\b|\btypical(?:ly)?\b|\busual(?:ly)?\b|\bnormal(?:ly)?\b|\brate\b"
    r"|\bper\s+month\b|\ba\s+month\b|\bmonthly\b|\beach\s+month\b|\bevery\s+month\b"
    r"|\bevenly\b|/\s*(?:month|mo|mth)\b",
    re.IGNORECASE,
)
EMPTY = re.compile(
    r"\bwithout\b|\bno\s+(?:new\s+)?(?:papers?|publications?|output)\b|\bzero\b|\bempty\b"
    r"|\bblank\b|\bnothing\b|\bdry\b|\bidle\b|\bgaps?\b",
    re.IGNORECASE,
)
# The first (or last) period meeting a bound: 'the first year above 5', 'latest year with 10+'
ENDS = re.compile(
    r"\b(?:(?P<first>first|earliest)|(?P<last>last|latest|most\s+recent))\s+(?:\w+\s+)?"
    r"(?:years?|yrs?)\b|\b(?:years?|yrs?)\s+(?:\w+\s+){0,3}?(?:(?P<f2>first)|(?P<l2>last))\s+"
    r"(?:went|got|reached|passed|crossed|topped|hit|exceeded|had|saw)\b",
    re.IGNORECASE,
)
Month = tuple[int, int]  # (year, month)


def _months(first: Month, last: Month) -> list[Month]:
    """Every month from `first` to `last`, both included."""
    start, end = first[0] * 12 + first[1] - 1, last[0] * 12 + last[1]
    return [(i // 12, i % 12 + 1) for i in range(start, end)]


def _window(query: Query, first: Month, last: Month) -> tuple[Month, Month]:
    """The months asked about: the dates' window when it has both ends ('in 2020': January to
    December), else from the first paper's month to the last's."""
    f = query.filters
    start = (f.date_from.year, f.date_from.month) if f.date_from else (
        (f.year_from, 1) if f.year_from else None
    )  # fmt: skip
    end = (f.date_to.year, f.date_to.month) if f.date_to else (
        (f.year_to, 12) if f.year_to else None
    )  # fmt: skip
    return (start, end) if start and end else (first, last)


def _said(month: Month) -> str:
    return f"{calendar.month_name[month[1]]} {month[0]}"


def _within(query: Query) -> str:
    where = scope(query)
    return f" ({where})" if where else ""


def by_month(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str | None:
    """The calendar months ranked over every year, the busiest single month, the average per
    month and the months without a paper, the one asked first."""
    if not papers:
        return None
    ordered = sorted(papers, key=lambda p: p.date)
    per_month = Counter((p.date.year, p.date.month) for p in ordered)
    span = _months(*_window(query, min(per_month), max(per_month)))
    calendar_months = Counter(p.date.month for p in ordered)
    where, n = _within(query), len(ordered)
    f = query.filters
    dated = f.year_from or f.year_to or f.date_from or f.date_to or query.years
    every = "" if dated else ", over all years"
    table = ", ".join(f"{calendar.month_abbr[m]} {calendar_months[m]}" for m in range(1, 13))
    lines: list[str] = []
    if query.at_least is not None or query.at_most is not None:
        picked = [m for m in span if _meets(per_month[m], query)]
        said = _and([f"{_said(m)} ({per_month[m]})" for m in picked]) if picked else "none"
        head = f"{plural(len(picked), 'month')}{where} {_bound(query)}: {said}."
        if YES_NO.match(query.question):  # 'did any month have 3+?': whether, then which
            head = f"{'Yes' if picked else 'No'}: {head}"
        if not picked:  # the closest evidence: the most any single month reached
            peak = max(per_month.values())
            most = [m for m in span if per_month[m] == peak]
            head += f" The most in one month: {peak} ({_and([_said(m) for m in most])})."
        lines.append(head)
        if picked:
            lines.append(src.marks([p for p in ordered if (p.date.year, p.date.month) in picked]))
    elif EMPTY.search(query.question):
        empty = [m for m in span if not per_month[m]]
        named = f": {_and([_said(m) for m in empty])}" if 0 < len(empty) <= 12 else ""
        lines.append(
            f"{len(empty)} of the {len(span)} months from {_said(span[0])} to {_said(span[-1])}"
            f"{where} have no listed paper{named}; {len(span) - len(empty)} have at least one."
        )
    elif AVERAGE.search(query.question) and not re.search(f"{LEAST}|{MOST}", query.question, re.I):
        lines.append(
            f"On average {n / len(span):.2f} listed papers a month{where}: "
            f"{plural(n, 'paper')} over the {len(span)} months from {_said(span[0])} to "
            f"{_said(span[-1])} ({n * 12 / len(span):.1f} a year)."
        )
    else:
        least = re.search(LEAST, query.question, re.IGNORECASE) is not None
        counts = [calendar_months[m] for m in range(1, 13)]
        best = min(counts) if least else max(counts)
        winners = [m for m in range(1, 13) if calendar_months[m] == best]
        names = _and([calendar.month_name[m] for m in winners])
        what = "quietest" if least else "busiest"
        tie = " are tied as" if len(winners) > 1 else " is"
        lines.append(
            f"{names}{tie} the {what} calendar month{where}: {plural(best, 'listed paper')}"
            f"{' each' if len(winners) > 1 else ''}{every} "
            f"{src.marks([p for p in ordered if p.date.month in winners])}."
        )
        top = max(per_month.values()) if not least else None
        if top is not None:
            single = [m for m in span if per_month[m] == top]
            lines.append(
                f"The busiest single month: {_and([_said(m) for m in single])} with "
                f"{plural(top, 'paper')}{' each' if len(single) > 1 else ''}."
            )
    lines.append(f"Listed papers by calendar month{where}{every}: {table}.")
    return "\n".join([*lines, coverage(profile)])


def _meets(n: int, query: Query) -> bool:
    low, high = query.at_least, query.at_most
    return (low is None or n >= low) and (high is None or n <= high)


def _bound(query: Query) -> str:
    low, high = query.at_least, query.at_most
    if low is not None and low == high:
        return f"with exactly {plural(low, 'paper')}"
    if low is not None and high is not None:
        return f"with {low} to {high} papers"
    return f"with {low} or more papers" if low is not None else f"with {high} or fewer papers"


def _and(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def years_with(query: Query, profile: Profile, papers: Sequence[Paper], src: Sources) -> str | None:
    """The years whose count of listed papers meets the bound asked, every year counted; when
    none may match ('a year with papers but none with code'), every year with a listed paper
    counts, at zero too."""
    table = {y: sum(c.values()) for y, c in facts.timeline(papers).items()}
    columns = columns_of(profile)  # the profile's years counted once, no paper read
    published = Counter({y: n for y, n in columns.per_year.items() if _in_years(y, query)})
    if _meets(0, query) and _conditioned(query):  # 'years with no CV paper': all her years
        table = {y: table.get(y, 0) for y in sorted(published)}
    elif query.at_most == 0 and table:  # 'a year with no paper': each year of the span asked
        f = query.filters
        first, last = f.year_from or min(table), f.year_to or max(table)
        table = {y: table.get(y, 0) for y in range(first, last + 1)}
    if not table:
        return None
    picked = [y for y, n in table.items() if _meets(n, query)]
    where = _within(query)
    counts = "; ".join(f"{y}: {n}" for y, n in table.items())
    if not picked and query.at_most == 0:  # every year has one: 'No', with the table
        head = f"Every year with listed papers has at least one {scope(query)}"
        head = f"No: {head[0].lower()}{head[1:]}" if YES_NO.match(query.question) else head
        return "\n".join([f"{head} (per year: {counts}).", coverage(profile)])
    if not picked:
        head = f"No year{where} has {_bound(query).removeprefix('with ')} listed"
        head = f"No: {head[0].lower()}{head[1:]}" if YES_NO.match(query.question) else head
        return "\n".join([f"{head} (per year: {counts}).", coverage(profile)])
    if query.at_most == 0:  # the years with papers, none of them matching
        named = _and([f"{y} ({plural(published[y], 'listed paper')})" for y in picked])
        marks = src.marks(columns.rows(np.flatnonzero(np.isin(columns.year, picked)).tolist()))
        head = f"{plural(len(picked), 'year')} with listed papers, none of them {scope(query)}"
        head = f"Yes: {head[0].lower()}{head[1:]}" if YES_NO.match(query.question) else head
        return "\n".join(
            [f"{head}: {named} {marks}.", f"Listed papers per year{where}: {counts}.",
             coverage(profile)]
        )  # fmt: skip
    count = plural(len(picked), "year")
    if end := ENDS.search(query.question):  # 'the first year above 5 papers': that one
        last = bool(end["last"] or end["l2"])
        count = f"The {'latest' if last else 'first'} of {plural(len(picked), 'year')}"
        picked = [picked[-1] if last else picked[0]]
    named = _and([f"{y} ({plural(table[y], 'paper')})" for y in picked])
    marks = src.marks([p for p in papers if p.year in picked])
    head = f"{count}{where} {_bound(query)}: {named} {marks}."
    head = f"Yes: {head}" if YES_NO.match(query.question) else head
    return "\n".join([head, f"Listed papers per year: {counts}.", coverage(profile)])


def _conditioned(query: Query) -> bool:
    """Papers picked by more than their dates: a category, code, a co-author or a topic."""
    f = query.filters
    said = f.categories or f.exclude_categories or f.authors or f.has_code is not None
    return bool(said or query.topic)


def _in_years(year: int, query: Query) -> bool:
    f = query.filters
    low, high = f.year_from, f.year_to
    return (
        (low is None or year >= low)
        and (high is None or year <= high)
        and (not query.years or year in query.years)
    )


HANDLERS = {"by_month": by_month, "years_with": years_with}
