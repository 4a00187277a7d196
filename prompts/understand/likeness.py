"""A paper described rather than named ('the fundus model', 'the chinese medical mrc paper',
'the storm nowcasting one'): the description's words weighed against each paper's title and
abstract, rarer words counting more, a title word more than an abstract's, and two words
the title says side by side more again. One paper is meant when it matches clearly better
than the next; two when they match alike and clearly better than a third ('the logo one').
The words' papers are indexed once, at the first description; a description then costs what
its words match."""

from __future__ import annotations

import itertools
import math
import re
import threading
from collections.abc import Collection, Sequence

from prompts.understand.kinds import KIND, kinds_of
from retrieval.model import Paper
from retrieval.text import STOPWORDS, stem, words

# How much better than the next the best match must be to be the one meant.
MARGIN = 1.4
# The least a match must weigh, as a share of a word's weight that one paper alone holds:
# about one such word of a title, or two of an abstract.
FLOOR = 0.6
# The share of the description's (known) weight the best match must hold.
COVERED = 0.6
# ... of a comparison's question words besides the named side's ('I'm curious how ... differ').
SIDE_COVERED = 0.3
TITLE, ABSTRACT, SIDE_BY_SIDE = 1.0, 0.5, 0.5
# Beside a kind ('the X survey'), the least rarity the words X held by the paper must have:
# that of a word one paper in five holds ('NLP' in 9 of 50 abstracts, log 6.6 = 1.9, is
# enough; 'training' in 33 of 50, log 2.5 = 0.9, is not)
HELD = math.log(1 + 5)
# Words that point at a paper or its owner, describing nothing of it.
POINTING = frozenset(
    """paper papers one ones model models work works study studies article articles preprint
    method methods approach thing stuff project their her his its they she he qiu minghui
    researcher author authors profile""".split()  # noqa: SIM905
)


def content(text: str) -> list[str]:
    """The text's words that may describe a paper, stemmed, hyphenated parts apart."""
    kept = [w for w in words(text, True) if w not in STOPWORDS and w not in POINTING]
    return list(dict.fromkeys(stem(kept)))


