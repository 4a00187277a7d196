"""A total number of papers the question takes as the person's whole output ('Given he's
published 100 papers, which is the latest?', 'with her 200+ papers, ...', 'he has like 10
papers total, right?'): the number as said (with 'over', 'about', '+'), to be checked against
the profile's own count, and the question left once the clause saying it is set aside. A
number of some papers ('her 10 NLP papers', '100 papers on vision', 'his 5 papers in 2024')
is no total: `given_counts` reads those."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from prompts.understand.terms import NUMBER_WORDS

_NUMBER = r"(?!(?:19|20)\d\d\b)\d{1,4}|" + "|".join(NUMBER_WORDS)  # not a year: 'her 2025 papers'
_PAPERS = r"(?:papers|publications|articles|pubs|preprints)"
_VERB = r"(?:published|written|wrote|authored|put\s+out|got|only|just|already)"
_BOUND = (
    r"(?:over|more\s+than|at\s+least|under|fewer\s+than|less\s+than|about|around|roughly"
    r"|approximately|nearly|almost|like|some|only|just|exactly|a\s+mere)"
)
# the person has the papers ('she has over 100 publications', "he's published 100 papers",
# 'Qiu has written only 5 papers'), or they are named as theirs ('with her 200+ papers'); the
# person is a pronoun or the profile's own name ('{name}'), never another word ('which year
# has 14 papers?')
TOTAL = (
    r"(?:\b(?:she|he|they|{name})(?:['’]s|['’]ve|\s+has|\s+have|\s+had)(?:\s+{verb}){{0,2}}"
    r"|\b(?:with|of|across|given|despite)\s+(?:all\s+)?(?:his|her|their|(?:{name})['’]s)"
    r"(?:\s+(?:whole|entire))?)\s+(?:(?P<bound>{bound})\s+)?(?P<n>{number})(?P<plus>\s*\+)?"
    r"\s+(?:listed\s+)?{papers}\b(?P<total>\s+(?:in\s+)?total|\s+overall|\s+in\s+all)?"
    # the whole said, then the clause ends or goes on about something else; not some papers
    # ('on vision', 'from 2024', 'with code', 'dated on the same day')
    r"(?=\s*(?:[,;:.?!)]|-|$)|\s+(?:and|but|so|yet|now|already|right|correct|true|yeah|are|were"
    r"|is|which|what|who|how|why|so\s+far|to\s+date|to\s+(?:his|her|their)\s+name"
    r"|in\s+(?:his|her|their)\s+(?:career|life)|on\s+(?:his|her|their|the)\s+(?:profile|record"
    r"|cv|page))\b)"
)


@functools.lru_cache(maxsize=8)
def _total(name: str) -> re.Pattern[str]:
    """TOTAL with the person's name (any of its words, 'Dr.' or not) filled in."""
    words = [re.escape(w) for w in re.findall(r"[\w'-]+", name) if len(w) > 1]
    said = r"(?:(?:dr\.?|prof\.?)\s+)?(?:" + "|".join(words or ["(?!)"]) + ")"
    return re.compile(
        TOTAL.format(name=said, verb=_VERB, bound=_BOUND, number=_NUMBER, papers=_PAPERS),
        re.IGNORECASE,
    )


# a part of the output said before the count ('years where', 'in which month'): its count
PART_BEFORE = re.compile(
    r"\b(?:years?|months?|quarters?|seasons?|when|in\s+which|per)\b", re.IGNORECASE
)
# a question asked, not a total put up for confirmation alone
ASKS = re.compile(r"\b(?:what|which|who|when|where|how|why|list|show|name|give|tell)\b", re.I)
MORE = {"over", "more than", "at least"}
LESS = {"under", "fewer than", "less than"}
EXACT = {"only", "just", "exactly", "a mere"}
NEAR = 0.1  # 'about 60' holds within this share (or 2 papers)


@dataclass(frozen=True)
class TotalGiven:
    """A total number of papers said as the person's, and the question asked around it."""

    said: int
    bound: str  # 'over', 'about', '+' or '' (exactly)
    rest: str | None  # the question left without the clause; None when the total is all of it

    def holds(self, count: int) -> bool:
        """Does `count` papers fit the total as said ('over 100' holds for 120)?"""
        if self.bound in MORE:
            return count > self.said or (self.bound == "at least" and count == self.said)
        if self.bound == "+":
            return count >= self.said
        if self.bound in LESS:
            return count < self.said
        if self.bound and self.bound not in EXACT:  # 'about', 'like', 'around'
            return abs(count - self.said) <= max(2, NEAR * self.said)
        return count == self.said

    def phrase(self) -> str:
        """'over 100', '200+', 'about 10' (for 'like 10'), '10'."""
        if self.bound == "+":
            return f"{self.said}+"
        if self.bound in MORE | LESS:
            return f"{self.bound} {self.said}"
        return f"about {self.said}" if self.bound and self.bound not in EXACT else str(self.said)


def total_given(question: str, name: str) -> TotalGiven | None:
    """The total number of papers the question takes as the person's (`name`: the profile's
    owner), if it says one."""
    found = list(_total(name).finditer(question))
    if len(found) != 1:
        return None
    m = found[0]
    if PART_BEFORE.search(question[: m.start()]):
        return None  # 'years where he had just 3 papers?': a part's count, not the whole
    word = m["n"].casefold()
    said = int(word) if word.isdigit() else NUMBER_WORDS[word]
    if said < 2:
        return None  # 'she has one paper' is no whole output said as a number
    bound = "+" if m["plus"] else " ".join((m["bound"] or "").casefold().split())
    rest = _rest(question, m.start(), m.end())
    if rest is None and ASKS.search(question):  # 'which of his 10 papers are about LLMs?'
        cut = question[: m.start("bound") if m["bound"] else m.start("n")]
        rest = " ".join((cut + question[m.end("plus") if m["plus"] else m.end("n") :]).split())
    return TotalGiven(said, bound, rest)


def _rest(question: str, start: int, end: int) -> str | None:
    """The clauses of the question other than the one saying the total, when they ask
    something ('which is the latest?'); None when the total is the whole question."""
    clauses = re.split(r"(?<=[,;:])\s+|\s+-+\s+", question)
    kept: list[str] = []
    at = 0
    for clause in clauses:
        begin = question.find(clause, at)
        at = begin + len(clause)
        if begin < end and at > start:
            continue  # the clause that says the total
        kept.append(clause)
    rest = " ".join(kept).strip(" ,;:-")
    if not ASKS.search(rest):
        return None
    return rest[0].upper() + rest[1:]
