"""A part of the papers the question sets aside in its own words, read in one place and two
ways. A clause: 'leaving out reasoning, what did he publish in CV?', 'knowledge-enhanced LMs,
leaving the medical ones aside', 'not the ones without code: which ...': the clause is cut
from the question, what it names is read as any subject is (a topic, a category, a year, code,
a person) and those papers are taken from the answer (`set_aside`). A topic's own words: 'video
understanding but not generation', 'analyses rather than new models': the topic is split into
the subject asked and the one set aside, whose papers are taken out (`excluded_part`, the
Query's `excluded`)."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from prompts.understand.lexicon import GENERIC_HEADS
from prompts.understand.terms import NUMBER_WORDS
from retrieval.text import compiled, stem

YEARS_SPANNED = 10  # a wider span set aside is no list of years ('before 2000')
# The verbs of setting aside: 'leaving out X', 'setting X aside', 'putting aside X'; said bare
# only to open the question ('Leave out X: ...') or after 'you', 'once' ('once you set aside
# X'), as 'did they leave out reranking?' asks of a paper and 'put out' publishes.
START = (
    r"(?:^|(?<=[.!?;:]\s)|(?<=^please\s)|(?<=\byou\s)|(?<=\bwe\s)|(?<=\bonce\s)|(?<=\bif\s)"
    r"|(?<=\bwhen\s))\s*"
)
LEAVE = rf"(?:leaving|setting|putting|laying|keeping|{START}(?:leave|set|put|lay|keep))"
OUT = rf"(?:leaving|{START}leave)"
APART = r"(?:aside|apart|to\s+one\s+side)"
# Where the part set aside ends: a clause's punctuation, a dash, a question word.
END = (
    r"(?=\s*(?:[,;:?!.()]|\s[-–—]\s|$)"
    r"|\s+(?:what|which|who|how|where|when|whose|does|do|did|has|have|is|are)\b)"
)
# The words setting a part aside that both readings share
SHARED = (
    r"but\s+not|other\s+than|excluding|except(?:\s+for)?|besides|apart\s+from|aside\s+from"
    r"|not\s+counting"
)
PART = r"(?P<{}>[^,;:?!.()]+?)"
CUES = (
    rf"\b(?:{LEAVE}\s+{APART}|{OUT}\s+out)\s+{PART.format('after')}{END}"
    rf"|\b(?:{LEAVE}|{OUT})\s+(?P<between>(?!(?:{APART}|out)\b)[^,;:?!.()]+?)\s+(?:{APART}|out)\b"
    rf"|\b(?:{SHARED}|not\s+including|barring|outside(?:\s+of)?"
    # said of the papers, not of a model ('mllms ignoring the picture'): opening a clause
    r"|(?:^|(?<=[,;:]\s)|(?<=^please\s))(?:ignoring|disregarding|skipping|omitting))"
    rf"\s+{PART.format('part')}{END}"
)
SET_ASIDE = re.compile(CUES, re.IGNORECASE)
# 'Not the medical BERTs, please: which ...', 'Not the recommendation papers: what ...': a part
# set aside said first (not 'not just X', which widens, nor 'not sure ...').
FRONTED_NOT = re.compile(
    r"^\W*not\s+(?!(?:just|only|merely|simply|sure|quite|really|even|that|too|so|yet|much"
    r"|many|every|all|one|a\s+single)\b)(?P<part>[^,;:?!.()]+?)\s*(?:,\s*please\s*)?[,;:]\s*",
    re.IGNORECASE,
)
# Said first, a part set aside names papers ('not the recommendation papers: ...'); other
# words ('not the method: is X's code out?', 'not rain: ...') say what is not asked.
PAPERS_SAID = re.compile(
    r"\b(?:papers?|ones|works|publications?|articles?|studies)\b(?!\s+themselves)", re.I
)
# A part described by what its papers do ('plain chatbots that only answer from memory',
# 'papers where only one of them is named'): no subject to set aside by its words.
DESCRIBED = re.compile(r"\b(?:that|which|who|where|whose|whom)\b", re.IGNORECASE)
# 'Not general fusion, but explicit alignment ...': a contrast, nothing set aside.
CONTRAST = re.compile(r"^\s*(?:but|rather)\b", re.IGNORECASE)
NOUN_FIRST = re.compile(r"\s*(?:the|a|an|his|her|their|its|my|our)\b", re.IGNORECASE)
# A place outside a subject, not a part of the papers: 'outside its training distribution',
# 'generalises outside the domain it was trained on' (a topic, OOD, not the papers off one).
OWN_SETTING = re.compile(
    r"^(?:(?:its|their|the\s+model['’]?s)\b|(?:the\s+)?(?:training|train|target|seen|source)\b"
    r"|(?:the\s+)?(?:domain|distribution|data)\s+(?:it|they)\b)",
    re.IGNORECASE,
)
# 'outside' names papers set aside when what follows is a field: 'outside the medical domain',
# 'outside NLP' (a category, see `merged`).
FIELD_PLACE = re.compile(
    r"\b(?:domains?|fields?|areas?|realms?|world|space|sphere|ones|papers|work)\s*$", re.I
)


KIND_BEFORE = re.compile(
    r"\s(?:(?:in|from|of)\s+)?(?:(?:an?|any|some)\s+)?years?\s*$",
    re.IGNORECASE,
)
# ... but not years counted, a window kept: 'in the past two years except CV'
YEARS_COUNTED = re.compile(
    rf"\b(?:\d+|{'|'.join(NUMBER_WORDS)}|last|past|previous|recent|few|several)\s+years?\s*$",
    re.IGNORECASE,
)


class Aside(NamedTuple):
    """The question less the clause setting a part aside, and that part's words."""

    rest: str
    part: str
    outside: bool  # said with 'outside' and no field word: only a category is a part


