"""The asker's situation said before the question, whoever they are: 'midwife here, not a
techie:', "I'm a botanist;", 'As a football referee I review the whole replay.', '(voicemail
transcript) hi it's Dana from the alumni magazine um ...', 'we get a lot of crumpled
paperwork.'. Found by the shape of the clause (a label before 'here', 'I'm a <anything>', 'not
a <anything>' after them, 'As a <anything> I/we ...', a first-person statement, a stage
direction in brackets, a caller's 'it's <Name> from <org>', a filler 'um'), never by a list of
roles: any job, hobby or errand fits. Whether it is dropped is decided by the profile's own
words and the request (`without_situation`): words no paper uses are never a subject; words
some paper uses stay when the request leans on them ('Any papers on that?')."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from prompts.understand.asides import ASKS, CLAIMED
from prompts.understand.asker import GREETING
from prompts.understand.context import LEANS_BACK, OPENS_ASK, WH

# What sets a clause apart, and where a question starts without a mark before it.
_SEP = r"\s*(?:[,;:.!]+|\s[-–—]+)\s*"
_OPENER = (
    r"(?:what|which|who|whom|whose|how|when|where|why|whether|is|are|was|were|does|do|did|has"
    r"|have|had|can|could|would|will|should|any|anything|list|show|tell|give|name|count|find"
    r"|please)\b"
)
_END = rf"(?:{_SEP}|\s+(?={_OPENER}))"
WORD = re.compile(r"[\w'’-]+")
# A phrase of one to four words, none a word that says a subject or an errand ('working on
# X', 'in fintech', 'who builds ...'): those say what the asker works on, kept as said.
_FREE = r"(?!(?:on|about|in|into|of|for|with|at|who|that|and|or|from|to|by)\b)"
_NP = rf"(?:{_FREE}[\w'’&/-]+\s+){{0,3}}?{_FREE}[\w'’&/-]+"
_I_AM = r"(?:i['’]?m|i\s+am|im|we['’]?re|we\s+are)"
_NAME = r"(?-i:[A-Z][a-z'’-]+)(?:\s+(?-i:[A-Z][a-z'’-]+))?"
# Each shape of a clause about the asker, said at the start of what is left.
SHAPES = {
    # '(voicemail transcript)', '[forwarded message]': a stage direction, lower case words
    "stage": r"\W*[(\[]\s*(?:[a-z'’-]+\s+){0,4}[a-z'’-]+\s*[)\]]\s*",
    # "hi it's Dana from the alumni magazine", 'This is Sam at the library, ...'
    "caller": rf"\W*(?:(?:hi|hey|hello)(?:\s+there)?\s*[,!.]?\s+)?(?:it['’]s|this\s+is"
    rf"|my\s+name\s+is|my\s+name['’]s|i['’]m)\s+{_NAME}(?:\s+(?:from|at|with|of)\s+{_NP})?{_END}",
    # 'midwife here,', 'A tax auditor here -', 'sommelier here:'
    "here": rf"\W*(?!{_OPENER}){_NP}\s+here{_SEP}",
    # "I'm a botanist;", 'we are two crossing guards,', "I'm just a beekeeper:"
    "i_am": rf"\W*(?:(?:so|ok|okay|well)\s*,?\s+)?{_I_AM}\s+(?:(?:just|only|also|simply)\s+)?"
    rf"(?:an?|the|two|three|some)\s+{_NP}{_SEP}",
    # 'As a football referee I review the whole replay, not just where the ball ended up.'
    "as_a": rf"\W*as\s+an?\s+{_NP}\s*,?\s+(?:i|we)\b[^.?!]*[.!]+\s+",
    # 'we get a lot of crumpled, badly photocopied paperwork.'
    "first_person": r"\W*(?:i|we|my|our)\b[^.?!]*[.!]+\s+",
}
# Shapes said only after another about the asker: 'not a techie:' after 'midwife here,', a
# statement about their world after "I'm a botanist;" ('plants come in family trees.').
CHAINED = {
    "not_a": rf"\W*(?:(?:and|but)\s+)?(?:{_I_AM}\s+)?(?:really\s+|definitely\s+)?not\s+"
    rf"(?:an?|the)\s+{_NP}{_SEP}",
    "statement": r"\W*[^.?!]{3,200}?[.!]+\s+",
}
_SHAPES = {k: re.compile(v, re.IGNORECASE) for k, v in SHAPES.items()}
_CHAINED = {k: re.compile(v, re.IGNORECASE) for k, v in CHAINED.items()}
# Words that may stand capitalised in a clause about the asker: its first word, 'I'.
_CAPITAL = re.compile(r"(?<=\s)(?-i:[A-Z])[\w'’-]*")
# 'um', 'uh', 'erm': a filler said aloud, never a word of the question.
FILLER = re.compile(r"(?<![\w'’-])(?:u+m+|u+h+m*|e+r+m+|hmm+)(?![\w'’-])\s*,?\s*")
# What pointed at the situation, once it is gone: 'that kind of', 'this sort of', 'such'.
POINTER = re.compile(
    r"\b(?:(?:that|this|those|these)\s+(?:kinds?|sorts?|types?)\s+of|such)\s+", re.IGNORECASE
)
# Kinds that speak of the message or the caller, never of a subject: they go whatever the
# profile's words ('[forwarded voicemail]': some paper says 'forward').
MESSAGE = frozenset({"stage", "caller"})
# Kinds that say what the asker does or meets: before a request naming no subject of its own
# they are its subject, whatever words they use ('We run a locksmith shop and sort emails by
# urgency. Which papers would help us?': none would).
STATEMENTS = frozenset({"as_a", "first_person", "statement"})
# A belief or a memory of the asker is a claim to check, not their situation ('I think they
# stopped ... .', 'I bet he never ...').
BELIEF = re.compile(
    r"\b(?:think|thought|assume[ds]?|assuming|believe[ds]?|guess(?:ed)?|heard|read|recall"
    r"|remember|told|suppose[ds]?|sure|bet|doubt)\b",
    re.IGNORECASE,
)
# What a bracket says to qualify what is asked ('(2023 only)', '(not CV)').
QUALIFIER = re.compile(r"\d|\b(?:only|not|no|just|except|excluding|incl\w*|mainly)\b", re.I)


class Judges(NamedTuple):
    """What the profile's data says of a piece of the message."""

    stands: Callable[[str], bool]  # the request names a subject of its own some paper uses
    used: Callable[[str], bool]  # some paper uses a content word of it
    named: Callable[[str], bool]  # it names a paper or a person other than the owner


