"""The type of thing a question about one paper asks for, where no detail kind names it: the
kinds of something it covers ('what kinds of documents', 'which graphs does it build') or the
method it builds on or is compared with ('which RL algorithm does X build on'). Each gives a
scorer of how well a sentence states that type, so the sentence fitting the question's type
leads, not the one most like the question overall."""

from __future__ import annotations

import re
from collections.abc import Callable

from prompts.answer.detail import LISTED
from retrieval.text import STOPWORDS

# The kinds of something asked: 'what kinds of documents', 'document types', 'what sort of
# paperwork', 'what docs does X cover', 'X uses which graphs?'
KINDS_ASKED = re.compile(
    r"\b(?:kinds?|types?|sorts?|varieties|categories)\s+of\s+(?P<of>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
    r"|\b(?!(?:what|which|the|any|these|those|all|many|different|various|other|several|some"
    r"|few|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
    r"(?P<before>[a-z][\w-]*)\s+(?:kinds|types|sorts|varieties)\b"
    # a plural, not a word ending in 'ss' ('which loss do they present')
    r"|\b(?:what|which)\s+(?P<what>[a-z][\w-]*[a-rt-z]s)\s+(?:does|do|did|is|are|was|were|has|have)\b"
    r"|\b(?:what|which)\s+(?P<end>[a-z][\w-]*[a-rt-z]s)\W*$",
    re.IGNORECASE,
)
# Things asked of which another scorer knows the kind: data, results, papers, people.
KNOWN_KINDS = re.compile(
    r"^(?:data\w*|benchmarks?|corpus|corpora|results?|scores?|metrics?|papers?|works?|authors?"
    r"|people|persons?|years?|months?|languages?|models?|llms?|lms?|backbones?|categor\w*"
    r"|publications?|articles?|studies|venues?|codes?|links?|repos?\w*|things?|ones?|stuff)$",
    re.IGNORECASE,
)
# A sentence listing things after a word that opens a list: 'spanning identity cards and
# invoices', 'from session graph and global graph', 'including text, images, and videos'.
LISTS_THINGS = re.compile(
    r"\b(?:includ\w*|spann\w*|spans?|such\s+as|cover\w*|rang\w*\s+from|e\.g\.|namely|from"
    r"|consist\w*\s+of|compris\w*)\s+(?:[\w-]+,?\s+){0,4}?(?:and|or)\s+[\w-]+",
    re.IGNORECASE,
)
# A method built on or compared with: 'which RL algorithm', 'the baseline algo', 'what does it
# build on', 'compared against what'
BASIS_ASKED = re.compile(
    r"\b(?:algorithms?|algos?|baselines?)\b|\b(?:build|builds|built|building|based|extend\w*)"
    r"\s+(?:on|upon)\b|\bcompar\w*\s+(?:[\w-]+\s+)?(?:against|with|to)\b|\b(?:vs\.?|versus)\s+(?:which|what)\b",
    re.IGNORECASE,
)
# A method's name: a capital and another capital or a digit ('DAPO', 'GRPO', 'BERT-base').
METHOD_NAME = re.compile(r"(?<![\w-])[A-Z][A-Za-z]*[A-Z0-9][\w-]*")
# Right before a name, the words that say it is the base or the baseline ('comparison with
# vanilla DAPO', 'training by DAPO', 'built on GRPO'); not a class ('other RLVR methods').
RELATED_BY = re.compile(
    r"\b(?:compar\w*\s+(?:with|to|against)|against|than|over|vanilla|based\s+on|built\s+(?:on|upon)"
    r"|builds?\s+(?:on|upon)|on\s+top\s+of|by|extend\w*|upon|baselines?|via)"
    r"\s+(?:(?!other\b|several\b|many\b|various\b)[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def kinds_asked(question: str) -> Callable[[str], int] | None:
    """How well a sentence lists the kinds the question asks ('what kinds of documents':
    'spanning identity cards and invoices'); None when it asks no kinds, or kinds another
    scorer reads (data, results, people)."""
    if not (m := KINDS_ASKED.search(question)):
        return None
    if m["of"] and re.match(r"(?:kind|type|sort)\s", m[0], re.I):
        return None  # 'what kind of loss does X introduce': which one, not a list of kinds
    head = [w for w in next(g for g in m.groups() if g).split() if w.casefold() not in STOPWORDS]
    # 'which datasets' is the data scorer's; 'what types of sensing data' asks kinds outright
    if not head or ((m["what"] or m["end"]) and KNOWN_KINDS.match(head[-1])):
        return None
    said = [re.compile(rf"\b{re.escape(w[: max(3, len(w) - 2)])}\w*", re.I) for w in head]

    def lists(s: str) -> int:
        # a list of things outweighs one word asked: the kinds are named, not called by it;
        # the words asked tell two lists apart ('meteorological drivers -- A, B, and C')
        listed = LISTS_THINGS.search(s) or LISTED.search(s)
        return 3 * bool(listed) + 2 * sum(bool(w.search(s)) for w in said)

    return lists


def basis_asked(question: str, own: set[str]) -> Callable[[str], int] | None:
    """How well a sentence names a method the paper builds on or is compared with (`own`:
    the paper's names, in lower case); None when the question asks no such method."""
    if not BASIS_ASKED.search(question):
        return None

    def names_basis(sentence: str) -> int:
        return 3 * any(
            RELATED_BY.search(sentence[: m.start()])
            for m in METHOD_NAME.finditer(sentence)
            if m[0].casefold() not in own
        )

    return names_basis
