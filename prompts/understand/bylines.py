"""A pick conditioned on the owner's name being shown on a paper's author line: 'the paper with
Qiu's name on it right before CODA', 'the last paper before 2024 that lists her among its
authors'. The condition filters the papers before the place is taken (the author lines show a
few names, so not every listed paper shows the owner's)."""

from __future__ import annotations

import re

from prompts.understand.people import ON_BYLINE, PLACE

PRONOUN = r"(?:his|her|their|hers|theirs|him|them|she|he|they)"


def _shown(owner: str) -> str:
    """The owner's name said as seen on the author line, by the name or a pronoun."""
    parts = [re.escape(p) for p in owner.split()]
    who = rf"(?:{'|'.join([re.escape(owner), *parts])}|{PRONOUN})"
    return (
        rf"\b{who}(?:['’]s?)?\s+name\s+(?:is\s+|was\s+)?(?:on|in|visible|shown|appears?|among)\b"
        rf"|\bname\s+(?:visible|shown|appears?)\b"
        rf"|\b(?:listing|lists|naming|names|credits|crediting|showing|shows)\s+{who}\b"
        rf"|\b{who}\s+(?:appears?|is|was|shows?\s+up)\s+(?:among|in|on)\s+(?:the\s+|its\s+)?"
        r"(?:listed\s+|visible\s+|shown\s+)?(?:authors?|author\s+list|by-?line)"
        rf"|{ON_BYLINE}"
    )


def owner_shown(question: str, owner: str) -> bool:
    """Whether the question asks for papers that show the owner's name on the author line."""
    return re.search(_shown(owner), question, re.IGNORECASE) is not None


# The facts of an author's place on the byline
AUTHOR_PLACES = frozenset({"first_author", "last_author", "nth_author"})
# The words of a place on the byline ('third name on the byline', 'named first', 'from the
# byline shown'): the record's own author order said again, never a subject
BYLINE_WORDS = (
    rf"(?:{PLACE})(?:-(?:named|listed))?|named|listed|names?|slots?|spots?|positions?"
    r"|places?|by-?lines?|among|authors?|show(?:s|n|ing)?|up|appears?|line|lists?"
    r"|sits?|sitting|stands?|comes?|right|directly|immediately|behind|after|following"
    r"|holds?|holding|held|takes?|took|occup\w*"
)


def off_byline(topic: str | None) -> str | None:
    """The topic less the words that say a place on the byline, or None if nothing is left."""
    kept = [w for w in (topic or "").split() if not re.fullmatch(BYLINE_WORDS, w, re.IGNORECASE)]
    return " ".join(kept) or None
