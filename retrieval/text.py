"""The one text toolkit: sentences, word tokens, stopwords and the English stemmer."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

import Stemmer

# A sentence ends at . ! ? followed by space and an upper-case letter, digit or bracket,
# but not after common abbreviations ("e.g.", "et al.", "i.e.", "vs.", "Fig.").
# The point test comes first: zero-width tests at one place hold in any order, and failing
# at once where there is no point makes a search ~10x faster than testing the six
# abbreviations at every character (a count's ~100 evidence sentences at 100k papers).
SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bet al\.)(?<!\bvs\.)(?<!\bFig\.)(?<!\bNo\.)"
    r"\s+(?=[A-Z0-9(\[\"'])"
)
# Runs of letters and digits ('qwen2', '7b'), joined by hyphens ('state-of-the-art',
# 'gpt-4o') and by points between digits ('81.5', 'qwen2.5'). ASCII only, as the stemmer expects.
WORD = re.compile(r"[a-z0-9]+(?:(?:-|(?<=\d)\.(?=\d))[a-z0-9]+)*")
# English function words: articles, pronouns, prepositions, conjunctions, auxiliaries,
# question words and quantifiers. Left out on purpose: words that carry meaning inside
# technical compounds ('few-shot', 'one-shot', 'top-down', 'out-of-domain', 'trade-off') or
# in dated claims ('before', 'after'). Modules add their own domain words ('paper', 'work').
_FUNCTION_WORDS = """
    a an the and or but nor not no so if then than as of in on at to for from by with without
    about into over under via
    is are was were be been being has have had do does did can could may might will would
    shall should must
    this that these those it its he him his she her hers they them their theirs we our i you
    your
    what which who whom whose when where why how
    all any both each either some such more most many much other another only very just also
    here there
"""
STOPWORDS = frozenset(_FUNCTION_WORDS.split())


# Typed text may start a sentence in lower case ('notes for our group. which papers ...?').
TYPED_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bet al\.)(?<!\bvs\.)(?<!\betc\.)(?<!\bFig\.)"
    r"(?<!\bNo\.)\s+(?=[A-Za-z0-9(\[\"'])"
)


def none_of(items: Sequence[str]) -> str:
    """What is left out, said as one negation over all of it: 'not CL', 'neither CL nor CV',
    'neither 2020, 2021 nor 2022' (not 'not CL or CV', which reads as 'not CL, or CV')."""
    items = list(dict.fromkeys(items))  # 'not CL or CL': one left out, said once
    if len(items) < 2:
        return "not " + "".join(items)
    return f"neither {', '.join(items[:-1])} nor {items[-1]}"


def split_sentences(text: str, typed: bool = False) -> list[str]:
    """Split an abstract into sentences, keeping abbreviations intact; `typed`: text typed by
    someone, whose sentences may start in lower case."""
    ends = TYPED_SENTENCE_END if typed else SENTENCE_END
    return [s.strip() for s in ends.split(text) if s.strip()]


def first_sentence(text: str) -> str | None:
    """`split_sentences(text)[0]` (None when it has none), read only as far as its end."""
    start = 0
    for m in SENTENCE_END.finditer(text):
        if sentence := text[start : m.start()].strip():
            return sentence
        start = m.end()
    return text[start:].strip() or None


# A name glued to its version or size: 'qwen2', 'bleu4', 'gpt4o', 'llama3' (three letters or
# more, then a digit): the name is said alone too ('Qwen', 'BLEU').
GLUED = re.compile(r"([a-z]{3,})(?=\d)")


def glued_name(word: str) -> str | None:
    """The name a word glues a version to ('qwen2.5' -> 'qwen', 'bleu4' -> 'bleu'), if any."""
    m = GLUED.match(word)
    return m[1] if m else None


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


@functools.lru_cache(maxsize=16384)
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, kept by a cache of our own, for patterns given as text.

    `re`'s own cache keeps 512 patterns and drops the oldest first, however often it is used:
    the patterns built from each question's words (its topic, names, acronyms) pushed out the
    fixed cues that every question reads, which were then compiled again by the hundred, the
    cost landing on whichever question came next. Least recently used goes first here."""
    return re.compile(pattern, flags)


# The English stemmer changes at most the last two letters of what it keeps of a word
# ('dying' -> 'die', 'possibility' -> 'possibl'): a word whose stem is `s` starts with all of
# `s` but its last STEM_SLACK letters (checked on 600,000 words, none changing more than 2).
STEM_SLACK = 3
LETTERS = re.compile(r"[a-z]+")


@functools.lru_cache(maxsize=256)
def _starting(prefixes: tuple[str, ...]) -> re.Pattern[str]:
    """The words of `words(text, split_hyphens=True)` that start with one of the prefixes
    (letters), over the lower-cased text with its hyphens made spaces."""
    either = "|".join(map(re.escape, prefixes))
    return re.compile(rf"(?<![a-z0-9])(?:{either})[a-z0-9]*(?:(?<=\d)\.(?=\d)[a-z0-9]+)*")


def stems_in(text: str, wanted: Iterable[str]) -> set[str]:
    """Which of the `wanted` stems some word of the text has: `set(stem(words(text,
    split_hyphens=True))) & wanted`, stemming only the words that could have one (those
    starting as it does), not every word of the text."""
    wanted = set(wanted)
    if not wanted:
        return set()
    if not all(LETTERS.fullmatch(s) for s in wanted):  # a number or compound: every word
        return set(stem(words(text, split_hyphens=True))) & wanted
    prefixes = sorted({s[: max(len(s) - STEM_SLACK, 1)] for s in wanted})
    found = _starting(tuple(prefixes)).findall(text.lower().replace("-", " "))
    return set(stem(found)) & wanted


# Title words with what joins them inside ('qwen-2.5', 'session-based'), hyphens kept or not.
TITLE_TOKENS = {
    False: re.compile(r"\w(?:[\w.'/+-]*\w)?"),
    True: re.compile(r"\w(?:[\w.'/+]*\w)?"),
}


def title_tokens(text: str, hyphens: bool) -> list[str]:
    """Lower-cased words, punctuation trimmed; hyphenated compounds split when `hyphens`."""
    return TITLE_TOKENS[hyphens].findall(text.casefold())
