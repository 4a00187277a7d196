"""A composed aggregate answered: the papers kept (filters, a relation to a named paper, a day
of the month), grouped (year, month, weekday, category, code) and reduced (count, spread,
mean, first or every group where one side is ahead). The number first, then the groups or
papers behind it, cited."""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence

from prompts.answer.model import Answer
from prompts.answer.tallies import _and
from prompts.answer.wording import Sources, coverage, inferred_note, plural
from prompts.understand.composition import Composition, Key
from prompts.understand.reductions import WEEKDAYS
from retrieval import facts
from retrieval.filters import Filters
from retrieval.index.columns import columns_of
from retrieval.model import Paper, Profile, category_label
from retrieval.names import nickname, paper_label

NOUNS = {"year": "year", "month": "month", "weekday": "day of the week", "category": "category",
         "code": "code status"}  # fmt: skip
RELATIONS = {
    "same_year": "in the same year as",
    "same_month": "in the same month as",
    "before": "before",
    "after": "after",
    "between": "between",
}


def _key(key: Key) -> Callable[[Paper], str]:
    return {
        "year": lambda p: str(p.year),
        "month": lambda p: f"{p.date.year}-{p.date.month:02d}",
        "weekday": lambda p: str(p.date.weekday()),
        "category": lambda p: p.category,
        "code": lambda p: "with code" if p.has_code else "without code",
    }[key]


def _label(key: Key, group: str) -> str:
    if key == "month":
        year, month = group.split("-")
        return f"{calendar.month_name[int(month)]} {year}"
    if key == "weekday":
        return WEEKDAYS[int(group)].title()
    return category_label(group) if key == "category" else group


def _grouped(key: Key, papers: Sequence[Paper]) -> dict[str, list[Paper]]:
    by: dict[str, list[Paper]] = defaultdict(list)
    for p in sorted(papers, key=lambda p: p.date):
        by[_key(key)(p)].append(p)
    return dict(sorted(by.items()))


def _side(side: str) -> Callable[[Paper], bool]:
    if side in ("code", "no code"):
        return lambda p: p.has_code == (side == "code")
    return lambda p: p.category == side


def _side_label(side: str) -> str:
    return {"code": "with code", "no code": "without code"}.get(side, side)


def _side_papers(side: str) -> str:
    """'CV papers', 'papers with code'."""
    return f"papers {_side_label(side)}" if side in ("code", "no code") else f"{side} papers"


def _related(c: Composition, anchors: list[Paper], papers: Sequence[Paper]) -> list[Paper]:
    """The papers in the relation asked to the named paper(s), the named ones left out."""
    a = anchors[0]
    keep: Callable[[Paper], bool] = {
        "same_year": lambda p: p.year == a.year,
        "same_month": lambda p: (p.year, p.date.month) == (a.year, a.date.month),
        "before": lambda p: p.date < a.date,
        "after": lambda p: p.date > a.date,
        "between": lambda p: min(x.date for x in anchors) < p.date < max(x.date for x in anchors),
    }[c.relation or "same_year"]
    ids = {x.id for x in anchors}
    return [p for p in papers if keep(p) and p.id not in ids]


def _cited(paper: Paper, cite: set[str], src: Sources) -> str:
    return f" {src.mark(paper)}" if paper.id in cite else ""


def _relation_text(c: Composition, profile: Profile, papers: Sequence[Paper], src: Sources) -> str:
    anchors = columns_of(profile).having(c.anchors)
    others = _related(c, anchors, papers)
    same = c.relation in ("same_year", "same_month")
    # 'in the same year as X' counts X with its year; 'before X' does not, unless asked
    inclusive = c.inclusive if c.inclusive is not None else same
    ids = {p.id for p in papers}  # the named paper counts only if the filters keep it
    itself_kept = [a for a in anchors if a.id in ids]
    kept = sorted([*others, *(itself_kept if inclusive else [])], key=lambda p: p.date)
    # the named paper is cited where it is counted; else it only sets the dates
    cite = {a.id for a in itself_kept} if inclusive else set()
    named = _and(
        [f"{paper_label(a)} ({a.date.isoformat()}){_cited(a, cite, src)}" for a in anchors]
    )
    when = ""
    if c.relation == "same_year":
        when = f" ({anchors[0].year})"
    elif c.relation == "same_month":
        when = f" ({calendar.month_name[anchors[0].date.month]} {anchors[0].year})"
    itself = "itself" if len(anchors) == 1 else "themselves"
    short = nickname(anchors[0]) or paper_label(anchors[0])
    counted = f"counting {short if len(anchors) == 1 else 'both'} {itself}"
    it = "it" if len(anchors) == 1 else "them"
    other = (
        f"{len(others)} without {it}"
        if inclusive
        else f"{len(kept) + len(itself_kept)} counting {it}"
    )
    how = counted if inclusive else f"not counting {it}"
    relation = RELATIONS[c.relation or "same_year"]
    head = (
        f"{len(kept)} of the {plural(len(papers), 'listed paper')} are dated {relation} "
        f"{named}{when}, {how} ({other})"
    )
    said = []
    if c.described:  # the paper the question described, found and cited first
        a = anchors[0]
        label = f"{paper_label(a)} ({a.date.isoformat()})"
        said.append(f"{c.described[0].upper()}{c.described[1:]} is {label} {src.mark(a)}.")
    return "\n".join([*said, head + (":" if kept else "."), *src.items(kept)])


