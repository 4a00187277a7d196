"""A profile's main research themes: its papers clustered by meaning, named in their own words."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from itertools import pairwise

import numpy as np
import numpy.typing as npt
import Stemmer
from chromadb.api.models.Collection import Collection
from pydantic import BaseModel

from retrieval.facts import by_category
from retrieval.index.store import PAGE, IndexError_
from retrieval.model import Paper
from retrieval.text import STOPWORDS

SEED = 20240601  # fixed: the same papers always give the same themes
RESTARTS = 4  # k-means runs from different k-means++ starts; the tightest one wins
ITERATIONS = 20
FEW = 4  # below this many papers, each paper is its own theme
BIGRAM_BOOST = 2.0  # "knowledge distillation" says more than "distillation"
SECOND_TERM = 0.7  # a second phrase joins the label when it scores this share of the first
MAX_LABEL_WORDS = 4
FRAGMENT = 0.75  # a term this often inside a longer phrase is a fragment of it
CANDIDATES = 40  # best-scoring terms per theme checked for being a fragment
LABEL_SAMPLE = 200  # a theme is named from at most this many of its most central papers

# Words that never name a topic: function words (retrieval/text.py), and the filler of abstracts.
_FILLER = """
    propose present introduce novel new existing extensive various different specific several
    many first second two three based show demonstrate achieve significant significantly
    effective effectively efficient better best state-of-the-art sota downstream challenging
    challenge experiment experimental result outperform improve improvement paper work study
    approach method however also well large furthermore moreover additionally finally thus
    therefore address via using use make enable may can could would within across among
    towards toward previous prior recent recently current widely often usually e.g i.e etc
    et al code available github https http www com
"""
# Broad words that may be part of a label but never the whole of it ("language model").
_GENERIC = """
    model modeling modelling learning language network data training task system framework
    performance information knowledge representation problem application analysis benchmark
    dataset evaluation deep neural large-scale
"""
STOP = STOPWORDS
URL = re.compile(r"https?://\S+|www\.\S+")
CLAUSE = re.compile(r"[.,;:!?()\[\]{}\"“”]|\s[-–—]+\s")
WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")


class Theme(BaseModel):
    """One research theme of a profile: its papers, most central first, and what they share."""

    label: str
    paper_ids: list[str]
    year_from: int
    year_to: int
    categories: list[tuple[str, int]]


def paper_vectors(collection: Collection, papers: list[Paper]) -> npt.NDArray[np.float32]:
    """The stored vector of each paper's whole-paper chunk, in the order of `papers`."""
    found: dict[str, npt.NDArray[np.float32]] = {}
    read = 0
    while True:  # in pages: Chroma fails on very large single reads (see store._get_all)
        got = collection.get(
            where={"kind": "paper"}, include=["embeddings", "metadatas"], limit=PAGE, offset=read
        )
        embeddings = got["embeddings"] if got["embeddings"] is not None else []
        for meta, vector in zip(got["metadatas"] or [], embeddings, strict=True):
            found[str(meta["paper_id"])] = np.asarray(vector, dtype=np.float32)
        read += len(got["ids"])
        if len(got["ids"]) < PAGE:
            break
    missing = [p.title for p in papers if p.id not in found]
    if missing:
        raise IndexError_(
            f"{len(missing)} papers are not in the index (e.g. {missing[0]!r}): "
            "run `profilebot ingest FILE` again"
        )
    if not papers:
        return np.zeros((0, 0), dtype=np.float32)
    return np.stack([found[p.id] for p in papers])


