"""Named items of a kind asked of a named paper beyond the ones the question gives ('its
datasets besides 20 Newsgroups', 'apart from X, which benchmarks?') or all of them ('name all
four benchmark datasets', 'the full dataset list'), and whether its abstract names them. The
abstract answers only when it names an item of that kind other than the ones given, or, for
all of them, as many as the count it states; a sentence announcing 'four benchmark datasets'
without naming them does not. The kinds are the KINDRED nouns the item lists already read."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from prompts.answer.detail import COUNTED
from prompts.answer.items import KINDRED
from prompts.understand.terms import NUMBER_WORDS
from retrieval.model import Paper
from retrieval.names import aliases
from retrieval.text import STOPWORDS, split_sentences, stem

_N = "|".join(NUMBER_WORDS)
# 'besides 20 Newsgroups', 'apart from X and Y', 'other than X': the items given, up to a
# clause break or a question word
GIVEN = re.compile(
    r"\b(?:besides|apart\s+from|aside\s+from|other\s+than|except(?:\s+for)?|in\s+addition\s+to)"
    r"\s+(?P<given>[^,;:?.!()]+?)(?=\s*(?:[,;:?.!()]|$|\s(?:which|what|are|is|do|does"
    r"|did|appear|were|was|in|of|for|that|used?)\b))",
    re.IGNORECASE,
)
# 'all four', 'all the', 'the full list', 'every', 'both', 'each of the three'
EVERY = re.compile(
    rf"\b(?:all(?:\s+(?:the|of\s+the|its|their))?(?:\s+(?:{_N}|\d+))?|every|both"
    rf"|(?:full|complete|entire|whole)\s+(?:[\w-]+\s+)?(?:list|set)|each\s+of\s+the(?:\s+(?:{_N}|\d+))?)\b",
    re.IGNORECASE,
)
# What asks the items by name, close before the kind ('which are', 'name all four benchmark
# datasets', 'what text datasets'), or a list asked anywhere
NAMES_ASKED = r"\b(?:which|what|name|names|list|enumerate)\b"
# A name as an abstract writes it: a capital or a digit inside a word, not the first word of
# the sentence ('20 Newsgroups', 'RAIN-F', 'MeteoNet'); a number alone is no name
NAME = re.compile(
    r"(?:(?<=[\w,;:] )|(?<=[(-]))(?:\d+\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*|\b[a-z]+[A-Z][\w-]*"
)
# The kind of item read: data a paper evaluates on, by its KINDRED nouns
DATA_KIN = ("dataset", "benchmark", "corpus", "corpora")
# A count of the kind the abstract states: 'four benchmark datasets', '3 corpora'
COUNT = rf"\b({_N}|\d+)\s+(?:[\w-]+\s+){{0,2}}?"


@dataclass(frozen=True)
class Beyond:
    """Items of a kind asked beyond the ones given, or all of them."""

    kin: tuple[str, ...]  # the stems of the kind and its kin ('dataset', 'benchmark', 'corpus')
    noun: str  # the kind as the question says it
    given: tuple[str, ...]  # the items the question gives ('20 Newsgroups')
    every: bool  # all of them asked


def beyond_asked(question: str) -> Beyond | None:
    """The kind of named item asked beyond the ones given or in full, or None; a count of
    them ('how many benchmarks besides MERIT?') is the count reader's."""
    if COUNTED.search(question):
        return None
    given = [m["given"].strip() for m in GIVEN.finditer(question)]
    for m in re.finditer(r"[A-Za-z][\w-]*", question):
        s = stem([m[0].casefold()])[0]
        if not s.startswith(DATA_KIN):
            continue
        kin = next(g.split() for g in KINDRED if any(s.startswith(k) for k in g.split()))
        before = question[: m.start()]
        close = re.search(rf"{NAMES_ASKED}(?:\s+[\w-]+){{0,4}}\s*$", before, re.I)
        every = bool(EVERY.search(question)) and (close or re.search(r"\blist\b", question, re.I))
        if given or every:
            return Beyond(tuple(kin), m[0], tuple(given), bool(every))
        return None
    return None


def _names(sentence: str, paper: Paper) -> set[str]:
    """The names a sentence says, less the paper's own, whole or as the tail of one of its
    names written with a hyphen ('SN' of 'Meta-SN')."""
    own = {a.casefold() for a in aliases(paper)}
    found = set()
    for m in NAME.finditer(sentence):
        start = m.start()
        while start > 0 and (sentence[start - 1].isalnum() or sentence[start - 1] == "-"):
            start -= 1
        token = re.match(r"[\w-]+", sentence[start:])
        if m[0].casefold() in own or (token and token[0].casefold() in own):
            continue
        if m[0].casefold() not in STOPWORDS:
            found.add(m[0].strip())
    return found


def _given(name: str, given: Sequence[str]) -> bool:
    """Whether a name is one of the items given, however shortened ('20NG' for '20 Newsgroups':
    the same digits, and its letters in order among the name's, from its first)."""
    squeezed = re.sub(r"[\W_]", "", name).casefold()
    for g in given:
        short = re.sub(r"[\W_]", "", g).casefold()
        if short == squeezed or short in squeezed or squeezed in short:
            return True
        digits = re.sub(r"\D", "", short)
        letters = re.sub(r"\d", "", short)
        if digits == re.sub(r"\D", "", squeezed) and letters and letters[0] in squeezed:
            rest = iter(re.sub(r"\d", "", squeezed))
            if all(c in rest for c in letters):
                return True
    return False


def missing_names(question: str, papers: Sequence[Paper]) -> str | None:
    """What a decline says is missing when the question asks named items of a kind beyond
    the ones it gives, or all of them, and no abstract names them; None when one does."""
    asked = beyond_asked(question)
    if asked is None or not papers:
        return None
    kin = "|".join(asked.kin)
    of_kind = [
        (s, p)
        for p in papers
        for s in split_sentences(p.abstract)
        if re.search(rf"\b{kin}", s, re.I)
    ]
    named = {n for s, p in of_kind for n in _names(s, p)}
    others = {n for n in named if not _given(n, asked.given)}
    if asked.given and not others:
        return f"which datasets it uses besides {' and '.join(asked.given)}"
    counts = [
        NUMBER_WORDS.get(m[1].casefold()) or int(m[1])
        for s, _ in of_kind
        for m in re.finditer(rf"{COUNT}(?:{kin})", s, re.I)
        if m[1].casefold() in NUMBER_WORDS or m[1].isdigit()
    ]
    if asked.every and counts and max(counts) > len(named):
        only = f" (it names only {', '.join(sorted(named))})" if named else " (it names none)"
        return f"the names of all {max(counts)} of its datasets{only}"
    return None
