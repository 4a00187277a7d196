"""Is a word said as the subject of the question? After 'on', 'about', 'with' ... ('work on
blockchain', 'about her quantum work'), as what the work touches, covers or involves ('any of
their work touches genomics', 'does it involve astronomy') or before 'work', 'papers' ...
('quantum stuff'); not 'an elevator pitch'.

Once a pattern per word (the cues around it), which `re` compiled for each new word (~1 ms:
the cues' alternation parsed again); now the cues are compiled once and only the word is
matched where they leave room for it: the same answer as the per-word pattern (tested).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from retrieval.text import compiled

# What puts a subject after it ('on', 'dealing with', 'explores'), with up to two words between.
CUES = (
    r"on|about|in|into|with|regarding|around|re|touch(?:es|ed|ing)?|cover(?:s|ed|ing)?"
    r"|involv(?:e|es|ed|ing)|address(?:es|ed|ing)?|tackl(?:e|es|ed|ing)|concern(?:s|ed|ing)?"
    r"|(?:deal|deals|dealt|dealing|relate|relates|related|relating)\s+(?:with|to)"
    r"|stud(?:y|ies|ied|ying)|explor(?:e|es|ed|ing)|investigat(?:e|es|ed|ing)"
)
# What puts a subject before it ('robotics work', 'robotics-related papers').
TAILS = r"work|research|papers?|publications?|stuff|studies|projects?"
# The word said after a cue: the pattern per word, '{0}' the word (kept as the reference).
SUBJECT_AT = (
    rf"\b(?:{CUES})\s+(?:[\w.'’-]+\s+){{{{0,2}}}}?{{0}}\b"
    rf"|\b{{0}}\s+(?:[\w'’-]+\s+)?(?:{TAILS})\b"
)
# Where a cue leaves room for the word: after the cue and its spaces, and after each of the
# (at most two) words between (each a run of these letters up to spaces, so those places are
# fixed); every place, overlapping cues too (an empty match at each position).
AFTER_CUE = re.compile(rf"(?=\b(?:{CUES})\s+((?:[\w.'’-]+\s+){{0,2}}))", re.IGNORECASE)
BETWEEN = re.compile(r"[\w.'’-]+\s+")
# Where the word may end before a tail.
BEFORE_TAIL = re.compile(rf"(?=\s+(?:[\w'’-]+\s+)?(?:{TAILS})\b)", re.IGNORECASE)


def subject_said(text: str, words: Iterable[str]) -> bool:
    """Whether any of the words is said in the text as its subject: the same as searching
    `SUBJECT_AT.format(re.escape(word))` (case-insensitive) for each word."""
    words = [w for w in words if w]
    if not words:
        return False
    starts: list[int] = []
    for m in AFTER_CUE.finditer(text):
        at = m.start(1)
        starts += [at, *(at + between.end() for between in BETWEEN.finditer(m[1]))]
    ends = [m.start() for m in BEFORE_TAIL.finditer(text)]
    for word in words:
        after = compiled(re.escape(word) + r"\b", re.IGNORECASE)
        if any(after.match(text, at) for at in starts):
            return True
        before = compiled(r"\b" + re.escape(word), re.IGNORECASE)
        if any(at >= len(word) and before.fullmatch(text, at - len(word), at) for at in ends):
            return True
    return False
