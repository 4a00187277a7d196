"""A paper as evidence for claims: its sentences, words, numbers, acronyms and vectors.

Word coverage compares stemmed content words, with the words every answer about papers
uses left out and common synonyms of paper prose counted as one.
"""

from __future__ import annotations

import functools
import itertools
import re

import numpy as np
import numpy.typing as npt

from prompts.llm.verify.mentions import NUMBER_WORDS, acronyms, numbers, states_name
from prompts.llm.verify.polarity import PRIOR_WORK
from prompts.llm.verify.record import code_text, record_text
from prompts.llm.verify.wording import american, plain, stems_of
from retrieval.model import CATEGORY_NAMES, Paper
from retrieval.text import STOPWORDS, split_sentences, stem, words

_PAPER_TALK = """
one well new based use used uses using paper papers work works research researcher study
studies article articles propose proposes proposed present presents presented introduce
introduces introduced describe describes described develop develops developed publish
published author authors authored titled title et al e g ie eg etc including include includes
method methods approach approaches framework model models also novel
because since every each up down through let lets look looks give gives need needs call
called appear appears seem seems make makes way ways thing things kind whole result results
"""
STOP = STOPWORDS | frozenset(_PAPER_TALK.split())
# Words papers and their paraphrases use for the same thing: counted as one in word coverage.
_SYNONYMS = """
use utilize utilise employ leverage adopt exploit apply rely | show demonstrate reveal
indicate confirm prove validate | improve boost enhance increase raise lift strengthen |
outperform beat surpass exceed | reduce decrease lower cut shrink compress | big large huge
massive | data dataset corpus corpora | task problem | picture image photo | clip video |
fast quick rapid | evaluate assess test measure | combine integrate fuse merge incorporate |
capture extract obtain acquire | generate produce | predict forecast | select choose pick |
label annotate annotation | expand enlarge extend | help assist facilitate enable allow |
gather collect | flaw flawed error erroneous | wrong incorrect | right correct |
understand comprehend | scarce limited | labelled labeled annotated | product item goods |
user customer | network model | achieve reach attain | build construct create built |
novel new |
inject infuse | hard difficult challenging | accurate precise | enrich augment |
stage step phase | continue keep | turn transform convert cast recast reformulate
"""
SYNONYMS = {
    word: group[0]
    for group in (stem(g.split()) for g in _SYNONYMS.replace("\n", " ").split("|"))
    for word in group
}


def content_words(text: str, extra_stop: frozenset[str] = frozenset()) -> set[str]:
    """Stemmed content words (hyphenated words count as their parts, numbers as themselves)."""
    kept = [
        w
        for w in words(american(text), split_hyphens=True)
        if w not in STOP and w not in extra_stop and (len(w) > 1 or w.isdigit())
    ]
    return {SYNONYMS.get(s, s) for s in stem(NUMBER_WORDS.get(w, w) for w in kept)}


# What a claim says a paper 'also' does, to the end of its clause: an addition LLM answers
# make up ('SpanProto also handles nested entities'); that many of its words the paper never
# uses, and the addition is not the paper's.
ALSO = re.compile(r"\balso\b([^,;:]*)", re.IGNORECASE)
CLAUSE_END = re.compile(r"\b(?:which|where|while|whereas)\b", re.IGNORECASE)
ADDED_UNSTATED = 2


def added(claim: str, known: set[str] | frozenset[str], extra_stop: frozenset[str]) -> list[str]:
    """The words of what the claim says the paper 'also' does that the paper never uses,
    when there are ADDED_UNSTATED of them or more; else none."""
    found = ALSO.search(american(claim))
    if found is None:
        return []
    missing = content_words(CLAUSE_END.split(found.group(1))[0], extra_stop) - known
    return sorted(missing) if len(missing) >= ADDED_UNSTATED else []


def phrases(text: str) -> frozenset[tuple[str, str]]:
    """Pairs of adjacent content stems ('logo embeddings'): the phrases that say what a
    paper is about more than its single words do."""
    tokens = words(american(text), split_hyphens=True)
    stems = [
        None if w in STOP or len(w) < 2 else SYNONYMS.get(s, s)
        for w, s in zip(tokens, stem(tokens), strict=True)
    ]
    return frozenset((a, b) for a, b in itertools.pairwise(stems) if a and b and a != b)


def paper_text(paper: Paper) -> str:
    """Everything a source states: title, abstract, people, date, category, code."""
    parts = [
        plain(paper.title),
        plain(paper.abstract),
        ", ".join(paper.authors),
        paper.affiliation or "",
        paper.category,
        CATEGORY_NAMES.get(paper.category, ""),
        paper.date.strftime("%Y %B %b %d"),
    ]
    if paper.has_code:
        parts.append("code github source open released available implementation")
    return "\n".join(parts)


class PaperEvidence:
    """A paper as evidence: its title and abstract sentences, their words, numbers and
    acronyms (read once), and the sentences' vectors (read when first needed)."""

    def __init__(self, paper: Paper) -> None:
        self.paper = paper
        self.sentences = split_sentences(plain(paper.abstract))
        # The record (people, date, category) and the code's release read as sentences too.
        code = code_text(paper)
        self.texts = [plain(paper.title), *self.sentences, record_text(paper)]
        self.record_at = len(self.texts) - 1
        self.code_at = len(self.texts) if code else None
        self.texts += [code] if code else []
        self.text = paper_text(paper)
        self.words = content_words(self.text)
        self.text_words = [content_words(t) for t in self.texts]
        self.phrases = phrases(f"{paper.title}. {paper.abstract}")
        self.stems = stems_of(self.text)
        self.numbers = numbers(self.text) | {str(paper.date.day)}
        self.earlier_work = [s for s in self.sentences if PRIOR_WORK.match(s)]
        self.vectors: npt.NDArray[np.float32] | None = None

    @functools.cached_property
    def acronyms(self) -> set[str]:
        """The initials of its word runs, read when a claim first names an acronym."""
        return acronyms(self.text)

    def states(self, name: str) -> bool:
        acronym = name.upper() == name or name[:-1].upper() == name[:-1]
        if acronym and name.lower() in self.acronyms:
            return True
        return states_name(name, self.text, self.stems)


def paper_key(paper: Paper) -> tuple[str, str, str]:
    """A paper's cache key: a profile re-ingested under the same ids may change its text."""
    return (paper.id, paper.title, paper.abstract)
