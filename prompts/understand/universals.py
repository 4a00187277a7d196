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
# every paper (or all the work) of the person: 'all of her work', 'all of Minghui Qiu's papers',
# 'every paper of his', 'each of their publications', 'everything she does' (or 'evrything')
EVERY_PAPER = re.compile(
    rf"\b(?:all|every|each)(?:\s+(?:single|one))?(?:\s+of)?(?:\s+{_OWNER})?(?:\s+listed)?"
    rf"\s+{_WORK}\b|\bevery(?:\s+single)?\s+one\s+of\s+{_OWNER}\s+{_WORK}\b"
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
# asked why the claim holds: 'Why are all of his papers from X?', 'how come she always ...'
WHY = re.compile(r"^\W*(?:why|how\s+come)\b", re.IGNORECASE)
# said to come from a place: 'from Alibaba', 'out of the MIT lab' (not 'from 2023')
FROM_PLACE = re.compile(
    r"\b(?:from|out\s+of|at|affiliated\s+with)\s+(?:the\s+)?(?!\d)[A-Z][\w&.-]+", re.UNICODE
)


# only ever one thing: 'only publishes with X', 'exclusively on Y' (not 'only one', 'not only',
# 'the only paper')
ONLY = re.compile(
    r"(?<!\bnot\s)(?<!\bthan\s)\b(?:only|exclusively|solely)\b(?!\s+(?:one|two|three|a\s+few"
    r"|a\s+couple|a\s+handful|a\s+single|\d))",
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
# the claim said of now only ('he just does X now'): the recent papers', left to their own reading
NOW = re.compile(r"\b(?:now|nowadays|these\s+days|lately|currently|recently|anymore)\b", re.I)


def universal_claim(question: str) -> Universal | None:
    """Whether a yes/no question, a statement put up for confirmation or a why-question
    claims every paper is something ('all'), comes from one place ('origin'), every year had
    it ('always') or no paper is ('none'); None for any other question."""
    asked = YES_NO.match(question) or CONFIRMED.search(question) or why_claimed(question)
    if (ASKS.match(question) and not WHY.match(question)) or not asked:
        return None
    if NONE_ASKED.match(question):
        return "none"
    if ALWAYS.search(question):
        return "always"
    only = ONLY.search(question) or JUST.search(question)
    if not (EVERY_PAPER.search(question) or only) or NOW.search(question):
        return None
    return "origin" if FROM_PLACE.search(question) else "all"


def why_claimed(question: str) -> bool:
    """A why-question taking a universal for granted ('why are all her papers on X?')."""
    said = EVERY_PAPER.search(question) or ALWAYS.search(question)
    return WHY.match(question) is not None and said is not None
