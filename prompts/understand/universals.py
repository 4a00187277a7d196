"""A claim about the whole profile, asked or put up for confirmation: that every paper is on
a topic ('Is all of her work on LLMs?', 'everything he writes is about retrieval, right?'),
that the person has always worked on it ('Has she always done multimodal work?'), or only on
a field ('Does he only do NLP?'). The claim is read as a share to check, never as a search:
all = every listed paper; always = every year since the first listed paper."""

from __future__ import annotations

import re
from typing import Literal

from prompts.understand.terms import YES_NO

Universal = Literal["all", "always", "origin", "none"]

# 'always', 'all along', 'from the (very) start', 'throughout her career', 'ever since she
# started' (not 'always right?', a confirmation)
ALWAYS = re.compile(
    r"\b(?:always|all\s+along|from\s+the\s+(?:very\s+)?(?:start|beginning|outset)"
    r"|throughout\s+(?:his|her|their|[\w-]+['’]s)\s+(?:whole\s+|entire\s+)?career"
    r"|(?:ever\s+)?since\s+(?:the\s+(?:very\s+)?(?:start|beginning)|(?:he|she|they)\s+"
    r"(?:started|began)))\b(?!\s+(?:right|correct|true)\b)",
    re.IGNORECASE,
)
_OWNER = r"(?:his|her|their|the|(?:[\w-]+\s+)?[\w-]+['’]s)"  # "Minghui Qiu's" too
_WORK = r"(?:papers?|publications?|work|works|research|articles?|output|pubs)"
# the whole of it said as one thing: 'her whole output', 'his entire body of work', 'the whole
# of their research', 'her oeuvre', 'his entire publication record'
_WHOLE = (
    rf"\b(?:(?:the\s+)?(?:whole|entire|complete|full)(?:\s+of)?(?:\s+{_OWNER})?|{_OWNER}\s+"
    r"(?:whole|entire|complete|full))\s+(?:body\s+of\s+(?:work|research|papers)|oeuvre"
    r"|(?:publication|publishing|research|track)\s+record|bibliography|corpus|portfolio"
    rf"|career|{_WORK})\b|\b(?:{_OWNER}|in\s+{_OWNER})\s+oeuvre\b"
)
# a time said of the papers themselves, not claimed of a topic's papers ('all her 2025
# papers', 'every paper since 2024', 'all of his recent work'; not 'all her RL work is from
# 2025 on', a claim about when the topic's papers came out)
_WHEN = r"(?:'?\d{2}|\d{4}|recent|latest|newest|newer|current|this\s+year['’]?s?)"
_PUT = r"(?:published|put\s+out|written|wrote|released|authored|did|done)"
DATED_PAPERS = re.compile(
    rf"\b(?:all|every|each)(?:\s+(?:single|one))?(?:\s+of)?(?:\s+{_OWNER})?(?:\s+listed)?"
    rf"(?:\s+{_WHEN})+\s+{_WORK}\b|\b(?:all|every|each)(?:\s+of)?(?:\s+{_OWNER})?\s+{_WORK}"
    rf"\s+(?:(?:that\s+)?(?:he|she|they|[\w-]+)\s+(?:ha(?:s|ve)\s+)?{_PUT}\s+|{_PUT}\s+)?"
    r"(?:since|from|in|after|before|during"
    r"|between|until|over\s+the\s+(?:last|past)|this\s+year)\b"
    rf"|\b(?:{_WHEN}\s+)+{_WORK}\s+(?:are|were|is|was)\s+(?:all|entirely|exclusively|solely|only"
    r"|purely|100\s*%)\b"
    r"|\bnothing\s+but\b[^?,;]*?\b(?:since|in|after|during|over\s+the\s+(?:last|past))\s"
    r"|\beve?rything\s+(?:(?:that\s+)?(?:he|she|they|[\w-]+)\s+)?(?:has\s+)?(?:did|done|wrote"
    r"|written|published|put\s+out)\s+(?:since|in|after|before|during|this\s+year|lately"
    r"|recently)\b",
    re.IGNORECASE,
)
# every paper (or all the work) of the person: 'all of her work', 'all of Minghui Qiu's papers',
# 'every paper of his', 'each of their publications', 'everything she does' (or 'evrything')
EVERY_PAPER = re.compile(
    rf"{_WHOLE}|\b(?:all|every|each)(?:\s+(?:single|one))?(?:\s+of)?(?:\s+{_OWNER})?"
    rf"(?:\s+listed)?(?:\s+(?:recent|latest|newest|current))?\s+{_WORK}\b"
    rf"|\bevery(?:\s+single)?\s+one\s+of\s+{_OWNER}\s+{_WORK}\b"
    r"|\bit(?:['’]s|\s+is)\s+all\b|\bis\s+it\s+all\b"  # "it's all vision papers"
    rf"|\b{_WORK}\s+(?:are|were|is|was)\s+all\b"  # 'her papers are all about vision'
    r"|\beve?rything\s+(?:(?:that\s+)?(?:he|she|they|[\w-]+)\s+)?(?:does|did|has\s+done"
    r"|writes|wrote|has\s+written|publishes|published|has\s+published|works?\s+on|puts?\s+out)\b",
    re.IGNORECASE,
)
# a question of which or how many, which claims nothing: 'which of all her papers ...'
ASKS = re.compile(
    r"^\W*(?:what|which|who|whom|whose|when|where|how|list|show|name|give|find|count)\b", re.I
)
# a confirmation asked after a statement: '..., right?', '..., didn't she?', 'true?'
CONFIRMED = re.compile(
    r"(?:\b(?:right|correct|true|yes|yeah|no|innit|eh)\s*\?+|\b(?:is|are|was|were|do|does|did"
    r"|has|have|had)n['’]?t\s+(?:she|he|they|it|that)\s*\?+|\b(?:is\s+(?:it|that)\s+"
    r"(?:so|true|right)))\s*$",
    re.IGNORECASE,
)
# a claim put up for agreement before it is said: 'would you say ...', 'am I right that ...'
PUT_TO_ME = re.compile(
    r"^\W*(?:would\s+you\s+say|am\s+i\s+right|is\s+it\s+(?:true|fair\s+to\s+say|correct)"
    r"|(?:can|could)\s+(?:you|i|one|we)\s+say|do\s+you\s+(?:think|agree))\b",
    re.IGNORECASE,
)
# asked why the claim holds: 'Why are all of his papers from X?', 'how come she always ...'
WHY = re.compile(r"^\W*(?:why|how\s+come)\b", re.IGNORECASE)
# said to come from a place: 'from Alibaba', 'out of the MIT lab' (not 'from 2023')
FROM_PLACE = re.compile(
    r"\b(?:from|out\s+of|at|affiliated\s+with)\s+(?:the\s+)?(?!\d)[A-Z][\w&.-]+", re.UNICODE
)