def find_themes(
    papers: list[Paper], vectors: npt.NDArray[np.float32], max_themes: int = 6
) -> list[Theme]:
    """Cluster the papers by meaning (spherical k-means), largest theme first, each named by
    the words that set its papers apart from the rest (c-TF-IDF over titles and abstracts)."""
    if not papers:
        return []
    if len(vectors) != len(papers):
        raise ValueError(f"{len(papers)} papers but {len(vectors)} vectors")
    unit = _normalized(vectors)
    if len(papers) < FEW:
        groups = [[i] for i in range(len(papers))]
    else:
        k = min(max(round(math.sqrt(len(papers) / 2)), 2), max_themes, len(papers))
        assigned = _kmeans(unit, k)
        groups = [[int(i) for i in np.flatnonzero(assigned == c)] for c in range(k)]
    groups = [_by_centrality(g, unit) for g in groups if g]
    groups.sort(key=lambda g: (-len(g), min(papers[i].n for i in g)))
    labels = _labels(papers, groups)
    return [_theme(label, [papers[i] for i in g]) for label, g in zip(labels, groups, strict=True)]


def _theme(label: str, members: list[Paper]) -> Theme:
    years = [p.year for p in members]
    return Theme(
        label=label,
        paper_ids=[p.id for p in members],
        year_from=min(years),
        year_to=max(years),
        categories=by_category(members),
    )


