"""Two periods set against each other ('the period up to 2022 and the period from 2023
onwards', 'from the pre-2023 years to 2023 onwards', 'her work up to 2021 vs since 2022'): read
as one range, their dates cross (it starts after it ends) and no paper could match. Asked how
the work changed between them, they are the two ends of the research's course: the trend over
the whole span (or the subject's papers over it, when a subject is named)."""

from __future__ import annotations

import re

from prompts.understand.cues import specific
from prompts.understand.router import Query

# how one period stands to the other
SET_AGAINST = re.compile(
    r"\b(?:differ\w*|difference|chang\w*|shift\w*|evolv\w*|compar\w*|vs\.?|versus|contrast\w*"
    r"|before\s+and\s+after|then\s+and\s+now)\b",
    re.IGNORECASE,
)
# an amount asked of the two periods: their counts, not the course
AMOUNT = re.compile(r"\bhow\s+(?:many|much)\b|\b(?:number|count)\s+of\b", re.IGNORECASE)
# the words of setting periods against each other, no subject
ERA_WORDS = frozenset(
    """differ differs differed difference differences change changes changed changing shift
    shifted evolve evolved compare compared comparison versus vs era eras period periods phase
    phases""".split()  # noqa: SIM905
)


def crossed(query: Query) -> bool:
    """Do the question's dates cross: a range from a day after the day it ends?"""
    f = query.filters
    if f.date_from is not None and f.date_to is not None and f.date_from > f.date_to:
        return True  # 'before vs after ChatGPT': two windows of days that meet in one year
    return f.year_from is not None and f.year_to is not None and f.year_from > f.year_to


def across_eras(query: Query) -> Query:
    """The query over the whole span when it sets two periods against each other, as is
    otherwise. With no subject of its own it asks for the trend."""
    if not crossed(query) or not SET_AGAINST.search(query.question):
        return query
    if query.count or AMOUNT.search(query.question):  # 'how many more up to 2021 than since?'
        return query
    dateless = dict.fromkeys(("year_from", "year_to", "date_from", "date_to"))
    filters = query.filters.model_copy(update=dateless)
    kept = [w for w in (query.topic or "").split() if w.casefold() not in ERA_WORDS]
    topic = " ".join(kept) or None
    if specific(topic):  # 'how did her RL work up to 2021 differ from since 2022'
        update = {"filters": filters, "topic": topic, "intent": "retrieval", "fact": None}
        return query.model_copy(update=update)
    update = {"filters": filters, "topic": None, "intent": "timeline", "fact": "shift"}
    return query.model_copy(update=update | {"years": []})
