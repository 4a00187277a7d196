"""Does a cited paper support a sentence? Meaning, words and consistency, with the evidence.

For one claim and the papers it cites: the closest sentences of those papers (title and
abstract) by MiniLM similarity, the share of the claim's content words they hold, and the
consistency checks (numbers, names, negation or direction, authors). A claim is supported
when no check fails and the combined score reaches SUPPORTED. A claim that fails against
the papers it cites may be re-attributed to another given source that clearly supports it.
The same code serves the answer path (citations.verify) and `profilebot eval claims`.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from chromadb.api.models.Collection import Collection
from chromadb.api.types import Documents, EmbeddingFunction
from pydantic import BaseModel, Field

from prompts.llm.consistency import (
    NUMBER_WORDS,
    PRIOR_WORK,
    acronyms,
    american,
    flipped,
    missing_numbers,
    names,
    numbers,
    states_name,
    stems_of,
    wrong_authors,
)
from retrieval.model import CATEGORY_NAMES, Paper
from retrieval.text import STOPWORDS, split_sentences, stem, words

# Tuned on data/eval/claims_dev.jsonl (bench/verify_bench.py); the held-out half was
# written afterwards and measured once.
SIMILARITY_WEIGHT = 0.5  # score = weight * best similarity + (1 - weight) * word coverage
SUPPORTED = 0.60  # the score a claim needs, with every check passed
REATTRIBUTE = 0.70
LEXICAL_SURE = 0.85  # this share of the claim's words in the paper, checks passed: no embedding
MIN_SURE_WORDS = 4  # the score another source needs to take over a failed claim
MARKER_SIMILARITY = 0.35  # a second cited paper keeps its marker only this close to the claim
OTHER_PAPER_MARGIN = 0.12  # another profile paper this much closer: the claim is about it
EVIDENCE_SENTENCES = 3  # closest sentences checked for negation and direction
MAX_EVIDENCE = 2
OWNED_BY_AT_MOST = 2  # a term in this many profile papers or fewer marks them
# Distinctive terms: hyphenated words ('meta-teacher') and names with inner capitals or digits.
TERM = re.compile(r"\b[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+\b|\b[A-Za-z]+[A-Z0-9][A-Za-z0-9]*\b")
_PAPER_TALK = """
one well new based use used uses using paper papers work works research researcher study
studies article articles propose proposes proposed present presents presented introduce
introduces introduced describe describes described develop develops developed publish
published author authors authored titled title et al e g ie eg etc including include includes
method methods approach approaches framework model models also novel
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
understand comprehend | scarce limited | labelled labeled annotated | product item goods |
user customer | network model | achieve reach attain | build construct create | novel new |
inject infuse | hard difficult challenging | accurate precise | enrich augment
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


def paper_text(paper: Paper) -> str:
    """Everything a source states: title, abstract, people, date, category, code."""
    parts = [
        paper.title,
        paper.abstract,
        ", ".join(paper.authors),
        paper.affiliation or "",
        paper.category,
        CATEGORY_NAMES.get(paper.category, ""),
        paper.date.strftime("%Y %B %b %d"),
    ]
    if paper.has_code:
        parts.append("code github source open released available implementation")
    return "\n".join(parts)


class Support(BaseModel):
    """The verdict on one claim: supported or not, how strongly, and by what."""

    supported: bool
    score: float = Field(description="Combined similarity and word coverage, 0..1.")
    evidence: list[str] = Field(default_factory=list, description="The supporting sentences.")
    sources: list[int] = Field(default_factory=list, description="Source numbers it rests on.")
    reattributed: bool = False
    problems: list[str] = Field(default_factory=list, description="Why it is not supported.")


class _Paper:
    """A paper as evidence: its title and abstract sentences, their words, numbers and
    acronyms (read once), and the sentences' vectors (read when first needed)."""

    def __init__(self, paper: Paper) -> None:
        self.paper = paper
        self.sentences = split_sentences(paper.abstract)
        self.texts = [paper.title, *self.sentences]
        self.text = paper_text(paper)
        self.words = content_words(self.text)
        self.text_words = [content_words(t) for t in self.texts]
        self.stems = stems_of(self.text)
        self.numbers = numbers(self.text) | {str(paper.date.day)}
        self.acronyms = acronyms(self.text)
        self.earlier_work = [s for s in self.sentences if PRIOR_WORK.match(s)]
        self.vectors: npt.NDArray[np.float32] | None = None

    def states(self, name: str) -> bool:
        acronym = name.upper() == name or name[:-1].upper() == name[:-1]
        if acronym and name.lower() in self.acronyms:
            return True
        return states_name(name, self.text, self.stems)


