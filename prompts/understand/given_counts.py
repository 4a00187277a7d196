"""A number of papers taken as given ('which of his 10 papers from 2024 are about LLMs?',
'summarize both of her 2024 papers', 'his five 2023 papers: which had code?'): the number
said, and the question asked without it, so that the papers are found as for any phrasing
and the number checked against them. A number asked for ('name 3 papers', 'her 2 latest
papers', 'how many') is no premise."""

from __future__ import annotations

import re
from dataclasses import dataclass

from prompts.understand.terms import NUMBER_WORDS

NUMBERS = {
    "one": 1, "single": 1, "lone": 1, "only": 1, "both": 2, **NUMBER_WORDS,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
}  # fmt: skip
OWNER = r"(?:his|her|their|those|these|the|[A-Z][\w-]*['’]s)"
NUMBER = r"\d{1,3}|" + "|".join(n for n in NUMBERS if n != "both")
PAPERS = r"(?:papers?|publications?|articles?|preprints?|works)\b"
# 'his 10 papers', 'the two 2024 papers', 'Qiu's five CV publications', 'both of her papers'
SAID = re.compile(
    rf"\b(?:(?:all\s+)?{OWNER}\s+(?P<n>{NUMBER})|(?P<both>both)(?:\s+of)?(?:\s+{OWNER})?)\s+"
    rf"(?P<between>(?:[\w-]+\s+){{0,2}}?){PAPERS}",
    re.IGNORECASE,
)
# an order or a rank picks papers: 'his two latest papers', 'the three most cited'
PICKS = re.compile(
    r"\b(?:latest|newest|recent|first|last|earliest|oldest|top|best|most|least|key|main|major"
    r"|favou?rite|important|notable|next|previous|other|more|new|highlighted|selected|chosen)\b",
    re.IGNORECASE,
)
SAID_AS_NUMBERS = {w for w in NUMBERS if w not in ("both", "single", "lone", "only")}
SPELLED = {n: w for w, n in NUMBERS.items() if w in SAID_AS_NUMBERS}
# what the counted papers are said to be after the noun: 'from 2024', 'in CV', 'with code'
HEAD_AFTER = re.compile(
    r"(?:\s+(?:that\s+|which\s+)?(?:he|she|they|[A-Z][\w-]+)\s+(?:wrote|published|authored|put\s+out))?"
    r"(?:\s+(?:from|in|since|with|on|of)\s+[\w-]+(?:\s+\d{4})?)*"
)
# the counted papers stated as the set a question then asks of ('his 20 CV papers, which ...')
SET_THEN = re.compile(
    r"(?:\s+(?:from|in|since|with)\s+[\w-]+)*\s*[,:;-]\s*(?:which|what|who|how)\b", re.I
)
THEIRS = re.compile(r"\s*(?:of|by|from)\s+(?:them|those)\b", re.IGNORECASE)
ASKS_NUMBER = re.compile(
    r"\bhow\s+many\b|\bnumber\s+of\b|\bcount\b|\bshare\b|\bpercent|\bproportion\b|\bfraction\b"
    r"|\bratio\b",
    re.IGNORECASE,
)
# the number is of the set the rest of the question picks from: 'which of his 10 papers ...'
AMONG = re.compile(r"\b(?:of|among|from|in)\s+(?:all\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class CountGiven:
    """The number of papers the question takes as given, and the question without it."""

    said: int
    word: str
    rest: str
    among: bool  # the number is of a set the question picks from ('which of his 10 papers')
    phrase: str  # the papers counted, as said ('his 10 papers from 2024')


def count_given(question: str) -> CountGiven | None:
    """The number of papers the question takes as given, if it says one as theirs."""
    if ASKS_NUMBER.search(question):
        return None
    found = list(SAID.finditer(question))
    if len(found) != 1:
        return None
    m = found[0]
    plural = re.search(r"s\b", m[0][-2:]) is not None or m[0].casefold().endswith("works")
    if (m["both"] or (m["n"] and m["n"].isdigit() and int(m["n"]) > 1)) and not plural:
        return None  # 'on both a 2020 paper and a 2025 paper': two things, no number of papers
    if PICKS.search(m["between"]) or THEIRS.match(question[m.end() :]):
        return None
    word = m["n"] or m["both"]
    said = int(word) if word.isdigit() else NUMBERS[word.casefold()]
    if said == 1 and m["n"] and m["n"].casefold() == "one":
        return None  # 'his one paper on X' is rare; 'the one paper that ...' picks one
    start, end = (m.start("n"), m.end("n")) if m["n"] else (m.start("both"), m.end("both"))
    after = question[end:] if m["n"] else re.sub(r"^\s+of\b", "", question[end:])
    rest = " ".join((question[:start] + after).split())  # 'both of her papers': 'her papers'
    phrase = question[m.start() : m.end()] + (HEAD_AFTER.match(question[m.end() :]) or [""])[0]
    among = AMONG.search(question[: m.start()]) is not None or SET_THEN.match(question[m.end() :])
    name = word if (m["n"] and not word.isalpha()) or word.casefold() in SAID_AS_NUMBERS else None
    return CountGiven(said, name or SPELLED[said], rest, bool(among), phrase)
