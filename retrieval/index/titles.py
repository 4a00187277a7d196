"""Every title's words and where they stand in it, for finding papers by words of their titles
('session rec', 'Exploring Global Information'). A kept profile has them in its papers' file
(written with it, looked up per question); papers in memory index them here, once."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import Protocol

import numpy as np
import numpy.typing as npt

from retrieval.text import title_tokens

Places = dict[str, list[tuple[int, int]]]  # word -> (title's row, the word's place in it)
Spots = npt.NDArray[np.int32]  # (row, place) pairs, one per line


def plural_stem(token: str) -> str:
    """The token without a plural 's' (words over four letters)."""
    return token[:-1] if len(token) > 4 and token.endswith("s") else token


class TitleWords(Protocol):
    """Where title words are, and which titles open with a word."""

    def places(self, hyphens: bool, word: str, prefix: bool) -> Spots:
        """(row, place) of the title words equal to `word` or, with `prefix`, starting with
        it; words in order, each word's places by row (an array: 'for' is in most titles)."""
        ...

    def openers(self, stem: str) -> list[int]:
        """The rows whose title's first word has this `plural_stem`, in order."""
        ...


def index_titles(titles: Iterable[str]) -> tuple[dict[bool, Places], dict[str, list[int]]]:
    """Per tokenisation (hyphens split or not), each word's places; and each first word's
    rows (its `plural_stem`)."""
    places: dict[bool, Places] = {False: {}, True: {}}
    openers: dict[str, list[int]] = {}
    for row, title in enumerate(titles):
        for hyphens in (False, True):
            words = title_tokens(title, hyphens)
            for at, word in enumerate(words):
                places[hyphens].setdefault(word, []).append((row, at))
            if words and not hyphens:
                openers.setdefault(plural_stem(words[0]), []).append(row)
    return places, openers


class TitlesInMemory:
    """`TitleWords` of titles held in memory (a profile not kept on disk)."""

    def __init__(self, titles: Iterable[str]) -> None:
        places, self._openers = index_titles(titles)
        self._places = {h: {w: spots(at) for w, at in places[h].items()} for h in places}
        self._sorted = {h: sorted(self._places[h]) for h in (False, True)}

    def places(self, hyphens: bool, word: str, prefix: bool) -> Spots:
        places = self._places[hyphens]
        if not prefix:
            return places.get(word, spots([]))
        ordered, found = self._sorted[hyphens], []
        for k in range(bisect.bisect_left(ordered, word), len(ordered)):
            if not ordered[k].startswith(word):
                break
            found.append(places[ordered[k]])
        return np.concatenate(found) if found else spots([])

    def openers(self, stem: str) -> list[int]:
        return self._openers.get(stem, [])


def spots(pairs: list[tuple[int, int]] | bytes) -> Spots:
    """(row, place) pairs as an array: from a list, or from the bytes kept in the file."""
    if isinstance(pairs, bytes):
        return np.frombuffer(pairs, dtype=np.int32).reshape(-1, 2)
    return np.array(pairs, dtype=np.int32).reshape(-1, 2)
