"""A property with more than two values that a question gives one named paper one way and its
abstract another: how many stages or phases its method has ('CURE is single-stage' where the
abstract trains 'in the second stage'), which natural language its data is in ('the CMedMRC
dataset is English' where the abstract builds a 'Chinese' one), where its data is from ('the
storm paper used European radar' where it is 'US-wide'). Each is read from plain English, in
the question and in the paper's own sentences alike (a count of a thing is the assistant's
`_miscounted`)."""

from __future__ import annotations

import re

from prompts.answer.opposed import NEGATED
from prompts.understand.terms import ORDINAL_WORDS
from retrieval.model import Paper
from retrieval.text import split_sentences

COUNTS = {"single": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
COUNT = r"(?P<n>single|one|two|three|four|five|[1-5])"
# 'single-stage', 'one stage', 'a single training stage', 'two-phase', 'three stages'
STAGES = re.compile(
    rf"\b{COUNT}[- ](?:(?:training|learning|inference)\s+)?(?:stage|phase)s?\b",
    re.IGNORECASE,
)
# 'in the second stage', 'the third phase', 'stage 2': at least that many
ORDINAL_STAGE = re.compile(
    r"\b(?P<o>second|third|fourth|fifth)\s+(?:(?:training|learning)\s+)?(?:stage|phase)\b"
    r"|\b(?:stage|phase)\s+(?P<d>[2-5])\b",
    re.IGNORECASE,
)
# Natural languages a dataset or model can be in (not 'Korea', a place).
LANGUAGE = re.compile(
    r"\b(?P<lang>english|chinese|mandarin|cantonese|japanese|korean|french|german|spanish"
    r"|arabic|russian|hindi|vietnamese|portuguese|italian)\b",
    re.IGNORECASE,
)
SAME_LANGUAGE = {"mandarin": "chinese", "cantonese": "chinese"}


def _unnegated(m: re.Match[str], text: str) -> bool:
    return NEGATED.search(text[max(0, m.start() - 40) : m.start()]) is None


def _stages_said(text: str) -> tuple[int, str] | None:
    """The number of stages a text gives outright ('single-stage', 'two phases'), and how."""
    for m in STAGES.finditer(text):
        if _unnegated(m, text):
            said = m["n"].casefold()
            return COUNTS.get(said) or int(said), m[0]
    return None


def _stages_at_least(text: str) -> int:
    """The fewest stages a sentence's ordinals imply ('in the second stage': two)."""
    found = [
        ORDINAL_WORDS[m["o"].casefold()] if m["o"] else int(m["d"])
        for m in ORDINAL_STAGE.finditer(text)
    ]
    return max(found, default=0)


def _stages(statement: str, own: list[str]) -> tuple[str, str] | None:
    asked = _stages_said(statement)
    if asked is None:
        return None
    n, phrase = asked
    for sentence in own:
        stated = _stages_said(sentence)
        if stated is not None and stated[0] != n:
            return phrase, sentence
    for sentence in own:
        if _stages_at_least(sentence) > n:
            return phrase, sentence
    return None


def _languages(text: str) -> set[str]:
    return {
        SAME_LANGUAGE.get(m["lang"].casefold(), m["lang"].casefold())
        for m in LANGUAGE.finditer(text)
        if _unnegated(m, text)
    }


def _language(statement: str, own: list[str]) -> tuple[str, str] | None:
    asked = _languages(statement)
    if not asked or any(_languages(s) & asked for s in own):
        return None
    for sentence in own:
        if _languages(sentence):
            return next(iter(sorted(asked))).capitalize(), sentence
    return None


# A nationality said of where data is from ('Chinese radar', 'Japanese hospitals'), not of a
# language ('Chinese text')
_FROM = (
    r"(?=\s+(?:radar|hospitals?|patients?|cities|stations?|provinces?|weather|gauges?|clinics?"
    r"|sites?|satellites?|observations?|meteorolog\w*|rainfall))"
)
# Places data or a study can be from, each with the wider place holding it: 'European radar',
# 'US-wide', 'from China' (case kept for 'US' and 'UK', never the word 'us')
PLACES = {
    "europe": ("(?i:europe|european|eu)", ""),
    "us": ("US|U\\.S\\.|USA|(?i:united\\s+states|america|american)", "north america"),
    "north america": ("(?i:north\\s+america|north\\s+american)", ""),
    "canada": ("(?i:canada|canadian)", "north america"),
    # 'Chinese radar', 'Chinese hospitals': a nationality said of where data is from
    "china": (f"(?i:china|mainland|chinese{_FROM})", "asia"),
    "japan": (f"(?i:japan|japanese{_FROM})", "asia"),
    "korea": (f"(?i:korea|south\\s+korea|korean{_FROM})", "asia"),
    "india": (f"(?i:india|indian{_FROM})", "asia"),
    "asia": ("(?i:asia|asian)", ""),
    "uk": ("UK|(?i:britain|british|england|english\\s+(?:radar|hospitals?|data))", "europe"),
    "germany": (f"(?i:germany|german{_FROM})", "europe"),
    "france": (f"(?i:france|french{_FROM})", "europe"),
    "australia": ("(?i:australia|australian)", ""),
    "africa": ("(?i:africa|african)", ""),
}
PLACE = re.compile(
    "|".join(rf"(?<![\w-])(?P<p{i}>{said})(?![a-z])" for i, (said, _) in enumerate(PLACES.values()))
)


def _places(text: str, wider: bool = True) -> set[str]:
    """The places a text gives (unnegated), and with `wider` the places holding each."""
    keys = list(PLACES)
    found = set()
    for m in PLACE.finditer(text):
        if _unnegated(m, text):
            place: str = keys[int(next(k for k, v in m.groupdict().items() if v)[1:])]
            while place:
                found.add(place)
                place = PLACES[place][1] if wider else ""
    return found


def _place(statement: str, own: list[str]) -> tuple[str, str] | None:
    """'The storm paper used European radar' where its sentence says 'US-wide': neither
    place holds the other ('European' for 'France' is no other place)."""
    asked = {m[0] for m in PLACE.finditer(statement) if _unnegated(m, statement)}
    named, held = _places(statement, wider=False), _places(statement)
    if not named:
        return None
    for sentence in own:
        if named & _places(sentence) or _places(sentence, wider=False) & held:
            return None
    for sentence in own:
        if _places(sentence):
            return sorted(asked)[0], sentence
    return None


def differing_value(statement: str, own: list[str]) -> tuple[str, str] | None:
    """The phrase of the statement giving a value (a number of stages, a language, a place)
    and the paper's own sentence giving another; None when none differs or none is stated."""
    return _stages(statement, own) or _language(statement, own) or _place(statement, own)


def placed(question: str, papers: list[Paper]) -> tuple[str, list[tuple[Paper, str]]] | None:
    """'Did his weather papers use any data from China?' of papers none of whose own words name
    China, while their sentences name other places ('RAIN-F (Korea ...)', 'US-wide'): the place
    asked, and each paper's sentence naming where it is from; None when no place is asked, when
    a paper names it (or a place holding it, or one it holds), or none names any place."""
    named, held = _places(question, wider=False), _places(question)
    if not named:
        return None
    others: list[tuple[Paper, str]] = []
    for paper in papers:
        own = [paper.title, *split_sentences(paper.abstract)]
        if any(named & _places(s) or _places(s, wider=False) & held for s in own):
            return None
        if said := next((s for s in own if _places(s)), None):
            others.append((paper, said))
    place = sorted(named)[0]
    return (place.upper() if len(place) == 2 else place.title(), others) if others else None


def naming_place(question: str, paper: Paper) -> str | None:
    """The paper's own sentence (or title) naming the place the question asks (or one holding
    it, or one it holds: 'European' for 'France'), if any."""
    named, held = _places(question, wider=False), _places(question)
    if not named:
        return None
    own = [paper.title, *split_sentences(paper.abstract)]
    return next((s for s in own if named & _places(s) or _places(s, wider=False) & held), None)


def place_asked(question: str) -> bool:
    """Does the question name a place data can be from ('from China', 'US radar')?"""
    return bool(_places(question, wider=False))
