"""A count of papers asked in the words of a form rather than as a question: a blank to fill
('papers with code = ___', 'Fill in: 2021 papers = ?'), a rate ('code availability rate across
the profile'), the odds of a paper picked at random ('what are the odds it has a Code tag?'), a
tally ('tally of his papers with public code'), a share asked of no noun ('what share have a
code link?'), with the shape of the answer said beside it ('a % is fine').

Each is restated as the plain question it stands for ('how many papers with code?', 'what
share of the papers have a code link?'); the caller keeps the restatement only when it reads
as a count of papers that names its own papers (a date, a category, code, a person), so a
rate of something inside a paper ('the error rate of X') or a blank a paper's detail fills
('UPT's core paradigm = ?') is asked as it was."""

from __future__ import annotations

import re

from prompts.understand.terms import PART_WORDS

PAPER_NOUN = r"(?:papers?|publications?|pubs|works?|articles?|entries)"
# The answer's shape said beside the ask: 'a % is fine', 'percent or x/50', 'as a number'
SHAPE = re.compile(
    r"\b(?:an?\s+)?(?:%|percent(?:age)?|fraction|ratio|number|count)\s+(?:is|would\s+be)\s+"
    r"(?:fine|ok(?:ay)?|enough|good)\b|\(?\b(?:as\s+)?(?:an?\s+)?(?:%|percent(?:age)?)\s+or\s+"
    r"(?:an?\s+)?(?:x\s*/\s*\d+|fraction|count|number)\b\)?",
    re.IGNORECASE,
)
# A blank left for the answer, after '=' (a comment after it is the asker's note)
BLANK = re.compile(r"\s*={1,2}\s*(?:_+|\?+|…|\.{3}|\[\s*\]|<\s*\?*\s*>)\s*(?:#.*)?$")
FILL_IN = re.compile(
    r"^\W*(?:please\s+)?(?:fill\s+in|complete|fill)(?:\s+the\s+blanks?)?(?:\s+(?:this|from"
    r"\s+the\s+profile))?\s*[:,-]?\s*|^\W*assert\s+",
    re.IGNORECASE,
)
# 'the code availability rate', 'rate of code release': a rate of something the papers have
RATE = re.compile(
    r"^(?P<lead>.*?)\b(?P<what>(?:[\w-]+\s+){1,3}?)rate\b(?P<rest>.*)$|"
    r"\brate\s+of\s+(?P<of>(?:[\w-]+\s+){0,3}?[\w-]+)\b",
    re.IGNORECASE,
)
# 'if I picked one at random, what are the odds it has a Code tag?'
ODDS = re.compile(
    r"\b(?:the\s+)?(?:odds|chances?|probability|likelihood)\s+(?:are\s+)?(?:that\s+)?"
    r"(?:it|one|a\s+paper|the\s+paper|(?:s)?he|they)\s+(?P<rest>(?:has|have|had|comes?|came"
    r"|carries|carry|ships?|is|was|gets?)\b.*)$",
    re.IGNORECASE,
)
TALLY = re.compile(r"\btall(?:y|ies)\s+(?:up\s+)?(?:of\s+)?", re.IGNORECASE)
# 'what share have a code link?': a part asked of no noun, the papers meant
PART_OF_NONE = re.compile(
    rf"\b(?P<part>what|which)\s+(?:{PART_WORDS}|%)\s+(?=(?:have|has|had|come|comes|carry"
    r"|carries|ship|ships|are|were|is|was|got)\b)",
    re.IGNORECASE,
)

# Two counts set against each other asked by the result's name alone: '2025 vs 2024 papers,
# ratio?', 'CL against CV: the split?' ('the ratio of CL to CV papers' is read as asked)
SET_AGAINST = re.compile(
    r"[,;:-]?\s*(?:(?:what(?:'s|\s+is)\s+)?the\s+)?\b(?:ratio|split)\b(?!\s+(?:of|between)\b)"
    r"\s*(?:\?|please|pls)?",
    re.IGNORECASE,
)


def _blank_filled(question: str) -> str | None:
    """'papers with code = ___' -> 'how many papers with code?'; 'share_with_code(qiu) == ???'
    -> 'what share of papers with code?'; None when no blank follows papers or a part."""
    if (blank := BLANK.search(question)) is None:
        return None
    said = FILL_IN.sub("", question[: blank.start()])
    said = re.sub(r"\([^)]*\)", " ", said.replace("_", " "))  # 'share_with_code(qiu)'
    said = " ".join(said.split())
    if re.match(rf"(?:the\s+)?(?:{PART_WORDS})\b", said, re.IGNORECASE):
        rest = re.sub(rf"^(?:the\s+)?(?:{PART_WORDS})\s+(?:of\s+)?", "", said, flags=re.I)
        return f"what share of the papers {rest}?"
    if re.search(rf"\b{PAPER_NOUN}\b", said, re.IGNORECASE):
        return f"how many {said}?"
    return None


def _rate_said(question: str) -> str | None:
    """'code availability rate across the profile?' -> 'what share of the papers, code
    availability?'"""
    if (m := RATE.search(question)) is None:
        return None
    what = m["of"] or m["what"]
    what = re.sub(r"^(?:the|his|her|their|its|a|an|overall|total)\s+", "", what.strip(), flags=re.I)
    return f"what share of the papers, {what}?" if what else None


def restated_count(question: str) -> str | None:
    """The plain count or share of papers a form asks for, or None when it asks none."""
    text = SHAPE.sub(" ", question)
    if (filled := _blank_filled(text)) is not None:
        return filled
    if (m := ODDS.search(text)) is not None:
        return f"what share of the papers {m['rest']}"
    if (m := PART_OF_NONE.search(text)) is not None:
        return text[: m.end()].rstrip() + " of the papers " + text[m.end() :]
    if TALLY.search(text):
        return TALLY.sub("count of ", text)
    if not re.search(r"\b(?:how\s+many|number\s+of|count\s+of)\b", text, re.IGNORECASE):
        if SET_AGAINST.search(text):  # '2025 vs 2024 papers, ratio?': the two counted
            rest = " ".join(SET_AGAINST.sub(" ", text).split()).rstrip("?.!,;: ")
            noun = "" if re.search(rf"\b{PAPER_NOUN}\b", rest, re.IGNORECASE) else " papers"
            return f"how many {rest}{noun}?"
        return _rate_said(text)
    return text if text != question else None
