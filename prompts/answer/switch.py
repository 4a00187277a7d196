"""'What about 2023?': one slot of an earlier question changed, the rest of it kept.

A follow-up that gives only a value (a year, a category, a person, code, the paper asked
about) asks the latest question that set that kind of slot again with the new value: after
the 2022 papers, 'what about 2023?' is the 2023 papers, not the 2022 ones narrowed to 2023.
"""

from __future__ import annotations

from collections.abc import Callable

from prompts.answer.memory import Conversation, Turn
from prompts.understand.router import Query

DATES = ("year_from", "year_to", "date_from", "date_to", "exclude_years", "months")
# Each kind of slot: whether a Query sets it, its Filters fields, its other Query fields.
SLOTS: dict[str, Callable[[Query], bool]] = {
    "dates": lambda q: bool(q.years) or any(getattr(q.filters, f) for f in DATES),
    "categories": lambda q: bool(q.filters.categories or q.filters.exclude_categories),
    "people": lambda q: bool(q.filters.authors or q.filters.exclude_authors),
    "code": lambda q: q.filters.has_code is not None,
    "papers": lambda q: bool(q.paper_ids),
}
FILTER_FIELDS = {
    "dates": DATES,
    "categories": ("categories", "exclude_categories"),
    "people": ("authors", "exclude_authors"),
    "code": ("has_code",),
    "papers": ("paper_ids",),
}
QUERY_FIELDS = {"dates": ("years",), "people": ("people",), "papers": ("paper_ids",)}


def slots(query: Query) -> list[str]:
    """The kinds of slot a query sets."""
    return [kind for kind, sets in SLOTS.items() if sets(query)]


def switched(
    conversation: Conversation, new: Query, understood: Callable[[Turn], Query]
) -> tuple[Turn, Query] | None:
    """The latest turn whose question set a slot `new` sets, with those slots replaced by
    `new`'s values; with none, the latest list question gets them (not for papers: 'the
    last one' with no paper asked about before is left to the usual follow-up)."""
    kinds = slots(new)
    if not kinds:
        return None
    candidates = [(t, understood(t)) for t in reversed(conversation.turns)]  # at most 6
    base = next(((t, q) for t, q in candidates if set(slots(q)) & set(kinds)), None)
    if base is None and "papers" not in kinds:
        base = next(((t, q) for t, q in candidates if not q.paper_ids), None)
    if base is None:
        return None
    turn, query = base
    query = query.model_copy(deep=True)
    values = new.filters.model_copy(update={"paper_ids": new.paper_ids})
    for kind in kinds:  # the papers asked about are also the papers answered from
        for field in FILTER_FIELDS[kind]:
            setattr(query.filters, field, getattr(values, field))
        for field in QUERY_FIELDS.get(kind, ()):
            setattr(query, field, getattr(new, field))
    return turn, query
