"""The question asked after a claim granted in a clause ('Given that she never worked on RL,
what are her main topics?'): once the claim is corrected, this part is still owed an answer,
asked alone. None when the rest asks why (it is about the claim itself) or leans on the claim
('which come closest?', 'what instead?')."""

from __future__ import annotations

import re

GRANTED_THEN = re.compile(
    r"^\W*(?:given\s+(?:that\s+)?|since\s+|because\s+|seeing\s+(?:as|that)\s+|now\s+that\s+"
    r"|considering(?:\s+that)?\s+)[^,?;]+[,;]\s*(?:then\s+|so\s+)?"
    r"(?P<rest>(?:what|which|who|when|where|how|list|show|tell|name|give|can|could)\b[^?]*\??)\s*$",
    re.IGNORECASE,
)
# words that point back at the granted claim: the rest cannot be asked alone
LEANS = re.compile(
    r"\b(?:instead|rather|closest|nearest|related|similar|adjacent|otherwise|else|that|this"
    r"|those|these|it|them|then|there|such|why|how\s+come)\b",
    re.IGNORECASE,
)


def asked_after(question: str) -> str | None:
    """The question after a granted clause, to be answered alone, or None."""
    m = GRANTED_THEN.match(question.strip())
    if m is None or LEANS.search(m["rest"]):
        return None
    rest = m["rest"].strip()
    return rest[0].upper() + rest[1:]
