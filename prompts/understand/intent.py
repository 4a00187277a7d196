"""What kind of question this is, by its nearest labelled phrasings (MiniLM, already shipped).

A k-nearest-neighbour vote over the exemplars in `exemplars.py`; the exemplar vectors are
computed once per embedder build and kept on disk (see IntentClassifier). Cost per question:
one short embedding (~5 ms of CPU; see docs/scale.md, issue 11), run only when something reads
the vote (`Vote`): most answers are decided by the question's words and never read it.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from prompts.understand.exemplars import EXEMPLARS
from prompts.understand.terms import YES_NO
from retrieval.index.cache import cached_array
from retrieval.text import STOPWORDS

Operation = Literal["overview", "topic", "fact", "compare", "trend", "metadata", "outside"]
Embed = Callable[[list[str]], Sequence[Any]]
K = 5


def _unit(vectors: Sequence[Any]) -> npt.NDArray[np.float32]:
    m = np.asarray(vectors, dtype=np.float32)
    return m / np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-9)


def exemplars_key(identity: str) -> str:
    """What the exemplar vectors depend on: the embedder (its identity names the build) and
    the exemplars' texts; a file of them is named by this."""
    texts = json.dumps([identity, EXEMPLARS], sort_keys=True)
    return hashlib.sha256(texts.encode()).hexdigest()[:16]


class IntentClassifier:
    """Nearest-exemplar vote: the operation a question asks for, and how sure the vote is."""

    def __init__(self, embed: Embed, kept: Path | None = None) -> None:
        """`kept`: a file for the exemplar vectors (named by `exemplars_key`), so that
        they are embedded once per machine, not at every start (about 1-3 s on 2 cores)."""
        self.embed = embed
        self.labels: list[str] = [op for op, phrasings in EXEMPLARS.items() for _ in phrasings]
        texts = [p for phrasings in EXEMPLARS.values() for p in phrasings]
        self.vectors = cached_array(kept, lambda: _unit(embed(texts)), len(texts))

    def classify(self, question: str) -> tuple[Operation, float]:
        """(operation, share of the similarity-weighted vote it won, 0..1)."""
        sims = self.vectors @ _unit(self.embed([question]))[0]
        top = np.argsort(-sims)[:K]
        votes: dict[str, float] = {}
        for i in top:
            votes[self.labels[i]] = votes.get(self.labels[i], 0.0) + max(float(sims[i]), 0.0)
        best = max(votes, key=votes.__getitem__)
        total = sum(votes.values()) or 1.0
        return best, round(votes[best] / total, 3)  # type: ignore[return-value]

    def vote(self, question: str) -> Vote:
        """The vote on `question`, cast when first read."""
        return Vote(lambda: self.classify(question))


class Vote:
    """The classifier's vote on one question, cast (one MiniLM run) only when first read:
    whoever reads it reads it last, after the question's own words could not decide."""

    def __init__(self, cast: Callable[[], tuple[Operation, float]]) -> None:
        self._cast: Callable[[], tuple[Operation, float]] | None = cast
        self._result: tuple[Operation, float] = ("topic", 0.0)

    @classmethod
    def known(cls, operation: Operation, sure: float = 1.0) -> Vote:
        """A vote decided without the classifier (the LLM's reading, a rule)."""
        return cls(lambda: (operation, sure))

    @property
    def cast(self) -> bool:
        """Has it been read (the classifier run, unless it was known)?"""
        return self._cast is None

    def _read(self) -> tuple[Operation, float]:
        if self._cast is not None:
            self._result, self._cast = self._cast(), None
        return self._result

    @property
    def operation(self) -> Operation:
        return self._read()[0]

    @property
    def sure(self) -> float:
        """The share of the similarity-weighted vote the operation won, 0..1."""
        return self._read()[1]

    def instead(self, was: Operation, now: Operation) -> Vote:
        """This vote with `was` read as `now` ('what about RL?' lists what a fact vote would
        answer), still cast only when read."""
        return Vote(lambda: (now if self.operation == was else self.operation, self.sure))