def _day_text(c: Composition, papers: Sequence[Paper], src: Sources) -> str:
    def on_day(p: Paper) -> bool:
        if c.day_of_month == -1:
            return (p.date + dt.timedelta(days=1)).day == 1
        return p.date.day == c.day_of_month

    kept = [p for p in papers if on_day(p)]
    day = "the last day" if c.day_of_month == -1 else f"day {c.day_of_month}"
    head = f"{len(kept)} of the {plural(len(papers), 'listed paper')} are dated on {day} of a month"
    return "\n".join([head + (":" if kept else "."), *src.items(kept)])


def _table(key: Key, groups: dict[str, list[Paper]]) -> str:
    return ", ".join(f"{_label(key, g)} {len(ps)}" for g, ps in groups.items())


def _spread_text(c: Composition, papers: Sequence[Paper], src: Sources) -> str | None:
    groups = _grouped(c.key, papers)
    if len(groups) < 2:
        return None
    top, low = max(map(len, groups.values())), min(map(len, groups.values()))
    busiest = [g for g, ps in groups.items() if len(ps) == top]
    quietest = [g for g, ps in groups.items() if len(ps) == low]
    noun = NOUNS[c.key]

    def named(gs: list[str], n: int) -> str:
        cited = "".join(src.marks(groups[g]) for g in gs)
        each = " each" if len(gs) > 1 else ""
        return f"{_and([_label(c.key, g) for g in gs])} with {plural(n, 'paper')}{each} {cited}"

    return (
        f"The spread is {top - low} papers: from the quietest {noun}, {named(quietest, low)}, "
        f"to the busiest, {named(busiest, top)} ({top} - {low} = {top - low}; over the "
        f"{len(groups)} {noun}s with at least one listed paper).\n"
        f"By {noun}: {_table(c.key, groups)}."
    )


def _mean_text(c: Composition, papers: Sequence[Paper], src: Sources) -> str | None:
    groups = _grouped(c.key, papers)
    if not groups:
        return None
    total = 7 if c.key == "weekday" else len(groups)
    noun = NOUNS[c.key]
    cited = src.marks(list(papers))
    return (
        f"On average {len(papers) / total:.1f} listed papers per {noun}: {len(papers)} papers "
        f"over {plural(total, noun)} {cited}.\nBy {noun}: {_table(c.key, groups)}."
    )


def _ahead_text(c: Composition, papers: Sequence[Paper], src: Sources) -> str:
    a, b = c.sides
    groups = _grouped(c.key, papers)
    first, last = min(groups), max(groups)
    if c.key == "year":  # every year of the span, those without a paper too
        groups = {str(y): groups.get(str(y), []) for y in range(int(first), int(last) + 1)}
    counts = {g: (sum(map(_side(a), ps)), sum(map(_side(b), ps)), ps) for g, ps in groups.items()}
    ahead = [g for g, (x, y, _) in counts.items() if (x >= y if c.ties else x > y) and x > 0]
    noun = NOUNS[c.key]
    word = "at least as many" if c.ties else "more"
    sa, sb = _side_label(a), _side_label(b)
    table = "; ".join(f"{_label(c.key, g)}: {sa} {x}, {sb} {y}" for g, (x, y, _) in counts.items())
    if not ahead:
        than = f"{word} {_side_papers(a)} {'as' if c.ties else 'than'} {_side_papers(b)}"
        # the closest the side comes: a tie ('at best even in 2023 and 2025')
        even = [g for g, (x, y, _) in counts.items() if x == y and x > 0 and not c.ties]
        tie = f" At best even: {_and([f'{_label(c.key, g)} ({counts[g][0]} each)' for g in even])}."
        return f"In no {noun} are there {than}.{tie if even else ''}\nBy {noun}: {table}."

    def said(g: str) -> str:
        x, y, ps = counts[g]
        cited = src.marks([p for p in ps if _side(a)(p)])
        return f"{_label(c.key, g)} ({x} {sa} against {y} {sb}) {cited}"

    than = f"{word} {_side_papers(a)} {'as' if c.ties else 'than'} {_side_papers(b)}"
    if c.reduce == "first_ahead":
        g = ahead[0]
        head = f"{_label(c.key, g)} is the first {noun} with {than}: {said(g)}."
    else:
        head = (
            f"{plural(len(ahead), noun).capitalize()} with {than}: {_and(list(map(said, ahead)))}."
        )
    return f"{head}\nBy {noun}: {table}."


def answer_composition(
    question: str, c: Composition, profile: Profile, filters: Filters
) -> Answer | None:
    """The composed aggregate over the papers `filters` keep (their dates set aside when a
    relation to a named paper sets them), or None when it cannot be computed."""
    if c.relation is not None:
        filters = filters.undated().model_copy(update={"paper_ids": []})
    papers = list(facts.select(profile, filters))
    src = Sources()
    text: str | None
    if c.relation is not None:
        text = _relation_text(c, profile, papers, src) if c.anchors else None
    elif c.day_of_month is not None:
        text = _day_text(c, papers, src)
    elif c.reduce == "spread":
        text = _spread_text(c, papers, src)
    elif c.reduce == "mean":
        text = _mean_text(c, papers, src)
    elif c.reduce in ("first_ahead", "all_ahead") and papers:
        text = _ahead_text(c, papers, src)
    else:
        text = None
    if text is None:
        return None
    text += "\n" + coverage(profile)
    if note := inferred_note(columns_of(profile).having(src.cited), profile):
        text += "\n" + note
    return Answer(question=question, text=text, citations=src.citations(), route="facts")
