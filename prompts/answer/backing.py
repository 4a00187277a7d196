"""Keyword support only from the words most papers use is no support: a subject asked with
words around it that every paper says ('compressing LARGE LANGUAGE MODELS into small ones',
'cutting compute costs of MODELS') admits, by keywords, the papers that say only those; a
sibling phrasing without them admits none. Such a paper, not close in meaning, is left out."""

from __future__ import annotations

from prompts.understand.lexicon import Lexicon
from retrieval.search import SearchResult
from retrieval.text import stem, stems_in

# A paper fairly close in meaning (DENSE_WEAK .30 .. DENSE_STRONG .50) is kept by its keyword
# support; when that support is only words most papers use, it stays only when at least this
# close. Read on the answers of a sample of the readable sets' subject questions: the gold
# papers holding no narrowing word of the subject are at least .39 close, the wrong ones
# mostly less (bench: see the report of branch agree29).
ALONE = 0.38


def backed(result: SearchResult, lexicon: Lexicon) -> SearchResult:
    """The result with the relevant hits left out that hold none of the subject's narrowing
    words (used by some papers, not by most: `Lexicon.background`), are not close in meaning
    (ALONE) and do not name the subject; unchanged when the subject has no such word (all
    its words are common, or used by no paper: a description in the asker's own words)."""
    narrow = {
        s
        for w in lexicon.content(result.query)
        if lexicon.share(w) > 0 and not lexicon.background(w)
        for s in stem([w])
    }
    if not narrow:
        return result
    hits = [
        h.model_copy(update={"relevant": False})
        if h.relevant
        and not h.names_topic
        and h.similarity < ALONE
        and not stems_in(f"{h.paper.title} {h.paper.abstract}", narrow)
        else h
        for h in result.hits
    ]
    return result.model_copy(update={"hits": hits})