MIN_ASK = 4  # words the question keeps on its own after the situation


def _about_asker(said: str, kind: str) -> bool:
    """May a clause of this shape be context: no number (a date), no capitalised word past its
    first but 'I' (a paper or a person named), no claim to check ('I read that X ...'), asking
    nothing ('I need papers on X.')?"""
    if kind == "caller":
        return True
    if kind == "stage":  # '(2023 only)', '(not CV)' qualify what is asked
        return not QUALIFIER.search(said)
    caps = [w for w in _CAPITAL.findall(said) if w not in ("I", "I'm", "I’m")]
    if re.search(r"\d", said) or caps or CLAIMED.search(said) or BELIEF.search(said):
        return False
    return kind not in ("as_a", "first_person", "statement") or not ASKS.search(said)


def _next(
    text: str, at: int, chained: bool, named: Callable[[str], bool]
) -> tuple[str, str, int] | None:
    """The clause about the asker said at `at`, with its kind and end, or None. One naming a
    paper or a person ('my list so far = keml, smedbert.') is none, but a caller's name."""
    shapes = {**_SHAPES, **_CHAINED} if chained else _SHAPES
    for kind, shape in shapes.items():
        m = shape.match(text, at)
        if m and m.end() < len(text) and _about_asker(m[0], kind):
            if kind == "caller" or not named(m[0]):
                return m[0], kind, m.end()
            return None
    return None


def _asks(text: str) -> bool:
    return bool(WH.search(text) or OPENS_ASK.match(text) or ASKS.search(text))


def without_situation(question: str, judges: Judges) -> str:
    """The question without the clauses said first about the asker (see the module), when
    what is left asks on its own (`MIN_ASK` words or more). A label ('X here', "I'm a X")
    goes when no word of it is one some paper uses (`judges.used`: it cannot be a subject);
    any clause goes when what is left names its own subject (`judges.stands`; slots alone,
    as 'which have code?', lean on it) without pointing back at it ('that', 'such', 'like
    this'); otherwise it stays, as the subject the request leans on. A stage direction and a
    caller's name go whatever the words (`MESSAGE`), unless the request leans back. Fillers
    ('um') go anyway."""
    text = " ".join(FILLER.sub(" ", question).split()) if FILLER.search(question) else question
    said: list[tuple[str, str]] = []
    at = len(text) - len(GREETING.sub("", text, count=1))  # after 'hey, '
    while found := _next(text, at, bool(said), judges.named):
        said.append(found[:2])
        at = found[2]
    rest = text[at:].strip()
    if not said or len(WORD.findall(rest)) < MIN_ASK or not _asks(rest):
        return text
    # 'that kind of hierarchical structure' names its subject itself; 'anything like that?'
    # leans on what was said before
    leans = LEANS_BACK.search(POINTER.sub("", rest)) is not None
    alone = judges.stands(rest) and not leans
    kept = [
        s
        for s, kind in said
        if not alone and (kind in STATEMENTS or judges.used(s)) and (leans or kind not in MESSAGE)
    ]
    if not kept:  # what pointed back at the situation points at nothing now
        rest = POINTER.sub("", rest)
    return " ".join([*(s.strip() for s in kept), rest])
