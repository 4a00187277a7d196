"""A part of the papers the question sets aside in its own words: 'leaving out reasoning, what
did he publish in CV?', 'knowledge-enhanced LMs, leaving the medical ones aside', 'retrieval
apart from recommendation', 'not the ones without code: which ...'. The clause setting it
aside is cut from the question; what it names is read as any subject is (a topic, a
category, a year, code, a person) and those papers are taken from the answer."""

from __future__ import annotations

import re
from typing import NamedTuple

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
PART = r"(?P<{}>[^,;:?!.()]+?)"
CUES = (
    rf"\b(?:{LEAVE}\s+{APART}|{OUT}\s+out)\s+{PART.format('after')}{END}"
    rf"|\b(?:{LEAVE}|{OUT})\s+(?P<between>(?!(?:{APART}|out)\b)[^,;:?!.()]+?)\s+(?:{APART}|out)\b"
    r"|\b(?:excluding|except(?:\s+for)?|apart\s+from|aside\s+from|other\s+than"
    r"|besides|but\s+not|not\s+counting|not\s+including|barring|outside(?:\s+of)?"
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
        before = KIND_BEFORE.sub("", question[: cue.start()])
        rest = before + " " + question[cue.end() :]
        rest = re.sub(r"^\W*[,;:]\s*|\s+(?=[,;:?!.])", "", rest.strip())
        rest = re.sub(r"[,;:]\s*(?=[?!.]?\s*$)", "", rest)  # 'X, leaving Y aside?': 'X?'
        if len(re.findall(r"\w+", rest)) < 2:
            return None
        return Aside(rest, part, outside)
    return None
