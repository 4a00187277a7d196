"""Papers asked that lie outside the listing: 'what are the other 15?', 'name the ones left
out', 'not the 50 listed ones - what are the others?'. A profile whose header claims more papers
than it lists can count the rest but never name them; the listing's own papers are asked
otherwise ('which papers are listed?')."""

from __future__ import annotations

import re

# The listing itself named: 'listed', 'the list', 'shown', 'the header', 'claimed'
LISTING = re.compile(
    r"\b(?:list(?:ed|ing|s)?|shown|header|claim\w*|profile|counted|total)\b", re.IGNORECASE
)
# ... and what lies beyond it: 'not', 'other', 'left out', 'missing', 'the difference', 'rest'
BEYOND = re.compile(
    r"\b(?:not|other|others|left\s+out|missing|omitted|difference|rest|remaining|beyond"
    r"|outside|besides|except)\b|n['’]t\b|\b(?:does|do|did|are|is|was|were)nt\b",
    re.IGNORECASE,
)
UNLISTED = re.compile(r"\bun-?listed\b|\bnot\s+(?:listed|shown|in\s+the\s+list)\b", re.IGNORECASE)
# Which papers, by name, not how many: 'which', 'what are', 'name', 'titles', 'show me'
WHICH = re.compile(
    r"\b(?:which|what\s+(?:are|were|is|papers?)|what\s+did|name|names|titles?|identify"
    r"|show\s+me)\b",
    re.IGNORECASE,
)
# a count asked, not a name ('how many', 'count them'; not 'the claimed paper count')
HOW_MANY = re.compile(r"\bhow\s+many\b|\bcount\s+(?:them|the|how|up)\b", re.IGNORECASE)
# Work not yet out, which no listing holds: 'his unpublished paper on X', 'her forthcoming
# study', 'the draft manuscript', 'work under review'
NOT_OUT = re.compile(
    r"\b(?:unpublished|unreleased|forthcoming|upcoming|draft|not[- ]yet[- ](?:published|released"
    r"|out)|in[- ]preparation|in[- ]progress|under[- ]review)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:papers?|works?|stud(?:y|ies)|manuscripts?|articles?|preprints?|research|projects?)\b"
    r"|\b(?:papers?|works?|stud(?:y|ies)|manuscripts?|articles?|research)\s+(?:[\w'’]+\s+){0,3}?"
    r"(?:still\s+)?(?:unpublished|forthcoming|not\s+yet\s+(?:published"
    r"|out|released)|in\s+preparation|in\s+progress|under\s+review)\b",
    re.IGNORECASE,
)


def unlisted_asked(question: str, claimed: int | None, listed: int) -> bool:
    """Does the question ask to name papers the header counts but the listing does not hold
    (the beyond said in words, or as the number of them: 'the other 15')?"""
    if not claimed or claimed <= listed or HOW_MANY.search(question):
        return False
    if not WHICH.search(question):
        return False
    beyond = UNLISTED.search(question) or (LISTING.search(question) and BEYOND.search(question))
    return bool(beyond) or re.search(rf"\b{claimed - listed}\b", question) is not None


def not_out_asked(question: str) -> bool:
    """Does the question ask about work not yet out ('his unpublished paper on X')?"""
    return NOT_OUT.search(question) is not None
