"""'Her work in three keywords': words of the papers' own titles, the most used first, passing
over a word whose papers an earlier keyword mostly covers, each with the number of titles
using it."""

from __future__ import annotations

import re

import numpy as np

from prompts.answer.compare import GENERIC
from prompts.answer.model import Answer, Citation
from prompts.answer.periods import Mask
from retrieval.index.columns import PaperColumns, Rows
from retrieval.text import STOPWORDS, words

DEFAULT = 3  # 'a few keywords'
MAX_KEYWORDS = 10
SHOWN = 2  # papers cited per keyword
_NUMBERS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
# 'in 3 keywords', 'three research keywords', 'a few keywords', 'keywords for her work'; tags
# only counted out ('as five tags'): 'papers with the CL tags' asks for a category
_COUNT = r"(?P<n>\d{1,2}|" + "|".join(_NUMBERS) + r")\s+(?:[\w-]+\s+){0,2}?"
KEYWORDS_ASKED = re.compile(
    rf"\b(?:{_COUNT})?(?:key\s?-?words?|key\s?-?phrases?|hashtags|buzzwords)\b"
    rf"|\b{_COUNT.replace('?P<n>', '?P<m>')}tags\b"
    # 'three words for her research', 'her work in 3 words', 'two words that sum up his work'
    rf"|\b(?P<o>\d|{'|'.join(_NUMBERS[:5])})\s+words?\s+(?:for|to\s+describe|that\s+(?:describe"
    r"|sum\s+up|capture)|describing|summing\s+up|capturing)\s+(?:[\w'’]+\s+)?(?:research|work"
    r"|papers|profile|output)\b"
    rf"|\b(?:research|work|papers|output)\s+in\s+(?P<p>\d|{'|'.join(_NUMBERS[:5])})\s+words?\b",
    re.IGNORECASE,
)


def keywords_asked(question: str) -> int | None:
    """How many keywords the question asks for (3 when it names no number), or None."""
    m = KEYWORDS_ASKED.search(question)
    if m is None:
        return None
    n = (m["n"] or m["m"] or m["o"] or m["p"] or "").casefold()
    count = int(n) if n.isdigit() else (_NUMBERS.index(n) + 1 if n else DEFAULT)
    return min(max(count, 1), MAX_KEYWORDS)


class HeldTitleWords:
    """Every title word (none generic) and the rows whose titles use it, read once per
    profile from the titles' column: a question counts its kept rows per word with arrays
    and reads only the papers it cites (at 10k papers it tokenised every kept title)."""

    def __init__(self, columns: PaperColumns) -> None:
        self.columns = columns
        having: dict[str, list[int]] = {}
        for row, title in enumerate(columns.titles()):
            for word in _title_words(title):
                having.setdefault(word, []).append(row)
        self.words = sorted(having)  # a word's number is its place in alphabetical order
        sizes = [len(having[w]) for w in self.words]
        self.word_of = np.repeat(np.arange(len(self.words), dtype=np.int64), sizes)
        self.rows = np.array([r for w in self.words for r in having[w]], dtype=np.int64)
        self.at = np.concatenate([[0], np.cumsum(sizes, dtype=np.int64)])

    def pick(self, keep: Mask, n: int) -> list[tuple[str, Rows]]:
        """Up to n title words of the kept rows, each with its kept rows oldest first: the
        most used first, passing over a word whose rows are mostly covered already ('text'
        after 'language'), unless too few words are left."""
        counts = np.bincount(self.word_of[keep[self.rows]], minlength=len(self.words))
        used = np.flatnonzero(counts)
        ranked = used[np.lexsort((used, -counts[used]))].tolist()  # ties alphabetical
        covered = np.zeros(len(keep), dtype=bool)
        chosen: list[int] = []
        for word in ranked:
            if len(chosen) == n:
                break
            rows = self._kept(word, keep)
            if np.count_nonzero(covered[rows]) * 2 <= len(rows):
                chosen.append(word)
                covered[rows] = True
        # few papers: every word is mostly covered soon, so the most used of the rest fill up
        chosen += [w for w in ranked[: 2 * n] if w not in chosen][: n - len(chosen)]
        chosen.sort(key=ranked.index)
        return [(self.words[w], self._kept(w, keep)) for w in chosen]

    def _kept(self, word: int, keep: Mask) -> Rows:
        rows = self.rows[self.at[word] : self.at[word + 1]]
        rows = rows[keep[rows]]
        return rows[np.argsort(self.columns.rank[rows], kind="stable")]


def _title_words(title: str) -> set[str]:
    return {w for w in words(title) if len(w) > 2 and w not in STOPWORDS | GENERIC}


def answer_keywords(question: str, owner: str, held: HeldTitleWords, keep: Mask, n: int) -> Answer:
    """The n keywords of the kept rows' titles with their counts, each cited to a few of the
    papers it comes from (only those papers are read)."""
    picked = held.pick(keep, n)
    total = int(np.count_nonzero(keep))
    citations: list[Citation] = []
    parts = []
    for word, having in picked:
        marks = []
        for paper in held.columns.rows(having[:SHOWN].tolist()):
            at = next((c.n for c in citations if c.paper_id == paper.id), None)
            if at is None:
                at = len(citations) + 1
                citations.append(Citation.of(at, paper, [paper.title]))
            marks.append(f"[{at}]")
        parts.append(f"{word} ({len(having)} of {total} titles) {''.join(marks)}")
    text = (
        f"{owner}'s work in {len(picked)} keyword{'s' * (len(picked) != 1)}, from the listed "
        f"papers' titles: " + "; ".join(parts) + ".\n"
        "Each keyword is a word of the titles, the most used first; a word whose papers are "
        "mostly under an earlier keyword is passed over."
    )
    return Answer(question=question, text=text, citations=citations, route="facts")
