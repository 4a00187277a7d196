"""Two fields set against each other: 'an NLP person or a vision person?' (which one the
research is in), 'why did she switch from vision to NLP?' (a move the question takes for
granted, checked against the papers' years and categories). Fields are the everyday words
and names of the categories in `terms` (FIELD_WORDS, ALIASES), so this holds whatever the
profile."""

from __future__ import annotations

import re

from prompts.understand.terms import ALIASES, FIELD_WORDS

FIELD_NAMES: dict[str, str] = {
    **{w: code for code, ws in FIELD_WORDS.items() for w in ws},
    **{name: code for name, code in ALIASES.items() if code in FIELD_WORDS},
    **{code.casefold(): code for code in FIELD_WORDS},
}
# Longest first: 'computer vision' before 'vision'; not inside 'vision-language', 'cv-ish'.
FIELD = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(w) for w in sorted(FIELD_NAMES, key=len, reverse=True))
    + r")(?![\w-])",
    re.IGNORECASE,
)
# Set against each other: 'NLP or CV', 'text vs images', 'more language than vision'.
AGAINST = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:or|vs\.?|versus|than)\s+(?:(?:an?|the|more|mostly|mainly|primarily|towards?|on)\s+)?",
    re.IGNORECASE,
)
# ... about the person or the bulk of the work, not papers on 'text or image generation'.
WHICH_SIDE = re.compile(
    r"\b(?:person|people|guy|researchers?|scientists?|more|mainly|mostly|primarily"
    r"|predominantly|lean\w*|camp|side|background|characteri[sz]e|call|describe|classify"
    r"|area|field)\b",
    re.IGNORECASE,
)
# A move the question takes for granted: 'switched', 'shift', 'gave up on', 'dropped', '->'.
MOVED = re.compile(
    r"\b(?:switch\w*|shift\w*|mov(?:e|ed|es|ing)|pivot\w*|transition\w*|migrat\w*"
    r"|abandon\w*|drop(?:s|ped|ping)?|ditch\w*|gave\s+up|give\s+up|given\s+up|quit\w*"
    r"|left|leav\w*|stop(?:s|ped|ping)?|turn(?:ed)?\s+(?:away|from))\b",
    re.IGNORECASE,
)
# 'from CV to NLP', 'went from text to images', 'from vision research into language': a move
# without a verb for it (or with one misspelt).
FROM_TO = re.compile(
    rf"(?:{FIELD.pattern})\s*(?<!<)(?:->|→|=>)\s*(?:{FIELD.pattern})"
    rf"|\bfrom\s+(?:[\w'’-]+\s+){{0,2}}?(?:{FIELD.pattern})\s*(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?:to|towards?|into|->|→)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{FIELD.pattern})",
    re.IGNORECASE,
)
# 'how many papers are left after removing NLP?': a count, no move
COUNTED = re.compile(r"\bhow\s+many\b|\bnumber\s+of\b|\bcount\b", re.IGNORECASE)
PAPER_WORD = re.compile(r"\b(?:papers?|publications?|articles?)\b", re.IGNORECASE)
LIST_ASKED = re.compile(
    r"^\W*(?:which|what|list|show|find|any)\b[^?]*?\b(?:papers?|works?|publications?|articles?)\b",
    re.IGNORECASE,
)
# Where the move is going: 'to NLP', 'for language models', 'towards text', 'focus on text'
# (not 'gave up on images': where it left).
TOWARD = re.compile(
    r"\b(?:to|towards?|into|for|focus(?:ing|ed)?\s+on)\s+(?:[\w'’-]+\s+){0,2}?$|(?:->|→|=>)\s*$",
    re.IGNORECASE,
)


def _fields(question: str) -> list[tuple[re.Match[str], str]]:
    found = [(m, FIELD_NAMES[m[0].casefold()]) for m in FIELD.finditer(question)]
    return [(m, code) for i, (m, code) in enumerate(found) if code not in {c for _, c in found[:i]}]


def fields_offered(question: str) -> tuple[str, str] | None:
    """The two fields a question asks the research to be placed in ('NLP or CV person?'),
    in the order it names them; None when it sets none against each other."""
    found = _fields(question)
    moved = MOVED.search(question) or FROM_TO.search(question)
    # 'more CV papers than NLP papers?' is a count of papers, answered as one
    papers = PAPER_WORD.search(question) is not None
    if len(found) != 2 or not WHICH_SIDE.search(question) or moved or papers:
        return None
    (a, first), (b, second) = found
    between = question[a.end() : b.start()]
    return (first, second) if AGAINST.fullmatch(between) else None


def asks_list(question: str) -> bool:
    """'Which papers move from text to images?': papers asked for, not the research placed."""
    return LIST_ASKED.match(question) is not None


def move_claimed(question: str) -> tuple[str | None, str | None] | None:
    """(from, to) of a move between fields the question takes as given: 'switched from
    vision to NLP' -> ('CV', 'CL'); 'stopped doing vision' -> ('CV', None); 'dropped vision
    for language' -> ('CV', 'CL'); None when it claims no such move."""
    # the move's verb right before a field ('dropped vision', 'stopped doing CV'), not any
    # 'left' ('Excluding the CL ones, how many are left?'), nor 'leaving out CV' (a part set
    # aside, see setaside)
    verb = (
        rf"(?:{MOVED.pattern})(?!\s+(?:out|aside|apart)\b)\s*(?:[\w'’-]+\s+){{0,3}}?"
        rf"(?:{FIELD.pattern})"
    )
    moved = re.search(verb, question, re.IGNORECASE) or FROM_TO.search(question)
    found = _fields(question)
    if moved is None or not found or len(found) > 2 or COUNTED.search(question):
        return None
    source: str | None = None
    target: str | None = None
    for m, code in found:
        before = question[: m.start()]
        if TOWARD.search(before) and target is None:
            target = code
        else:
            source = code if source is None else source
    if source is None and target is None:
        return None
    if source is not None and target is None and len(found) == 2:  # 'stopped CV ... NLP focus'
        target = next(c for _, c in found if c != source)
    return source, target
