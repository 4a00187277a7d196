"""An institution said to be where a named paper comes from ('the X paper was from Tsinghua',
'the Tsinghua-affiliated X', 'was X from Stanford?', 'the pku X paper'): the profile's only
record of where a paper comes from is the affiliation tag some author lines carry ('pku'), so
the word said is checked against the paper's tag. Said only where the sentence makes it the
paper's origin: one of the profile's own tags anywhere, or a proper name after 'was from',
'came out of', 'affiliated with' or before '-affiliated'; never a venue ('at SIGIR'), a
quantity in brackets ('(params)'), a model ('which Llama version'), a place said of something
else ('ophthalmologists from Europe'), or a word the profile uses otherwise."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

WORD = r"[A-Za-z][\w&.]*[A-Za-z]"
# Where a proper name is said as the place a paper comes from
ORIGIN = re.compile(
    rf"\b(?:was|is|were|are|came|comes|come)\s+(?:out\s+of|from)\s+(?:the\s+)?(?P<a>{WORD})"
    rf"|^\W*(?:was|is|were|are)\s+(?:the\s+)?[\w-]+(?:\s+(?:paper|work))?\s+from\s+(?:the\s+)?"
    rf"(?P<b>{WORD})"
    rf"|\b(?P<c>{WORD})[\s-](?:affiliated|based)\b|\baffiliated\s+with\s+(?:the\s+)?(?P<d>{WORD})",
    re.IGNORECASE,
)
# An acronym or a name with capitals inside ('SIGIR', 'RoI', 'GPUs'): a venue, a measure or a
# method as often as an institution
CAPITALS = re.compile(r"\w[A-Z]")


def said_origin(
    question: str,
    tags: Collection[str],
    ordinary: Callable[[str], bool],
) -> str | None:
    """The institution the question says a paper comes from, as typed, or None. `tags`: the
    profile's affiliation tags, folded; `ordinary(word)`: is the folded word one the profile or
    the language uses otherwise (a paper's word, a function word, a name, a category, a month)?"""
    for word in re.findall(r"[\w&.-]+", question):
        if word.casefold().strip(".-") in tags:
            return word.strip(".-")
    for m in ORIGIN.finditer(question):
        word = next(g for g in m.groups() if g)
        proper = word[0].isupper() and not CAPITALS.search(word)
        if proper and len(word) >= 4 and not ordinary(word.casefold()):
            return word
    return None