# only ever one thing: 'only publishes with X', 'exclusively on Y' (not 'only one', 'not only',
# 'the only paper')
ONLY = re.compile(
    r"(?<!\bnot\s)(?<!\bthan\s)(?:\b(?:only|exclusiv\w*ly|sole?ly|nothing\s+but)\b|\b100\s*%)"
    r"(?!\s+(?:one|two|three|a\s+few|a\s+couple|a\s+handful|a\s+single|\d))",
    re.IGNORECASE,
)


# no paper at all, asked outright: 'Does none of her work involve RL?', 'are none of his
# papers on X?' (a statement of it is a claim put to the test elsewhere: see cues)
NONE_ASKED = re.compile(
    r"^\W*(?:does|do|did|is|are|was|were|has|have)\s+none\s+of\b", re.IGNORECASE
)


# 'just' as 'only', where it says what the person does ('does he just work on X', 'is it just
# NLP that she does'), not 'just curious', 'just published', 'just now'
JUST = re.compile(
    r"\bjust\s+(?=(?:do|does|did|works?|worked|working|publish\w*|writes?|wrote|focus\w*"
    r"|into|about|researches|studies)\b)|\bis\s+it\s+just\b",
    re.IGNORECASE,
)
# the claim said of now only ('he just does X now'): checked against the recent papers
NOW = re.compile(r"\b(?:now|nowadays|these\s+days|lately|currently|recently|anymore)\b", re.I)
RECENT_WORK = re.compile(rf"\b(?:recent|latest|newest|current)\s+{_WORK}\b", re.I)


def universal_claim(question: str) -> Universal | None:
    """Whether a yes/no question, a statement put up for confirmation or a why-question
    claims every paper is something ('all'), comes from one place ('origin'), every year had
    it ('always') or no paper is ('none'); None for any other question."""
    put = YES_NO.match(question) or CONFIRMED.search(question) or PUT_TO_ME.match(question)
    asked = put is not None or why_claimed(question)
    if (ASKS.match(question) and not WHY.match(question)) or not asked:
        return None
    if NONE_ASKED.match(question):
        return "none"
    if ALWAYS.search(question):
        return "always"
    only = ONLY.search(question) or JUST.search(question)
    if not (EVERY_PAPER.search(question) or DATED_PAPERS.search(question) or only):
        return None
    return "origin" if FROM_PLACE.search(question) else "all"


def claimed_of_now(question: str) -> bool:
    """A claim said of the recent papers only ('she only does X these days', 'all of his recent
    work'): checked against them, not the whole listing."""
    return NOW.search(question) is not None or RECENT_WORK.search(question) is not None


def dated_papers(question: str) -> bool:
    """The claim's papers are those of a time ('are all her 2025 papers on X?'), not a topic's
    papers said to fall in a time ('all her RL work is from 2025 on', see `_every_dated`)."""
    return DATED_PAPERS.search(question) is not None


def claim_words(question: str) -> set[str]:
    """The words that make the claim ('whole', 'output', 'oeuvre', 'correct'): never its topic."""
    claims = (EVERY_PAPER, NOW, CONFIRMED, PUT_TO_ME, ONLY)
    spans = [m.group() for r in claims for m in r.finditer(question)]
    return {w.casefold() for s in spans for w in re.findall(r"[\w'’-]+", s)}


def why_claimed(question: str) -> bool:
    """A why-question taking a universal for granted ('why are all her papers on X?')."""
    said = EVERY_PAPER.search(question) or ALWAYS.search(question)
    return WHY.match(question) is not None and said is not None
