"""What a paper's record states besides its abstract: who wrote it (and who first), when it
appeared, its category, whether its code is out; and the claims that contradict it.

Answers about a researcher often say 'first-authored by X', 'a March 2024 paper', 'listed
under CL', 'its code is on GitHub'. The record is read as one more sentence of the paper (for
word coverage), and three checks hold a claim to it: the first author, the month of the
paper's year, and code said to be withheld when it is out.
"""

from __future__ import annotations

import re

from retrieval.model import CATEGORY_NAMES, Paper

# A claim about the paper's code ('the code is on GitHub', 'has not released its code').
CODE_CLAIM = re.compile(
    r"\b(?:code|codes|implementation|source|repository|repo|weights)\b.{0,60}?"
    r"\b(?:release[sd]?|available|public(?:ly)?|open(?:-sourced?)?|github|shared?|published"
    r"|withheld|out)\b"
    r"|\b(?:release[sd]?|open-sourced?|publish(?:es|ed)?|share[sd]?|withh[eo]ld)\b.{0,30}?"
    r"\b(?:code|codes|implementation|repository|weights)\b",
    re.IGNORECASE,
)
# ... that denies it is out.
CODE_DENIED = re.compile(
    r"\b(?:not|no|never|n't|without|unreleased|unavailable|withh[eo]ld|closed|private|yet to)\b",
    re.IGNORECASE,
)
CODE_OUT = re.compile(
    r"github\.com|\bcodes?\b[^.]{0,40}?\b(?:available|released|provided|published|found)\b",
    re.IGNORECASE,
)
NAME = r"([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,2})"
# 'first-authored by X', 'first author X', 'led by X'; and 'X is the first author'.
FIRST_AUTHOR = [
    re.compile(r"\b(?:first[- ]authored|led|headed)\s+by\s+" + NAME),
    re.compile(r"\bfirst\s+author(?:,|\s+is|\s+was)?\s+" + NAME),
    re.compile(NAME + r"\s+(?:is|was)\s+(?:the\s+)?(?:paper's\s+)?(?:first|lead)\s+author"),
]
MONTHS = "january february march april may june july august september october november december"
MONTH_YEAR = re.compile(
    r"\b(" + "|".join(MONTHS.split()) + r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?"
    r"(?:\s+\d{1,2})?,?\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def record_text(paper: Paper) -> str:
    """The paper's record as a sentence: people, date, category (the code has its own)."""
    people = ", ".join(paper.authors)
    first = f" (first author {paper.authors[0]})" if paper.authors else ""
    where = f" at {paper.affiliation}" if paper.affiliation else ""
    name = CATEGORY_NAMES.get(paper.category, "")
    when = paper.date.strftime("%B %d %Y, %b %Y")
    return (
        f"Written by {people}{first}{where}; published, released and posted {when}; "
        f"listed, filed and categorized under {paper.category} {name}."
    )


def code_text(paper: Paper) -> str | None:
    """The sentence that says the paper's code is out, if it is."""
    said = CODE_OUT.search(paper.abstract)
    if not (paper.has_code or (said and "will" not in said.group(0).lower().split())):
        return None
    return "Its code is released: open source, publicly available on GitHub, shared."


def is_code_claim(claim: str) -> bool:
    return CODE_CLAIM.search(claim) is not None


def record_problems(claim: str, paper: Paper) -> list[str]:
    """What the claim says of the paper's record that the record contradicts."""
    problems = []
    first = paper.authors[0].lower() if paper.authors else ""
    for pattern in FIRST_AUTHOR:
        for match in pattern.finditer(claim):
            named = match.group(1).lower()
            if first and not (first.endswith(named) or named.endswith(first)):
                problems.append(f"{match.group(1)} is not its first author")
    for match in MONTH_YEAR.finditer(claim):
        month, year = match.group(1).lower()[:3], int(match.group(2))
        if year == paper.date.year and month != paper.date.strftime("%b").lower():
            problems.append(f"{match.group(0)}: the paper is dated {paper.date:%B %Y}")
    if is_code_claim(claim) and CODE_DENIED.search(claim) and code_text(paper):
        problems.append("it says the code is not out, the paper's code is released")
    return list(dict.fromkeys(problems))
