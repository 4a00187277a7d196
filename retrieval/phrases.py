"""Known phrases (paper names, people, tags) found in a text at a cost that grows with the
text, not with how many phrases are known: an index of their word sequences built once."""

from __future__ import annotations

import itertools
import re
from collections.abc import Hashable
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)

WORD = re.compile(r"\w+")
# Besides case, Python's case-insensitive regexes equate the Turkish dotted/dotless i with i.
_FOLD = str.maketrans({"İ": "i", "ı": "i"})


def words(text: str) -> tuple[str, ...]:
    """The text's runs of word characters, case-folded: 'Meta-SN's' -> ('meta', 'sn', 's')."""
    if text.isascii():  # the same, faster (opening a profile reads every title and name)
        return tuple(WORD.findall(text.lower()))
    return tuple(w.translate(_FOLD).casefold() for w in WORD.findall(text))


def first_words(text: str) -> tuple[str, ...]:
    """`words(text)[:2]`, without splitting the rest of the text."""
    if text.isascii():
        return tuple(m[0] for m in itertools.islice(WORD.finditer(text.lower()), 2))
    return words(text)[:2]


class PhraseIndex(Generic[T]):
    """Values keyed by a phrase's words; `find` returns those whose words occur in a text
    one after another. A superset of the regex matches of the phrase (any case, any
    punctuation or spacing between the words): callers confirm candidates with their own
    rules."""

    def __init__(self) -> None:
        # Keyed by the first two words (one for one-word phrases): few phrases share a key.
        # A phrase is split into all its words only when a text has its first ones: at 100k
        # papers, splitting every title at open took a second and 60 MB.
        self._by_start: dict[tuple[str, ...], list[tuple[str, T]]] = {}
        self._wordless: list[T] = []  # no word characters at all: always a candidate

    def add(self, phrase: str, value: T) -> None:
        key = first_words(phrase)
        if not key:
            self._wordless.append(value)
            return
        self._by_start.setdefault(key, []).append((phrase, value))

    def find(self, text: str) -> set[T]:
        seq = words(text)
        starts = [
            (i, key)
            for i in range(len(seq))
            for key in ((seq[i : i + 1], seq[i : i + 2]) if i + 1 < len(seq) else (seq[i:],))
        ]
        known = self.starting({key for _, key in starts})
        found = set(self.wordless())
        for i, key in starts:
            for phrase, value in known.get(key, ()):
                whole = words(phrase)
                # A one-word key holds only one-word phrases: a longer one has two.
                if len(whole) == len(key) or seq[i : i + len(whole)] == whole:
                    found.add(value)
        return found

    def starting(self, keys: set[tuple[str, ...]]) -> dict[tuple[str, ...], list[tuple[str, T]]]:
        """The (phrase, value) pairs of each key (a phrase's `first_words`) that has some."""
        return {key: self._by_start[key] for key in keys if key in self._by_start}

    def wordless(self) -> list[T]:
        """The values of phrases without word characters: candidates for any text."""
        return self._wordless
