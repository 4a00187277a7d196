"""Measure a gate on subjects made of several concepts ('machine translation', 'point clouds'):
is a compact topic whose words the profile all uses, but no one found paper uses together,
a subject the profile does not cover?

Reads the lines of bench/coverage_collect.py. A candidate is a question the coverage gate
could still change (answered with papers on a topic, no paper named, something relevant
found, no hit naming the topic), whose topic has 2 or 3 content words, every one used by some
paper ('unseen' words are the coverage gate's). It is split when no relevant hit holds every
word in its title or abstract. Three measures of meaning are set against it, each a ceiling
under which a split candidate would be declined (right for an unanswerable question, false
for an answerable one):
- similarity: the best relevant hit's MiniLM similarity to the topic (the search's own);
- profiled: how near the profile's own words come to the topic (`Lexicon.profiled`);
- sense: per relevant hit, each word it holds read in the sentences that hold it (the
  topic's similarity to the nearest such sentence), the hit's weakest word, the best hit.
  Low when the words are shared in another sense ('Machine Reading' for 'machine translation').

Measured on the 26 readable sets (main 511c995; the questions answered with papers, 3,853
rows): 270 candidates, 157 split, 13 of them unanswerable (machine translation, point clouds,
text-to-SQL, a MERIT learning rate), 144 answerable ('privacy risks', 'cost-sensitive losses',
'phones small devices': paraphrases of what a paper says). No ceiling on any measure, nor on
the three together, declines more right than false ones (best right / false: similarity
< 0.35 2/27, profiled < 0.40 1/2, sense < 0.35 5/22): with these signals the split is no
gate, and none ships.

  PYTHONPATH=$PWD PROFILEBOT_DATA_DIR=/tmp/x-data python bench/concept_split.py rows.jsonl ...
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bot.cli.main import assistant
from prompts.llm.support import Verifier
from prompts.understand.lexicon import WORD, Lexicon
from retrieval.model import Paper
from retrieval.text import split_sentences, stem

MIN_WORDS, MAX_WORDS = 2, 3
CEILINGS = [0.30, 0.35, 0.40, 0.45, 0.50, 0.55, 0.60]
MEASURES = ("similarity", "profiled", "sense")


@dataclass(frozen=True)
class Candidate:
    """One question the gate could change, with what it reads."""

    row: dict[str, Any]
    words: tuple[str, ...]
    held: int  # the most of the topic's words one relevant hit holds
    similarity: float
    profiled: float
    sense: float

    @property
    def split(self) -> bool:
        return self.held < len(self.words)


def _holds(text: str, word: str) -> bool:
    """Does the text use the word in any form (or a longer word of it)?"""
    held = set(stem([p for w in WORD.findall(text.casefold()) for p in [w, *w.split("-")]]))
    forms = set(stem([word, word.removesuffix("s")]))
    return any(f in held or any(h.startswith(f) for h in held) for f in forms if f)


def _sense(topic: str, words: tuple[str, ...], papers: list[Paper], verifier: Verifier) -> float:
    """The best paper's weakest held word, read in the sentences holding it (cosine)."""
    target = verifier.embed([topic])[0]
    best = 0.0
    for paper in papers:
        sentences = [paper.title, *split_sentences(paper.abstract)]
        holding = [[s for s in sentences if _holds(s, w)] for w in words]
        texts = sorted({s for found in holding for s in found})
        if not texts:
            continue
        near = dict(zip(texts, (verifier.embed(texts) @ target).tolist(), strict=True))
        per_word = [max(near[s] for s in found) for found in holding if found]
        best = max(best, min(per_word))
    return float(np.round(best, 3))


def candidates(
    rows: list[dict[str, Any]], papers: Mapping[str, Paper], lexicon: Lexicon, verifier: Verifier
) -> list[Candidate]:
    """Every question the gate could change, with the split read from its relevant hits."""
    found = []
    for row in rows:
        relevant = [h for h in row["hits"] if h["relevant"]]
        if row["abst"] or row["paper_ids"] or not relevant:
            continue
        topic = row["searched"] or row["topic"] or ""
        words = tuple(dict.fromkeys(lexicon.content(topic)))
        named = any(h["names_topic"] for h in relevant)
        if named or not MIN_WORDS <= len(words) <= MAX_WORDS or lexicon.unseen(topic):
            continue
        hit_papers = [papers[h["id"]] for h in relevant]
        held = max(sum(_holds(f"{p.title} {p.abstract}", w) for w in words) for p in hit_papers)
        similarity = max(h["similarity"] for h in relevant)
        profiled = lexicon.profiled(topic.casefold())
        sense = _sense(topic, words, hit_papers, verifier)
        found.append(Candidate(row, words, held, similarity, profiled, sense))
    return found


def main(paths: list[Path]) -> None:
    bot = assistant(None, offline=True)
    rows = [json.loads(line) for path in paths for line in path.open()]
    found = candidates(rows, bot.searcher.papers, bot.lexicon, bot.verifier)
    split = [c for c in found if c.split]
    unanswerable = sum(not c.row["answerable"] for c in found)
    print(f"{len(rows)} questions read, {len(found)} candidates ({unanswerable} unanswerable)")
    print(f"split: {len(split)} ({sum(not c.row['answerable'] for c in split)} unanswerable)")
    print("\nright / false declines of 'split and the measure under the ceiling'")
    print(f"{'ceiling':>7}" + "".join(f"{m:>12}" for m in MEASURES))
    for ceiling in CEILINGS:
        counts = [_count([c for c in split if getattr(c, m) < ceiling]) for m in MEASURES]
        print(f"{ceiling:7.2f}" + "".join(f"{n:>12}" for n in counts))
    print("\nsplit candidates, by sense (similarity, profiled, sense):")
    for c in sorted(split, key=lambda c: c.sense):
        kind = "answerable" if c.row["answerable"] else "UNANSWERABLE"
        print(
            f"  {c.similarity:.3f} {c.profiled:.3f} {c.sense:.3f} {kind:12} {c.row['id']:28}"
            f" {' '.join(c.words)!r} held {c.held}/{len(c.words)}"
        )


def _count(declined: list[Candidate]) -> str:
    right = sum(not c.row["answerable"] for c in declined)
    return f"{right}/{len(declined) - right}"


if __name__ == "__main__":
    main([Path(p) for p in sys.argv[1:]])
