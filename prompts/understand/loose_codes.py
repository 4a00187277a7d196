"""A category code that is also the everyday name of the whole field ('AI'), said beside a
subject of its own: 'a blog post about AI and video', 'a class on AI in healthcare', 'AI
describing images wrongly', 'clothing + AI papers'. It says the subject is in the field, as
every paper of the profile is, not that it is filed under the arXiv label: the subject's
papers are listed whatever their category. The label is meant when a word of filing is said
('AI-category', 'tagged AI', 'filed under cs.AI') or no subject is ('how many AI papers?'); it
stays as read when the field is said of a person ('an AI researcher')."""

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


# The field said of a person ('an AI researcher', 'go into AI research'), not of a subject:
# what is left of the question may be no subject at all ('why did he decide ...')
OF_A_PERSON = r"\s+(?:research\w*|scientists?|people|community|career|experts?)\b"


def without_loose_codes(query: Query, question: str) -> Query:
    """The query without the categories said only as the field a subject is in."""
    loose = [
        c
        for c in query.filters.categories
        if c not in DISTINCT_CODES
        and not re.search(rf"\b{re.escape(c)}{OF_A_PERSON}", question, re.IGNORECASE)
    ]
    if not loose or not specific(query.topic) or query.paper_ids or FILING.search(question):
        return query
    kept = [c for c in query.filters.categories if c not in loose]
    filters = query.filters.model_copy(update={"categories": kept})
    return query.model_copy(update={"filters": filters})
