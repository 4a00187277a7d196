"""The role a word plays in the question: the verb of the request ('can you WALK me through her
meta-learning work', 'did she ever INVENT a metric', 'I REMEMBER two papers on logos') or
the act done to a subject the papers hold ('papers on SPOTTING brand logos', 'PULLING answers
out of text'), as against a word of the subject itself ('SPEECH recognition', 'papers on
tracking PLAYERS'). A word no paper uses says the subject is not in the profile only in the
second role; in the first it is the asker's wording. Read from the sentence's grammar (its
pronouns, modals, determiners), never from a list of the verbs themselves."""

from __future__ import annotations

import re
from collections.abc import Callable

from prompts.understand.terms import NUMBER_WORDS
from retrieval.text import STOPWORDS

# Closed classes of English grammar (no verbs of requests among them)
SUBJECT = r"(?:i|we|you|they|he|she)"
MODAL = r"(?:can|could|would|will|should|might|may|must|shall)"
AUXILIARY = r"(?:do|does|did|don'?t|doesn'?t|didn'?t|have|has|had)"
# a word between a subject and its verb: 'she EVER invented', 'I still remember'
ADVERB = r"(?:ever|never|also|just|only|still|really|actually|once|even|\w+ly)"
PERSON = frozenset("me us him them".split())  # noqa: SIM905  (never a determiner)
OBJECT = frozenset("me us you him her them it this that these those".split())  # noqa: SIM905
DETERMINER = frozenset(
    "a an the some any two three several many few his her their its my our your".split()  # noqa: SIM905
)
PREPOSITION = r"(?:on|in|for|about|at|with|of|to|into|around)"
NEXT = re.compile(r"^[\s,]*([\w'’-]+)")
# a noun of an act ('recognition', 'detection', 'assessment', 'analysis'): no act's object, so
# an -ing word before one is a noun naming its kind ('HANDWRITING recognition')
ACT_NOUN = re.compile(r"[a-z-]+(?:tion|sion|ment|sis|ing)s?", re.IGNORECASE)
# Nouns of an amount or a place within a thing, said before 'of' ('a HANDFUL of labels', 'LOTS
# of annotations', 'the MIDDLE of a dialogue'): the subject is what follows 'of' (closed class)
MEASURE = frozenset(
    """lot lots handful bunch couple plenty number numbers variety amount amounts dozen dozens
    ton tons bit bits piece pieces majority minority fraction portion middle rest remainder
    bulk load loads heap heaps""".split()  # noqa: SIM905
)


def _after(question: str, end: int) -> str:
    """The word after a position, lower case ('' at the end or before a stop)."""
    m = NEXT.match(question[end:])
    return m[1].casefold() if m else ""


def _verb_at(question: str, start: int, end: int) -> bool:
    """Is the word at start..end a verb: after a subject ('I remember', 'did she ever
    invent'), a modal ('would matter') or 'to' of an infinitive, and followed by its object
    (a pronoun, a determiner, a number) or a preposition, not by a noun it would modify ('do
    SPEECH processing', 'would like SIGN language')?"""
    after = _after(question, end)
    if after in PERSON:  # 'walking ME through', 'show US'
        return True
    before = question[:start]
    subject = rf"(?:\b{SUBJECT}|\b{MODAL})\s+(?:{ADVERB}\s+)?$"
    asked = rf"\b{AUXILIARY}\s+{SUBJECT}\s+(?:{ADVERB}\s+)?$"
    if not (re.search(subject, before, re.I) or re.search(asked, before, re.I)):
        return False
    if after in OBJECT or after in DETERMINER or after in NUMBER_WORDS or after.isdigit():
        return True
    return bool(re.fullmatch(PREPOSITION, after)) and after not in {"of"}


def _act_at(question: str, start: int, end: int, unseen: Callable[[str], object]) -> bool:
    """Is the word at start..end an act's -ing form after a preposition, done to words the
    papers use ('on SPOTTING brand logos', 'for PULLING answers out of text'; not 'on
    tracking players', whose object no paper names either, nor 'on handwriting recognition',
    a kind of an act)?"""
    word = question[start:end]
    if not word.casefold().endswith("ing") or "-" in word:
        return False
    if not re.search(rf"\b{PREPOSITION}\s+$", question[:start], re.I):
        return False
    following = re.match(r"^\s+((?:[\w-]+\s*){1,3})", question[end:])
    if following is None:
        return False
    phrase: list[str] = []
    for w in following[1].split():
        if w.casefold() in STOPWORDS:
            break
        phrase.append(w)
    if not phrase or ACT_NOUN.fullmatch(phrase[0]):
        return False
    return not any(unseen(w) for w in phrase)


def _degree_at(question: str, start: int, end: int) -> bool:
    """Is the word at start..end a degree said of another word: an adverb before a participle
    ('ARTIFICIALLY generated samples', 'manually labelled') or a comparative before 'than'
    ('models WEAKER than they look')?"""
    word, after = question[start:end].casefold(), _after(question, end)
    adverb = word.endswith("ly") and len(word) > 5 and re.fullmatch(r"[a-z]{3,}(?:ed|en)", after)
    return bool(adverb) or after == "than"


def _measure_at(question: str, start: int, end: int) -> bool:
    """Is the word at start..end an amount or a place of what follows 'of' ('a HANDFUL of
    labels', 'the MIDDLE of a dialogue')?"""
    return question[start:end].casefold() in MEASURE and _after(question, end) == "of"


def request_wording(question: str, word: str, unseen: Callable[[str], object]) -> bool:
    """Is every use of the word in the question the request's verb, an act done to a subject
    the papers hold, a degree said of another word or an amount of what follows ('a handful
    of labels'), never a word of the subject itself?
    `unseen` is truthy when no paper uses a word in any form (`Lexicon.unseen`)."""
    found = list(re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", question, re.I))
    return bool(found) and all(
        _verb_at(question, m.start(), m.end())
        or _act_at(question, m.start(), m.end(), unseen)
        or _degree_at(question, m.start(), m.end())
        or _measure_at(question, m.start(), m.end())
        for m in found
    )
