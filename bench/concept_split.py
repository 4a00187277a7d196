"""Measure a gate on subjects made of several concepts ('machine translation', 'point clouds'):
is a compact topic whose words the profile all uses, but no one found paper uses together,
a subject the profile does not cover?

Reads the lines of bench/coverage_collect.py. A candidate is a question the coverage gate
could still change (answered with papers on a topic, no paper named, something relevant
found, no hit naming the topic), whose topic has 2 or 3 content words, every one used by some
paper ('unseen' words are the coverage gate's). It is split when no relevant hit holds every
word in its title or abstract. For each ceiling on the best hit's similarity to the topic, and
on how near the profile's own words come to it (`Lexicon.profiled`), the split candidates
under it are the declines: right for an unanswerable question, false for an answerable one.

  PYTHONPATH=$PWD PROFILEBOT_DATA_DIR=/tmp/x-data python bench/concept_split.py rows.jsonl ...
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.cli.main import assistant
from prompts.understand.lexicon import WORD, Lexicon
from retrieval.model import Paper
from retrieval.text import stem

MIN_WORDS, MAX_WORDS = 2, 3
CEILINGS = [0.30, 0.35, 0.40, 0.45, 0.50, 0.55]


@dataclass(frozen=True)
class Candidate:
    """One question the gate could change, with what it reads."""

    row: dict[str, Any]
    words: tuple[str, ...]
    held: int  # the most of the topic's words one relevant hit holds
    similarity: float
    profiled: float

    @property
    def split(self) -> bool:
        return self.held < len(self.words)


def _holds(paper: Paper, word: str) -> bool:
    """Does the paper's title or abstract use the word in any form (or a longer word of it)?"""
    text = f"{paper.title} {paper.abstract}".casefold()
    held = set(stem([p for w in WORD.findall(text) for p in [w, *w.split("-")]]))
    forms = set(stem([word, word.removesuffix("s")]))
    return any(f in held or any(h.startswith(f) for h in held) for f in forms if f)


def candidates(
    rows: list[dict[str, Any]], papers: Mapping[str, Paper], lexicon: Lexicon
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
        held = max(sum(_holds(papers[h["id"]], w) for w in words) for h in relevant)
        similarity = max(h["similarity"] for h in relevant)
        profiled = lexicon.profiled(topic.casefold())
        found.append(Candidate(row, words, held, similarity, profiled))
    return found


def main(paths: list[Path]) -> None:
    bot = assistant(None, offline=True)
    rows = [json.loads(line) for path in paths for line in path.open()]
    found = candidates(rows, bot.searcher.papers, bot.lexicon)
    split = [c for c in found if c.split]
    unanswerable = sum(not c.row["answerable"] for c in found)
    print(f"{len(rows)} questions read, {len(found)} candidates ({unanswerable} unanswerable)")
    print(f"split: {len(split)} ({sum(not c.row['answerable'] for c in split)} unanswerable)")
    print("\nright / false declines of 'split and under the ceiling'")
    print(f"{'ceiling':>7}  {'similarity':>10}  {'profiled':>9}")
    for ceiling in CEILINGS:
        by_sim = [c for c in split if c.similarity < ceiling]
        by_own = [c for c in split if c.profiled < ceiling + 0.1]
        print(
            f"{ceiling:7.2f}  {_count(by_sim):>10}  {_count(by_own):>9}"
            f"  (profiled ceiling {ceiling + 0.1:.2f})"
        )
    print("\nsplit candidates, by similarity:")
    for c in sorted(split, key=lambda c: c.similarity):
        kind = "answerable" if c.row["answerable"] else "UNANSWERABLE"
        print(
            f"  {c.similarity:.3f} {c.profiled:.3f} {kind:12} {c.row['id']:28}"
            f" {' '.join(c.words)!r} held {c.held}/{len(c.words)}"
        )


def _count(declined: list[Candidate]) -> str:
    right = sum(not c.row["answerable"] for c in declined)
    return f"{right}/{len(declined) - right}"


if __name__ == "__main__":
    main([Path(p) for p in sys.argv[1:]])
