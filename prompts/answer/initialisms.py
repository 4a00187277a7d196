"""An initialism the asker types ('rl', 'SFT', 'kd') found spelled out in an abstract's
sentence ('reinforcement learning', 'supervised fine-tuning', 'knowledge distillation'): a
premise that a paper never uses 'RL' is checked against the words the paper writes."""

from __future__ import annotations

import re
from itertools import pairwise

from prompts.understand.terms import STOPWORDS

WORD = re.compile(r"[A-Za-z]+")
# What may stand between the spelled-out words: a space or a hyphen ('fine-tuning')
JOINED = re.compile(r"[\s-]+")
VOWELS = frozenset("aeiouy")


def initialism(typed: str) -> bool:
    """Is the typed word an initialism rather than a word: two to five letters, in capitals
    ('RL', 'SFT', 'AI') or with no vowel ('rl', 'sft', 'kd'; not 'new', 'big', 'one')."""
    letters = typed.rstrip("s") if typed[:-1].isupper() else typed
    if not (2 <= len(letters) <= 5 and letters.isalpha()):
        return False
    return letters.isupper() or not VOWELS & set(letters.casefold())


def spelled_out(sentence: str, typed: str) -> tuple[int, str] | None:
    """The first run of content words in the sentence whose initials spell the typed
    initialism, with where it starts ('reinforcement learning' for 'rl'); None when the
    typed word is no initialism or no run spells it."""
    if not initialism(typed):
        return None
    letters = (typed.rstrip("s") if typed[:-1].isupper() else typed).casefold()
    tokens = list(WORD.finditer(sentence))
    n = len(letters)
    for i in range(len(tokens) - n + 1):
        run = tokens[i : i + n]
        if any(len(t[0]) < 3 or t[0].casefold() in STOPWORDS for t in run):
            continue
        if "".join(t[0][0] for t in run).casefold() != letters:
            continue
        gaps = (sentence[a.end() : b.start()] for a, b in pairwise(run))
        if all(JOINED.fullmatch(gap) for gap in gaps):
            return run[0].start(), sentence[run[0].start() : run[-1].end()]
    return None
