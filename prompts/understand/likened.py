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
    r"(?<![\w'’-])(?:(?P<given>(?-i:[A-Z][\w-]*))\s+)?(?P<name>[A-Za-z][\w-]*)"
    # an owner's 's, or a plural's bare ' (not a quote closed after a word: "'... the KG'")
    r"(?P<al>\s+et\s+al\.?)?(?:['’]s|(?<=s)['’])(?![\w'’])"
    r"(?:\s+(?P<owned>(?-i:[A-Z][\w-]*)))?",
    re.IGNORECASE,
)
# A manner named after someone: 'LeCun-style', 'Hinton-like', 'a BioBERT-type model'
STYLED = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Za-z][\w]*)[\s-](?P<how>style|like|esque|inspired|type)(?![\w-])",
    re.IGNORECASE,
)
# Likened by a cue: 'like hintons ...', 'the way BioBERT did', 'in the vein of Bengio',
# 'a la Google', 'following Hinton'
CUED = re.compile(
    r"\b(?:(?:un)?like|as\s+in|the\s+way|à\s+la|a\s+la|following|in\s+the\s+(?:tradition"
    r"|vein|spirit|footsteps|mou?ld)\s+of)\s+(?:the\s+)?(?P<name>[A-Za-z][\w-]*)(?P<al>\s+et\s+al\.?)?"
    r"(?P<owns>(?<=s)(?=\s+[A-Za-z]))?",
    re.IGNORECASE,
)
# How many words after someone's name may say the thing of theirs
OWNED_WORDS = 3
# Suffixes that name a manner after someone whatever the case typed ('lecun-style')
NAMING = frozenset({"style", "esque", "inspired"})
# Likeness said as an idiom, naming no subject: 'in the spirit of', 'in that vein', 'along
# those lines' (what follows, or what came before, is the subject)
IDIOM = re.compile(
    r"\bin\s+(?:the|that|this|a\s+similar|the\s+same)\s+(?:tradition|vein|spirit|footsteps"
    r"|mou?ld)(?:\s+of\b)?|\balong\s+(?:those|these|the\s+same)\s+lines\b",
    re.IGNORECASE,
)
# A name typed in lower case is at least this long ('lecun-style'); shorter, an acronym
# ('gnn-style', 'rl-style')
NAME_LEAST = 5
# What remains must hold a word of the papers at least this long ('distillation', 'BERT')
LEAST = 3


def _forms(word: str) -> set[str]:
    """The word as the papers might hold it: as typed, less an owner's 's or a bare s."""
    low = word.casefold().replace("’", "'")
    bare = low.removesuffix("'s").removesuffix("'")
    return {low, bare, bare.removesuffix("s")} - {""}


def _outside(word: str, vocabulary: Collection[str], people: Collection[str]) -> bool:
    """No paper uses the word in any form, no author bears it, it is no question word, and it
    is not built on a name the papers use ('BioBERT' on BERT: an example of their own kind)."""
    forms = _forms(word)
    built_on = any(run.casefold() in vocabulary for run in re.findall(r"[A-Z]{3,}", word))
    return not built_on and not any(f in vocabulary or f in people or f in STOPWORDS for f in forms)


def _titled(after: str, titled: Collection[str]) -> bool:
    """Do the next few words say a word of the titles ('teacher-student distillation')?"""
    words = re.findall(r"[A-Za-z][\w-]*", after)[:OWNED_WORDS]
    return any(p in titled for w in words for p in (w.casefold(), *w.casefold().split("-")))


def _said(
    text: str, vocabulary: Collection[str], people: Collection[str], titled: Collection[str]
) -> Iterator[str]:
    """Each outside name the text likens its subject to, as a regex of its words."""
    for m in POSSESSIVE.finditer(text):
        if not _outside(m["name"], vocabulary, people):
            continue
        # someone's own thing, not a subject named after someone ('Alzheimer's detection'):
        # what is owned is a name ("Google's BERT") or a word of the titles ("Hinton's
        # distillation"), or the owner is a group of authors ("Devlin et al.'s")
        owned = m["owned"] or ""
        named = bool(owned) and (owned[1:2].isupper() or _outside(owned, vocabulary, people))
        if not (m["al"] or named or _titled(text[m.end() :], titled)):
            continue
        yield re.escape(m["name"]) + (r"\s+et\s+al\.?" if m["al"] else "")
        if m["given"] and _outside(m["given"], vocabulary, people):  # 'Geoffrey Hinton's'
            yield re.escape(m["given"])
        if owned and _outside(owned, vocabulary, people):
            yield re.escape(owned)
    for m in STYLED.finditer(text):
        # an acronym names a method ('GNN-style', 'RL-style', typed 'gnn-style' too): kept
        word = m["name"]
        acronym = word.isupper() or (word.islower() and len(word) < NAME_LEAST)
        named = not acronym and (word[:1].isupper() or m["how"].casefold() in NAMING)
        if named and _outside(m["name"], vocabulary, people):
            yield re.escape(m[0])
    for m in CUED.finditer(text):
        # a name, or someone's own typed without its apostrophe ('like hintons distillation');
        # not a plain word given as an example ('a field like medicine')
        # (an acronym is as often a task or a model compared against: 'like QA', 'like GPT')
        capital = m["name"][:1].isupper() and not m["name"].isupper()
        named = capital or m["al"] or m["owns"] is not None
        if named and _outside(m["name"], vocabulary, people):  # the cue with it: 'the way'
            yield re.escape(m[0].removesuffix(m["owns"] or ""))


def unlikened(
    text: str,
    vocabulary: Collection[str],
    people: Collection[str] = frozenset(),
    titled: Collection[str] = frozenset(),
) -> str:
    """The text less the outside names a subject is likened to, when the rest still names
    something the papers say; else as it is (`people`: every author's name words, folded;
    `titled`: the titles' words, folded)."""
    if not vocabulary:
        return text
    text = IDIOM.sub(" ", text)
    names = list(dict.fromkeys(_said(text, vocabulary, people, titled)))
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
