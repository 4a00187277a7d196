"""Another group's, lab's or person's work set against the owner's ('how does she stack up
against the Stanford NLP group?', 'qiu vs deepmind, who is better?'): a profile holds one
researcher's papers, never the other side's, so there is nothing to compare them with."""

from __future__ import annotations

import re

from prompts.understand.terms import NUMBER_WORDS, STOPWORDS
from retrieval.model import CATEGORY_NAMES

# The owner, once the name is read as 'their' (see router._owner_as_their)
OWNER = (
    r"\b(?:she|he|they|them|him|her|his|their|hers|(?:this|the)\s+(?:researcher|author|person))\b"
)
# Words that set one side against another ('compare with', 'stack up against', 'stronger than')
MEASURED = (
    r"\b(?:vs\.?|versus|compar\w*|against|stacks?\s+up|measures?\s+up|better|stronger|weaker"
    r"|worse|ranks?|ranked|ranking|outperform\w*|outrank\w*|rivals?|relative\s+to"
    r"|more\s+(?:\w+\s+)?than|less\s+(?:\w+\s+)?than)\b"
)
# People working together, named by whose they are: 'the Stanford NLP group', 'Manning's lab',
# 'deepmind people', 'her peers' (not 'her group', 'their team': the owner's own)
TEAMS = (
    r"(?:groups?|labs?|laborator(?:y|ies)|teams?|people|folks|departments?|institutes?"
    r"|researchers|scientists|faculty|peers|competitors|rivals|colleagues|counterparts)"
)
GROUP = re.compile(
    rf"{MEASURED}(?:\s+(?:to|with|against|than|that\s+of|those\s+of|the\s+work\s+of|the|them|him"
    r"|(?:her|his|their)\s+(?:work|research|output|papers|record))\b)*\s+"
    rf"(?P<who>(?!(?:her|his|their|its|my|our|your|own)\b)(?:[\w.&'’-]+\s+){{0,4}}?{TEAMS})\b"
    # 'qiu vs stanford nlp, who's better?': a side in words the papers never use
    rf"|\b(?:vs\.?|versus)\s+(?P<name>[\w.&'’-]+(?:\s+[\w.&'’-]+)?)\s*(?:[,?!.]|$)",
    re.IGNORECASE,
)


def rival(question: str, as_their: str, vocabulary: frozenset[str]) -> str | None:
    """The other side a question measures the owner's work against, as typed, when it is a
    group, lab or people, or a name in words no paper uses; else None. `as_their`: the
    question with the owner's name read as 'their' (the owner must be one side)."""
    if not re.search(OWNER, as_their, re.IGNORECASE):
        return None
    for m in GROUP.finditer(question):
        if m["who"]:
            who = re.sub(r"['’]s?$", "", m["who"].strip())
            said = [w.casefold() for w in who.split()]
            counted = any(w[0].isdigit() or w in NUMBER_WORDS for w in said)  # 'than 5 people'
            if not counted:
                return who
        elif m["name"]:
            words = [w.casefold().strip("'’.") for w in m["name"].split()]
            first = re.sub(r"['’]s$", "", words[0])
            code = first.upper() in CATEGORY_NAMES  # 'CL vs CV, which has more?': categories
            if first not in STOPWORDS and first not in vocabulary and not (first.isdigit() or code):
                return m["name"]
    return None
