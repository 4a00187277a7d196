"""A property with more than two values that a question gives one named paper one way and its
abstract another: how many stages or phases its method has ('CURE is single-stage' where the
abstract trains 'in the second stage'), which natural language its data is in ('the CMedMRC
dataset is English' where the abstract builds a 'Chinese' one), where its data is from ('the
storm paper used European radar' where it is 'US-wide'), how many of a thing it has ('tested
on a single benchmark' where it reports 'six ... benchmarks'). Each is read from plain
English, in the question and in the paper's own sentences alike."""

from __future__ import annotations

import re

from prompts.answer.opposed import NEGATED
from prompts.understand.terms import NUMBER_WORDS
from retrieval.text import STOPWORDS, stem

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
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}
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
        ORDINALS[m["o"].casefold()] if m["o"] else int(m["d"]) for m in ORDINAL_STAGE.finditer(text)
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


# Places data or a study can be from, each with the wider place holding it: 'European radar',
# 'US-wide', 'from China' (case kept for 'US' and 'UK', never the word 'us')
PLACES = {
    "europe": ("(?i:europe|european|eu)", ""),
    "us": ("US|U\\.S\\.|USA|(?i:united\\s+states|america|american)", "north america"),
    "north america": ("(?i:north\\s+america|north\\s+american)", ""),
    "canada": ("(?i:canada|canadian)", "north america"),
    # 'Chinese radar', 'Chinese hospitals': a nationality said of where data is from
    "china": (
        "(?i:china|mainland|chinese(?=\\s+(?:radar|hospitals?|patients?|cities|stations?"
        "|provinces?|weather|gauges?|clinics?|sites?)))",
        "asia",
    ),
    "japan": ("(?i:japan)", "asia"),
    "korea": ("(?i:korea|south\\s+korea)", "asia"),
    "india": ("(?i:india)", "asia"),
    "asia": ("(?i:asia|asian)", ""),
    "uk": ("UK|(?i:britain|british|england|english\\s+(?:radar|hospitals?|data))", "europe"),
    "germany": ("(?i:germany)", "europe"),
    "france": ("(?i:france)", "europe"),
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


# 'a single benchmark', 'just one dataset', 'only 3 tasks', 'two languages'
FEW = {"single": 1, "one": 1} | NUMBER_WORDS
COUNT_OF = re.compile(
    rf"\b(?P<n>{'|'.join(FEW)}|\d{{1,3}})(?P<run>(?:\s+[a-z][\w-]*){{1,3}})", re.IGNORECASE
)


# A count said as a bound: 'more than 400', 'at least two', 'nearly 20' ('over' only before
# digits: 'over 400 diseases', not 'evaluations over six benchmarks')
BOUND = re.compile(
    r"~\s*$|\b(?:at\s+(?:least|most)|more\s+than|under|fewer\s+than|less\s+than|up\s+to|nearly"
    r"|almost|about|around|approximately|roughly|some)\s+(?:a\s+|an\s+)?$",
    re.IGNORECASE,
)


def _counts_of(text: str, bounded: bool = True) -> dict[str, tuple[int, str]]:
    """How many of each thing a text gives outright (the thing stemmed: the last word of
    the run after the number, up to a function word), and how it says it; `bounded`: also
    the counts said as a bound ('more than 400 diseases')."""
    found: dict[str, tuple[int, str]] = {}
    for m in COUNT_OF.finditer(text):
        before = text[max(0, m.start() - 20) : m.start()]
        over = m["n"].isdigit() and re.search(r"\bover\s+$", before, re.IGNORECASE)
        if not bounded and (BOUND.search(before) or over):
            continue
        run = []
        for w in m["run"].split():
            if w.casefold() in STOPWORDS:
                break
            run.append(w.casefold())
        if not run or not _unnegated(m, text):
            continue
        said = m["n"].casefold()
        n = FEW.get(said) or int(said)
        # more than one: the first plural ends it ('six benchmarks showcase'), else the last
        plural = (i for i, w in enumerate(run) if re.search(r"(?<![suiy])s$|ies$", w))
        end = next(plural, len(run) - 1) if n > 1 else len(run) - 1
        phrase = " ".join([m["n"], *m["run"].split()[: end + 1]])
        found.setdefault(stem([run[end]])[0], (n, phrase))
    return found


def _count(statement: str, own: list[str]) -> tuple[str, str] | None:
    """'R1-ShareVL was tested on a single benchmark' where its sentence says 'six ...
    benchmarks': the same thing counted otherwise. A count bounded or approximate on either
    side ('more than 400 diseases', '~100', 'at least two') is no count, nor is a thing the
    paper counts more than one way ('15 diseases', '52 diseases'), nor one it also says."""
    asked = _counts_of(statement, bounded=False)
    for thing, (n, phrase) in asked.items():
        said = [(m, s) for s in own for t, (m, _) in _counts_of(s).items() if t == thing]
        plain = {m for s in own for t, (m, _) in _counts_of(s, bounded=False).items() if t == thing}
        if len(said) and len(plain) == 1 and len({m for m, _ in said}) == 1 and n not in plain:
            return phrase, said[0][1]
    return None


def differing_value(statement: str, own: list[str]) -> tuple[str, str] | None:
    """The phrase of the statement giving a value (a number of stages, a language, a place,
    a count of a thing) and the paper's own sentence giving another; None when none differs
    or none is stated."""
    return (
        _stages(statement, own)
        or _language(statement, own)
        or _place(statement, own)
        or _count(statement, own)
    )
