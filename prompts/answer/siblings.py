"""A subject's list with the siblings of its papers: two papers apart from the rest in meaning
(retrieval/siblings.py) are listed together when the subject finds one of them and the other
is near the subject too, so that two phrasings of one need do not each find one of them."""

from __future__ import annotations

from prompts.answer.offline import MAX_LIST, on_topic
from retrieval.search import DENSE_WEAK, SearchResult
from retrieval.siblings import Siblings


def with_siblings(result: SearchResult, siblings: Siblings) -> SearchResult:
    """The result with each listed paper's sibling listed too ('weather prediction' finds the
    rainfall paper; the nowcasting one, fairly close, comes with it), when the sibling was
    found on the subject (relevant, or fairly close in meaning: DENSE_WEAK); a sibling only
    sharing a word with it ('nowcasting': the rainfall paper, far in meaning) is not."""
    listed = {h.paper.id for h in on_topic(result.relevant_hits)[:MAX_LIST]}
    if not listed:
        return result
    joined = {other for paper_id in listed if (other := siblings.of(paper_id)) is not None}
    joined -= listed
    hits = [
        h.model_copy(update={"relevant": True, "sibling": True})
        if h.paper.id in joined and (h.relevant or h.similarity >= DENSE_WEAK)
        else h
        for h in result.hits
    ]
    return result.model_copy(update={"hits": hits})
