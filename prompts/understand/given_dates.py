"""A named paper's date taken as given in a clause of the question ('Since KECP came out in
2020, what did it build on?', 'what problem does HRKD solve, given that it appeared in 2019?'):
the date to check against the paper's own, and the question to answer, asked alone with the
paper named where the rest points back at it ('it', 'that year')."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from retrieval.model import Paper
from retrieval.names import aliases

GIVEN = (
    r"(?:given(?:\s+that)?|since|because|as|now\s+that|seeing\s+(?:as|that)"
    r"|considering(?:\s+that)?)"
)
ASKS = re.compile(
    r"\W*(?:what|which|who|when|where|how|why|list|show|tell|name|give|can|could|did|does|do"
    r"|is|was|summar|describe|explain)",
    re.IGNORECASE,
)
# 'Since KECP came out in 2020, ...', 'KECP came out in 2020, so ...'
BEFORE = re.compile(
    rf"^\W*(?:{GIVEN}\s+(?P<clause>[^,;?]+?)\s*[,;]\s*(?:then\s+|so\s+)?"
    r"|(?P<bare>[^,;?]+?)\s*[,;]\s*so\s+)(?P<rest>[^;]+)$",
    re.IGNORECASE,
)
# 'what did HRKD solve, given that it appeared in 2019?'
AFTER = re.compile(rf"^(?P<rest>[^;]+?)[,;]?\s+{GIVEN}\s+(?P<clause>[^,;?]+?)\s*\?*\s*$", re.I)
# a year said as the paper's own: 'came out in 2020', 'was published back in May 2019', '(2019)'
DATED = (
    r"\s*,?\s*(?:(?:was|is|were|got|had\s+been|first)\s+)?(?:came\s+out|published|appeared|released"
    r"|out|dated|written|presented|put\s+out|from|debuted|arrived)\s+(?:back\s+)?(?:in|on|during)?\s*"
    r"(?:(?:early|mid|late)\s+|(?:\d{1,2}\s+)?[A-Z][a-z]+\s+)?(?P<year>(?:19|20)\d\d)\b"
)
PRONOUN = r"\b(?:it|this\s+paper|that\s+paper|the\s+paper|this\s+one|that\s+one)\b"
IT = re.compile(PRONOUN, re.IGNORECASE)
ITS = re.compile(r"\bits\b", re.IGNORECASE)
THAT_YEAR = re.compile(
    r"\b(?:in\s+)?(?:that|the\s+same|that\s+same|this)\s+year\b|\bback\s+then\b", re.I
)


@dataclass(frozen=True)
class DatedGiven:
    """A paper's year taken as given, and the question asked with it."""

    paper: Paper
    year: int
    rest: str

    @property
    def holds(self) -> bool:
        return self.paper.year == self.year


def dated_given(question: str, named: Callable[[str], list[Paper]]) -> DatedGiven | None:
    """The paper the question's given clause dates, the year said, and the rest asked alone."""
    m = BEFORE.match(question.strip()) or AFTER.match(question.strip())
    if m is None:
        return None
    clause = m["clause"] or m.groupdict().get("bare") or ""
    rest = m["rest"].strip()
    if not ASKS.match(rest):
        return None
    papers = named(clause) or (named(rest) if IT.match(clause.strip()) else [])
    if len(papers) != 1 or len(re.findall(r"\b(?:19|20)\d\d\b", clause)) != 1:
        return None
    paper = papers[0]
    said = "|".join(re.escape(a) for a in sorted(aliases(paper), key=len, reverse=True))
    found = re.search(rf"(?:(?<![\w-])(?:{said})(?![\w-])|^\W*it\b){DATED}", clause.strip(), re.I)
    if found is None:
        return None
    return DatedGiven(paper, int(found["year"]), _alone(rest, paper, clause))


def _alone(rest: str, paper: Paper, clause: str) -> str:
    """The rest with the paper named where it points back at it, and its own year for 'then'."""
    name = paper.short_title
    said = [rf"(?<![\w-]){re.escape(a)}(?![\w-])" for a in aliases(paper)]
    if not any(re.search(a, rest, re.IGNORECASE) for a in said):
        rest = IT.sub(name, rest, count=1) if IT.search(rest) else ITS.sub(f"{name}'s", rest, 1)
    return THAT_YEAR.sub(f"in {paper.year}", rest)


# 'A came after B', 'A was published before B', 'A preceded B', 'A predates B', 'A followed B'
ORDER = re.compile(
    r"\b(?:(?:came|come|comes|coming)\s+(?:out\s+)?|(?:was|were|is)\s+(?:published|released|written)"
    r"\s+|appeared\s+|published\s+)?(?P<word>after|before|earlier\s+than|later\s+than)\b"
    r"|\b(?P<verb>preceded|predated|predates|precedes|followed|follows|postdates|succeeded)\b",
    re.IGNORECASE,
)
# the person's whole work said to be of one kind
OWNER = r"(?:he|she|they|someone|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
ONLY = re.compile(
    rf"\b{OWNER}\s+(?:\w+\s+)?(?:only|exclusively|solely|just)\b"
    r"|\ball\s+(?:of\s+)?(?:his|her|their|[A-Z][\w-]+['’]s)\s+(?:papers|work|research|publications)"
    r"\s+(?:are|is|were|was)\b"
    r"|\b(?:works?|publish(?:es)?|does|writes?)\s+(?:only|exclusively|solely)\b",
    re.IGNORECASE,
)
LATER = ("after", "later than", "followed", "follows", "postdates", "succeeded")


def given_clause(question: str) -> str | None:
    """The clause a question takes as given ('Since X, ...', '..., given that X?'), if any."""
    m = BEFORE.match(question.strip()) or AFTER.match(question.strip())
    return None if m is None else (m["clause"] or m.groupdict().get("bare") or None)


def only_claimed(clause: str) -> bool:
    """Does the clause claim all of the person's work is of one kind ('he only does NLP',
    'all her papers are CV', 'as someone who works exclusively on vision')?"""
    return ONLY.search(clause) is not None


def order_given(question: str, named: Callable[[str], list[Paper]]) -> tuple[Paper, Paper] | None:
    """Two named papers in the order a given clause says they came out (earlier first)."""
    clause = given_clause(question) or ""
    said = ORDER.search(clause)
    if said is None or re.search(r"\b(?:19|20)\d\d\b", clause):
        return None  # 'after 2021' is a time, not another paper
    before, after = named(clause[: said.start()]), named(clause[said.end() :])
    if len(before) != 1 or len(after) != 1 or before[0].id == after[0].id:
        return None
    word = " ".join((said["word"] or said["verb"]).casefold().split())
    return (after[0], before[0]) if word in LATER else (before[0], after[0])
