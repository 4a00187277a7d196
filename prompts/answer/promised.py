"""When something a paper promises to release (its data, model or code) comes out. An abstract
that says they 'will be available' states no date for it, and the paper's own date is not that
date: the answer says the abstract does not state it, quoting the promise. A paper whose data
is already out, or a question about the paper itself ('when was K-frames published?'), is
answered as before."""

from __future__ import annotations

import re
from collections.abc import Sequence

from prompts.understand.dates import MONTH
from retrieval.model import Paper
from retrieval.text import split_sentences

# 'Our dataset and model will be available.', 'The code ... will be released soon at ...'
PROMISED = re.compile(
    r"\b(?:will|shall|to)\s+be\s+(?:made\s+)?(?:\w+ly\s+)?(?:available|released|open-?sourced"
    r"|public)\b|\bwill\s+(?:release|open-?source|make\s+(?:\w+\s+){0,3}(?:available|public))\b",
    re.IGNORECASE,
)
# A date or a time the release is asked at: 'when', 'what date', 'release date', 'how soon'
WHEN = re.compile(
    r"\bwhen\s+(?:will|would|is|was|are|were|does|did|do|can|could|should|exactly|it|they)\b"
    r"|\bwhen\W*$|\b(?:what|which)\s+(?:date|day|month|year)\b|\brelease\s+dates?\b|\bhow\s+soon\b"
    r"|\b(?:eta|timeline)\b",
    re.IGNORECASE,
)
# What a paper makes and releases, not the paper itself ('the K-frames model paper')
MADE = re.compile(
    r"\b(?:data|datasets?|models?|code|codebase|weights|checkpoints?|benchmarks?|repo\w*)\b"
    r"(?!\s+paper)",
    re.IGNORECASE,
)
# A date the promise gives: a year, or a month ('in March', 'by Sept. 2025')
DATED = re.compile(rf"(?<!\d)(?:19|20)\d{{2}}(?!\d)|\b{MONTH}", re.IGNORECASE)


def missing_release(question: str, papers: Sequence[Paper]) -> str | None:
    """What a decline says is missing when the question asks when a paper's promised data,
    model or code comes out and its abstract only promises it ('will be available'); None
    when no such date is asked, or the abstract makes no undated promise."""
    if not WHEN.search(question):
        return None
    for paper in papers:
        title = {w.casefold().rstrip("s") for w in re.findall(r"[\w-]+", paper.title)}
        if all(m[0].casefold().rstrip("s") in title for m in MADE.finditer(question)):
            continue  # no thing it makes asked, or only its title's words ('... Models')
        for sentence in split_sentences(paper.abstract):
            if PROMISED.search(sentence) and not DATED.search(sentence):
                return f'a date for the release it promises (it says only: "{sentence}")'
    return None
