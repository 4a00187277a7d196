"""The one text toolkit: sentences, word tokens, stopwords and the English stemmer."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import Stemmer

# A sentence ends at . ! ? followed by space and an upper-case letter, digit or bracket,
# but not after common abbreviations ("e.g.", "et al.", "i.e.", "vs.", "Fig.").
SENTENCE_END = re.compile(
    r"(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bet al\.)(?<!\bvs\.)(?<!\bFig\.)(?<!\bNo\.)"
    r"(?<=[.!?])\s+(?=[A-Z0-9(\[\"'])"
)
# Letters and digits, joined by hyphens ('state-of-the-art') and by points between digits
# ('81.5', 'GPT-3.5'); ASCII only, so the tokens match what the stemmer was built for.
WORD = re.compile(r"[a-z0-9]+(?:(?:-|(?<=\d)\.(?=\d))[a-z0-9]+)*")
# English function words: articles, pronouns, prepositions, conjunctions, auxiliaries,
# question words and quantifiers. Modules add their own domain words ('paper', 'work').
_FUNCTION_WORDS = """
    a an the and or but nor not no so if then than as of in on at to for from by with without
    about into onto over under between through during before after above below up down out off
    again once via per
    is are was were be been being am has have had having do does did doing can could may might
    will would shall should must
    this that these those it its itself he him his himself she her hers herself they them their
    theirs themselves we us our ours you your yours i me my
    what which who whom whose when where why how
    all any both each either neither few more most other another some such only own same very
    just also too here there much many
"""
STOPWORDS = frozenset(_FUNCTION_WORDS.split())


def split_sentences(text: str) -> list[str]:
    """Split an abstract into sentences, keeping abbreviations intact."""
    return [s.strip() for s in SENTENCE_END.split(text) if s.strip()]


def words(text: str, split_hyphens: bool = False) -> list[str]:
    """Lower-cased word tokens in order; with split_hyphens, 'prompt-tuning' gives its parts
    so that it meets 'prompt tuning'."""
    found = WORD.findall(text.lower())
    return [p for w in found for p in w.split("-")] if split_hyphens else found


@functools.cache
def stemmer() -> Stemmer.Stemmer:
    """The English (Snowball) stemmer, built once; the extension holds the GIL while it stems,
    so threads can share it."""
    return Stemmer.Stemmer("english")


def stem(tokens: Iterable[str]) -> list[str]:
    """Stems of the tokens, in order ('proposed' -> 'propos'); numbers come back unchanged."""
    return stemmer().stemWords(list(tokens))
