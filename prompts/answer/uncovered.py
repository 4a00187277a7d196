"""The decline for a subject no listed paper is on (prompts/understand/coverage.py): said as
a No, with the nearest papers named as the closest there is, not cited as support (as every
decline names them)."""

from __future__ import annotations

from prompts.answer.model import Answer
from prompts.understand.terms import YES_NO
from retrieval.search import SearchResult

CLOSEST = 2  # papers named as the closest


def answer_uncovered(question: str, topic: str, result: SearchResult) -> Answer:
    """'No listed paper is about X. Closest papers, on other subjects: ...' (a decline); a
    yes/no question ('has she worked on X?') is answered 'No: ...' first."""
    near = sorted(result.relevant_hits or result.hits, key=lambda h: h.relevance, reverse=True)
    closest = [f"{h.paper.short_title} ({h.paper.date.year})" for h in near[:CLOSEST]]
    text = f"No listed paper is about '{topic}'."
    if YES_NO.match(question):
        text = "No: no" + text.removeprefix("No")
    if closest:
        text += " Closest papers, on other subjects: " + "; ".join(closest) + "."
    return Answer(question=question, text=text, abstained=True, route="abstain")
