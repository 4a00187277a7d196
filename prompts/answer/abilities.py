"""An ability a statement gives to what a paper's own sentence says cannot do it: 'pretrained
LLMs are good at reversed text', 'reversed text is easy for normal LLMs', 'public LLMs get
reversed inputs' where the abstract says 'publicly available pre-trained LLMs cannot understand
such inputs'. Read by the sentence's shape, not the statement's verb: the statement names the
denial's subject (its head word) and its object (the words after the denied verb, or those of
the sentence before, for 'such inputs' or 'them'), says something between them, and denies
nothing itself. What only a sentence granting the ability says ('LLMs trained from scratch
... can understand them') keeps the statement about those instead."""

from __future__ import annotations

import re

from prompts.understand.terms import STOPWORDS
from retrieval.text import stem, words

# What an abstract denies: 'LLMs cannot understand such inputs', 'fails to capture', 'do not need'.
DENIED = re.compile(
    r"\b(?:cannot|can\s+not|can['’]t|could\s+not|couldn['’]t|do(?:es)?\s+not|don['’]t"
    r"|doesn['’]t|did\s+not|didn['’]t|unable\s+to|fail(?:s|ed)?\s+to|never)\s+(?P<what>[a-z]+)",
    re.IGNORECASE,
)
# Said able, in plain words ('cope well with', 'handle it easily', 'no trouble with', 'just
# fine', 'no problem?'): a claim that what the abstract says they cannot do (understand, read,
# handle) they can
ABLE = re.compile(
    r"\b(?:cop(?:e|es|ed|ing)\s+(?:well|fine|easily)|with\s+ease|easily|effortlessly|just\s+fine"
    r"|(?:(?:had|has|have|having|with)\s+no\s+|no\s+|without\s+(?:any\s+|much\s+)?)(?:problems?|trouble"
    r"|difficult(?:y|ies)|issues?)(?=\s+(?:with|in|on|reading|understanding|handling|processing)\b"
    r"|\s*[?.!,;]|\s*$)"
    r"|without\s+(?:any\s+|much\s+)?(?:difficult(?:y|ies)|trouble|problems?))",
    re.IGNORECASE,
)
# The verbs of an ability to take something in: what a denial of them says cannot be done
ABLE_STEMS = frozenset(
    stem(["understand", "comprehend", "read", "handle", "cope", "process", "deal", "interpret"])
)
# A question that itself denies or contrasts: it may say what the abstract says.
NEGATIVE = re.compile(
    r"\b(?:not|no|never|cannot|unable|fail\w*|struggl\w*|without|instead|rather|unlike"
    r"|contrast)\b|n['’]t\b",
    re.IGNORECASE,
)
# A statement that grants no ability: it says the subject does badly ('bad at', 'has trouble
# with', 'breaks on'), as the abstract does (what ABLE reads as able is removed first)
BADLY = re.compile(
    r"\b(?:bad|badly|poor\w*|hard|harder|difficult\w*|trouble\w*|problem\w*|issues?|weak\w*"
    r"|worse|worst|los[et]s?|break\w*|broke\w*|confus\w*|limited|only|barely|hardly)\b",
    re.IGNORECASE,
)
# Words that point back to what the sentence before named ('such inputs', 'them')
POINTING = re.compile(r"\b(?:such|them|these|those|this|that|it|they)\b", re.IGNORECASE)
SUBJECT_WORDS = 4  # words before the denial that name what cannot do it
# Words that join two things without saying anything of them ('LLMs and reversed text',
# 'LLMs on reversed text'): a statement must say more between its subject and object
JOINING = frozenset(stem("and or on in of for with the a an to at by from vs versus".split()))  # noqa: SIM905


def _stems(text: str) -> list[str]:
    return [s for s in stem(w.casefold() for w in words(text, split_hyphens=True))]


def _content(text: str) -> set[str]:
    return set(_stems(text)) - STOPWORDS


def _between(claim: list[str], head: str, objects: set[str]) -> bool:
    """Does the claim say something between the subject's head and the object (either order:
    'LLMs read reversed text', 'reversed text is easy for LLMs'), not a bare pair ('LLMs and
    reversed text', 'LLMs on reversed text')?"""
    heads = [i for i, w in enumerate(claim) if w == head]
    things = [i for i, w in enumerate(claim) if w in objects]
    for i in heads:
        for j in things:
            lo, hi = sorted((i, j))
            said = [w for w in claim[lo + 1 : hi] if w not in objects and w != head]
            if any(w not in JOINING for w in said):
                return True
    return False


def grants(sentence: str, verb: str) -> bool:
    """Does the sentence say someone can do it ('can understand them', 'are able to read')?"""
    able = rf"\b(?:can|could|able\s+to|manage\s+to|succeed\s+in)\s+(?:\w+\s+){{0,2}}?{verb}"
    return re.search(able, sentence, re.IGNORECASE) is not None


def _granted_to(sentence: str, verb: str) -> set[str]:
    """The words naming who a sentence grants the ability ('LLMs trained from scratch with
    both forward and reverse texts' of '... can understand them'): those before the verb."""
    said = _stems(sentence)
    return set(said[: said.index(verb)]) - STOPWORDS if verb in said else set()


def ability_denied(statement: str, sentences: list[str]) -> str | None:
    """The abstract sentence denying its subject an ability (a verb of ABLE_STEMS) that the
    statement grants that subject for the same object; None when none does, the statement
    denies or limits it too, or it names what only a granting sentence says."""
    said = ABLE.sub(" able ", statement)
    if NEGATIVE.search(said) or BADLY.search(said):
        return None
    claim = _stems(said)
    asked = set(claim) - STOPWORDS
    for at, sentence in enumerate(sentences):
        for m in DENIED.finditer(sentence):
            verb = stem([m["what"].casefold()])[0]
            before = _stems(sentence[: m.start()])[-SUBJECT_WORDS:]
            if verb not in ABLE_STEMS or not before or before[-1] not in asked:
                continue
            head, subject = before[-1], set(before)
            after = sentence[m.end() :]
            pointed = POINTING.search(after) is not None and at > 0
            objects = (_content(after) | (_content(sentences[at - 1]) if pointed else set())) - (
                subject | {verb}
            )
            if not (asked & objects) or not _between(claim, head, objects):
                continue
            granting = [s for s in sentences if s != sentence and grants(s, m["what"])]
            others = set().union(*(_content(s) for s in sentences if s not in granting))
            if asked & (set().union(*(_granted_to(s, verb) for s in granting)) - others):
                continue  # 'LLMs trained from scratch understand them': so they do
            return sentence
    return None
