"""Whether one paper's own words state a claim put to it for confirmation: the claim's key
content words (its numbers included) found together in one sentence of the title or abstract,
that sentence not negated where the claim is not. The title's words count as said (they name
the paper); a word is said in any inflection, and an abbreviation as the paper spells it out
('EQA' is 'Extractive Question Answering' there, so the claim's 'extractive QA' is said).
A weaker match (words spread over sentences, a sentence that says 'cannot') is no
confirmation: the closest sentence is quoted instead."""

from __future__ import annotations

import re
from collections.abc import Sequence

from prompts.llm.verify.evidence import content_words
from prompts.llm.verify.mentions import acronyms
from prompts.llm.verify.wording import plain
from retrieval.model import Paper
from retrieval.names import aliases
from retrieval.text import split_sentences

# Words of how a claim is put, not of what it says ('I heard', 'is it true', 'basically').
_FRAMING = frozenset(
    content_words(
        """heard hear read reading told tell saw seen think thought believe guess assume right
        true correct accurate really actually basically essentially say said says saying
        claim claims curious wonder wondering whether someone somebody apparently supposedly
        already simply just truly indeed pretty mostly fairly quite"""
    )
)
# A sentence that denies or limits what it says: no confirmation of a claim that does not.
NEGATED = re.compile(
    r"\b(?:not|no|never|cannot|none|neither|nor|fail(?:s|ed)?\s+to|unable|lack(?:s|ing)?"
    r"|struggle[sd]?|without)\b|n['’]t\b",
    re.IGNORECASE,
)
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
MISSING_ALLOWED = 1  # of a claim of MANY_WORDS content words or more, this many may be unsaid
MANY_WORDS = 3
# An abbreviation the paper spells out: 'Extractive Question Answering (EQA)'
DEFINED = re.compile(r"((?:[\w-]+\s+){1,6})\(([A-Z][A-Za-z]*[A-Z])s?\)")
# A claim's own abbreviation: 'QA', 'LLMs'
ABBREVIATION = re.compile(r"\b([A-Z][A-Za-z]*[A-Z])s?\b")


def _key_words(claim: str, paper: Paper) -> set[str]:
    """The claim's content words less the paper's own names, its authors' names ('Minghui
    Qiu's KECP') and the claim's framing."""
    names = [*aliases(paper), *paper.authors]
    named = set().union(*(content_words(a) for a in names)) if names else set()
    return content_words(plain(claim)) - _FRAMING - named


def _numbers(text: str) -> set[str]:
    return {n.replace(",", "") for n in NUMBER.findall(text)}


def _sentences(paper: Paper) -> list[str]:
    return [plain(paper.title), *split_sentences(plain(paper.abstract))]


def _spelled(paper: Paper) -> dict[str, str]:
    """The abbreviations the abstract spells out, each with its words (initials match, a
    hyphened word counted once or by its parts: 'Pre-trained Language Models (PLMs)')."""
    spelled: dict[str, str] = {}
    for m in DEFINED.finditer(plain(paper.abstract)):
        said = m[1].split()
        for start in range(len(said)):
            run = said[start:]
            whole = "".join(w[0] for w in run)
            parts = "".join(p[0] for w in run for p in w.split("-") if p)
            if m[2].casefold() in (whole.casefold(), parts.casefold()):
                spelled[m[2].casefold()] = " ".join(run)
                break
    return spelled


def _said(sentence: str, spelled: dict[str, str], short: set[str]) -> set[str]:
    """The sentence's content words, its abbreviations spelled out as the paper does, and
    the claim's abbreviations (`short`) whose words the sentence spells out."""
    found = ABBREVIATION.findall(sentence)
    text = " ".join([sentence, *(spelled[a.casefold()] for a in found if a.casefold() in spelled)])
    words = content_words(text)
    return words | (short & acronyms(text)) if short - words else words


def _short(claim: str, spelled: dict[str, str]) -> set[str]:
    """The claim's abbreviations: in capitals, or any the paper spells out ('mlm')."""
    typed = {w.casefold().removesuffix("s") for w in re.findall(r"[\w-]+", claim)}
    return {a.casefold() for a in ABBREVIATION.findall(claim)} | (typed & spelled.keys())


def _covered(key: set[str], sentence: str) -> int:
    return len(key & content_words(sentence))


def stated_in(claim: str, paper: Paper, missing: int = MISSING_ALLOWED) -> str | None:
    """The paper's sentence that states the claim (None when none does): every key word of
    the claim in it (`missing` may be absent from a claim of three or more; none with 0),
    every number the claim gives in it, and no negation in it unless the claim negates too."""
    key = _key_words(claim, paper)
    if not key:
        return None
    needed = len(key) - (missing if len(key) >= MANY_WORDS else 0)
    numbers = _numbers(claim)
    negated = NEGATED.search(claim) is not None
    spelled = _spelled(paper)
    short = _short(claim, spelled)
    for sentence in _sentences(paper):
        if len(key & _said(sentence, spelled, short)) < needed:
            continue
        if not numbers <= _numbers(sentence):
            continue
        if NEGATED.search(sentence) is None or negated:
            return sentence
    return None


def closest_stated(claim: str, paper: Paper, also: Sequence[str] = ()) -> str:
    """The sentence to quote for a claim the paper does not state: one of its sentences that
    says the claim's words negated ('publicly available pre-trained LLMs cannot understand such
    inputs'), else the first of `also` (the answer's own), else the one sharing most words."""
    key = _key_words(claim, paper)
    enough = max(2, min(3, (len(key) + 1) // 2))
    if NEGATED.search(claim) is None:
        for sentence in _sentences(paper):
            if NEGATED.search(sentence) and _covered(key, sentence) >= enough:
                return sentence
    if also:
        return also[0]
    return max(_sentences(paper), key=lambda s: _covered(key, s))


PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*%")


def renumbered(claim: str, paper: Paper) -> tuple[str, str] | None:
    """A percentage the claim gives that the paper gives otherwise for the same measure: the
    paper's percentage and its sentence (half the claim's other key words in it, and not the
    claim's numbers). None when no sentence says the measure with another percentage."""
    given = _numbers(claim)
    percent = {m[1] for m in PERCENT.finditer(claim)}
    if not given:
        return None
    key = {w for w in _key_words(claim, paper) if not any(c.isdigit() for c in w)}
    # the measure's words, not the way the claim puts it ('get' for 'achieve'), nor a name
    # the paper gives in another sentence: half of them
    needed = (len(key) + 1) // 2
    if not key:
        return None
    for sentence in _sentences(paper):
        if _covered(key, sentence) < needed or given <= _numbers(sentence):
            continue
        theirs = [m[1] for m in PERCENT.finditer(sentence)] if percent else []
        theirs = [n for n in theirs if n not in percent]
        if theirs:
            return f"{theirs[0]}%", sentence
    return None