PAPER_NOUN = r"(?:papers?|publications?|works?|articles?|research|studies|projects?)"
# Asking for papers: 'which of her papers ...', 'what has she published on ...', 'any work on'.
ASKS_PAPERS = re.compile(
    rf"\b(?:which|what|list|show|name|find|any|all)\b(?:\s+[\w'’-]+){{0,3}}?\s+{PAPER_NOUN}\b"
    r"|\b(?:published|written|wrote|worked|working|work|works|publish\w*|done|do|does|doing)\s+"
    r"(?:anything\s+)?(?:on|about|in|with|around|related)\b"
    rf"|\b{PAPER_NOUN}\s+(?:on|about|in|related|regarding|dealing|using|that|which)\b",
    re.IGNORECASE,
)
# Asking for something inside a paper: a number, a dataset, a result.
ASKS_DETAIL = re.compile(
    rf"\bhow\s+(?:many|much|big|large|well|fast|long|good|accurate)\b(?!\s+{PAPER_NOUN})"
    r"|\bhow\s+(?:does|do|did|is|are|was)\b"
    # 'number of categories in X?', 'X dataset size pls', 'category count of X' (not 'BERT-size')
    rf"|\b(?:number|#)\s+of\b(?!\s+{PAPER_NOUN})|(?<!paper\s)(?<!papers\s)(?<![\w-])(?:size|count)\b"
    # (not across a word for papers: 'which papers handle model compression' lists papers)
    rf"|\b(?:what|which)\s+(?:(?!{PAPER_NOUN}\b)[\w'’-]+\s+){{0,2}}?(?:datasets?|data|benchmarks?"
    r"|scores?|accuracy|"
    r"results?|numbers?|tasks?|methods?|models?|metrics?|baselines?|gains?|improvements?|"
    r"architecture|loss|size|languages?|corpus|corpora|f1|bleu|rouge)\b",
    re.IGNORECASE,
)
# 'What is X?', 'What does X do?': about one thing, not a list.
# Not 'what did she do on X', "what's he done in X": those ask for the papers.
WHAT_IS = re.compile(
    r"\b(?:what\s+(?:is|are|was|were|does|did)|what's)\b"
    r"(?!(?:\s+[\w'’-]+){0,3}?\s+(?:do|done|doing|work|worked|working|publish|published|write"
    r"|written)\s+(?:anything\s+)?(?:on|about|in|with|around|regarding)\b)",
    re.IGNORECASE,
)


WH = re.compile(r"\b(?:what|which)\b", re.IGNORECASE)
KIND_OF = frozenset({"kind", "kinds", "type", "types", "sort", "sorts", "else", "one", "ones"})


def asks_a_thing(question: str) -> bool:
    """Does the first 'what'/'which' ask for a thing other than papers ('what two objectives
    is it trained with', 'which challenges for future research does X name', 'what solution
    comes out of it')? Its words up to the first function word say; 'which of her papers',
    'what kinds of works', 'what else' ask for none."""
    if (m := WH.search(question)) is None:
        return False
    head: list[str] = []
    for word in re.findall(r"[\w'’-]+", question[m.end() :]):
        if word.casefold() in STOPWORDS:
            break
        head.append(word.casefold())
    named = [w for w in head if w not in KIND_OF]
    return bool(named) and not any(re.fullmatch(PAPER_NOUN, w) for w in head)


def asks_for_papers(question: str, vote: Vote) -> bool:
    """A list of papers (a subject's) rather than a detail stated inside one. Whichever ask
    comes first in the question decides ('which papers report accuracy' lists papers; 'what
    accuracy does the X paper report' asks a detail); without either, the classifier does."""
    papers = ASKS_PAPERS.search(question)
    detail = ASKS_DETAIL.search(question) or WHAT_IS.search(question)
    if detail is None and YES_NO.match(question):  # 'Has she worked on X?': Yes, and which
        return True
    if papers or detail:
        return papers is not None and (detail is None or papers.start() < detail.start())
    return vote.operation != "fact"
