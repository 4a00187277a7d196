"""The question asked after a claim granted in a clause ('Given that she never worked on RL,
what are her main topics?'): once the claim is corrected, this part is still owed an answer,
asked alone. None when the rest asks why (it is about the claim itself) or leans on the claim
('which come closest?', 'what instead?')."""

from __future__ import annotations

import re

GRANTED_THEN = re.compile(
    r"^\W*(?:given\s+(?:that\s+)?|since\s+|because\s+|seeing\s+(?:as|that)\s+|now\s+that\s+"
    r"|considering(?:\s+that)?\s+)(?P<claim>[^,?;]+)[,;]\s*(?:then\s+|so\s+)?"
    r"(?P<rest>(?:what|which|who|when|where|how|list|show|tell|name|give|can|could)\b[^?]*\??)\s*$",
    re.IGNORECASE,
)
# words that point back at the granted claim: the rest cannot be asked alone
LEANS = re.compile(
    r"\b(?:instead|rather|closest|nearest|related|similar|adjacent|otherwise|else|that|this"
    r"|those|these|it|them|then|there|such|why|how\s+come)\b",
    re.IGNORECASE,
)


# the granted clause is a claim about the person ('she has never worked on X', 'Qiu only does
# NLP'), not a time ('since the original Valley paper') nor one paper ('since the leakage
# paper has no defense'): the person as its subject, and a word that claims all or none
CLAIMED = re.compile(
    r"\b(?:she|he|they|this\s+(?:researcher|author|person))\b|^\W*(?:dr\.?\s+|prof\.?\s+)?"
    r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?\s+(?:has|have|had|does|did|never|only|always|is|was)\b",
    re.IGNORECASE,
)
CLAIM_WORD = re.compile(
    r"\b(?:never|only|always|all|every|none|no|not|exclusively|solely|stopped)\b|n['’]t\b", re.I
)


def asked_after(question: str) -> str | None:
    """The question after a granted clause, to be answered alone, or None."""
    m = GRANTED_THEN.match(question.strip())
    if m is None or LEANS.search(m["rest"]):
        return None
    if not (CLAIMED.search(m["claim"]) and CLAIM_WORD.search(m["claim"])):
        return None
    rest = m["rest"].strip()
    return rest[0].upper() + rest[1:]
