"""Does a cited paper support a sentence? Meaning, words and consistency, with the evidence.

For one claim and the papers it cites: the closest sentences of those papers (title and
abstract) by MiniLM similarity, the share of the claim's content words they hold, and the
consistency checks (numbers, names, negation or direction, which part does what, authors,
date and code against the paper's record). A claim is supported
when no check fails and the combined score reaches SUPPORTED. A claim that fails against
the papers it cites may be re-attributed to another given source that clearly supports it.
The same code serves the answer path (citations.verify) and `profilebot eval claims`.
"""

from __future__ import annotations

import functools
import math
import re
import threading
from collections.abc import Mapping, Sequence

import numpy as np
import numpy.typing as npt
from chromadb.api.models.Collection import Collection
from chromadb.api.types import Documents, EmbeddingFunction
from pydantic import BaseModel, Field

from prompts.llm.verify.binding import (
    bound_alike,
    crossed_contrast,
    misplaced_numbers,
    rebound_numbers,
    recounted,
    same_roles,
    swapped_roles,
    unmatched_comparison,
)
from prompts.llm.verify.evidence import PaperEvidence, added, content_words, paper_key, phrases
from prompts.llm.verify.mentions import NUMBER_WORDS, missing_numbers, names, wrong_authors
from prompts.llm.verify.parts import crossed_parts
from prompts.llm.verify.polarity import earlier_only, flipped
from prompts.llm.verify.record import is_code_claim, record_problems
from prompts.llm.verify.substitution import substituted
from prompts.llm.verify.wording import american, plain, stems_of
from retrieval.model import Paper
from retrieval.text import split_sentences, stem, words

# Tuned on data/eval/claims_dev.jsonl with bench/verify_bench.py (see data/eval/README.md).
SIMILARITY_WEIGHT = 0.5  # score = weight * best similarity + (1 - weight) * word coverage
SUPPORTED = 0.60  # the score a claim needs, with every check passed
REATTRIBUTE = 0.70  # the score another source needs to take over a failed claim
LEXICAL_SURE = 0.85  # this share of the claim's words in the paper, checks passed: no embedding
MIN_SURE_WORDS = 4  # ... and at least this many content words
MARKER_SIMILARITY = 0.35  # a second cited paper keeps its marker only this close to the claim
EVIDENCE_SENTENCES = 3  # closest sentences checked for negation and direction ...
ALIGNED = 0.75  # ... when they share this share of the closest one's words with the claim
MAX_EVIDENCE = 2
LOCAL_SENTENCES = 3  # the sentences (by shared words) a claim's word coverage is read from
PREPARE_BATCH = 500  # papers whose sentence vectors are read from the index at once
OWNED_BY_AT_MOST = 2  # a term or phrase in this many profile papers or fewer marks them
RARE_WORD = 3  # ... and one of its words in this many profile papers or fewer
FOREIGN_PHRASE = 0.1  # score lost per phrase of the claim that marks other papers only
# Distinctive terms: hyphenated words ('meta-teacher') and names with inner capitals or digits.
TERM = re.compile(r"\b[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+\b|\b[A-Za-z]+[A-Z0-9][A-Za-z0-9]*\b")


def _counted(term: str) -> bool:
    """Is the hyphenated term a count of something ('two-phase', '3-layer')?"""
    first = term.split("-")[0]
    return first.isdigit() or first in NUMBER_WORDS


class Support(BaseModel):
    """The verdict on one claim: supported or not, how strongly, and by what."""

    supported: bool
    score: float = Field(description="Combined similarity and word coverage, 0..1.")
    evidence: list[str] = Field(default_factory=list, description="The supporting sentences.")
    sources: list[int] = Field(default_factory=list, description="Source numbers it rests on.")
    reattributed: bool = False
    problems: list[str] = Field(default_factory=list, description="Why it is not supported.")


class NeedVector(Exception):
    """Raised inside a check that cannot be settled without the claim's embedding."""


