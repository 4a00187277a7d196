"""A clause that frames a count, said before it and set apart by a comma, colon, semicolon or
dash: why or for whom it is asked ('For a library catalogue,', 'Just for a fun fact in our
newsletter,'), what the asker is after ("I'm wondering how consistent the releases are:",
'Not the total, the mix:'), someone else's wondering ('Our press office wonders whether she
publishes late;'). When the count clause names its own papers (dates, categories, code,
title words, people), the frame's words restrict nothing: they are no topic."""

from __future__ import annotations

import re

from retrieval.filters import Filters

# Where the count proper starts
COUNT_CLAUSE = re.compile(
    r"\b(?:how\s+(?:many|mny|mnay|often)|(?:the\s+)?number\s+of|count\s+of|tally\s+of)\b"
    # ... or a list asked after an errand ('For a glossary: which titles include X?')
    r"|(?<=[,;:]\s)(?P<list>which|what|list|name)\b",
    re.IGNORECASE,
)
# An errand with its own object ('for a glossary', 'for our newsletter'), not 'for comparison
# with X', which says what the list is for
ERRAND = re.compile(r"^\W*(?:(?:just|only)\s+)?for\s+(?:a|an|my|our|the)\b", re.IGNORECASE)
# How a frame starts: the asker, their errand, someone of theirs, or a contrast
FRAME_START = re.compile(
    r"^\W*(?:(?:just|only|mostly)\s+)?(?:for\b|(?:i|we)(?:['’](?:m|re|d|ve)\b|\s+(?:am|are"
    r"|want|need|wonder|would|was|were)\b|\b)|(?:our|my|an?)\b|not\b|out\s+of\b|as\s+an?\b)",
    re.IGNORECASE,
)
# A frame that names a subject ('for a talk on RL,', 'I'm curious about GNNs:') keeps it
# ('a grant report covering 2022 and 2023': a span of time, read as dates, names no subject)
SUBJECT = re.compile(
    r"\b(?:on|about|regarding|concerning|covering(?!\s+(?:the\s+)?(?:years?\s+)?(?:\d{4}|'\d\d"
    r"|january|february|march|april|may|june|july|august|september|october|november|december)\b)"
    r"|into|in\s+the\s+area\s+of)\b|(?<!['’])\bre\b",
    re.IGNORECASE,
)
# Where a frame ends: a comma, colon, semicolon, dash or a sentence's end ('I'm checking a
# report. How many ...'), or the asker's need said before what is needed ('For a retrospective
# I need the number of ...')
SEPARATOR = re.compile(
    r"[,;:]|\s[-–—]+\s|[.?!](?=\s)"
    r"|\b(?:i|we)\s+(?:(?:would|['’]d)\s+like|need|want|am\s+after|['’]m\s+after)"
    r"(?:\s+to\s+(?:know|see|get|have|find(?:\s+out)?))?(?=\s)",
    re.IGNORECASE,
)


def frame_of(question: str) -> str:
    """The frame before the count clause ('For a bibliometrics exercise:'), or ''."""
    count = COUNT_CLAUSE.search(question)
    if count is None:
        return ""
    ends = [m.end() for m in SEPARATOR.finditer(question, 0, count.start())]
    frame = question[: ends[-1]] if ends else ""
    if not frame or not FRAME_START.match(frame) or SUBJECT.search(frame):
        return ""
    if count["list"] and not ERRAND.match(frame):
        return ""
    return frame


def framing_words(question: str) -> frozenset[str]:
    """The words of the frame before the count clause, folded; none when there is no frame."""
    return frozenset(re.findall(r"[\w'’-]+", frame_of(question).casefold()))


def restricts(filters: Filters, years: list[int]) -> bool:
    """Does the count clause name its own papers (not only a topic)?"""
    said = filters.model_dump(exclude_defaults=True)
    return bool(years) or any(said.get(k) for k in said)


def unframed(
    topic: str | None, question: str, filters: Filters, years: list[int], named: bool = False
) -> str | None:
    """The topic less the words said only in a frame of a count that names its own papers
    (`named`: by slots set after the filters, e.g. the words its titles say)."""
    frame = framing_words(question)
    if not topic or not frame or not (named or restricts(filters, years)):
        return topic
    kept = [w for w in topic.split() if w.casefold() not in frame]
    return " ".join(kept) or None


# A question opened by a verb of request in the imperative ('State the number of ...', 'Report
# the proportion ...', 'Identify the co-author ...', 'Compute her share ...'): a clause that
# starts with a bare word followed by a determiner or an object pronoun. The word is the ask,
# never the subject; words of the closed classes (question words, auxiliaries, pronouns,
# determiners, prepositions, conjunctions, greetings) open no such clause.
NOT_VERBS = frozenset(
    """what which who whom whose when where why how is are was were be been am do does did has
    have had can could will would should may might must shall i you he she they we it its his
    her their my our your the a an this that these those any some all every each no not in on
    for of about with from by to at since after before during between among over under into
    and but or so if when while hi hey hello ok okay yes please thanks thank kindly just now
    quick also then""".split()  # noqa: SIM905
)
OBJECTS = frozenset(
    """the a an all every each his her their its my me us your this that these those how which
    what whether any some""".split()  # noqa: SIM905
)
OPENING = re.compile(
    r"^\W*(?:(?:please|kindly|now|just|quick(?:ly)?)[\s,]+)?([a-z][\w-]*)\s+([a-z]+)\b", re.I
)


def request_verb(question: str) -> str | None:
    """The verb of a request that opens the question ('State' in 'State the number of ...'), or
    None."""
    m = OPENING.match(question)
    if m is None or m[1].casefold() in NOT_VERBS or m[2].casefold() not in OBJECTS:
        return None
    if m[1].casefold().endswith("ing"):  # 'Pooling every year together, ...': no imperative
        return None
    return m[1]


def unrequested(topic: str | None, question: str) -> str | None:
    """The topic less the request verb that opens the question."""
    verb = request_verb(question)
    if not topic or verb is None:
        return topic
    kept = [w for w in topic.split() if w.casefold() != verb.casefold()]
    return " ".join(kept) or None
