"""A sentence chosen to answer a detail of one paper, kept with the sentence of the abstract
that unpacks it: the next one when it opens by pointing back ('... a three-stage progressive
curriculum.' 'It involves two Supervised Fine-Tuning stages ..., followed by a Reinforcement
Learning stage'), the one before when the chosen one adds to it ('It also features ... the
AppZoo' with '... the ModelZoo ...'), after it. A pronoun opening a sentence names what the
sentence before it said, so the two state the detail together."""

from __future__ import annotations

import re
from collections.abc import Callable

from prompts.understand.terms import STOPWORDS
from retrieval.model import Paper
from retrieval.text import split_sentences, stem

# Opening by pointing back at the sentence before: 'It involves', 'They then', 'These stages',
# 'This framework' (not an impersonal 'It is known that').
POINTING_BACK = re.compile(
    r"^(?:it|they|these|this|each\s+of\s+them)\s+(?!(?:paper|work|study|article)\b)"
    r"(?!(?:is|was|would|seems|remains)\s+(?:known|well|widely|clear|important|hard|difficult"
    r"|easy|necessary|common|shown|believed|challenging|desirable|worth|natural|possible"
    r"|be)\b)[a-z]",
    re.IGNORECASE,
)
# Adding to the sentence before: 'It also features', 'They further', 'In addition, it'
ADDING = re.compile(
    r"^(?:(?:it|they|this|these)\s+(?:also|further|additionally)|in\s+addition,?\s+(?:it|they))\b",
    re.IGNORECASE,
)


def unpacked(chosen: list[str], paper: Paper) -> list[str]:
    """The chosen sentences, each followed by the next sentence of the abstract that points
    back at it, or by the one before it when it only adds to that one."""
    sentences = split_sentences(paper.abstract)
    out: list[str] = []
    for said in chosen:
        if said in out:
            continue
        at = sentences.index(said) if said in sentences else -1
        out.append(said)
        if at > 0 and ADDING.match(said) and sentences[at - 1] not in out:
            out.append(sentences[at - 1])  # after it: the sentence chosen still leads
        following = sentences[at + 1] if 0 <= at < len(sentences) - 1 else None
        if following and following not in out and _points_back(following, said):
            out.append(following)
    return out


def _content(sentence: str) -> set[str]:
    return set(stem(w for w in re.findall(r"[a-z]{4,}", sentence.casefold()) if w not in STOPWORDS))


def _points_back(following: str, said: str) -> bool:
    """Does the sentence after `said` unpack it: opening by pointing back and adding to it
    ('It also ...'), or saying again a word of it ('... a three-stage curriculum.' 'It
    involves two ... stages') -- not 'It works on six datasets' after an unrelated finding."""
    if not POINTING_BACK.match(following):
        return False
    return ADDING.match(following) is not None or bool(_content(following) & _content(said))


def _skeleton(word: str) -> str:
    """The word's consonants ('lvls' of 'levels', 'mdl' of 'model'), as shorthand keeps them."""
    return word[0] + re.sub(r"[aeiou]", "", word[1:])


def respelled(question: str, paper: Paper) -> str:
    """The question with a word the paper never uses written out as the paper's word it
    shortens by dropping vowels ('meta-kd knowledge lvls?' -> '... levels?'): shorthand read
    from the paper's own words, not a table."""
    said = {w.casefold() for w in re.findall(r"[A-Za-z]+", paper.title + " " + paper.abstract)}
    asked = {w for w in re.findall(r"[A-Za-z]+", question) if len(w) >= 3}
    full: dict[str, str] = {}
    for word in asked - said:
        if re.search(r"[aeiou]", word[1:], re.IGNORECASE):
            continue  # shorthand keeps no vowel after the first letter
        low = word.casefold()
        found = {w for w in said if len(w) > len(word) and _skeleton(w) == low}
        if not found and low.endswith("s"):  # 'lvls' of 'level' said, plural asked
            found = {f"{w}s" for w in said if len(w) >= len(low) and _skeleton(w) == low[:-1]}
        if len(found) == 1:
            full[word] = found.pop()
    for word, written in full.items():
        question = re.sub(rf"\b{word}\b", written, question)
    return question


# A list of the things a noun names, right after it: 'tasks including A and B', 'modules such
# as', 'stages: A, B', 'levels, namely'
LISTING = r"\s*(?:,\s*)?(?:including|such\s+as|namely|i\.e\.|:)\s+\S"


def listing(sentences: list[str], asked: set[str], stems: Callable[[str], set[str]]) -> str | None:
    """The one sentence that lists the things a word of the question names ('two novel
    self-supervised tasks including prompt relevance inspection and masked prompt modeling'
    for 'pretraining tasks?'); None when none or several do. `asked`: the question's content
    words, stemmed as `stems` stems a word."""
    found = []
    for sentence in sentences:
        for m in re.finditer(rf"\b([A-Za-z][\w-]*)(?={LISTING})", sentence):
            if asked & stems(m[1]):
                found.append(sentence)
                break
    return found[0] if len(found) == 1 else None
