"""The decline for a subject no listed paper is on (prompts/understand/coverage.py): said as
a No, with the nearest papers cited as the closest there is, not as support."""

from __future__ import annotations

from prompts.answer.model import Answer, Citation
from prompts.understand.terms import YES_NO
from retrieval.search import SearchResult

CLOSEST = 2  # papers named as the closest


def answer_uncovered(question: str, topic: str, result: SearchResult) -> Answer:
    """'No listed paper is about X; the closest: ...' (flagged as a decline); a yes/no
    question ('has she worked on X?') is answered 'No: ...' first."""
    near = sorted(result.relevant_hits or result.hits, key=lambda h: h.relevance, reverse=True)
    near = near[:CLOSEST]
    text = f"No listed paper is about '{topic}'."
    if YES_NO.match(question):
        text = "No: no" + text.removeprefix("No")
    if near:
        text += " The closest, on other subjects:"
    for i, hit in enumerate(near, 1):
        paper = hit.paper
        text += f"\n- {paper.title} ({paper.date.isoformat()}): {hit.evidence} [{i}]"
    citations = [Citation.of(i, h.paper, [h.evidence]) for i, h in enumerate(near, 1)]
    return Answer(
        question=question, text=text, citations=citations, abstained=True, route="abstain"
    )
