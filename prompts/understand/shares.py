"""The whole a share or a count-among is taken of, as the question names it after 'of', 'out
of' or 'among': 'what share of her code papers are CV' is taken of the papers with code (CV is
what is measured), 'out of the papers with code, how many are CL' too, 'of her CV papers, what
share are from 2025' of the CV papers. Read as the kinds of filter the whole names (code, a
category, a date); what else the filters hold is what is measured."""

from __future__ import annotations

import re
from typing import Literal

from prompts.understand.terms import CODE, STOPWORDS

Kind = Literal["code", "category", "date"]

_OWNER = r"(?:(?:his|her|their|the|these|those|(?-i:[A-Z][\w-]*)['’]s?)\s+)?"
_PAPERS = r"(?:papers?|publications?|works?|output|articles?|ones|pubs)"
# 'of her code papers', 'out of the papers with code', 'among the 2025 papers', 'of all CV output'
WHOLE = re.compile(
    rf"\b(?:out\s+of|of|among(?:st)?|within)\s+(?:all\s+(?:of\s+)?)?{_OWNER}"
    rf"(?P<whole>(?:[\w'’.-]+\s+){{0,3}}?{_PAPERS}\b"
    r"(?:\s+(?:with|that\s+(?:have|had|ship\w*|come\s+with)|having|shipping)\s+(?:a\s+|public\s+)?"
    rf"{CODE})?)",
    re.IGNORECASE,
)
YEAR = r"\b(?:19|20)\d\d\b|['’]\d\d\b"
# A date said right after the whole's noun: 'papers from 2025', 'papers dated 2025', 'papers
# of last year', 'papers published in '23'
DATED_AFTER = re.compile(
    r"\s+(?:(?:that\s+(?:were|are)\s+)?(?:published|released|put\s+out|written|dated|out)\s+)?"
    r"(?:from|in|of|dated|since|during|before|after|between)?\s*(?:the\s+)?"
    rf"(?:{YEAR}|(?:last|this|past|previous|current)\s+(?:year|\d+|two|three|few))",
    re.IGNORECASE,
)
# A yes/no with 'be' put first: what follows the whole is what is asked of it
INVERTED = re.compile(r"^\W*(?:are|is|were|was)\b", re.IGNORECASE)
# Words that name no part of the papers: 'of her listed papers', 'of all the published ones'
PLAIN = frozenset(
    """listed published total whole entire own arxiv preprint preprints research academic
    scientific recent other remaining""".split()  # noqa: SIM905
)


def whole_kinds(question: str) -> list[Kind]:
    """The kinds of filter the whole of a share names ('of her code papers': code), or []
    when none is named ('of all her papers') or no whole is said."""
    m = WHOLE.search(question)
    if m is None:
        return []
    whole = m["whole"]
    head = re.split(rf"\b{_PAPERS}\b", whole, maxsplit=1, flags=re.IGNORECASE)[0]
    kinds: list[Kind] = []
    if re.search(YEAR, head):
        kinds.append("date")
    rest = re.sub(rf"{CODE}|{YEAR}", " ", head, flags=re.IGNORECASE)
    words = [w for w in re.findall(r"[\w.-]+", rest.casefold()) if w not in STOPWORDS | PLAIN]
    if words and not re.fullmatch(r"\d+", " ".join(words)):
        kinds.append("category")
    # 'of her code papers'; 'of the papers with code' unless the whole is named otherwise
    # ('share of her CL papers with code': code is what is measured)
    if re.search(CODE, head, re.IGNORECASE) or (re.search(CODE, whole, re.I) and not kinds):
        kinds.insert(0, "code")
    # 'of her CV papers from 2025', 'among his LG papers from last year': dated in the whole
    # (not 'of her code papers, how many are from 2025': what is measured)
    inverted = INVERTED.match(question) is not None  # 'are all her code papers from 2025?'
    if "date" not in kinds and not inverted and DATED_AFTER.match(question[m.end() :]):
        kinds.append("date")
    return kinds
