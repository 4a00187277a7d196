"""Modifiers on a topic the question sets: a subject its papers are asked without."""

from __future__ import annotations

import re
from functools import cache

from prompts.understand.lexicon import GENERIC_HEADS
from retrieval.text import stem

# 'X but not Y', 'X other than Y', 'X excluding Y', 'X that isn't about Y', 'X beyond Y',
# 'besides Y, what X ...': the words after the cue, up to the clause's end, are set aside.
EXCLUDING = re.compile(
    r"\b(?:but\s+not|other\s+than|excluding|except(?:\s+for)?|besides|beyond|apart\s+from"
    r"|aside\s+from|rather\s+than|not\s+counting"
    r"|(?:that|which)\s+(?:is|are|was|were)(?:n['’]?t|\s+not)(?:\s+(?:about|on|for))?"
    # 'text that isn't in the image', 'objects that are not present': where, no subject aside
    r"(?!\s+(?:in|at|from|inside|within|there|present|visible|shown|seen|found|given|said"
    r"|stated|mentioned)\b)"
    r"|(?:that|which)\s+(?:do|does|did)(?:n['’]?t|\s+not)\s+(?:cover|address|target|do)"
    r"|\b(?:is|are|was|were)n['’]t\s+(?:about|on)"
    r"|not\s+(?:about|on|for)"
    # 'Not rain: anything on snow or hail?': a subject set aside before the ask (not 'not just
    # X', which widens; after the ask, ', not X' is as often a manner, 'not everything from
    # the KB', or a modality read elsewhere, 'for images, not text')
    r"|^\W*not)\s+(?!(?:just|only|merely|simply|even|yet|sure|really)\b)",
    re.IGNORECASE,
)
# 'Rather than' before a preposition contrasts two ways of doing one thing ('models answering
# from memory rather than from the image', '... rather than using RL'): no subject set aside.
MANNER = re.compile(
    r"rather\s+than\s+(?:from|on|in|with|by|to|at|through|via|using|relying)\b", re.IGNORECASE
)
# A rank or an extreme, not a subject: 'Not the longest: ...', 'Not the most recent one: ...'
RANKED = re.compile(r"[a-z]+est|most|least|first|last|latest|earliest|newest|oldest|top")
BUT_NEXT = re.compile(r"\s*but\b", re.IGNORECASE)
# Where a subject set aside ends: a clause's punctuation or a question word.
CLAUSE_END = re.compile(r"[,;:?!.()]|\b(?:what|which|who|how|where|when|why)\b", re.IGNORECASE)
# A kind of contribution, not a subject: 'analyses rather than (proposing) new models',
# 'rather than needing a new architecture' set aside no papers on a subject (every paper
# names a model or a method): nothing is split off. Verbs of making or needing one count too.
GENERIC = GENERIC_HEADS | frozenset(
    """paper papers study studies architecture architectures algorithm algorithms tool tools
    solution solutions contribution contributions one ones thing new novel own existing
    standard typical usual just only merely simply propose introduce build built develop
    design create make made need require use add change modify""".split()  # noqa: SIM905
)


@cache
def _generic_stems() -> frozenset[str]:
    return frozenset(stem(sorted(GENERIC)))


def names_no_subject(words: list[str]) -> bool:
    """Every word names a kind of contribution or the making of one, no subject ('new
    models', 'novel frameworks': set aside, no papers)."""
    low = [w.casefold() for w in words]
    return all(w in GENERIC or s in _generic_stems() for w, s in zip(low, stem(low), strict=True))


def excluded_part(question: str, topic: str | None) -> tuple[str, str | None] | None:
    """The topic split into the subject asked and the one set aside ('video understanding
    but not generation': ('video understanding', 'generation'); 'analyses rather than new
    models': ('analyses', None)); None when no cue sets part of it aside (all of it set
    aside is the papers off the topic, see the router)."""
    words = (topic or "").split()
    if len(words) < 2:
        return None
    at: list[int] = []
    start = 0
    for word in words:
        pattern = rf"(?<![\w-]){re.escape(word)}(?![\w-])"
        found = re.compile(pattern, re.I).search(question, start) or re.search(
            pattern, question, re.I
        )
        at.append(found.start() if found else -1)
        start = found.end() if found else start
    for cue in EXCLUDING.finditer(question):
        if MANNER.match(question, cue.start()):
            continue  # 'answering from memory rather than from the image': one behaviour
        end = CLAUSE_END.search(question, cue.end())
        stop = end.start() if end else len(question)
        inside = [cue.end() <= a < stop for a in at]
        kept = [w for w, i in zip(words, inside, strict=True) if not i]
        aside = [w for w, i in zip(words, inside, strict=True) if i]
        opening = cue.start() == 0 or not question[: cue.start()].strip(" \t\"'(")
        # 'Not the longest: which title ...' sets aside a rank, no subject; 'Not general
        # fusion, but explicit alignment ...' puts the emphasis, no subject aside either
        ranked = any(RANKED.fullmatch(w.casefold()) for w in aside)
        if opening and (ranked or BUT_NEXT.match(question, stop + 1)):
            continue
        if kept and aside:  # a kind of contribution set aside: not searched, no papers aside
            return " ".join(kept), None if names_no_subject(aside) else " ".join(aside)
    return None
