"""The wording of claims and evidence made comparable: British spellings as American,
idioms as their one word ('falls short of' as 'underperforms'), texts as word stems."""

from __future__ import annotations

import functools
import re

from retrieval.text import stem, words

CACHED_TEXTS = 4096


def word_list(text: str) -> list[str]:
    """The words of a lexicon written as one string."""
    return text.split()


# Idioms as one word; each with a word it cannot be without, checked first (it is cheap).
IDIOMS = [
    (
        "short",
        re.compile(r"\bfall(?:s|ing)?\s+short\s+of\b|\bfell\s+short\s+of\b", re.I),
        "underperforms",
    ),
    ("behind", re.compile(r"\blag(?:s|ging)?\s+behind\b", re.I), "underperforms"),
    (  # the passive of a win is a loss: 'X is outperformed by Y'
        " by",
        re.compile(
            r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?"
            r"(?:outperformed|surpassed|beaten|exceeded|outmatched)\s+by\b",
            re.I,
        ),
        "underperforms",
    ),
    (  # 'by a large margin' is a lot, not the 'marginal' of a small gain
        "margin",
        re.compile(r"\bby\s+an?\s+(?:large|wide|big|huge|clear|significant|good)\s+margin\b", re.I),
        "substantially",
    ),
    (  # who wrote it first is one fact, not 'first' and 'author'
        "first",
        re.compile(r"\bfirst[- ]author(?:ed|s)?\b|\blead[- ]author(?:ed|s)?\b", re.I),
        "leadauthor",
    ),
    (  # 'dispenses with X', 'does away with X': it lacks X
        " with",
        re.compile(r"\b(?:dispens(?:e|es|ed|ing)|do(?:es)?\s+away|did\s+away)\s+with\b", re.I),
        "lacks",
    ),
    ("-free", re.compile(r"\b(\w+)-free\b", re.I), r"\1 free"),  # 'reference-free': free of it
    ("back", re.compile(r"\b(?:hold|holds|held|holding)\s+back\b", re.I), "limits"),
    ("little use", re.compile(r"\bof\s+(?:little|no)\s+use\b", re.I), "useless"),
    (  # 'makes little difference', 'matters little': it is not crucial
        "little",
        re.compile(
            r"\b(?:makes?|made|making)\s+(?:little|no)\s+(?:difference|impact)\b"
            r"|\bmatters?\s+little\b|\bof\s+little\s+importance\b",
            re.I,
        ),
        "unimportant",
    ),
    (  # 'keeps the false positives inside each region' does not separate them from it
        "in",
        re.compile(r"\b(?:keep|keeps|kept|keeping)\s+((?:\w+\s+){1,3}?)(?:inside|within)\b", re.I),
        r"merges \1into",
    ),
    (  # 'keeps representations from collapsing' prevents it
        " from",
        re.compile(
            r"\b(?:keep|keeps|kept|keeping|stop|stops|stopped)\s+((?:\w+\s+){1,3}?)from\b", re.I
        ),
        r"prevents \1from",
    ),
]
# TeX in abstracts ('M$^3$CoT', '\\textbf{FashionLOGO}', '${\\sim}13.3\\%$'), read as an answer
# would write it ('M3CoT', 'FashionLOGO', '~13.3%').
TEX_COMMAND = re.compile(r"\\(?:textbf|textit|emph|mathrm|text|mathbf)\{([^{}]*)\}")
TEX_SYMBOLS = [(re.compile(r"\\sim\b|\\approx\b"), "~"), (re.compile(r"\\([%&_#])"), r"\1")]
TEX_MARKS = re.compile(r"[$^{}]")


def plain(text: str) -> str:
    """A text without its TeX markup: what a reader (and an LLM quoting it) sees."""
    if "\\" not in text and "$" not in text:
        return text
    text = TEX_COMMAND.sub(r"\1", text)
    for pattern, replacement in TEX_SYMBOLS:
        text = pattern.sub(replacement, text)
    return TEX_MARKS.sub("", text)


BRITISH = re.compile(r"(?<=[a-z]{3})is(e|es|ed|ing|ation|ations)\b")


@functools.lru_cache(maxsize=CACHED_TEXTS)
def american(text: str) -> str:
    """'memorising' as 'memorizing', and idioms as their one word ('falls short of' as
    'underperforms'), so that spelling and phrasing do not tell two claims apart."""
    text = BRITISH.sub(r"iz\1", text)
    lowered = text.lower()
    for needed, idiom, word in IDIOMS:
        if needed in lowered:
            text = idiom.sub(word, text)
    return text


@functools.lru_cache(maxsize=CACHED_TEXTS)
def stems_of(text: str) -> frozenset[str]:
    """A text's word stems (hyphenated words as their parts, and as one word: 'hand-crafted'
    meets 'handcrafted'); cached: evidence repeats."""
    text = american(text)
    joined = [w.replace("-", "") for w in words(text) if "-" in w]
    return frozenset(stem(words(text, split_hyphens=True) + joined))
