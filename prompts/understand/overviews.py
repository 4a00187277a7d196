"""An overview asked of a subject ('qiu + e-commerce overview?', 'multimodal reasoning line -
overview pls'): the word 'overview' alone reads as the profile's header and themes; said of a
subject the papers hold, it asks for that subject's research, as 'research?' does."""

from __future__ import annotations

import re

from prompts.understand.router import OVERVIEW, Query

OVERVIEW_WORD = re.compile(r"\boverview\b", re.IGNORECASE)


def as_research(question: str, query: Query) -> str | None:
    """The question with 'overview' said as 'research' (a word no subject takes in: 'summary'
    would find the summarisation papers), when the word made it a header question
    (the router's OVERVIEW cue); None otherwise. Whether a subject is left is for the caller to
    decide from the papers (`Assistant._overview_subject`)."""
    if query.fact != "header" or not re.search(OVERVIEW, question.casefold()):
        return None
    said = OVERVIEW_WORD.sub("research", question)
    return said if said != question else None
