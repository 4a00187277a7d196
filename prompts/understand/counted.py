"""What a count counts, apart from the words said of it: the verb whose subject is the counted
noun ('how many separate categories OCCUR', 'how many tags SHOW up on his papers') and the
values given only as examples of the kind counted ('category tags (CL, CV, ...)', 'codes such
as LG or AI'). Read from the sentence's shape (a plural noun and its verb; a list marked as
examples), never from a list of the verbs."""

from __future__ import annotations

import re

from retrieval.text import STOPWORDS

# 'how many', 'the number of', 'count of': then the counted phrase, up to three words before
# its plural head noun ('how many of his 2024 papers', 'how many distinct category tags')
COUNTED = re.compile(
    r"\b(?:how\s+many|(?:the\s+)?number\s+of|count\s+of)\s+(?:of\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?P<head>[a-z][\w-]*[^s\W]s)\s+(?:that\s+|which\s+)?(?P<verb>[a-z]+)(?P<rest>\s+[\w'’-]+)?",
    re.IGNORECASE,
)
# After the verb: the clause ends ('..., and which?'), or a preposition takes the papers or
# the list, said by a determiner or a pronoun ('appear ON HIS papers', 'occur IN THE list');
# 'up' of a phrasal verb ('show up') first
DETERMINED = r"(?:the|his|her|their|its|this|these|those|all|any|each|every|a|an|my|our|your)"
CLAUSE_END = re.compile(r"\s*(?:[,;:.?!)]|$|\band\b|\bor\b)")
# A list of values marked as examples of the kind counted before it ('how many category tags
# (CL, CV, ...)', 'the number of categories (e.g. CL or LG)', 'count of labels such as CV, LG,
# etc.'); not of a kind the papers are in ('how many papers in fields such as NLP': NLP's)
BARE = r"(?!(?:in|on|of|from|with|for|about|across|among|within|by|papers?|works?|pubs)\b)"
KIND = (
    rf"\b(?:how\s+many|number\s+of|count\s+of)\s+(?:{BARE}[\w-]+\s+){{0,3}}?"
    r"(?:categor(?:y|ies)|tags?|labels?|codes?|fields?|areas?)"
)
VALUE = r"[A-Za-z][\w.-]*"
LISTED = rf"{VALUE}(?:\s*(?:,|/|\bor\b|\band\b)\s*{VALUE})*"
MARKED = r"(?:e\.\s?g\.?|eg|for\s+example|for\s+instance|such\s+as|like|say)"
ETC = r"(?:\s*,?\s*(?:\.\.\.|…|etc\.?|and\s+so\s+on))"
EXAMPLES = re.compile(
    rf"{KIND}(?P<examples>\s*(?:\(\s*(?:{MARKED}\s*,?\s*{LISTED}{ETC}?|{LISTED}{ETC})\s*\)"
    rf"|,?\s+{MARKED}\s+{LISTED}{ETC}?))",
    re.IGNORECASE,
)


def _ends_clause(text: str) -> bool:
    """Does the clause end here, or go on only to a place said with a determiner?"""
    if CLAUSE_END.match(text):
        return True
    m = re.match(rf"\s+(?:up\s+|out\s+)?(?:on|in|across|among|within|over|throughout)\s+"
                 rf"(?:{DETERMINED}\b|\d)", text, re.IGNORECASE)  # fmt: skip
    return m is not None or re.match(r"\s+(?:up|out)\b", text, re.IGNORECASE) is not None


def predicates(question: str) -> set[str]:
    """The verbs said of what is counted ('how many separate categories occur' -> {'occur'}):
    the word after the plural head noun of a count, when the clause ends there or goes on
    only to where (a determiner's papers); lower case. Not 'how many papers use RL' (its
    object is a subject) nor 'how many papers on RL' (a preposition)."""
    found: set[str] = set()
    for m in COUNTED.finditer(question):
        verb = m["verb"].casefold()
        if m["head"].casefold() in STOPWORDS or m["verb"][0].isupper():
            continue  # 'how many of them has code' (no noun counted), 'papers Qiu ...' (a name)
        if verb in STOPWORDS or verb.endswith(("s", "er")) or verb.isdigit():
            # 'papers on', 'papers has' (a plural's verb takes no -s), a comparative ('how
            # many times faster': what is asked), a number
            continue
        if _ends_clause(question[m.end("verb") :]):
            found.add(verb)
    return found


def without_examples(text: str) -> str:
    """The text less the values given only as examples of the kind named before them
    ('category tags (CL, CV, ...)': the tags are counted, CL and CV filter nothing)."""
    return EXAMPLES.sub(lambda m: m[0][: m.start("examples") - m.start()], text)


def off_predicates(topic: str | None, question: str) -> str | None:
    """The topic less the verbs said of what the question counts, or None if none is left."""
    said = predicates(without_examples(question))
    kept = [w for w in (topic or "").split() if w.casefold() not in said]
    return " ".join(kept) or None
