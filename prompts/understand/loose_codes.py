"""The subject as said once: a category code that is also the everyday name of the whole field
('AI') said beside a subject, and a subject said twice over.

A category code that is also the everyday name of the whole field ('AI'), said beside a
subject of its own: 'a blog post about AI and video', 'a class on AI in healthcare', 'AI
describing images wrongly', 'clothing + AI papers'. It says the subject is in the field, as
every paper of the profile is, not that it is filed under the arXiv label: the subject's
papers are listed whatever their category. The label is meant when a word of filing is said
('AI-category', 'tagged AI', 'filed under cs.AI') or no subject is ('how many AI papers?')."""

from __future__ import annotations

import re

from prompts.understand.cues import specific
from prompts.understand.router import Query
from prompts.understand.terms import DISTINCT_CODES

# Words that name the label itself, not the field
FILING = re.compile(
    r"\b(?:categor\w*|tag(?:s|ged)?|label(?:s|led|ed)?|filed|flagged|marked|classified"
    r"|arxiv|listed\s+(?:as|under))\b|\bcs\.[a-z]{2}\b",
    re.IGNORECASE,
)


def without_loose_codes(query: Query, question: str) -> Query:
    """The query without the categories said only as the field a subject is in."""
    loose = [c for c in query.filters.categories if c not in DISTINCT_CODES]
    if not loose or not specific(query.topic) or query.paper_ids or FILING.search(question):
        return query
    kept = [c for c in query.filters.categories if c not in loose]
    filters = query.filters.model_copy(update={"categories": kept})
    return query.model_copy(update={"filters": filters})


def said_once(topic: str | None) -> str | None:
    """The topic with a run of its words said again right after itself said once: the
    subject named in the asker's errand and again in the request ('a blog post about video,
    her papers that handle video': 'video video'; 'a talk on RL, papers that use RL'). A
    word said twice weighs twice in the search, and the set found differs from the subject
    said once."""
    words = (topic or "").split()
    low = [w.casefold() for w in words]
    n = 1
    while n <= len(words) // 2:
        for i in range(len(words) - 2 * n + 1):
            if low[i : i + n] == low[i + n : i + 2 * n]:
                del words[i + n : i + 2 * n], low[i + n : i + 2 * n]
                break
        else:
            n += 1
    return " ".join(words) if topic is not None else None
