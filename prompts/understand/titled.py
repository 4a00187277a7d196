"""A paper whose own title says in other words what a topic means: 'language model
compression' for 'model compression computational cost', 'negative sampling' for 'hard
negative samples'. The search's gate reads a paper's whole chunks against the topic, and a
title phrase can mean the topic while the chunks stay among their neighbours; read phrase by
phrase, the paper is on it. Only a title phrase few papers say counts: 'large language
models' means much of anything and tells no paper apart.

Measured with `bench/topic_levers.py` on the topic rows of the 30 readable sets (bundled
profile; 1,922 answered rows with gold papers): a found paper made relevant when one of its
title phrases of two or more words, said by at most 10% of the papers, is at least 0.75 near
the searched words added 8 gold papers and 1 other (4 rows fixed, none broken); at 0.7 and
0.8 the same, 8 and 1, 6 and 1. The same with every phrase of the title and abstract added
13 gold papers and 7 others; with phrases of one word too, 23 and 65; papers not found by the
search added as well, 56 and 414."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import cached_property

from prompts.understand.concepts import title_phrases
from retrieval.phrases import PhraseIndex
from retrieval.search import SearchResult

TITLED_NEAR = 0.75  # a title phrase this near the topic means it
RARE = 0.1  # the largest share of the profile's papers saying a phrase that tells papers apart


class TitleShares:
    """How many of the profile's papers say each title phrase of two or more words (in the
    title or the abstract), counted over their texts at the first question that asks (so an
    open reads no paper)."""

    def __init__(self, phrases: Iterable[str], texts: Callable[[], Iterable[str]]) -> None:
        self.phrases = [p for p in phrases if " " in p]
        self.texts = texts

    @cached_property
    def _counted(self) -> tuple[Counter[str], int]:
        index = PhraseIndex[str]()
        for phrase in self.phrases:
            index.add(phrase, phrase)
        saying = Counter[str]()
        size = 0
        for text in self.texts():
            size += 1
            saying.update(index.find(text))
        return saying, size

    def rare(self, phrase: str) -> bool:
        """Is the phrase one of two or more words that few of the papers say?"""
        saying, size = self._counted
        return 0 < saying[phrase] <= RARE * size


def titled_on(
    topic: str,
    result: SearchResult,
    shares: TitleShares,
    similarities: Callable[[str, list[str]], Sequence[float]],
    background: Callable[[str], bool],
) -> SearchResult:
    """The result with each found paper whose title says a rare phrase TITLED_NEAR the topic
    made relevant; only when some paper is relevant already, so a subject the profile lacks
    is still declined. Reads the found papers' titles only: the cost is the search's."""
    if not result.relevant_hits:
        return result
    low = topic.casefold()
    on = set()
    for hit in result.hits:
        if hit.relevant:
            continue
        said = [p for p in title_phrases(hit.paper.title, background) if shares.rare(p)]
        if said and max(similarities(low, said)) >= TITLED_NEAR:
            on.add(hit.paper.id)
    if not on:
        return result
    hits = [h.model_copy(update={"relevant": True}) if h.paper.id in on else h for h in result.hits]
    return result.model_copy(update={"hits": hits})