def _normalized(vectors: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    x = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return x / norms


def _by_centrality(group: list[int], unit: npt.NDArray[np.float32]) -> list[int]:
    """The group's papers, closest to its mean direction first (ties: listing order)."""
    sims = unit[group] @ unit[group].sum(axis=0)
    return [group[i] for i in sorted(range(len(group)), key=lambda i: (-sims[i], group[i]))]


def _kmeans(unit: npt.NDArray[np.float32], k: int) -> npt.NDArray[np.intp]:
    """Spherical k-means (cosine) from k-means++ starts drawn with a fixed seed."""
    rng = np.random.default_rng(SEED)
    best, best_cost = np.zeros(len(unit), dtype=np.intp), math.inf
    for _ in range(RESTARTS):
        centres = _kmeans_pp(unit, k, rng)
        assigned = np.full(len(unit), -1, dtype=np.intp)
        for _ in range(ITERATIONS):
            moved = (unit @ centres.T).argmax(axis=1)
            if np.array_equal(moved, assigned):
                break
            assigned, centres = moved, _centres(unit, moved, centres)
        sims = unit @ centres.T
        cost = float((1.0 - sims.max(axis=1)).sum())
        if cost < best_cost - 1e-6:
            best, best_cost = sims.argmax(axis=1), cost
    return best


def _kmeans_pp(
    unit: npt.NDArray[np.float32], k: int, rng: np.random.Generator
) -> npt.NDArray[np.float32]:
    """k-means++: each next start is drawn with probability growing with its distance."""
    centres = [unit[rng.integers(len(unit))]]
    distance = 1.0 - unit @ centres[0]
    for _ in range(1, k):
        weights = np.clip(distance, 0, None).astype(np.float64)
        total = weights.sum()
        pick = rng.choice(len(unit), p=weights / total) if total > 0 else rng.integers(len(unit))
        centres.append(unit[pick])
        distance = np.minimum(distance, 1.0 - unit @ unit[pick])
    return np.stack(centres)


def _centres(
    unit: npt.NDArray[np.float32], assigned: npt.NDArray[np.intp], old: npt.NDArray[np.float32]
) -> npt.NDArray[np.float32]:
    """The mean direction of each cluster (an empty one keeps its old centre)."""
    members = (assigned[:, None] == np.arange(len(old))).astype(np.float32)
    sums = members.T @ unit
    empty = members.sum(axis=0) == 0
    sums[empty] = old[empty]
    return _normalized(sums)


def _labels(papers: list[Paper], groups: list[list[int]]) -> list[str]:
    """Each group's label, from at most LABEL_SAMPLE of its most central papers."""
    heads = [group[:LABEL_SAMPLE] for group in groups]
    words = Vocabulary([papers[i] for head in heads for i in head])
    starts = np.cumsum([0] + [len(head) for head in heads])
    taken: set[str] = set()  # no two themes are named after the same term
    return [words.label(list(range(a, b)), taken) for a, b in pairwise(starts)]


class Vocabulary:
    """The unigrams and bigrams of the papers' titles and abstracts, stemmed so that "model"
    and "models" are one term: term ids and weights per paper, for c-TF-IDF."""

    def __init__(self, papers: list[Paper]) -> None:
        self.papers = papers
        self.stemmer = Stemmer.Stemmer("english")
        self.filler = set(self.stemmer.stemWords(sorted(STOP | set(_FILLER.split()))))
        self.generic = set(self.stemmer.stemWords(_GENERIC.split()))
        self.words: dict[str, tuple[str, bool, bool]] = {}  # word -> stem, content, in phrase
        self.ids: dict[str, int] = {}  # "stem" or "stem stem" -> term id
        self.rows = [self._row(p) for p in papers]
        self.keys = list(self.ids)
        self.boost = np.array([BIGRAM_BOOST if " " in t else 1.0 for t in self.keys])
        self.broad = np.array([all(w in self.generic for w in t.split()) for t in self.keys])
        ids, weights = self._stacked(range(len(papers)))
        self.everywhere = np.bincount(ids, weights, minlength=len(self.keys))

    def _word(self, word: str) -> tuple[str, bool, bool]:
        """(stem, can be part of a term, continues a phrase), for a lower-case word."""
        if word not in self.words:
            stem = self.stemmer.stemWord(word)
            content = len(word) > 1 and stem not in self.filler and word not in STOP
            self.words[word] = (stem, content, word not in STOP)
        return self.words[word]

    def _terms(self, text: str) -> list[str]:
        """Every term occurrence in the text: "distil", "knowledg distil", ..."""
        terms: list[str] = []
        for clause in CLAUSE.split(URL.sub(" ", text.lower())):
            info = [self.words.get(w) or self._word(w) for w in WORD.findall(clause)]
            stems = [stem if content else "" for stem, content, _ in info]
            terms += [s for s in stems if s]
            terms += [f"{a} {b}" for a, b in pairwise(stems) if a and b]
        return terms

    def _row(self, paper: Paper) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]:
        """Term ids and weights: a term's count in the abstract (at most 3), +3 if in the title."""
        weights: Counter[int] = Counter()
        for key, count in Counter(self._terms(paper.abstract)).items():
            weights[self.ids.setdefault(key, len(self.ids))] += min(count, 3)
        for key in set(self._terms(paper.title)):
            weights[self.ids.setdefault(key, len(self.ids))] += 3
        return np.fromiter(weights, np.int64, len(weights)), np.fromiter(
            weights.values(), np.float64, len(weights)
        )

    def _stacked(
        self, group: Iterable[int]
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]:
        rows = [self.rows[i] for i in group]
        return np.concatenate([r[0] for r in rows]), np.concatenate([r[1] for r in rows])

    def _scores(self, group: list[int]) -> npt.NDArray[np.float64]:
        """c-TF-IDF: a term's weight in the group, times how rare it is in the whole profile."""
        ids, weights = self._stacked(group)
        here = np.bincount(ids, weights, minlength=len(self.keys))
        scores = here / len(group) * np.log1p(len(self.papers) / np.maximum(self.everywhere, 1))
        scores *= self.boost * ~self.broad
        if len(group) > 1:  # a label says what papers share: a term of at least two of them
            shared = np.bincount(ids, minlength=len(self.keys)) >= 2
            scores = np.where(shared, scores, 0.0) if shared.any() else scores
        return scores

    def label(self, group: list[int], taken: set[str]) -> str:
        """The best phrase, and a second one that says something else when it scores nearly
        as well: "Knowledge distillation, language understanding"."""
        scores = self._scores(group)
        best = [int(t) for t in np.argsort(-scores, kind="stable")[:CANDIDATES] if scores[t] > 0]
        best.sort(key=lambda t: (-scores[t], self.keys[t]))
        usage = self._usage(group, {self.keys[t] for t in best})
        ranked = [t for t in best if not usage.fragment(self.keys[t])]
        while ranked and self.keys[ranked[0]] in taken:
            ranked.pop(0)
        if not ranked:
            return self.papers[group[0]].short_title
        taken.add(self.keys[ranked[0]])
        first = self.keys[ranked[0]].split()
        chosen = [self.keys[ranked[0]]]
        for t in ranked[1:]:
            if scores[t] < SECOND_TERM * scores[ranked[0]]:
                break
            words = self.keys[t].split()
            if len(words) > 1 and not set(words) & set(first):
                if len(first) + len(words) <= MAX_LABEL_WORDS:
                    chosen.append(self.keys[t])
                break
        text = ", ".join(usage.spelling(key) for key in chosen)
        return text[0].upper() + text[1:]

    def _usage(self, group: list[int], keys: set[str]) -> Usage:
        """How the group's papers write the given terms, and the words around them."""
        usage = Usage()
        for i in group:
            paper = self.papers[i]
            for key, written, before, after in self._occurrences(paper.title, paper.abstract):
                if key in keys:
                    usage.add(key, written, before, after)
        return usage

    def _occurrences(self, *texts: str) -> Iterator[tuple[str, list[str], str | None, str | None]]:
        """(term, its words as written, the stems before and after it within the phrase)."""
        for clause in (c for text in texts for c in CLAUSE.split(URL.sub(" ", text))):
            written = WORD.findall(clause)
            info = [self.words.get(w.lower()) or self._word(w.lower()) for w in written]
            for at, (stem, content, _) in enumerate(info):
                if not content:
                    continue
                yield stem, written[at : at + 1], _stem_at(info, at - 1), _stem_at(info, at + 1)
                if at + 1 < len(info) and info[at + 1][1]:
                    pair = f"{stem} {info[at + 1][0]}"
                    yield pair, written[at : at + 2], _stem_at(info, at - 1), _stem_at(info, at + 2)