def set_aside(question: str) -> Aside | None:
    """The clause setting a part of the papers aside, cut out, or None (no such clause, a
    contrast 'not X, but Y', a place outside a model's own setting)."""
    if fronted := FRONTED_NOT.match(question):
        rest = question[fronted.end() :]
        # 'not individual papers, the recurring ideas: ...' corrects what is asked
        corrected = fronted[0].rstrip().endswith(",") and NOUN_FIRST.match(rest)
        if CONTRAST.match(rest) or corrected or not PAPERS_SAID.search(fronted["part"]):
            return None  # 'not the metric: what ...?' says what is not asked, no papers aside
        return Aside(rest, fronted["part"].strip(), False)
    for cue in SET_ASIDE.finditer(question):
        part = (cue["after"] or cue["between"] or cue["part"] or "").strip()
        if not part or OWN_SETTING.match(part):
            continue
        # 'outside the medical domain' sets a part aside; 'outside NLP' when NLP is a category
        outside = cue[0].casefold().startswith("outside") and not FIELD_PLACE.search(part)
        # 'published in a year other than 2025': the year the part qualifies
        before = question[: cue.start()]
        before = before if YEARS_COUNTED.search(before) else KIND_BEFORE.sub("", before)
        rest = before + " " + question[cue.end() :]
        rest = re.sub(r"^\W*[,;:]\s*|\s+(?=[,;:?!.])", "", rest.strip())
        rest = re.sub(r"[,;:]\s*(?=[?!.]?\s*$)", "", rest)  # 'X, leaving Y aside?': 'X?'
        if len(re.findall(r"\w+", rest)) < 2:
            return None
        return Aside(rest, part, outside)
    return None


# 'X but not Y', 'X other than Y', 'X excluding Y', 'X that isn't about Y', 'X beyond Y',
# 'besides Y, what X ...': the words after the cue, up to the clause's end, are set aside.
EXCLUDING = re.compile(
    rf"\b(?:{SHARED}|rather\s+than"
    # 'beyond X' sets X aside; 'go beyond X to Y' reaches Y, and sets nothing aside
    r"|beyond(?![^,;:?!.]*\b(?:to|into)\b)"
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
# Where a subject set aside in a topic ends: a clause's punctuation or a question word.
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
        said = compiled(rf"(?<![\w-]){re.escape(word)}(?![\w-])", re.I)
        found = said.search(question, start) or said.search(question)
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


# What joins subjects under one negation: 'neither X nor Y', 'not about X or Y', 'X, Y or Z',
# 'X and not Y', 'X / Y' ('and' alone joins one subject: 'vision and language')
JOINED = re.compile(
    r"(?:,|/|\bn?or\b|\band\s+(?:not|no|nothing|never)\b|\band\s+(?:neither|nor)\b)", re.I
)
# Where what one negation joins ends: examples or a gloss ('- like X', ', e.g. X', 'such as')
EXAMPLES = re.compile(
    r"\s[-–—]\s|[;:()?!]|\b(?:like|e\.?g\.?|i\.?e\.?|such\s+as|for\s+example|say|rather\s+than"
    r"|instead\s+of|but)\b",
    re.IGNORECASE,
)
AND = re.compile(r"\b(?:and|&)\b|&", re.IGNORECASE)
# The words that may stand between two joined subjects besides the joining one
BETWEEN = frozenset(
    """about on in of for with from the a an any to as papers paper ones work works research
    anything something stuff things topics subjects areas fields either neither not nor or
    and no nothing never related regarding involving concerning covering using use""".split()  # noqa: SIM905
)


def joined_subjects(question: str, topic: str | None, listed: bool = False) -> list[str]:
    """The subjects a topic joins ('e-commerce nor ... medicine': ['e-commerce', 'medicine']):
    its words split where the question joins them with 'or', 'nor', a comma, a slash or 'and
    not'; one subject (no split) gives []. `listed`: the words a cue sets aside ('excluding X
    and Y'), where 'and' joins two subjects as well."""
    words = (topic or "").split()
    if len(words) < 2:
        return []
    spans: list[tuple[int, int]] = []
    start = 0
    for word in words:
        found = compiled(rf"(?<![\w-]){re.escape(word)}(?![\w-])", re.I).search(question, start)
        if found is None:
            return []  # a word as the question does not say it: read as one subject
        spans.append(found.span())
        start = found.end()
    # the examples after it are no part of what is left out ('not about text - like radar')
    ends = EXAMPLES.search(question, spans[0][1])
    if ends is not None and spans[-1][0] >= ends.start():
        return []
    sides, side = [], [words[0]]
    for i in range(1, len(words)):
        between = question[spans[i - 1][1] : spans[i][0]]
        plain = all(w.casefold() in BETWEEN for w in re.findall(r"[\w'’-]+", between))
        if plain and (JOINED.search(between) or (listed and AND.search(between))):
            sides.append(" ".join(side))
            side = []
        side.append(words[i])
    sides.append(" ".join(side))
    return sides if len(sides) > 1 else []
