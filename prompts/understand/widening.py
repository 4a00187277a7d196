"""'Not just X' said beside a question widens it: 'Not just Valley3: which papers list Y?',
'who wrote K-frames, not only the first author?' ask for the whole answer (every paper,
every author), X included. So the clause is read away and the question answered whole; a
bare 'not X' ('Not Valley3: ...', 'papers with Y, not Valley3') still leaves X out, and
'not just X but Y' (one clause) is left as said."""

from __future__ import annotations

import re

from pydantic import BaseModel

NOT_JUST = r"(?:not|n['’]?t)\s+(?:just|only|merely|simply|solely|exclusively)"
_THING = r"[^:;?!()\[\]–—]{1,60}?"
# Said first and set apart: 'Not just Valley3:', 'Not only the first-authored one -',
# 'not just the year, the full date: ...'; not 'Not only X, but also Y'.
_OPENING = rf"^\W*(?:(?:and|but|so|ok(?:ay)?)\s*,?\s+)?{NOT_JUST}\s+"
LEADING = re.compile(rf"{_OPENING}(?P<x>{_THING})\s*(?:[:;–—]|\s-+\s)\s*(?=\w)", re.IGNORECASE)
LEADING_COMMA = re.compile(
    rf"{_OPENING}(?P<x>[^,:;?!()\[\]–—]{{1,60}}?)\s*,(?!\s*(?:but|also|and\s+also)\b)\s*(?=\w)",
    re.IGNORECASE,
)
# Said last and set apart: '..., not just Valley3?', '... (not only the first one)', '... -
# not just the lead author'.
TRAILING = re.compile(
    rf"(?:\s*[,;]|\s+[-–—]+)\s*(?:(?:and|but)\s+)?{NOT_JUST}\s+(?P<x>[^,;:?!()]{{1,60}}?)"
    r"(?=\s*[?.!]*\s*$)"
    rf"|\s*\(\s*{NOT_JUST}\s+(?P<y>[^()]{{1,60}}?)\s*\)",
    re.IGNORECASE,
)
# 'Not Jianing Wang alone: ...', 'not X by himself -': the same widening, said with 'alone'
LEADING_ALONE = re.compile(
    r"^\W*(?:(?:and|but|so)\s*,?\s+)?not\s+(?P<x>[^:;,?!()\[\]–—]{1,60}?)\s+(?:alone|by\s+"
    r"(?:him|her|them)sel(?:f|ves))\s*(?:[:;,–—]|\s-+\s)\s*(?=\w)",
    re.IGNORECASE,
)
# A person set apart, then a pronoun paired with another name: 'both him and Chengyu Wang'
NAME = re.compile(r"^(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})$")
PAIRED_PRONOUN = re.compile(
    r"\b(?:him|her|them)(?=\s+(?:and|&)\s+(?-i:[A-Z]))"
    r"|(?<=(?-i:[a-z])\sand\s)(?:him|her|them)\b|(?<=(?-i:[a-z])\s&\s)(?:him|her|them)\b",
    re.IGNORECASE,
)
# Said between commas inside: 'Which papers, not only Valley3, list Y?'
INSIDE = re.compile(
    rf",\s*{NOT_JUST}\s+(?P<x>[^,;:?!()]{{1,60}}?)\s*,(?!\s*(?:but|also)\b)",
    re.IGNORECASE,
)


# Said after the question, the thing is a part of the answer ('not only the first author',
# 'not just the first three', 'not only the led ones') or a name ('not just Valley3'); a
# subject said against the asked one ('..., not just small models') is read with it.
PART = re.compile(
    r"\b(?:first|1st|lead|led|last|senior|main|one|ones|(?:co-?)?authors?|\w+-authored|names?"
    r"|papers?|two|three|four|few|shown|listed|visible)\b|(?-i:[A-Z])",
    re.IGNORECASE,
)


class Widened(BaseModel):
    """The question without what it says it is not limited to, and that thing."""

    question: str
    beyond: str | None = None


def widened(question: str) -> Widened:
    """The question with its 'not just X' clause read away (X kept in `beyond`), when what is
    left still asks (two words or more); else as it is."""
    patterns = ((LEADING, ""), (LEADING_ALONE, ""), (LEADING_COMMA, ""), (TRAILING, ""))
    for pattern, joint in (*patterns, (INSIDE, " ")):
        m = pattern.search(question)
        if m is None:
            continue
        beyond = (m["x"] or m.groupdict().get("y") or "").strip()
        rest = re.sub(r"\s+", " ", question[: m.start()] + joint + question[m.end() :]).strip()
        if len(re.findall(r"\w+", rest)) < 2 or re.search(r"\bbut\b", beyond, re.I):
            continue  # 'Not only CV, but also NLP: which ...?' asks for both
        if pattern in (TRAILING, INSIDE) and not PART.search(beyond):
            continue  # '... on large models, not just small ones': a subject set against it
        if pattern in (LEADING, LEADING_ALONE, LEADING_COMMA):
            rest = rest[:1].upper() + rest[1:]
        if NAME.match(beyond):  # 'Not X alone: papers with both him and Y?': him is X
            rest = PAIRED_PRONOUN.sub(beyond, rest, count=1)
        return Widened(question=rest, beyond=beyond)
    return Widened(question=question)
