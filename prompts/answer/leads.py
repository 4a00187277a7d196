"""'Yes' first when a plain yes/no question ('is any of her papers tagged cmu?', 'any paper of
hers from a 31 December?', 'has she worked with anyone from CMU?') is answered by the papers
the profile's records pick for it: one or more found is the Yes, and the papers follow. Said
once here for every exact answer whose own wording leads with what it counts, so the verdict
does not depend on which answer happened to be chosen. A question that names an amount or a
share ('did she publish 5 papers in 2023?', 'only CV?') is not answered by any paper found,
nor is one asked with a negation or as a claim; those verdicts are computed where they are."""

from __future__ import annotations

import re

from prompts.answer.model import Answer
from prompts.understand.dates import MONTH
from prompts.understand.terms import CODE, NUMBER_WORDS
from prompts.understand.yesno import asks_yes_no

# What an exact answer says when it found papers: '1 of the 50 listed papers matches ...',
# '2 of the 13 listed papers carry an affiliation tag', "her most frequent co-authors on the
# 1 listed papers (tagged 'cmu')"
FOUND = re.compile(
    r"^(?:[1-9]\d* of (?:the|[\w .'’-]+['’]s) \d+ listed papers?\b"
    r"|[\w .'’-]+['’]s most frequent co-authors on the [1-9]\d* listed papers? \()"
)
WH = re.compile(r"\b(?:what|which|who|whom|whose|when|where|why|how)\b", re.IGNORECASE)
# An amount or share named: the Yes is to that amount, not to a paper found
AMOUNT = re.compile(
    r"\b(?:\d+(?:\.\d+)?|" + "|".join(NUMBER_WORDS) + r"|one(?!\s+of\b)|once|twice|dozens?"
    r"|several|many|few|most|mostly|majority|half|all|every|each|only|just|exactly|solely|more|fewer|less"
    r"|least|over|under|never|no|not|none|nothing|without|total|count|number|tally|sum)\b"
    r"|n['’]t\b",
    re.IGNORECASE,
)
# Dates are no amount: years, and a day said with its month ('dec 31', '1st of May')
DATED = re.compile(
    rf"\b(?:19|20)\d{{2}}s?\b|\b{MONTH}\s*\d{{1,2}}(?:st|nd|rd|th)?\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}",
    re.IGNORECASE,
)

# 'yes or no', 'or not': how the question asks, no negation
ASKED_BOTH_WAYS = re.compile(r"\byes\s*(?:or|/)\s*no\b|\bor\s+not\b|\by/n\b", re.IGNORECASE)


def asks_if_any(question: str) -> bool:
    """A plain yes/no question, no question word, no amount, share or negation named."""
    # 'pku tagged paper? y/n and which': the question word asks which, after the Yes
    if not asks_yes_no(question) or (WH.search(question) and not ASKED_BOTH_WAYS.search(question)):
        return False
    said = ASKED_BOTH_WAYS.sub(" ", DATED.sub(" ", question))
    return AMOUNT.search(said) is None


def found_lead(answer: Answer, question: str) -> Answer:
    """The answer led by 'Yes: ' when it is an exact answer that found papers for a plain
    yes/no question; else as it is."""
    if answer.abstained or not answer.citations or not FOUND.match(answer.text):
        return answer
    if not asks_if_any(question):
        return answer
    # the Yes is to what the answer counted: code asked of papers it counted without their
    # code ('does the paper tagged pku come with code?' answered with the tagged papers)
    head = answer.text.split("\n")[0]
    if re.search(CODE, question, re.IGNORECASE) and not re.search(CODE, head, re.IGNORECASE):
        return answer
    return answer.model_copy(update={"text": "Yes: " + answer.text})
