"""The extractive answerer: grounded, cited answers from the sources alone (no LLM)."""

from __future__ import annotations

import re

from prompts.answer import Answer, Citation
from retrieval.profile import Profile
from retrieval.search import Hit, SearchResult

# Questions that ask for papers (a list) rather than for a fact stated in one of them.
LIST_CUES = re.compile(
    r"\b(which|what|list|any|all|show|find)\b.*\b(papers?|works?|publications?|research|studies)\b"
    r"|\b(has|have|did|does|do)\s+(he|she|they)\s+(done|do|did|have|has|publish\w*|work\w*|use\w*|stud\w*)"
    r"|\bpublished\s+(on|about|in)\b|\bwork(ed|s)?\s+on\b|\bpapers?\s+(on|about)\b",
    re.IGNORECASE,
)
LIST_MARGIN = 0.22  # list papers whose relevance is within this of the best one
FACT_MARGIN = 0.04  # a second source for a fact only when it is nearly as relevant
MAX_LIST = 8


def wants_list(question: str) -> bool:
    return bool(LIST_CUES.search(question))


def _cite(hits: list[Hit], sentences_per_hit: int) -> list[Citation]:
    return [Citation.of(i + 1, h.paper, h.sentences[:sentences_per_hit]) for i, h in enumerate(hits)]


def answer_list(question: str, result: SearchResult, intro: str | None = None) -> Answer:
    """The matching papers, each with date, its most relevant sentence and a [n] marker."""
    hits = _listed(result)
    scope = result.filters.describe()
    intro = intro or (
        f"{len(hits)} listed paper{'s' if len(hits) != 1 else ''}"
        f"{f' ({scope})' if scope else ''} match{'es' if len(hits) == 1 else ''} this question:"
    )
    lines = [intro]
    for i, h in enumerate(hits, 1):
        lines.append(f"- {h.paper.title} ({h.paper.date.isoformat()}, {h.paper.category}): {h.evidence} [{i}]")
    return Answer(question=question, text="\n".join(lines), citations=_cite(hits, 1), route="retrieval")


def answer_fact(question: str, result: SearchResult) -> Answer:
    """The sentence(s) that state the fact, each cited."""
    relevant = result.relevant_hits
    top = relevant[0]
    hits = [top] + [h for h in relevant[1:3] if h.relevance >= top.relevance - FACT_MARGIN]
    parts = []
    for i, h in enumerate(hits, 1):
        said = " ".join(f"{s} [{i}]" for s in h.sentences[:2])
        parts.append(f"{h.paper.title} ({h.paper.date.isoformat()}): {said}")
    return Answer(question=question, text="\n".join(parts), citations=_cite(hits, 2), route="retrieval")


def answer_abstain(question: str, result: SearchResult, profile: Profile) -> Answer:
    """Say the profile does not cover it, and name the closest papers (not cited as support)."""
    scope = result.filters.describe()
    listed = f"{len(profile.papers)} listed papers"
    if profile.papers_claimed and profile.papers_claimed > len(profile.papers):
        listed += f" (of {profile.papers_claimed} the profile claims)"
    if scope and not result.hits:
        text = f"The profile lists no papers {scope}; it covers the {listed} only."
    else:
        text = f"The profile does not answer this: nothing in its {listed} addresses it."
        closest = [f"{h.paper.short_title} ({h.paper.date.year})" for h in result.hits[:3]]
        if closest:
            text += " Closest papers: " + "; ".join(closest) + "."
    return Answer(question=question, text=text, abstained=True, route="abstain")


def answer_offline(question: str, result: SearchResult, profile: Profile) -> Answer:
    """Choose list, fact or abstention from the question and what was found."""
    if not result.relevant:
        return answer_abstain(question, result, profile)
    if wants_list(question):
        return answer_list(question, result)
    return answer_fact(question, result)


def _listed(result: SearchResult) -> list[Hit]:
    relevant = result.relevant_hits
    if not relevant:
        return []
    floor = max(h.relevance for h in relevant) - LIST_MARGIN
    return [h for h in relevant if h.relevance >= floor][:MAX_LIST]
