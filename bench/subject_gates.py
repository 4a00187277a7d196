"""Can a subject no paper is about be told from one said in the users' words, by the papers an
answer would list? Reads the lines of bench/coverage_collect.py (every question's hits and
answer) and, for the questions answered with papers on a topic (none named, something relevant
found, no paper naming the topic), prints three measures of the relevant hits against the
labels: the most of the topic's content words one hit's title and abstract say, whether any hit
says two neighbouring topic words together (one word between at most), and the MiniLM cosine of
the topic to the nearest hit's title (its main subject). For each cut-off, the unanswerable
questions it would decline and the answerable ones, on the even-numbered sets (dev = 0) and on
the odd ones: a usable gate declines many of the first and few of the second on both halves.

  PYTHONPATH=$PWD PROFILEBOT_DATA_DIR=/tmp/x-data python bench/subject_gates.py rows.jsonl ...
"""

from __future__ import annotations

import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from bot.cli.main import assistant
from retrieval.text import stem, words

Row = tuple[bool, str, float, float, float]  # answerable, set, words held, pair said, title


def _near(a: str, b: str, seq: list[str]) -> bool:
    """Does `b` follow `a` in `seq`, with one word between at most (stems, as prefixes)?"""
    return any(
        t.startswith(a) and any(u.startswith(b) for u in seq[i + 1 : i + 3])
        for i, t in enumerate(seq)
    )


def measures(paths: list[Path]) -> list[Row]:
    """The three measures of every question an answer lists papers on a topic for."""
    bot = assistant(None, offline=True)
    papers, lexicon = bot.searcher.papers, bot.lexicon
    assert lexicon.embed is not None
    ids = list(papers)
    titles = np.array(lexicon.embed([papers[i].title for i in ids]), dtype=np.float32)
    titles /= np.linalg.norm(titles, axis=1, keepdims=True)
    title_of = dict(zip(ids, titles, strict=True))
    out: list[Row] = []
    for line in itertools.chain.from_iterable(p.open() for p in paths):
        row = json.loads(line)
        relevant = [h for h in row["hits"] if h["relevant"]]
        topic = row["searched"] or row["topic"] or ""
        if row["abst"] or row["paper_ids"] or not relevant or not topic:
            continue
        if any(h["names_topic"] for h in relevant):
            continue
        content = stem(dict.fromkeys(lexicon.content(topic)))
        texts = [
            stem(words(f"{papers[h['id']].title} {papers[h['id']].abstract}", True))
            for h in relevant
        ]
        held = max(sum(any(t.startswith(w) for t in s) for w in content) for s in texts)
        pairs = list(itertools.pairwise(content))
        said = any(_near(a, b, s) or _near(b, a, s) for a, b in pairs for s in texts)
        vector = np.array(lexicon.embed([topic])[0], dtype=np.float32)
        vector /= np.linalg.norm(vector)
        title = max(float(title_of[h["id"]] @ vector) for h in relevant)
        share = held / max(len(content), 1)
        out.append((row["answerable"], row["set"], share, float(said or not pairs), title))
    return out


def _even(name: str) -> bool:
    digits = re.sub(r"\D", "", name)
    return int(digits or 0) % 2 == 0


def report(rows: list[Row], label: str, index: int, cuts: list[float]) -> None:
    """For each cut-off of measure `index`: the unanswerable and answerable questions it
    would decline (the measure below the cut), per half."""
    print(label)
    for cut in cuts:
        cells = []
        for half in (True, False):
            part = [r for r in rows if _even(r[1]) == half]
            counted = Counter((r[0], r[index] < cut) for r in part)
            unans = counted[False, True], counted[False, True] + counted[False, False]
            ans = counted[True, True], counted[True, True] + counted[True, False]
            cells.append(
                f"unanswerable {unans[0]:>2}/{unans[1]:<3} answerable {ans[0]:>3}/{ans[1]}"
            )
        print(f"  below {cut:<5} even: {cells[0]}   odd: {cells[1]}")


def main() -> None:
    rows = measures([Path(p) for p in sys.argv[1:]])
    print(f"{len(rows)} questions answered with papers on a topic no hit names\n")
    report(rows, "share of the topic's words one hit holds", 2, [0.34, 0.5, 0.67])
    report(rows, "two neighbouring topic words said together (1) or not (0)", 3, [0.5])
    report(rows, "topic to nearest hit's title, MiniLM cosine", 4, [0.2, 0.25, 0.3, 0.35, 0.4])


if __name__ == "__main__":
    main()
