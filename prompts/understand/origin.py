"""An institution said to be where a named paper comes from ('the X paper was from Tsinghua',
'the Tsinghua-affiliated X', 'X (Tsinghua)', 'her tsinghua X paper'): the profile's only record
of where a paper comes from is the affiliation tag some author lines carry ('pku'), so the
word said is checked against the paper's tag. A word counts as an institution when it is one
of the profile's tags, or a name the profile does not use otherwise: no paper's word, no word
of the dictionary, no author's name, no paper's name, no category."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

WORD = r"[A-Za-z][\w&.]*[A-Za-z]"
# Where a word is said as the place a paper comes from
ORIGIN = re.compile(
    rf"\b(?:from|at|out\s+of)\s+(?:the\s+)?(?P<a>{WORD})"
    rf"|\b(?P<b>{WORD})[\s-](?:affiliated|based|led)\b"
    rf"|\((?P<c>{WORD})\)"
    # before the paper or its name ('the Tsinghua Meta-SN work'): looked for at every word
    rf"|\b(?P<d>{WORD})(?=\s+(?:[\w-]+\s+){{0,4}}?(?:paper|work|team|group|lab|authors?|study)\b)",
)


def said_origin(
    question: str,
    tags: Collection[str],
    ordinary: Callable[[str, bool], bool],
) -> str | None:
    """The institution the question says a paper comes from, as typed, or None. `tags`: the
    profile's affiliation tags, folded; `ordinary(word, named)`: is the folded word one the
    profile or the language uses otherwise (a paper's word, a name, a category; a dictionary
    word unless `named`, typed with a capital inside the question: 'Stanford')?"""
    for m in ORIGIN.finditer(question):
        key = next(k for k, g in m.groupdict().items() if g)
        at, word = m.start(key), m[key]
        low = word.casefold().rstrip(".")
        named = word[0].isupper() and question[:at].strip() != ""
        if low in tags or (len(low) >= 3 and not ordinary(low, named)):
            return word
    return None
