"""Two subjects asked at once: 'which papers are on X, and which on Y?', 'X and also Y',
'X plus anything on Y', 'X as well as Y', 'two lists: X and Y'. Each side becomes the question
asked of it alone (the words before and after the pair kept), so that each list is as complete
as the side asked on its own; a subject named by two words joined by 'and' ('vision and
language') is no pair unless the question says it wants two ('both', 'two lists')."""

from __future__ import annotations

import re
from typing import NamedTuple

# Words that join two subjects asked apart, whatever else the question says. 'X + Y', 'X plus
# Y', 'X as well as Y' and 'X and then Y' mostly join what one paper does ('RL + reasoning',
# 'SFT and then RL', 'sound as well as images'): apart only when the second side is its own
# set of papers ('plus anything on Y', 'as well as those on Y', 'X papers + Y papers').
OWN_SET = r"(?:anything|those|the\s+ones|papers?|work|stuff|publications?|her|his|their)\b"
JOINED = re.compile(
    r"(?:\s*,\s*|\s+)(?:and\s+(?:which(?:\s+(?:ones?|papers?|works?|publications?))?"
    r"|what\s+(?:about|on|(?:papers?|work)\s+on)"
    r"|also|separately|(?:anything|those|the\s+ones|papers?|work|stuff)\s+(?=on\b|about\b))"
    rf"(?![\w-])|(?:as\s+well\s+as|along\s+with|plus)\s+(?={OWN_SET}))"
    r"|(?<=\bpapers)\s*\+\s*",
    re.IGNORECASE,
)
# A plain 'and' joins two subjects asked apart when the question wants two lists ('two
# niches: logos and rainfall', '... both pls', 'which fit either?'), not 'whether two things
# match'.
PLAIN = re.compile(r"\s*,?\s+and\s+(?:(?:on|about|in)\s+)?", re.IGNORECASE)
TWO_WANTED = re.compile(
    r"\btwo\s+(?:[\w-]+\s+)?(?:lists?|topics|subjects|areas|niches|fields|themes|sets)\b"
    r"|\btwo\s+things\s*:",
    re.IGNORECASE,
)
EITHER_AFTER = re.compile(
    r"\b(?:both|either|separately)\W*(?:(?:pls|please|of\s+them|lists?)\W*)?$", re.IGNORECASE
)
# Words of the joint that are no part of a side's subject.
JOINT_WORDS = frozenset({"plus", "also", "and", "which", "what", "anything", "both"})
BOUNDARY = re.compile(r"[.:;?!](?=\s|$)")
PREFIX = 4  # a topic word is found in the question by this many first letters (typos, plurals)


class Pair(NamedTuple):
    """The two sides: each side's question, as if asked alone, and its words as typed."""

    questions: tuple[str, str]
    labels: tuple[str, str]


def _located(words: list[str], question: str) -> list[tuple[int, int] | None]:
    """Where each topic word is in the question, in order (None where the topic reworded it:
    'LLMs' spelled out, a slip mended)."""
    low, at, spans = question.casefold(), 0, []
    for word in words:
        m = re.compile(rf"(?<![\w-]){re.escape(word.casefold()[:PREFIX])}[\w-]*").search(low, at)
        spans.append(m.span() if m else None)
        if m:
            at = m.end()
    return spans


def _joint(question: str) -> re.Match[str] | None:
    """The words joining the two subjects, or None."""
    if joined := JOINED.search(question):
        return joined
    for m in PLAIN.finditer(question):
        if TWO_WANTED.search(question) or EITHER_AFTER.search(question, m.end()):
            return m
    return None


def two_subjects(question: str, topic: str | None) -> Pair | None:
    """The two subjects a question asks for apart, each as its own question, or None."""
    joint = _joint(question)
    if joint is None or not topic:
        return None
    words = [w for w in topic.split() if w.casefold() not in JOINT_WORDS]
    spans = _located(words, question)
    # a side stays within its sentence ('two niches: logos and rainfall. Which fit either?')
    opened = max((m.end() for m in BOUNDARY.finditer(question, 0, joint.start())), default=0)
    ends = BOUNDARY.search(question, joint.end())
    closed = ends.start() if ends else len(question)
    left = [s for s in spans if s and opened <= s[0] and s[1] <= joint.start()]
    right = [s for s in spans if s and s[0] >= joint.end() and s[1] <= closed]
    if not left or not right:
        return None
    start, end = left[0][0], right[-1][1]
    sides = (question[start : left[-1][1]], question[right[0][0] : end])
    sides = (sides[0].strip(" ,;:"), sides[1].strip(" ,;:"))
    if not all(sides):
        return None
    before, after = question[:start], question[end:]
    questions = (f"{before}{sides[0]}{after}", f"{before}{sides[1]}{after}")
    return Pair(questions, sides)
