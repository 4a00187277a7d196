"""Which part of a method does what: stages, phases and named variants, against the source.

A claim can keep every word of its source and give one part's role to another: 'in the first
phase the LLM is trained jointly' where the source trains it jointly in the second, 'SRGI-CM
recursively incorporates ...' where that is SRGI-FM, 'in the mention classification stage
SpanProto builds a boundary matrix' where that is the span extraction stage. The source's
parts are the stretches of text that follow a label ('the first phase', 'In the span
extraction stage,', 'For mention classification,', '(SRGI-FM), which ...'); a claim's part
that says only what another part's stretch says, nothing of its own, is crossed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from prompts.llm.verify.evidence import content_words
from prompts.llm.verify.mentions import names
from prompts.llm.verify.wording import american
from prompts.understand.terms import ORDINAL_WORDS

STAGE = r"(?:stage|phase|step|round)s?"
# 'the first phase', 'first training phase', 'In the span extraction stage,', 'For X,'.
ORDINAL_LABEL = re.compile(
    r"\b(first|initial|second|third|fourth)\s+(?:[\w-]+\s+)?" + STAGE + r"\b", re.IGNORECASE
)
NAMED_LABEL = re.compile(r"\b[Ii]n\s+the\s+((?:[\w-]+\s+){1,3}?)" + STAGE + r"\b")
FOR_LABEL = re.compile(r"^\s*For\s+((?:[\w-]+\s+){0,2}[\w-]+),")
# Where a part ends without a new label ('..., while ...', '; then ...').
PART_END = re.compile(r";|\b(?:while|whereas|then|afterwards|finally|subsequently)\b", re.I)
MIN_PART = 3  # content words a source's part needs to say what its label does


def _labels(text: str, named: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) of each label in the text, in order; `named`: the variant names
    that label parts ('SRGI-FM')."""
    found = []
    for match in ORDINAL_LABEL.finditer(text):
        place = ORDINAL_WORDS.get(match.group(1).lower(), 1)  # 'initial' is the first
        found.append((match.start(), match.end(), str(place)))
    for match in NAMED_LABEL.finditer(text):
        if not ORDINAL_LABEL.search(match.group(0)):
            label = " ".join(sorted(content_words(match.group(1))))
            found.append((match.start(), match.end(), label))
    lead = FOR_LABEL.match(text)
    if lead:
        found.append((lead.start(), lead.end(), " ".join(sorted(content_words(lead.group(1))))))
    for name in names(text):
        if name.lower() in named:
            for hit in re.finditer(re.escape(name), text):
                found.append((hit.start(), hit.end(), name.lower()))
    return sorted(set(found))


@functools.lru_cache(maxsize=4096)
def _parts(text: str, named: frozenset[str]) -> tuple[tuple[str, frozenset[str]], ...]:
    """(label, the content stems of what follows it up to the next label or clause end)."""
    text = american(text)
    labels = _labels(text, named)
    found = []
    for k, (_, end, label) in enumerate(labels):
        stop = labels[k + 1][0] if k + 1 < len(labels) else len(text)
        stretch = text[end:stop]
        cut = PART_END.search(stretch)
        stretch = stretch[: cut.start()] if cut else stretch
        found.append((label, frozenset(content_words(stretch))))
    return tuple(found)


@functools.lru_cache(maxsize=1024)
def _words(sentences: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(content_words(s)) for s in sentences)


@functools.lru_cache(maxsize=1024)
def _variants(sentences: tuple[str, ...]) -> frozenset[str]:
    """Names of the paper that label parts: two or more sharing a stem ('SRGI-FM', 'SRGI-CM')
    in one sentence."""
    found: set[str] = set()
    for sentence in sentences:
        heads: dict[str, set[str]] = {}
        for name in names(sentence):
            head, _, tail = name.rpartition("-")
            if head and tail.isupper() and len(tail) <= 3:  # 'SRGI-FM', not 'Meta-Learning'
                heads.setdefault(head.lower(), set()).add(name.lower())
        found |= {n for group in heads.values() if len(group) >= 2 for n in group}
    return frozenset(found)


def crossed_parts(claim: str, sentences: Sequence[str]) -> str | None:
    """Does the claim give one part of the method (stage, phase, variant) what the source
    says of another, and nothing of its own?"""
    named = _variants(tuple(sentences))
    said: dict[str, set[str]] = {}
    words = _words(tuple(sentences))
    for k, sentence in enumerate(sentences):
        for label, stems in _parts(sentence, named):
            # A stage named in words is one the paper names elsewhere too ('a two-stage
            # approach, including span extraction and ...'), not 'For reproducibility,'.
            named_elsewhere = any(set(label.split()) <= w for j, w in enumerate(words) if j != k)
            if len(stems) >= MIN_PART and (label in named or label.isdigit() or named_elsewhere):
                said.setdefault(label, set()).update(stems)
    if len(said) < 2:
        return None
    for label, mine in _parts(claim, named):
        if label not in said:
            continue
        own = said[label] - set().union(*(s for k, s in said.items() if k != label))
        for other, words_ in said.items():
            theirs = words_ - said[label]
            if other != label and mine & theirs and not mine & own:
                return f"it says of '{label}' what the source says of '{other}'"
    return None
