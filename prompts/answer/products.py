"""Names a question asks of a named paper that only a proper name answers: the make or model
of the hardware it ran on ('which smartphone model', 'the brand of smartwatch', 'the exact
devices') and a choice between names ('tested on iPhone or Android?'). The abstract answers
only when it names one: a sentence on the asked thing holding a name (a capital or a digit
inside a word, past the sentence's first word) that is not the paper's own, or the record
saying one of the names offered. A sentence that merely says the thing ('phone-based sensing
tasks') does not, and the answer says the abstract does not state it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from prompts.answer.beyond import NAME
from prompts.understand.dates import MONTH
from retrieval.model import CATEGORY_NAMES, Paper
from retrieval.names import aliases
from retrieval.text import STOPWORDS, split_sentences, stem, words

# Things named by a make or a model: the hardware a study ran on or collected data with
HARDWARE = (
    r"(?:smart)?phones?|smartwatch(?:es)?|watch(?:es)?|devices?|handsets?|wearables?|tablets?"
    r"|cameras?|sensors?|headsets?|robots?|drones?|cars?|vehicles?|microphones?"
)
# What asks a make or model: 'which brand of smartwatch', 'the phone model', 'device make',
# 'the exact devices' (a bare 'model' is a learned model, no device)
MAKER = r"(?:brands?|makes?|vendors?|manufacturers?|makers?)"
MAKE_ASKED = re.compile(
    "|".join(
        [
            rf"\b{MAKER}\s+of\s+(?:the\s+)?(?P<a>{HARDWARE})\b",
            rf"\b(?P<b>{HARDWARE})\s+(?:{MAKER}|models?)\b",
            rf"\b(?:exact|specific|precise|actual|particular)\s+(?P<c>{HARDWARE})\b",
        ]
    ),
    re.IGNORECASE,
)
# Two names offered as the answer: 'iPhone or Android', 'UbiComp or MobiCom'; not the last
# two of a list ('June, July or August'), nor two set aside ('not CL or CV')
NAMED = r"(?:[A-Z][\w-]*|[a-z]+[A-Z][\w-]*)"
OFFERED = re.compile(
    rf"(?<![\w-])(?<!,\s)(?P<x>{NAMED})\s+or\s+(?:(?:an?|the)\s+)?(?P<y>{NAMED})(?![\w-])"
)
SET_ASIDE = re.compile(
    r"\b(?:not|neither|nor|except|besides|than)\s+(?:[\w-]+\s+){0,2}$|n't\s+$", re.I
)
# A name that is a month or a category of the records: a date or a field, which the
# record holds for every paper (read by the date and category answers)
RECORD_NAME = re.compile(rf"^(?:{MONTH}|{'|'.join(CATEGORY_NAMES)})$", re.IGNORECASE)


def _said(name: str, paper: Paper) -> bool:
    """Whether the record says the name anywhere (title, abstract, category, authors)."""
    record = " ".join(
        [paper.title, paper.abstract, paper.category, paper.affiliation or "", *paper.authors]
    )
    return re.search(rf"(?<![\w-]){re.escape(name)}", record, re.IGNORECASE) is not None


def _offered(question: str, paper: Paper) -> tuple[str, str] | None:
    """Two names the question offers as the answer, neither of them a word of everyday
    English written with a capital ('Or' after a sentence start) nor the paper's own."""
    own = {a.casefold() for a in aliases(paper)}
    for m in OFFERED.finditer(question):
        pair = (m["x"], m["y"])
        if SET_ASIDE.search(question[: m.start()]) or any(
            n.casefold() in STOPWORDS or n.casefold() in own or RECORD_NAME.match(n) for n in pair
        ):
            continue
        if not any(_said(n, paper) for n in pair):
            return pair
    return None


def _names_thing(thing: str, paper: Paper) -> bool:
    """Whether a sentence of the abstract on the thing ('watch' of 'watch-based') names a
    make or model: a name in it that is neither the paper's own nor a word of its title."""
    root = stem([thing.casefold()])[0].removeprefix("smart")
    own = {a.casefold() for a in aliases(paper)} | set(words(paper.title, split_hyphens=True))
    for sentence in split_sentences(paper.abstract):
        if root not in sentence.casefold():
            continue
        names = {m[0].strip() for m in NAME.finditer(sentence)}
        if any(not set(words(n, split_hyphens=True)) <= own for n in names):
            return True
    return False


def missing_product(question: str, papers: Sequence[Paper]) -> str | None:
    """What a decline says is missing when the question asks the make or model of the
    hardware a named paper used, or a choice between two names, and no record of the papers
    states it; None when one does or nothing of the kind is asked."""
    if not papers:
        return None
    if (m := MAKE_ASKED.search(question)) is not None:
        thing = next(g for g in m.groups() if g)
        if not any(_names_thing(thing, p) for p in papers):
            return f"the make or model of any {thing.casefold()} it used (it names none)"
    pairs = [_offered(question, p) for p in papers]
    if pairs and all(pairs) and (pair := pairs[0]) is not None:
        return f"whether it was {pair[0]} or {pair[1]} (it says neither)"
    return None
