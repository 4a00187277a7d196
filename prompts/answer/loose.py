"""Whether the papers found for a topic are on it, or only near it: the signals the search
already computed, read by a decision fitted on the evaluation sets (bench/abstention.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from retrieval.search import Hit
from retrieval.text import split_sentences, stem, stems_in

READ_HITS = 3  # the best papers read: the answer leads with them


@dataclass(frozen=True)
class Match:
    """How closely the best papers found match the topic."""

    similarity: float  # the best relevant hit's cosine to the topic
    named: bool  # a relevant hit names the topic outright
    held: float  # the largest share of the topic's content words in one paper
    together: float  # ... in one sentence of one paper
    words: int  # the topic's content words


def match_of(content: Sequence[str], hits: Sequence[Hit]) -> Match:
    """The signals of the relevant hits for a topic of these content words."""
    relevant = [h for h in hits if h.relevant][:READ_HITS]
    wanted = set(stem([w.casefold() for w in content]))
    held = together = 0.0
    for h in relevant:
        text = f"{h.paper.title}. {h.paper.abstract}"
        if wanted:
            held = max(held, len(stems_in(text, wanted)) / len(wanted))
            for sentence in [h.paper.title, *split_sentences(h.paper.abstract)]:
                together = max(together, len(stems_in(sentence, wanted)) / len(wanted))
    return Match(
        similarity=max((h.similarity for h in relevant), default=0.0),
        named=any(h.names_topic for h in relevant),
        held=held,
        together=together,
        words=len(wanted),
    )


@dataclass(frozen=True)
class Cut:
    """Below `similarity` in meaning and with less than `together` of the topic's words in
    any one sentence, unnamed papers are only near the topic."""

    similarity: float
    together: float

    @classmethod
    def off(cls) -> Cut:
        return cls(0.0, 0.0)

    def declines(self, match: Match) -> bool:
        if match.named or not match.words:
            return False
        return match.similarity < self.similarity and match.together < self.together


# Fitted on the 33 question sets, checked leave-one-set-out (bench/abstention.py): a topic's
# papers (a list, a summary), and one named paper's sentences for a detail asked of it.
TOPIC_CUT = Cut.off()
ONE_PAPER_CUT = Cut.off()


def loose(match: Match, one: bool = False) -> bool:
    """The papers found are only near the topic asked (or the one paper's sentences only
    near the detail asked): none names it, none is close in meaning, and no sentence of
    theirs holds enough of its words ('machine translation' and a paper on machine reading)."""
    return (ONE_PAPER_CUT if one else TOPIC_CUT).declines(match)
