"""A subject asked through someone or something outside the profile: 'Hinton-style
distillation', 'like OpenAI's CLIP, which papers align images and text?', 'BERT models for one
domain, the way BioBERT did', "in the tradition of Devlin et al.'s BERT". The outside name is
framing, not a constraint: a name is outside when the profile's papers never use it and no
author of the profile bears it, and it goes from the topic when what remains still names
something the papers say (the subject asked). A name alone ('anything like Kubernetes?') stays:
it is all the question asks, and the profile's coverage of it is judged as any topic's."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from retrieval.text import STOPWORDS

# Someone's or something's own: "Hinton's", "OpenAI's CLIP", "Devlin et al.'s", "hinton's"
# (the thing owned, when capitalised, may be outside too: 'CLIP' of "OpenAI's CLIP")
POSSESSIVE = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Za-z][\w-]*)(?P<al>\s+et\s+al\.?)?['’]s?(?![\w'’])"
    r"(?:\s+(?P<owned>(?-i:[A-Z][\w-]*)))?",
    re.IGNORECASE,
)
# A manner named after someone: 'LeCun-style', 'Hinton-like', 'a BioBERT-type model'
STYLED = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Za-z][\w]*)[\s-](?:style|like|esque|inspired|type)(?![\w-])",
    re.IGNORECASE,
)
# Likened by a cue: 'like hintons ...', 'the way BioBERT did', 'in the vein of Bengio',
# 'a la Google', 'following Hinton'
CUED = re.compile(
    r"\b(?:(?:un)?like|as\s+in|the\s+way|à\s+la|a\s+la|following|in\s+the\s+(?:tradition"
    r"|vein|spirit|footsteps|mou?ld)\s+of)\s+(?:the\s+)?(?P<name>[A-Za-z][\w-]*)(?P<al>\s+et\s+al\.?)?",
    re.IGNORECASE,
)
# What remains must hold a word of the papers at least this long ('distillation', 'BERT')
LEAST = 3


def _forms(word: str) -> set[str]:
    """The word as the papers might hold it: as typed, less an owner's 's or a bare s."""
    low = word.casefold().replace("’", "'")
    bare = low.removesuffix("'s").removesuffix("'")
    return {low, bare, bare.removesuffix("s")} - {""}


def _outside(word: str, vocabulary: Collection[str], people: Collection[str]) -> bool:
    """No paper uses the word in any form, no author bears it, and it is no question word."""
    forms = _forms(word)
    return not any(f in vocabulary or f in people or f in STOPWORDS for f in forms)


def _said(text: str, vocabulary: Collection[str], people: Collection[str]) -> Iterator[str]:
    """Each outside name the text likens its subject to, as a regex of its words."""
    for m in POSSESSIVE.finditer(text):
        if _outside(m["name"], vocabulary, people):
            yield re.escape(m["name"]) + (r"\s+et\s+al\.?" if m["al"] else "")
            if m["owned"] and _outside(m["owned"], vocabulary, people):
                yield re.escape(m["owned"])
    for m in STYLED.finditer(text):
        if _outside(m["name"], vocabulary, people):
            yield re.escape(m[0])
    for m in CUED.finditer(text):
        if _outside(m["name"], vocabulary, people):
            yield re.escape(m["name"]) + (r"\s+et\s+al\.?" if m["al"] else "")


def unlikened(text: str, vocabulary: Collection[str], people: Collection[str] = frozenset()) -> str:
    """The text less the outside names a subject is likened to, when the rest still names
    something the papers say; else as it is (`people`: every author's name words, folded)."""
    if not vocabulary:
        return text
    names = list(dict.fromkeys(_said(text, vocabulary, people)))
    if not names:
        return text
    left = text
    for name in names:
        left = re.sub(rf"(?<![\w-]){name}(?:['’]s?(?![\w'’]))?", " ", left)
    kept = [
        w
        for w in re.findall(r"[A-Za-z][\w-]*", left)
        if len(w) >= LEAST and w.casefold() not in STOPWORDS and w.casefold() in vocabulary
    ]
    return left if kept else text
