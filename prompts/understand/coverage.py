"""Whether the profile covers a subject at all, judged by meaning: a topic whose core is a
word no paper uses, and that means nothing the found papers' own words mean ('protein
folding', 'diffusion image generation', 'earthquake forecasting'), is not covered, whatever
papers share its other, generic words ('design', 'image', 'forecasting').

Only the search's hits are read (their matched sentences and titles), so the check costs the
same whatever the profile's size. Thresholds chosen and measured by bench/coverage_gate.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from prompts.understand.lexicon import WORD, Lexicon
from prompts.understand.scarce import unseen_subject
from retrieval.search import Hit
from retrieval.text import stem

# A word no paper uses is 'far' when no word of the hits' sentences and titles is this near
# to it in meaning (MiniLM cosine): 'protein' .37, 'diffusion' .43, 'seismology' .37 against
# 'handful' .50 (few-shot), 'phones' .70 ('phone-based'), 'healthcare' (medical).
FAR = 0.45
# ... and the topic is found by meaning no better than this: a paper that close is on it.
CLOSE = 0.55
# A relevant paper whose title holds a topic word that fewer than this share of the papers
# use (or one paper alone, in a small profile) is on that part of the topic ('rainfall
# dashboard for farmers': RainSeer's 'Rainfall').
TITLE_WORD_SHARE = 0.1
# A far word is the topic's core also among other words when each of those is used by at
# least this share of the papers ('jailbreaking' of 'jailbreaking large language models':
# 'large' and 'language' say nothing of which papers are on it).
GENERIC = 0.2
# A topic of at most this many content words ('federated training devices', 'earthquake
# forecasting seismology') is not covered when one of its words is far from what the hits say
# (nearer than FARTHER to none of their words) and from every word the profile's titles and
# abstracts offer (nearer than FAR to none): one such word names a subject of its own, however
# generic the others ('training', 'forecasting'). Longer topics are descriptions, whose odd word
# ('switch', 'spends', 'sobering') says how the need is put.
COMPACT = 3
FARTHER = 0.43


@dataclass(frozen=True)
class Coverage:
    """What the gate reads of one topic and its search hits."""

    unused: tuple[tuple[str, float], ...]  # words no paper uses, each with its nearest cosine
    rest: tuple[float, ...]  # the other content words' shares of the papers using them
    similarity: float  # the best relevant hit's similarity to the topic
    named: bool  # a relevant hit names the topic outright
    titled: bool = False  # a relevant hit's title holds a specific word of the topic
    # per unused word, how near the profile's own words (titles, abstracts' leading words) come
    profiled: tuple[float, ...] = ()

    def uncovered(
        self, far: float = FAR, close: float = CLOSE, generic: float | None = GENERIC
    ) -> bool:
        """No listed paper is on the topic: far words are at least half its content words
        ('diffusion image', 'protein folding drug design'), or the rest are generic words
        each used by at least `generic` of the papers ('jailbreaking large language
        models'), and no paper is close to it or names it."""
        distant = [w for w, near in self.unused if near < far]
        if self.named or self.titled or not distant or self.similarity >= close:
            return False
        others = len(self.rest) + len(self.unused) - len(distant)
        if len(distant) >= others:  # 'protein folding drug design', 'quadcopters control'
            return True
        if len(self.rest) + len(self.unused) <= COMPACT and any(
            near < FARTHER and whole < far
            for (_, near), whole in zip(self.unused, self.profiled, strict=False)
        ):  # 'federated learning algorithm'
            return True
        return generic is not None and all(share >= generic for share in self.rest)


def coverage(topic: str, hits: Sequence[Hit], lexicon: Lexicon, close: float = CLOSE) -> Coverage:
    """The topic's words no paper uses, each with how near in meaning the hits' matched
    sentences and titles come to it (the words nearest the topic the profile has); nothing
    is read when no gate could decline (`close`: wider for the bench)."""
    relevant = [h for h in hits if h.relevant]
    similarity = max((h.similarity for h in relevant), default=0.0)
    named = any(h.names_topic for h in relevant)
    words = list(dict.fromkeys(lexicon.content(topic)))
    unused = set(unseen_subject(topic, lexicon))  # not 'reports' of 'reports results on X'
    if named or not unused or similarity >= close:
        return Coverage((), (), similarity, named)
    around = sorted(
        {w for h in hits for w in WORD.findall(f"{h.evidence} {h.paper.title}".casefold())}
    )
    nearest = tuple(
        (w, 1.0 if _misspelt(w, around) else max(lexicon.similarities(w, around), default=0.0))
        for w in words
        if w in unused
    )
    known = [w for w in words if w not in unused]
    rest = tuple(lexicon.share(w) for w in known)
    rare = max(TITLE_WORD_SHARE, 1.5 / max(lexicon.size, 1))
    specific = set(stem([w for w in known if lexicon.share(w) < rare]))
    titles = {s for h in relevant for s in stem(WORD.findall(h.paper.title.casefold()))}
    profiled = tuple(lexicon.profiled(w) if near < FAR else 1.0 for w, near in nearest)
    return Coverage(
        nearest, rest, similarity, named, titled=bool(specific & titles), profiled=profiled
    )


def _misspelt(word: str, around: Sequence[str]) -> bool:
    """The word is a slip of one the hits use ('vipr' for 'viper'), or its stem a slip of
    the start of one ('leeks' for 'leakage'): one edit away (a word that starts another,
    'gene' of 'general', is no slip of it)."""
    if len(word) <= 3:
        return False
    root = stem([word])[0]
    return any(
        OSA.distance(word, w, score_cutoff=1) <= 1
        or (len(root) > 3 and OSA.distance(root, w[: len(root)], score_cutoff=1) == 1)
        for w in around
    )