class Usage:
    """How a group's papers write some terms, and what words stand around them."""

    def __init__(self) -> None:
        self.spelled: dict[str, Counter[str]] = defaultdict(Counter)
        self.before: dict[str, Counter[str | None]] = defaultdict(Counter)
        self.after: dict[str, Counter[str | None]] = defaultdict(Counter)

    def add(self, key: str, written: list[str], before: str | None, after: str | None) -> None:
        self.spelled[key][" ".join(w if _internal_capital(w) else w.lower() for w in written)] += 1
        self.before[key][before] += 1
        self.after[key][after] += 1

    def fragment(self, key: str) -> bool:
        """Part of a longer phrase: "pre-trained" (almost always followed by a word),
        "distillation" (almost always after "knowledge")."""
        total = sum(self.after[key].values())
        if total - self.after[key][None] >= FRAGMENT * total:
            return True
        led = [n for word, n in self.before[key].items() if word is not None]
        return max(led, default=0) >= FRAGMENT * total

    def spelling(self, key: str) -> str:
        return self.spelled[key].most_common(1)[0][0]


def _stem_at(info: list[tuple[str, bool, bool]], at: int) -> str | None:
    """The stem of the word at this position, if there is one and it continues the phrase."""
    return info[at][0] if 0 <= at < len(info) and info[at][2] else None


def _internal_capital(word: str) -> bool:
    """'MLLMs', 'GThinker', 'BERT' keep their case; 'Knowledge-Enhanced' does not."""
    return any(c.isupper() for part in word.split("-") for c in part[1:])


def within(themes: list[Theme], papers: list[Paper]) -> list[Theme]:
    """The themes as they stand among some papers only (a year, a category): emptied themes
    dropped, years and categories recounted, largest first."""
    allowed = {p.id: p for p in papers}
    kept = []
    for theme in themes:
        members = [allowed[i] for i in theme.paper_ids if i in allowed]
        if members:
            years = [p.year for p in members]
            counts = Counter(p.category for p in members).most_common()
            kept.append(
                theme.model_copy(
                    update={
                        "paper_ids": [p.id for p in members],
                        "year_from": min(years),
                        "year_to": max(years),
                        "categories": counts,
                    }
                )
            )
    return sorted(kept, key=lambda t: -len(t.paper_ids))
