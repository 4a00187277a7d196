"""A theme named in its papers' own words: a phrase whose words most of its papers hold and
that, searched for by meaning, finds mostly them; a theme whose papers share no such phrase
gets no name (its papers are counted as "other topics")."""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

import numpy as np
import numpy.typing as npt
from chromadb.api.types import Documents, EmbeddingFunction

from retrieval.model import Paper
from retrieval.text import STOPWORDS, stemmer
from retrieval.themes.clustering import centre, normalized, similarities

MAJORITY = 0.5  # a label's words are in more than this share of its theme's papers
MAX_WORDS = 4  # "multimodal large language models"
CANDIDATES = 40  # per theme, the phrases set most apart from the other themes are weighed
SECOND = 0.85  # a second phrase joins the label when it is this near as the first
COMMON = 0.75  # a word in more than this share of all the papers is common
SAMPLE = 200  # a large theme is named from this many of its papers, spread over the theme

# Words that never name a topic: function words (retrieval/text.py), and the filler of abstracts.
_FILLER = """
    propose present introduce novel new existing extensive various different specific several
    many first second two three based show demonstrate achieve significant significantly
    effective effectively efficient better best state-of-the-art sota downstream challenging
    challenge experiment experimental result outperform improve improvement paper work study
    approach method however also well large furthermore moreover additionally finally thus
    therefore address via using use make enable may can could would within across among
    towards toward previous prior recent recently current widely often usually e.g i.e etc
    et al code available github https http www com while whereas further still yet even
"""
# Broad words that may be part of a label but never the whole of it ("language model").
_GENERIC = """
    model modeling modelling learning language network data training task system framework
    performance information knowledge representation problem application analysis benchmark
    dataset evaluation deep neural large-scale domain prediction classification detection
    recognition generation estimation understanding
"""
URL = re.compile(r"https?://\S+|www\.\S+")
CLAUSE = re.compile(r"[.,;:!?()\[\]{}\"“”]|\s[-–—]+\s")
WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")

Gram = tuple[str, ...]  # a phrase as its words' stems: ("knowledg", "distil")


class Phrases:
    """The phrases of some papers' titles and abstracts (runs of up to MAX_WORDS content words
    within a clause, stemmed so that "model" and "models" are one), and the words of each."""

    def __init__(self, papers: list[Paper]) -> None:
        self.papers = papers
        self.filler = set(stemmer().stemWords(sorted(STOPWORDS | set(_FILLER.split()))))
        self.generic = set(stemmer().stemWords(_GENERIC.split()))
        self.words: dict[str, tuple[str, bool]] = {}  # lower-case word -> stem, content
        self.bags: list[set[str]] = []  # the content stems of each paper
        self.grams: list[set[Gram]] = []  # the phrases of each paper
        self.titles: list[set[Gram]] = []  # the phrases of each paper's title
        self.runs: list[list[list[tuple[str, str]]]] = []  # its runs of (written, stem)
        for paper in papers:
            title = self.content_runs(paper.title)
            runs = title + self.content_runs(paper.abstract)
            self.runs.append(runs)
            self.bags.append({s for run in runs for _, s in run})
            self.grams.append(set().union(*(_grams([s for _, s in run]) for run in runs)))
            self.titles.append(set().union(*(_grams([s for _, s in run]) for run in title)))
        held = Counter(s for bag in self.bags for s in bag)
        # Words in most of the profile's papers ("offers little help" in every opening line)
        # name no theme: they may stand inside a label, not at its ends.
        self.common = {s for s, n in held.items() if n > COMMON * len(papers)} - self.generic

    def _word(self, word: str) -> tuple[str, bool]:
        """(stem, can be part of a phrase) of a lower-case word."""
        if word not in self.words:
            stem = stemmer().stemWord(word)
            content = len(word) > 1 and word not in STOPWORDS and stem not in self.filler
            self.words[word] = (stem, content)
        return self.words[word]

    def content_runs(self, text: str) -> list[list[tuple[str, str]]]:
        """Each run of content words in the text, as (written, stem) pairs."""
        return list(self._runs(text))

    def _runs(self, text: str) -> Iterator[list[tuple[str, str]]]:
        for clause in CLAUSE.split(URL.sub(" ", text)):
            run: list[tuple[str, str]] = []
            for written in WORD.findall(clause):
                stem, content = self.words.get(written.lower()) or self._word(written.lower())
                if content:
                    run.append((written, stem))
                elif run:
                    yield run
                    run = []
            if run:
                yield run

    def times(self, i: int) -> Counter[Gram]:
        """How many runs (of the title and the abstract's clauses) of paper i say each phrase."""
        return Counter(g for run in self.runs[i] for g in _grams([s for _, s in run]))

    def broad(self, gram: Gram) -> bool:
        """Says nothing of a theme: broad words only ("language model"), or a common word
        at an end ("pose estimation offers")."""
        return gram[0] in self.common or gram[-1] in self.common or self.generic.issuperset(gram)

    def covered(self, gram: Gram, members: Iterable[int]) -> list[int]:
        """The members whose title or abstract holds every word of the phrase."""
        need = set(gram)
        return [i for i in members if need <= self.bags[i]]

    def shared(self, members: list[int]) -> dict[Gram, int]:
        """The phrases written by two or more of the members (by the one, if alone) whose
        words are in most of them: phrase -> how many members hold its words."""
        written = Counter(g for i in members for g in self.grams[i])
        postings: dict[str, set[int]] = defaultdict(set)
        for i in members:
            for s in self.bags[i]:
                postings[s].add(i)
        found = {}
        for gram, n in written.items():
            if n < min(2, len(members)) or self.broad(gram):
                continue
            holding = len(set.intersection(*(postings[s] for s in gram)))
            if holding > MAJORITY * len(members):
                found[gram] = holding
        return found

    def spellings(self, grams: set[Gram], members: list[int]) -> dict[Gram, str]:
        """How the members most often write each phrase ("pre-trained language models")."""
        seen: dict[Gram, Counter[str]] = defaultdict(Counter)
        starts = {g[0] for g in grams}
        for run in (run for i in members for run in self.runs[i]):
            for at, (_, first) in enumerate(run):
                if first not in starts:
                    continue
                for n in range(1, min(MAX_WORDS, len(run) - at) + 1):
                    gram = tuple(s for _, s in run[at : at + n])
                    if gram in grams:
                        seen[gram][" ".join(written_as(w) for w, _ in run[at : at + n])] += 1
        return {g: c.most_common(1)[0][0] for g, c in seen.items()}


