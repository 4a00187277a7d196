"""A topic said in another order or form than the profile says it, read as the profile's own
phrase: 'understanding videos' is the titles' 'video understanding', 'adapting domains'
their 'domain adaptation', 'tuning prompts' their 'prompt tuning'. The same need asked with
the same words in any order, singular or plural, noun or verb, then reads as one topic and
finds the same papers (the papers naming the phrase name it as the titles write it)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from prompts.understand.concepts import title_phrases
from retrieval.text import stem, words

MIN_WORDS, MAX_WORDS = 2, 3
KEY = 4  # letters of a stem a key holds: 'recogn' and 'recognit' share 'reco'
# Two stems are one word's forms when equal, or when the shorter begins the longer and is
# this long ('recogn' of 'recognizing' and 'recognit' of 'recognition'; 'summar' and
# 'summari'); 'generat' and 'general' are two words.
FORM = 5


def _parts(text: str) -> list[str]:
    """A phrase's stems, hyphened compounds split ('prompt-tuning': prompt, tune)."""
    return stem(words(text, split_hyphens=True))


def _key(stems: Iterable[str]) -> frozenset[str]:
    return frozenset(s[:KEY] for s in stems)


def _forms(a: str, b: str) -> bool:
    """Are two stems forms of one word?"""
    short, long = sorted((a, b), key=len)
    return short == long or (len(short) >= FORM and long.startswith(short))


def _order(asked: list[str], written: list[str]) -> list[int] | None:
    """Where each asked stem's form stands among the written ones (each matched once), or
    None when they are not the same words' forms."""
    if len(asked) != len(written):
        return None
    left = list(range(len(written)))
    order = []
    for a in asked:
        match = next((i for i in left if _forms(a, written[i])), None)
        if match is None:
            return None
        left.remove(match)
        order.append(match)
    return order


def _as_written(typed: list[str], title: list[str], order: list[int]) -> bool:
    """Is each typed word the title's word it matched, or its plural ('summaries')?"""
    return all(_singular(t) == _singular(title[at]) for t, at in zip(typed, order, strict=True))


def _singular(word: str) -> str:
    return word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")


class PhraseForms:
    """The titles' phrases of MIN_WORDS to MAX_WORDS words, by the first letters of their
    stems in any order, read once at open; each with how many titles use it."""

    def __init__(self, titles: Iterable[str], background: Callable[[str], bool]) -> None:
        uses: Counter[str] = Counter(
            p
            for title in titles
            for p in title_phrases(title, background)
            if MIN_WORDS <= len(_parts(p)) <= MAX_WORDS
        )
        self._uses = uses
        self._by_key: dict[frozenset[str], list[str]] = {}
        for phrase in uses:
            self._by_key.setdefault(_key(_parts(phrase)), []).append(phrase)

    def phrase(self, topic: str | None, rank: Callable[[str], int]) -> str | None:
        """The titles' phrase of the topic's words in another order ('understanding videos'
        -> 'video understanding'), the most used when several, the doing in the form the
        profile uses more (`rank`: lower for a word used more; 'learning few-shot' ->
        'few-shot learning', not the title's 'few-shot learners'); None when no title says
        them in another order."""
        asked = _parts(topic or "")
        if not MIN_WORDS <= len(asked) <= MAX_WORDS or len(set(asked)) < len(asked):
            return None
        typed = words(topic or "", split_hyphens=True)
        # A topic said as a doing ('understanding videos', 'adapting models to domains') is
        # read in any form of its words, any other only in the titles' words ('quality of
        # summaries': 'summary quality'): 'video generation' is no title's 'generative video',
        # nor 'few-shot learning' its 'few-shot learners' (the same order: either is searched).
        doing = typed[0].endswith("ing")
        found = [
            (p, order)
            for p in self._by_key.get(_key(asked), [])
            if (order := _order(asked, _parts(p))) is not None
            and order[0] != 0
            and (doing or _as_written(typed, words(p, split_hyphens=True), order))
        ]
        if not found:
            return None
        phrase, order = max(found, key=lambda f: (self._uses[f[0]], f[0]))
        title = words(phrase, split_hyphens=True)
        # the doing in the form the papers use more ('learning', not the title's 'learners')
        was = title[order[0]]
        now = min(was, typed[0], key=rank)  # the title's when used as much
        return re.sub(rf"\b{re.escape(was)}\b", now, phrase, count=1)
