"""An overview asked of a subject ('qiu + e-commerce overview?', 'multimodal reasoning line -
overview pls'): the word 'overview' alone reads as the profile's header and themes; said of a
subject the papers hold, it asks for that subject's research, as 'research?' does."""

from __future__ import annotations

import re

from prompts.understand.cues import specific
from prompts.understand.fields import FIELD, FIELD_NAMES
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


# The threads of a body of work asked for: 'the main threads of her NLP work', 'themes in his
# vision work', 'NLP side of his work - main areas?', 'her language-processing research: main
# directions?'
THREADS_ASKED = re.compile(
    r"\b(?:themes?|threads?|directions?|strands?|areas?|sub-?areas?|subfields?|topics?"
    r"|lines\s+of\s+(?:work|research))\b"
    # 'what does she mostly do on the language side', 'recurring ideas in his NLP papers'
    r"|\b(?:mostly|mainly|primarily|generally)\s+(?:do|does|work\s+on|study|research)\b"
    r"|\brecurr\w*\s+(?:ideas|themes|methods|techniques|approaches)\b"
    # 'summarise her NLP work', 'an overview of his vision research', 'tl;dr of ...'
    r"|\b(?:summar\w*|overview|recap|rundown|tl;?\s?dr|nutshell|gist)\b",
    re.IGNORECASE,
)
# Words of such a question around the field, none a subject
AROUND_FIELD = frozenset(
    """side part portion half processing stuff threads thread strands strand subareas
    sub-areas ideas recurring natural""".split()  # noqa: SIM905
)


def field_restriction(question: str, topic: str | None) -> str | None:
    """The one field (a category code) an overview's threads are asked within, when the topic
    is that field said some way ('vision', 'NLP side', 'language-processing') and nothing
    else; None otherwise ('vision-language models' is a subject, not the CV field)."""
    if not topic or THREADS_ASKED.search(question) is None:
        return None
    spaced = topic.replace("-", " ")
    codes = {FIELD_NAMES[m[0].casefold()] for m in FIELD.finditer(spaced)}
    rest = [w for w in FIELD.sub(" ", spaced).split() if w.casefold() not in AROUND_FIELD]
    if len(codes) != 1 or specific(" ".join(rest)):
        return None
    return codes.pop()