class Verifier:
    """Checks claims against papers; build once per profile. At its first check it reads
    every profile paper and their sentence vectors (the index's, in one read), so that an
    answer costs only the embedding of its claims."""

    def __init__(
        self,
        embedder: EmbeddingFunction[Documents],
        papers: Sequence[Paper] | Mapping[str, Paper] = (),
        owner: str = "",
        collection: Collection | None = None,
    ) -> None:
        self.embedder, self.owner, self.collection = embedder, owner, collection
        # A mapping is kept as it is (the profile's papers by id, read when needed).
        self.papers = papers if isinstance(papers, Mapping) else {p.id: p for p in papers}
        self._cache: dict[tuple[str, str, str], PaperEvidence] = {}
        self._owners: dict[str, list[str]] | None = None
        self._phrase_owners: dict[tuple[str, str], int] = {}
        self._weights: dict[str, float] = {}
        self._df: dict[str, int] = {}  # word stem -> profile papers using it
        self._rare = 1.0
        self._prepared = False
        self._lock = threading.Lock()

    @functools.cached_property
    def people(self) -> dict[str, str]:
        """Everyone in the author lines, by lower-case name: read at the first check, not at
        open (a pass over every author line; the offline path never checks)."""
        found: dict[str, str] = {}
        for person in [self.owner, *(a for p in self.papers.values() for a in p.authors)]:
            if len(person.split()) >= 2:
                found.setdefault(person.lower(), person)
        return found

    @functools.cached_property
    def name_words(self) -> frozenset[str]:
        return frozenset(w for key in self.people for w in key.split())

    def prepare(self) -> None:
        """Read every profile paper as evidence, with its sentence vectors: once per profile."""
        if self._prepared:
            return
        papers = list(self.papers.values())
        for start in range(0, len(papers), PREPARE_BATCH):  # bounded index reads
            self._vectors(self._read(papers[start : start + PREPARE_BATCH]))
        self.owners()
        self._prepared = True

    def owners(self) -> dict[str, list[str]]:
        """Distinctive terms (names, hyphenated words) -> the few profile papers stating
        them; built on first use, once per profile, with the word weights and phrases."""
        if self._owners is None:
            evidence = self._read(list(self.papers.values()))
            with self._lock:
                if self._owners is None:
                    self._index_terms(evidence)
        assert self._owners is not None
        return self._owners

    def _index_terms(self, evidence: list[PaperEvidence]) -> None:
        found: dict[str, list[str]] = {}
        df: dict[str, int] = {}
        counts: dict[tuple[str, str], int] = {}
        for c in evidence:
            for st in c.stems:
                self._df[st] = self._df.get(st, 0) + 1
            for term in {t.lower() for t in TERM.findall(american(c.paper.title))} | {
                t.lower() for s in c.sentences for t in TERM.findall(american(s))
            }:
                found.setdefault(term, []).append(c.paper.title)
            for word in set().union(*c.text_words):
                df[word] = df.get(word, 0) + 1
            for phrase in c.phrases:
                counts[phrase] = counts.get(phrase, 0) + 1
        n = len(self.papers) + 1
        self._weights = {w: math.log(n / (k + 1)) + 1 for w, k in df.items()}
        self._rare = math.log(n) + 1
        # A phrase of common words ('current evaluations') marks no paper.
        self._phrase_owners = {
            ph: k
            for ph, k in counts.items()
            if k <= OWNED_BY_AT_MOST and min(df.get(w, 0) for w in ph) <= RARE_WORD
        }
        self._owners = {t: ps for t, ps in found.items() if len(ps) <= OWNED_BY_AT_MOST}

    def weights(self) -> dict[str, float]:
        """Each content word of the profile, weighted by how few of its papers use it."""
        self.owners()
        return self._weights

    def foreign_phrases(self, claim: str, cands: list[PaperEvidence]) -> list[str]:
        """The claim's phrases that mark other profile papers, none of the cited ones."""
        self.owners()
        stated = set().union(*(c.phrases for c in cands))
        return [
            " ".join(ph)
            for ph in sorted(phrases(claim))
            if ph in self._phrase_owners and ph not in stated
        ]

    def embed(self, texts: list[str]) -> npt.NDArray[np.float32]:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.asarray(self.embedder(texts), dtype=np.float32)

    def _read(self, papers: Sequence[Paper]) -> list[PaperEvidence]:
        with self._lock:
            for paper in papers:
                if paper_key(paper) not in self._cache:
                    self._cache[paper_key(paper)] = PaperEvidence(paper)
            return [self._cache[paper_key(p)] for p in papers]

    def _vectors(self, cands: list[PaperEvidence]) -> None:
        """Fill in the sentence vectors: the index's (embedded at ingest) or embedded now."""
        with self._lock:
            todo = [c for c in cands if c.vectors is None]
            stored = self._stored([c.paper for c in todo])
            for c in todo:
                vectors = stored.get(c.paper.id)
                if vectors is None or len(vectors) != len(c.sentences):  # as the index does
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

    def closest_sentence(self, claim: str, paper: Paper) -> str:
        """The sentence of the paper (or its title) sharing most content words with the claim."""
        (evidence,) = self._read([paper])
        claim_words = content_words(claim, self.name_words)
        shared = [len(claim_words & w) for w in evidence.text_words]
        return evidence.texts[max(range(len(shared)), key=shared.__getitem__)]

    # --- the check -------------------------------------------------------------------------

    def check(self, claim: str, cited: list[int], sources: Sequence[Paper]) -> Support:
        """Is the claim supported by the sources it cites (numbers 1..n into `sources`)?
        If not, is it clearly supported by another one of them (then cited to that one)?"""
        return self.check_many([(claim, cited, sources)])[0]

    def check_many(self, claims: Sequence[tuple[str, list[int], Sequence[Paper]]]) -> list[Support]:
        """Several checks; the claims that need their embedding are embedded together."""
        self.prepare()
        claims = [(plain(claim), cited, sources) for claim, cited, sources in claims]
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
        # The closest sentences by shared words, a word weighing more the fewer profile
        # papers use it ('pointer heads' over 'question answering'): the evidence the
        # claim's negations and directions are checked against.
        weight = self.weights()
        total = sum(weight.get(w, self._rare) for w in claim_words)
        code_claim = is_code_claim(claim)  # 'also improves code generation' is not about it
        overlap = sorted(
            (
                (sum(weight.get(x, self._rare) for x in claim_words & w) / total, i, j)
                for i, c in enumerate(cands)
                for j, w in enumerate(c.text_words)
                if code_claim or j != c.code_at
            ),
            reverse=True,
        )
        top = [cands[i].texts[j] for _, i, j in overlap[:EVIDENCE_SENTENCES]]
        # Support is read from a few sentences, not from words scattered over the abstract
        # ('also improves code generation' where 'code' and 'generate' are apart).
        local = set().union(
            *(cands[i].text_words[j] for _, i, j in overlap[:LOCAL_SENTENCES]),
            *(c.text_words[c.record_at] for c in cands),
            *(c.text_words[c.code_at] for c in cands if code_claim and c.code_at is not None),
        )
        coverage = len(claim_words & local) / len(claim_words)
        aligned = [
            cands[i].texts[j]
            for share, i, j in overlap[:EVIDENCE_SENTENCES]
            if share >= ALIGNED * overlap[0][0]
        ]
        problems = self._problems(claim, cands, aligned)
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
        foreign = self.foreign_phrases(claim, cands)
        score = SIMILARITY_WEIGHT * best_sim + (1 - SIMILARITY_WEIGHT) * coverage
        if bound_alike(claim, [s for c in cands for s in c.sentences]):
            score = max(score, coverage)  # its numbers count what the source's count
        score -= FOREIGN_PHRASE * len(foreign)
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
            problems=[]
            if supported
            else [f"weak support {score:.2f}"]
            + [f"'{ph}' is said of other papers only" for ph in foreign],
        )

    def _problems(self, claim: str, cands: list[PaperEvidence], aligned: list[str]) -> list[str]:
        stated = set().union(*(c.numbers for c in cands))
        problems = [f"number {n} not in the source" for n in sorted(missing_numbers(claim, stated))]
        missing = [n for n in names(claim, self.name_words) if not any(c.states(n) for c in cands)]
        problems += [f"name {n} not in the source" for n in missing]
        # A distinctive term of another profile paper ('meta-teacher' cited to HRKD).
        owners, cited = self.owners(), {c.paper.title for c in cands}
        # 'two-phase' names no paper's own thing: its number is checked, its word is covered.
        hyphenated = [w for w in words(american(claim)) if "-" in w and not _counted(w)]
        for term in hyphenated + [n.lower() for n in missing]:
            elsewhere = [t for t in owners.get(term, []) if t not in cited]
            spaced = term.replace("-", " ")  # 'short-video' is stated by 'short video'
            parts = set(stem(term.split("-")))  # 'image-text' by 'images paired with texts'
            if elsewhere and not any(
                spaced in c.text.lower().replace("-", " ")
                or any(parts <= stems_of(s) for s in c.sentences)
                for c in cands
            ):
                problems.append(f"{term} belongs to another paper: {elsewhere[0]!r}")
        sentences = [s for c in cands for s in c.sentences]
        problems += [f"number {n}" for n in rebound_numbers(claim, sentences)]
        problems += [f"number {n}" for n in misplaced_numbers(claim, sentences)]
        known = frozenset().union(*(c.words for c in cands))
        problems += [f"number {n}" for n in recounted(claim, sentences, known)]
        new = added(claim, known, self.name_words)
        if new:
            problems.append(f"what it 'also' does is not in the source: {', '.join(new)}")
        # Every aligned sentence: the closest may be the title, the swap in the abstract.
        swap = next(filter(None, (substituted(claim, s, known) for s in aligned)), None)
        if swap:
            problems.append(f"another word than the source's: {swap}")
        swapped = swapped_roles(claim, aligned)
        if swapped:
            problems.append(f"comparison differs from the source: {swapped}")
        crossed = crossed_contrast(claim, sentences) or crossed_parts(claim, sentences)
        if crossed:
            problems.append(f"negation or direction differs from the source: {crossed}")
        compared = unmatched_comparison(claim, aligned, sentences)
        if compared:
            problems.append(f"'{compared}': the source compares nothing there")
        earlier = [s for c in cands for s in c.earlier_work]
        topic = frozenset().union(*(stems_of(c.paper.title) for c in cands))
        flip = flipped(claim, aligned, earlier, sentences, same_roles(claim, aligned), topic)
        titles = [c.paper.title for c in cands]  # a word of its title is the paper's own
        rare = [
            w
            for w in earlier_only(claim, earlier, sentences + titles)
            if self._df.get(w, 0) <= RARE_WORD
        ]
        if rare:
            flip = flip or f"the source says '{min(rare)}' of earlier work only"
        if flip:
            problems.append(f"negation or direction differs from the source: {flip}")
        # A person named as an author must be one of at least one cited paper.
        wrong = set.intersection(
            *(set(wrong_authors(claim, c.paper, self.people, self.owner)) for c in cands)
        )
        problems += [f"{who} is not among its authors" for who in sorted(wrong)]
        # First author, month, code: what each cited paper's record says otherwise.
        problems += sorted(set.intersection(*(set(record_problems(claim, c.paper)) for c in cands)))
        return problems
