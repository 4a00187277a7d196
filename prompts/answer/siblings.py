"""A subject's papers with their siblings: two papers apart from the rest in meaning
(retrieval/siblings.py) are listed and counted together when the subject finds one of them
and the other is near the subject too, so that two phrasings of one need do not each find
one of them ('weather prediction' the rainfall paper, 'storms' the nowcasting one)."""

from __future__ import annotations

from collections.abc import Iterable

from prompts.answer.offline import MAX_LIST, on_topic
from retrieval.filters import Filters
from retrieval.search import DENSE_WEAK, Hit, Searcher, SearchResult


def sibling_hits(
    listed: Iterable[str], searcher: Searcher, text: str, filters: Filters
) -> list[Hit]:
    """The siblings of the `listed` papers (ids) that are not listed, as hits for the subject
    `text` within the filters, when found on it (relevant, or fairly close in meaning:
    DENSE_WEAK); a sibling far from it ('nowcasting': the rainfall paper) is not. At most
    MAX_LIST papers are read: a search of one paper each for the few that have a sibling.
    None for no subject (`text` empty)."""
    if not text.strip():
        return []
    ids = list(dict.fromkeys(listed))[:MAX_LIST]
    wanted = dict.fromkeys(s for i in ids if (s := searcher.siblings.of(i)) and s not in ids)
    found = []
    for other in wanted:
        within = filters.model_copy(update={"paper_ids": [other]})
        hits = searcher.search(text, within, 1).hits
        if hits and (hits[0].relevant or hits[0].similarity >= DENSE_WEAK):
            found.append(hits[0].model_copy(update={"relevant": True, "sibling": True}))
    return found


def with_siblings(result: SearchResult, searcher: Searcher) -> SearchResult:
    """The result with the siblings of its listed papers (`on_topic`) listed too."""
    listed = [h.paper.id for h in on_topic(result.relevant_hits)]
    if not listed:
        return result
    joined = {h.paper.id: h for h in sibling_hits(listed, searcher, result.query, result.filters)}
    if not joined:
        return result
    hits = [joined.pop(h.paper.id, h) for h in result.hits]
    return result.model_copy(update={"hits": [*hits, *joined.values()]})
