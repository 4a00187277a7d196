"""'Her work in three keywords': words of the papers' own titles, the most used first, passing
over a word whose papers an earlier keyword mostly covers, each with the number of titles
using it."""

from __future__ import annotations

import re

from prompts.answer.compare import GENERIC
from prompts.answer.model import Answer, Citation
from retrieval.model import Paper
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
    rf"|\b{_COUNT.replace('?P<n>', '?P<m>')}tags\b",
    re.IGNORECASE,
)


def keywords_asked(question: str) -> int | None:
    """How many keywords the question asks for (3 when it names no number), or None."""
    m = KEYWORDS_ASKED.search(question)
    if m is None:
        return None
    n = (m["n"] or m["m"] or "").casefold()
    count = int(n) if n.isdigit() else (_NUMBERS.index(n) + 1 if n else DEFAULT)
    return min(max(count, 1), MAX_KEYWORDS)


def _title_words(paper: Paper) -> set[str]:
    return {w for w in words(paper.title) if len(w) > 2 and w not in STOPWORDS | GENERIC}


def pick_keywords(papers: list[Paper], n: int) -> list[tuple[str, list[Paper]]]:
    """Up to n title words, each with the papers whose titles use it: the most used first,
    passing over a word whose papers are mostly covered already ('text' after 'language'),
    unless too few words are left."""
    having: dict[str, list[Paper]] = {}
    for paper in papers:
        for word in _title_words(paper):
            having.setdefault(word, []).append(paper)
    covered: set[str] = set()
    chosen: list[str] = []
    ranked = sorted(having, key=lambda w: (-len(having[w]), w))
    for word in ranked:
        ids = {p.id for p in having[word]}
        if len(chosen) < n and len(ids & covered) * 2 <= len(ids):
            chosen.append(word)
            covered |= ids
    # few papers: every word is mostly covered soon, so the most used of the rest fill up
    chosen += [w for w in ranked if w not in chosen][: n - len(chosen)]
    chosen.sort(key=ranked.index)
    return [(word, having[word]) for word in chosen]


def answer_keywords(question: str, owner: str, papers: list[Paper], n: int) -> Answer:
    """The n keywords with their counts, each cited to a few of the papers it comes from."""
    picked = pick_keywords(papers, n)
    citations: list[Citation] = []
    parts = []
    for word, having in picked:
        marks = []
        for paper in having[:SHOWN]:
            at = next((c.n for c in citations if c.paper_id == paper.id), None)
            if at is None:
                at = len(citations) + 1
                citations.append(Citation.of(at, paper, [paper.title]))
            marks.append(f"[{at}]")
        parts.append(f"{word} ({len(having)} of {len(papers)} titles) {''.join(marks)}")
    text = (
        f"{owner}'s work in {len(picked)} keyword{'s' * (len(picked) != 1)}, from the listed "
        f"papers' titles: " + "; ".join(parts) + ".\n"
        "Each keyword is a word of the titles, the most used first; a word whose papers are "
        "mostly under an earlier keyword is passed over."
    )
    return Answer(question=question, text=text, citations=citations, route="facts")
