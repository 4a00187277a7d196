"""'What benchmark did they build?': the data a paper says it made, or that it says none.

A paper's abstract that only evaluates on benchmarks did not build one: quoting a sentence
that mentions benchmarks would answer a question nobody asked. Only data-like things are
judged this way (benchmarks, datasets, corpora): 'what method did they propose?' is
answered by the paper's method under any name, so it is left to the usual answer.
"""

from __future__ import annotations

import re

from prompts.answer.asked import kinds_asked
from prompts.answer.model import Answer, Citation
from prompts.understand.terms import YES_NO
from retrieval.model import Paper
from retrieval.text import split_sentences

THING = r"benchmarks?|data\s?sets?|corpus|corpora|test\s?sets?|leaderboards?"
MAKE = (
    r"build|built|create[ds]?|made|make|release[ds]?|introduce[ds]?|propose[ds]?|construct(?:s|ed)?"
    r"|collect(?:s|ed)?|curate[ds]?|develop(?:s|ed)?|design(?:s|ed)?|contribute[ds]?"
    r"|present(?:s|ed)?|compile[ds]?|annotate[ds]?"
)
# The question asks which data the paper made: a making verb near a data word, either order.
ASKED = re.compile(
    rf"\b(?P<thing>{THING})\b(?:\W+\w+){{0,6}}?\W+(?:{MAKE})\b"
    rf"|\b(?:{MAKE})\b(?:\W+\w+){{0,4}}?\W+(?P<after>{THING})\b",
    re.IGNORECASE,
)
# A sentence saying the paper made it: 'we introduce VIPER, a benchmark', 'a dataset is
# manually constructed', 'our benchmark is released'; not 'evaluated on six benchmarks'.
STATED = re.compile(
    rf"\b(?:we|this\s+(?:paper|work|study)|the\s+authors)\s+(?:\w+\s+){{0,2}}?(?:{MAKE})\b"
    rf"(?:\W+[\w$^-]+){{0,8}}?\W+(?:{THING})\b"
    rf"|\b(?:our|new|novel|first)\s+(?:[\w-]+\s+){{0,3}}(?:{THING})\b(?:\W+\w+){{0,4}}?"
    rf"\W+(?:is|are|was|were|will\s+be)\s+(?:\w+\s+)?(?:{MAKE}|available|provided)\b"
    rf"|\b(?:{THING})\b\s+(?:is|are|was|were)\s+(?:\w+\s+)?(?:{MAKE})\b",
    re.IGNORECASE,
)
# 'we construct GThinker-11K, comprising ...': data named by its size, with no data word
SIZED_DATA = rf"\b(?:{MAKE})\s+(?:[\w-]+\s+){{0,2}}?[A-Z][\w-]*-\d+(?:\.\d+)?[kKmMbB]\b"
STATED_SIZED = re.compile(
    rf"\b(?:we|this\s+(?:paper|work|study)|the\s+authors)\s+(?:\w+\s+){{0,2}}?{SIZED_DATA}"
)
# 'the size of the benchmark they introduced': a detail of it, left to the usual answer
DETAIL = re.compile(
    r"\b(?:size|how\s+(?:many|much|large|big)|number\s+of|tasks?|samples?|scale|split)\b",
    re.IGNORECASE,
)
# 'has the benchmark got released code?': the release asked is the code's, not the data's
CODE_ASKED = re.compile(r"\b(?:code|source|repo(?:s|sitor(?:y|ies))?|github)\b", re.IGNORECASE)
KINDS = {"bench": "benchmark", "data": "dataset", "corp": "corpus", "test": "test set"}


def answer_made(question: str, paper: Paper, n: int = 1) -> Answer | None:
    """The sentence where `paper` says it made the data asked about; else a plain 'none
    stated' with how the abstract does mention it. None when the question is not of this
    kind."""
    asked = ASKED.search(question)
    if asked is None or CODE_ASKED.search(question):
        return None
    if kinds_asked(question) is not None:  # 'what sort of paperwork is in it'
        return None
    thing = _kind(asked["thing"] or asked["after"])
    sentences = split_sentences(paper.abstract)
    made = [s for s in sentences if STATED.search(s) or STATED_SIZED.search(s)]
    same = [s for s in made if _kind(_things(s)[0]) == thing] if made else []
    yes_no = YES_NO.match(question) is not None
    if same and DETAIL.search(question):
        return None
    if same:
        lead = "Yes: " if yes_no else ""
        name = paper.title.split(":")[0]
        return _answer(question, paper, n, f"{lead}{name} says: {same[0]} [{n}]", same[:1])
    lead = "No: the" if yes_no else "The"
    text = f"{lead} abstract of {paper.title} [{n}] names no {thing} the authors built."
    if made:  # 'what benchmark did they build?' of a paper that built a dataset
        kind = _kind(_things(made[0])[0])
        text += f" It does say it made a {kind}: {made[0]} [{n}]"
        return _answer(question, paper, n, text, made[:1])
    mentioned = [s for s in sentences if any(_kind(t) == thing for t in _things(s))]
    if mentioned:
        text += f" It mentions {thing}s only as: {mentioned[0]} [{n}]"
    return _answer(question, paper, n, text, mentioned[:1])


def _things(sentence: str) -> list[str]:
    named = re.findall(rf"\b(?:{THING})\b", sentence, re.IGNORECASE)
    return named or (["dataset"] if STATED_SIZED.search(sentence) else [""])


def _kind(word: str) -> str:
    """'Benchmarks' -> 'benchmark', 'data sets' -> 'dataset'."""
    low = word.casefold()
    return next((kind for stem, kind in KINDS.items() if low.startswith(stem)), low)


def _answer(question: str, paper: Paper, n: int, text: str, evidence: list[str]) -> Answer:
    citation = Citation.of(n, paper, evidence)
    return Answer(question=question, text=text, citations=[citation], route="retrieval")