def _key(paper: Paper) -> tuple[str, str, str]:
    """A paper's cache key: a profile re-ingested under the same ids may change its text."""
    return (paper.id, paper.title, paper.abstract)


class NeedVector(Exception):
    """Raised inside a check that cannot be settled without the claim's embedding."""


class Verifier:
    """Checks claims against papers; build once per profile (a paper is read when first
    checked against; its sentence vectors come from the index when it holds them)."""

    def __init__(
        self,
        embedder: EmbeddingFunction[Documents],
        papers: Sequence[Paper] = (),
        owner: str = "",
        collection: Collection | None = None,
    ) -> None:
        self.embedder, self.owner, self.collection = embedder, owner, collection
        self.papers = {p.id: p for p in papers}
        self.people: dict[str, str] = {}
        for person in [owner, *(a for p in papers for a in p.authors)]:
            if len(person.split()) >= 2:
                self.people.setdefault(person.lower(), person)
        self.name_words = frozenset(w for key in self.people for w in key.split())
        self._cache: dict[tuple[str, str, str], _Paper] = {}
        self._owners: dict[str, list[str]] | None = None
        self._lock = threading.Lock()

    def owners(self) -> dict[str, list[str]]:
        """Distinctive terms (names, hyphenated words) -> the few profile papers stating
        them; built on first use, once per profile."""
        with self._lock:
            if self._owners is None:
                found: dict[str, list[str]] = {}
                for paper in self.papers.values():
                    text = american(f"{paper.title} {paper.abstract}")
                    for term in {t.lower() for t in TERM.findall(text)}:
                        found.setdefault(term, []).append(paper.title)
                self._owners = {t: ps for t, ps in found.items() if len(ps) <= OWNED_BY_AT_MOST}
            return self._owners

    def embed(self, texts: list[str]) -> npt.NDArray[np.float32]:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.asarray(self.embedder(texts), dtype=np.float32)

    def _read(self, papers: Sequence[Paper]) -> list[_Paper]:
        with self._lock:
            for paper in papers:
                if _key(paper) not in self._cache:
                    self._cache[_key(paper)] = _Paper(paper)
            return [self._cache[_key(p)] for p in papers]

    def _vectors(self, cands: list[_Paper]) -> None:
        """Fill in the sentence vectors: the index's (embedded at ingest) or embedded now."""
        with self._lock:
            todo = [c for c in cands if c.vectors is None]
            stored = self._stored([c.paper for c in todo])
            for c in todo:
                vectors = stored.get(c.paper.id)
                if vectors is None:  # the text the index embeds for a sentence chunk
                    vectors = self.embed([f"{c.paper.short_title}: {s}" for s in c.sentences])
                c.vectors = vectors

    def _stored(self, papers: list[Paper]) -> dict[str, npt.NDArray[np.float32]]:
        if self.collection is None or not papers:
            return {}
        ids = {
            p.id: [f"{p.id}:s{i}" for i in range(len(split_sentences(p.abstract)))] for p in papers
        }
        got = self.collection.get(ids=[i for v in ids.values() for i in v], include=["embeddings"])
        vectors = got["embeddings"] if got["embeddings"] is not None else []
        found = dict(zip(got["ids"], vectors, strict=True))
        return {
            pid: np.asarray([found[i] for i in wanted], dtype=np.float32)
            for pid, wanted in ids.items()
            if wanted and all(i in found for i in wanted)
        }

    # --- the check -------------------------------------------------------------------------

    def check(self, claim: str, cited: list[int], sources: Sequence[Paper]) -> Support:
        """Is the claim supported by the sources it cites (numbers 1..n into `sources`)?
        If not, is it clearly supported by another one of them (then cited to that one)?"""
        return self.check_many([(claim, cited, sources)])[0]

    def check_many(self, claims: Sequence[tuple[str, list[int], Sequence[Paper]]]) -> list[Support]:
        """Several checks; the claims that need their embedding are embedded together."""
        verdicts: list[Support | None] = []
        for claim, cited, sources in claims:
            try:
                verdicts.append(self._check(claim, cited, sources, None))
            except NeedVector:
                verdicts.append(None)
        todo = [i for i, v in enumerate(verdicts) if v is None]
        vectors = self.embed([claims[i][0] for i in todo])
        for i, vector in zip(todo, vectors, strict=True):
            verdicts[i] = self._check(*claims[i], vector)
        return [v for v in verdicts if v is not None]

    def _check(
        self,
        claim: str,
        cited: list[int],
        sources: Sequence[Paper],
        vector: npt.NDArray[np.float32] | None,
    ) -> Support:
        valid = [n for n in dict.fromkeys(cited) if 1 <= n <= len(sources)]
        verdict = Support(supported=False, score=0.0, problems=["cites no given source"])
        if valid:
            verdict = self._judge(claim, vector, [sources[n - 1] for n in valid], valid)
            if verdict.supported:
                return verdict
        best = verdict
        for n, paper in enumerate(sources, 1):
            if n in valid:
                continue
            other = self._judge(claim, vector, [paper], [n])
            if other.supported and other.score >= REATTRIBUTE and other.score > best.score:
                best = other.model_copy(update={"reattributed": True})
        return best

    def _judge(
        self,
        claim: str,
        vector: npt.NDArray[np.float32] | None,
        papers: list[Paper],
        numbers_: list[int],
    ) -> Support:
        cands = self._read(papers)
        claim_words = content_words(claim, self.name_words)
        if not claim_words:
            return Support(supported=False, score=0.0, problems=["states nothing to check"])
        paper_words = set().union(*(c.words for c in cands))
        coverage = len(claim_words & paper_words) / len(claim_words)
        # The closest sentences by shared words: the evidence negation is checked against.
        overlap = sorted(
            (
                (len(claim_words & w) / len(claim_words), i, j)
                for i, c in enumerate(cands)
                for j, w in enumerate(c.text_words)
            ),
            reverse=True,
        )
        top = [cands[i].texts[j] for _, i, j in overlap[:EVIDENCE_SENTENCES]]
        problems = self._problems(claim, cands, top)
        if problems:
            return Support(
                supported=False, score=round(coverage, 3), evidence=top[:1], problems=problems
            )
        if coverage >= LEXICAL_SURE and len(claim_words) >= MIN_SURE_WORDS:
            evidence = [t for t in top[:MAX_EVIDENCE] if t not in {p.title for p in papers}]
            kept = [
                n
                for n, c in zip(numbers_, cands, strict=True)
                if len(cands) == 1 or c.words & claim_words
            ]
            return Support(
                supported=bool(kept),
                score=round(coverage, 3),
                evidence=evidence or top[:1],
                sources=kept,
            )
        if vector is None:
            raise NeedVector
        self._vectors(cands)
        sims = [
            c.vectors @ vector if c.vectors is not None and len(c.vectors) else np.zeros(0)
            for c in cands
        ]
        ranked = sorted(
            ((float(x), i, j) for i, row in enumerate(sims) for j, x in enumerate(row)),
            reverse=True,
        )
        best_sim = ranked[0][0] if ranked else 0.0
        score = SIMILARITY_WEIGHT * best_sim + (1 - SIMILARITY_WEIGHT) * coverage
        kept = [
            n
            for n, row in zip(numbers_, sims, strict=True)
            if len(numbers_) == 1 or (len(row) and float(row.max()) >= MARKER_SIMILARITY)
        ]
        evidence = [cands[i].sentences[j] for _, i, j in ranked[:MAX_EVIDENCE]]
        supported = score >= SUPPORTED and bool(kept)
        return Support(
            supported=supported,
            score=round(score, 3),
            evidence=evidence or top[:1],
            sources=kept,
            problems=[] if supported else [f"weak support {score:.2f}"],
        )

    def _problems(self, claim: str, cands: list[_Paper], top: list[str]) -> list[str]:
        stated = set().union(*(c.numbers for c in cands))
        problems = [f"number {n} not in the source" for n in sorted(missing_numbers(claim, stated))]
        missing = [n for n in names(claim, self.name_words) if not any(c.states(n) for c in cands)]
        problems += [f"name {n} not in the source" for n in missing]
        # A distinctive term of another profile paper ('meta-teacher' cited to HRKD).
        owners, cited = self.owners(), {c.paper.title for c in cands}
        for term in [w for w in words(american(claim)) if "-" in w] + [n.lower() for n in missing]:
            elsewhere = [t for t in owners.get(term, []) if t not in cited]
            if elsewhere and not any(term in c.text.lower() for c in cands):
                problems.append(f"{term} belongs to another paper: {elsewhere[0]!r}")
        if flipped(claim, top, [s for c in cands for s in c.earlier_work]):
            problems.append("negation or direction differs from the source")
        # A person named as an author must be one of at least one cited paper.
        wrong = set.intersection(
            *(set(wrong_authors(claim, c.paper, self.people, self.owner)) for c in cands)
        )
        problems += [f"{who} is not among its authors" for who in sorted(wrong)]
        return problems