class Likeness:
    """Each paper's title and abstract words, for telling which paper a description means."""

    def __init__(self, papers: Sequence[Paper]) -> None:
        self.papers = papers
        self._postings: dict[str, dict[int, float]] | None = None
        self._pairs: dict[tuple[str, str], set[int]] = {}
        self._kinds: dict[str, set[int]] = {}  # 'survey': the rows of the papers that are one
        self._rows: dict[str, int] = {}
        self._lock = threading.Lock()

    def _index(self) -> dict[str, dict[int, float]]:
        with self._lock:
            if self._postings is None:
                postings: dict[str, dict[int, float]] = {}
                for row, paper in enumerate(self.papers):
                    title = content(paper.title)
                    for word in content(paper.abstract):
                        postings.setdefault(word, {})[row] = ABSTRACT
                    for word in title:
                        postings.setdefault(word, {})[row] = TITLE
                    for pair in itertools.pairwise(title):
                        self._pairs.setdefault(pair, set()).add(row)
                self._kinds = kinds_of(self.papers)
                self._rows = {paper.id: row for row, paper in enumerate(self.papers)}
                self._postings = postings
            return self._postings

    def ranked(
        self, description: str, besides: Collection[str] = (), kind: str | None = None
    ) -> list[tuple[float, int]]:
        """(weight, row) of the papers sharing a word with the description, best first, and
        the description's whole weight last as (weight, -1). `kind`: what the paper is said
        to be ('survey'), weighed as a title word for the papers that are one, and for no
        other paper (an abstract's 'benchmark datasets' is no benchmark it brings)."""
        postings = self._index()
        total = len(self.papers) or 1
        scores: dict[int, float] = {}
        kinds = stem([kind.casefold()]) if kind else []
        asked = [w for w in content(description) if w not in kinds]
        rarity = {w: math.log(1 + total / len(postings[w])) for w in asked if w in postings}
        of_kind, weight = self._of_kind(kind)
        if of_kind:  # a kind no paper says it is describes nothing: left out
            rarity[kinds[0]] = weight
            scores = dict.fromkeys(of_kind, weight)
        for word, weight in rarity.items():
            for row, place in postings.get(word, {}).items() if word not in kinds else ():
                scores[row] = scores.get(row, 0.0) + weight * place
        for a, b in itertools.pairwise(asked):
            for row in self._pairs.get((a, b), ()):
                scores[row] += SIDE_BY_SIDE * (rarity[a] + rarity[b])
        kept = [(s, r) for r, s in scores.items() if self.papers[r].id not in besides]
        return [*sorted(kept, key=lambda t: (-t[0], t[1])), (sum(rarity.values()), -1)]

    def holds(self, paper: Paper, word: str) -> bool:
        """Does the paper's title or abstract hold the word (as the likeness reads words)?"""
        postings = self._index()
        row = self._rows.get(paper.id, -1)
        return any(row in postings.get(w, {}) for w in content(word))

    def _of_kind(self, kind: str | None) -> tuple[set[int], float]:
        """The rows of the papers that are the kind, and the kind's weight (as a title word)."""
        rows = self._kinds.get(stem([kind.casefold()])[0], set()) if kind else set()
        return rows, TITLE * math.log(1 + len(self.papers) / len(rows)) if rows else 0.0

    def described(
        self,
        description: str,
        besides: Collection[str] = (),
        covered: float = COVERED,
        margin: float = MARGIN,
        kind: str | None = None,
    ) -> list[Paper]:
        """The one paper the description means, the two it means alike, or none (no paper
        matches clearly better than the rest); `besides`: papers not meant (named already);
        `covered`: the share of the description's weight the best must hold (less for a
        question's words than for a description's).
        A year said ('the 2020 medical MRC paper') keeps that year's papers, if any; a name
        said ('the M3CoT benchmark') must be in the paper's text."""
        *ranked, (whole, _) = self.ranked(description, besides, kind)
        least = FLOOR * math.log(1 + len(self.papers))
        years = {int(y) for y in YEAR.findall(description)}
        if years and any(self.papers[r].year in years for _, r in ranked):
            ranked = [(s, r) for s, r in ranked if self.papers[r].year in years]
        names = [n.casefold() for n in NAMED.findall(description) if not YEAR.fullmatch(n)]
        if names:
            ranked = [
                (s, r)
                for s, r in ranked
                if all(
                    n in f"{self.papers[r].title} {self.papers[r].abstract}".casefold()
                    for n in names
                )
            ]
        # 'the benchmark on coral reef segmentation': of the papers its words fit, those that
        # are a benchmark, told apart by the words; unless the words clearly fit a paper of
        # another kind better ('the transfer learning toolkit' for one calling itself a platform)
        of_kind, weight = self._of_kind(kind)
        fits = [(s - weight, r) for s, r in ranked if r in of_kind]
        others = [s for s, r in ranked if r not in of_kind]
        if fits and (not others or others[0] < margin * fits[0][0]):
            ranked, whole = fits, whole - weight
        found = self._clearly(ranked, max(least, covered * whole), margin)
        # a kind said, its words must say something too ('the training pipeline' is no paper)
        if kind and any(self._held(description, kind, row) < HELD for row in found):
            return []
        return [self.papers[row] for row in found]

    @staticmethod
    def _clearly(ranked: list[tuple[float, int]], least: float, margin: float) -> list[int]:
        """The row that weighs clearly most, the two that weigh alike clearly more than the
        rest, or none; each at least `least`."""
        if not ranked or ranked[0][0] < least:
            return []
        best = ranked[0][0]
        second = ranked[1][0] if len(ranked) > 1 else 0.0
        if best >= margin * second:
            return [ranked[0][1]]
        third = ranked[2][0] if len(ranked) > 2 else 0.0
        if second >= least and second >= margin * third:
            return [ranked[0][1], ranked[1][1]]
        return []

    def _held(self, description: str, kind: str, row: int) -> float:
        """The rarity of the description's words (the kind aside) that the paper holds."""
        postings, total = self._index(), len(self.papers) or 1
        kinds = stem([kind.casefold()])
        held = [w for w in content(description) if w not in kinds and row in postings.get(w, {})]
        return sum(math.log(1 + total / len(postings[w])) for w in held)