def _grams(stems: list[str]) -> set[Gram]:
    """Every phrase of up to MAX_WORDS words in a run of stems."""
    n = len(stems)
    return {
        tuple(stems[a : a + k]) for k in range(1, min(MAX_WORDS, n) + 1) for a in range(n - k + 1)
    }


@functools.cache
def written_as(word: str) -> str:
    """'MLLMs', 'GThinker', 'BERT' keep their case; 'Knowledge-Enhanced' does not."""
    inner = any(c.isupper() for part in word.split("-") for c in part[1:])
    return word if inner else word.lower()


def sample(group: list[int]) -> list[int]:
    """At most SAMPLE of a group's papers, spread evenly from its most central to its last."""
    if len(group) <= SAMPLE:
        return group
    return [group[round(j * (len(group) - 1) / (SAMPLE - 1))] for j in range(SAMPLE)]


def name_groups(
    papers: list[Paper],
    groups: list[list[int]],
    unit: npt.NDArray[np.float32],
    embed: EmbeddingFunction[Documents],
) -> list[tuple[str, Gram] | None]:
    """Each group's label and its words' stems, or None when its papers share no phrase of
    their own that says what the group is about.

    A label's words are in more than half of the group's papers, and, searched for by meaning
    (`embed`: the model that embedded the papers), it finds mostly the group's own papers:
    of the papers nearest to it, as many as the group holds, more than half are the group's.
    Of such phrases, the nearest to the group's centre wins, a phrase of its titles before any
    other (titles name topics: "revisits graph neural networks" is the abstracts' wording);
    a second one that says something else joins it when it is nearly as near and most
    papers still hold both."""
    heads = [sample(g) for g in groups]
    phrases = Phrases([papers[i] for head in heads for i in head])
    at = np.cumsum([0] + [len(h) for h in heads])
    weighed = [(t, g, text) for t in range(len(groups)) for g, text in _candidates(phrases, at, t)]
    if not weighed:
        return [None] * len(groups)
    vectors = normalized(np.asarray(embed([text for _, _, text in weighed]), dtype=np.float32))
    near = similarities(vectors, np.stack([centre(g, unit) for g in groups]))
    theme_of = np.empty(len(unit), dtype=np.intp)
    for t, group in enumerate(groups):
        theme_of[group] = t
    found = similarities(vectors, unit)  # each phrase searched for among all the papers
    members = [list(range(at[t], at[t + 1])) for t in range(len(groups))]
    titled = [set().union(*(phrases.titles[i] for i in m)) for m in members]
    ranked: list[list[tuple[bool, float, Gram, str]]] = [[] for _ in groups]
    for row, (t, gram, text) in enumerate(weighed):
        n = len(groups[t])
        top = np.argpartition(-found[row], n - 1)[:n] if n < len(unit) else np.arange(n)
        if (theme_of[top] == t).mean() > MAJORITY:
            ranked[t].append((gram not in titled[t], -float(near[row, t]), gram, text))
    return [_label(phrases, sorted(r), m) for r, m in zip(ranked, members, strict=True)]


def _candidates(phrases: Phrases, at: npt.NDArray[np.intp], t: int) -> list[tuple[Gram, str]]:
    """Group t's phrases held by most of its papers, those set most apart from the other
    groups' papers first (at most CANDIDATES), with their spelling."""
    own = list(range(at[t], at[t + 1]))
    others = [i for i in range(at[-1]) if not at[t] <= i < at[t + 1]]
    found = phrases.shared(own)
    apart = {
        g: n / len(own) - len(phrases.covered(g, others)) / max(len(others), 1)
        for g, n in found.items()
    }
    best = sorted(apart, key=lambda g: (-apart[g], g))[:CANDIDATES]
    spelled = phrases.spellings(set(best), own)
    return [(g, spelled[g]) for g in best if g in spelled]


def _label(
    phrases: Phrases, ranked: list[tuple[bool, float, Gram, str]], members: list[int]
) -> tuple[str, Gram] | None:
    """The first phrase, joined by a second when it qualifies ("Radar and precipitation")."""
    if not ranked:
        return None
    untitled, score, gram, text = ranked[0]
    for not_titled, other, second, also in ranked[1:]:
        if not_titled != untitled or other > SECOND * score:  # scores are negated
            break
        both = gram + tuple(s for s in second if s not in gram)
        if set(second) & set(gram) or len(both) > MAX_WORDS:
            continue
        if len(phrases.covered(both, members)) > MAJORITY * len(members):
            gram, text = both, f"{text} and {also}"
        break
    first = text.split(" ", 1)[0]
    if not any(c.isupper() for c in first[1:]):  # 'mRNA' and 'iPhone' stay as written
        text = text[0].upper() + text[1:]
    return text, gram
