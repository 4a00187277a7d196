"""Corrections inside one message, kept as corrected before anything else reads the question:
'2021, sorry, I meant 2024', 'papers with Wang - no wait, Zhang', 'in 2022? Correction: 2024',
'in 2024 (not 2014, autocorrect)', 'Ignore my earlier question about 2025. ...'. Whatever the
slot (a year, a name, a category, a paper), the value said after the retraction takes the place
of the last value of the same shape said before it; 'papers not in 2024' is no correction and
stays a negation."""

from __future__ import annotations

import re

YEAR = r"(?<!\d)(?:19|20)\d\d(?!\d)"
# The words that take back what was just said ('sorry, typo, I meant', 'no wait', 'scratch
# that'), after a value in the same clause ('2021, sorry, 2024'), or as a sentence after it
# ('...in 2022? Correction: 2024')
STRONG = (
    r"(?:i\s+meant|i\s+mean|meant|no\s+wait|wait\s+no|wait|scratch\s+that|strike\s+that"
    r"|or\s+rather|make\s+that|sorry|oops|whoops|my\s+bad|no(?=\s*,))"
)
FILLER = r"(?:typo|sorry|oops|no|actually|my\s+bad|i\s+mean|wait)"
GAP = r"[\s,.!:–—-]+"
SAID_AFTER = re.compile(
    rf"\s*(?:,|-+|–|—|\.\.\.|…)\s*(?:{FILLER}{GAP})*{STRONG}\b(?:{GAP}(?:{FILLER}|{STRONG})\b)*"
    r"[\s,:–—-]*"
    r"|(?<=[?.!])\s*(?:correction|edit|update)\s*:\s*",
    re.IGNORECASE,
)
# A value said with the one it is not ('2024 (not 2014, autocorrect)', '2024, not 2023'): years
# exclude each other, so the second is only the slip
NOT_THAT = re.compile(
    rf"(?P<kept>{YEAR})\s*(?:\(\s*not\s+{YEAR}\b[^)]*\)|,\s*not\s+{YEAR}\b(?:\s*\([^)]*\))?)",
    re.IGNORECASE,
)
# An earlier question taken back as a whole: 'Ignore my earlier question about 2025.',
# 'forget the last one', 'never mind that'; not a thing set aside ('never mind the dates',
# 'forget the surveys'), which the rest of the message still needs
DROPPED = re.compile(
    r"^.*?\b(?:ignore|forget|disregard|never\s*mind|scratch)\s+(?:about\s+)?(?:(?:my|the|that)"
    r"\s+(?:(?:earlier|previous|last|first|above|other)\s+)?(?:question|ask|one|message)\b"
    r"|that\b|what\s+i\s+(?:said|asked|wrote|typed)\b)[^.?!:]*[.?!:]+\s*(?:what\s+i\s+"
    r"(?:actually|really)\s+(?:need|want|mean)\w*\s*(?:is|:)?\s*:?\s*)?",
    re.IGNORECASE,
)
CAPITAL = r"[A-Z][\w'’.-]*"
WORD_OF = re.compile(r"[\w'’.-]+")


def _shape(token: str) -> str:
    """The kind of value a token is: a year, a number, a name or label, or the word itself."""
    if re.fullmatch(YEAR, token):
        return "year"
    if token.isdigit():
        return "number"
    if token[:1].isupper():
        return "name"
    return "word:" + token.casefold()


def _same_shape(before: str, shape: str) -> tuple[int, int] | None:
    """The span of the last value of that shape in the text before a retraction (a run of
    capitalised words for a name), or None."""
    found = None
    for m in WORD_OF.finditer(before):
        if _shape(m[0].strip(".")) == shape:
            found = (m.start(), m.end())
    if found is None or shape != "name":
        return found
    start, end = found
    while prev := re.search(rf"({CAPITAL})\s+$", before[:start]):  # 'Zhang Wei': the whole run
        if prev.start(1) == 0:
            break
        start = prev.start(1)
    return start, end


def _value(after: str) -> tuple[str, str]:
    """The value said after a retraction (up to the clause's end), and the rest."""
    m = re.match(r"([^?.!;,(–—]+?)(\s*(?:[?.!;(–—]|\s-+\s|,\s*(?!not\b)|$).*)", after, re.DOTALL)
    if m is None:
        return "", after
    return m[1].strip(), m[2]


def _retracted(text: str) -> str:
    """The text with each value taken back replaced by the one said after it."""
    for m in SAID_AFTER.finditer(text):
        before, (value, rest) = text[: m.start()], _value(text[m.end() :])
        if not value or len(value.split()) > 6:
            continue
        first = WORD_OF.search(value)
        span = _same_shape(before, _shape(first[0].strip("."))) if first else None
        if span is None:
            continue
        start, end = span
        # one word takes the place of one ('in 2021 on graphs' -> 2024); more, of the clause's end
        tail = before[end:] if len(value.split()) == 1 else ""
        if re.search(r"[?.!]\s*$", tail) and rest.lstrip()[:1] in (".", "?", "!"):
            rest = " " + rest.lstrip(" .?!")
        rest = re.sub(r"^\s*(?:-+|–|—)\s*", " ", rest)  # '- sorry, CL papers - did she'
        return _retracted(before[:start] + value + tail + rest)
    return text


def corrected(question: str) -> str:
    """The question as its asker corrected it within the message; unchanged when nothing is
    taken back."""
    text = question
    dropped = DROPPED.match(text)
    if dropped is not None and text[dropped.end() :].strip():
        text = text[dropped.end() :]
    text = NOT_THAT.sub(r"\g<kept>", text)
    return _retracted(text)