# 'the fundus model', 'her keyframe paper', 'that logo one', 'qiu's storm paper': up to five
# words between the pointing word and the noun; no connecting, question, pointing or ordering
# word among them; not a kind of paper ('the omni model papers').
_DESCRIBING = (
    r"(?!(?:the|a|an|and|or|vs|versus|with|from|to|than|between|of|on|in|for|by|what|which"
    r"|who|whose|how|when|where|why|is|are|was|were|does|did|do|has|have|had|can|could|any"
    r"|all|each|every|some|many|most|more|other|same|first|last|latest|newest|oldest|earliest"
    r"|recent|next|previous|above|best|top|second|third|original|two|three|both|another"
    r"|her|his|their|its|my|your|our|this|that|these|those|qiu's|qiu’s"
    r"|one|ones|paper|papers|cited|following|new|older|newer|earlier|later|\d{1,2}(?:st|nd|rd|th)?)\b)"
    r"[\w/-]+"
)
DESCRIBED_ONE = re.compile(
    r"\b(?:the|her|his|their|its|that|this|qiu's|qiu’s)\s+"
    rf"(?P<desc>{_DESCRIBING}(?:\s+{_DESCRIBING}){{0,4}})\s+"
    rf"(?P<noun>paper|one|model|article|preprint|study|{KIND})\b(?![\w-])"
    r"(?!\s+(?:papers?|works?|ones|models)\b)",
    re.IGNORECASE,
)
# ... or typed without one, opening the question, with what is asked of it after it: 'reverse
# modelling llm paper code link?' (not 'siamese network paper? y/n': whether there is one)
BARE_ONE = re.compile(
    rf"^\W*(?P<desc>{_DESCRIBING}(?:\s+{_DESCRIBING}){{1,4}})\s+paper(?![\w-])(?=\s*[-:,;–—]*\s*\w)(?!\s+papers?\b)",
    re.IGNORECASE,
)
# ... or by what happens in it, a clause after the noun: 'the paper where the model shares
# reasoning paths across rephrased questions', 'that benchmark judging generated videos by
# their in-between steps', 'the study in which rainfall is rebuilt from radar' (up to a pause)
# (not 'her work on X', 'the papers about Y': a subject, which any number of papers may share)
DESCRIBED_CLAUSE = re.compile(
    r"\b(?:the|that|this|her|his|their|qiu's|qiu’s)\s+(?P<noun>paper|study|article|one"
    r"|model|benchmark|dataset|method|framework|toolkit)\s+(?P<desc>(?:where|in\s+which|which"
    r"|that|whose)\s+[^:;?!()]{12,160}?|(?-i:[a-z]+ing)\s+[^:;?!()]{12,160}?)"
    r"(?=\s*(?:[:;?!(]|\s[-–—]+\s|,\s*(?:what|which|who|how|when|where|why|is|are|does|did"
    r"|can|i['’]m|tell)\b|$))",
    re.IGNORECASE,
)
# A clause's share of its weight the best paper must hold (a long clause says more words than
# any one abstract holds), and how much better than the next it must match when a search by
# meaning ranks the same paper first (a paraphrase shares fewer words)
CLAUSE_COVERED = 0.4
CLAUSE_MARGIN = 1.2
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A name the question gives ('M3CoT', 'KIE-HVQA'): a capital or digit inside the word.
NAMED = re.compile(r"(?<![\w-])[A-Za-z][a-z]*[A-Z0-9][\w-]*")


# ... or typed without one after a preposition, closing the question: 'name of dataset in
# chinese medical mrc paper?', 'results from storm nowcasting paper pls'
CLOSING_ONE = re.compile(
    rf"\b(?:in|from|of)\s+(?P<desc>{_DESCRIBING}(?:\s+{_DESCRIBING}){{1,4}})\s+paper"
    r"(?![\w-])(?=\s*(?:pls|please|plz)?\W*$)",
    re.IGNORECASE,
)


def described_ones(question: str) -> list[re.Match[str]]:
    """Each 'the <words> paper/one/model' the question says, as one paper."""
    return (
        list(DESCRIBED_ONE.finditer(question))
        or list(BARE_ONE.finditer(question))
        or list(CLOSING_ONE.finditer(question))
    )
