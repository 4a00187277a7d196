"""Counts and record facts asked in new shapes, before and after: the aggregate, metadata and
people questions an eval run missed, tabled by what went wrong.

Reads two eval runs (directories of per-question JSONL, one file per question set, as the eval
scripts write them: id, category, question, answerable, recall, must, abstained, leaks, text)
and prints, per run, the misses by cause, then the questions that changed from miss to hit or
back. A cause is read from the answer's own text, never from the question:
  empty topic   the answer counts no paper because of a topic ('None of the 50 listed papers
                match ..., topic 'occur''): the asker's wording read as a subject;
  topic         a topic narrowed a count or a list that found some papers;
  filter        a category, code or year filter the answer names, no topic;
  other         anything else (a route, a premise, a paper's detail).

Usage: .venv/bin/python bench/count_shapes.py BEFORE_DIR AFTER_DIR
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

CATEGORIES = {"aggregate", "metadata", "people"}
EMPTY = re.compile(r"(?:None of the|\b0) (?:\d+ )?listed papers|of any of the 0|the 0 listed")


def hit(row: dict[str, object]) -> bool:
    """The eval's own test of a right answer: full recall and must-include, no leak, and
    abstained exactly when the question is unanswerable."""
    good = row["recall"] in (None, 1.0) and row["must"] in (None, 1.0) and not row["leaks"]
    return good and row["abstained"] != row["answerable"]


def cause(text: str) -> str:
    """What the answer's text says went wrong (see the module's docstring)."""
    if "topic '" in text:
        return "empty topic" if EMPTY.search(text) else "topic"
    if re.search(r"\b(?:match|matches)\b", text):
        return "filter"
    return "other"


def rows(run: Path) -> dict[str, dict[str, object]]:
    """Every question of a run by id, of the kinds tabled here."""
    found: dict[str, dict[str, object]] = {}
    for path in sorted(run.glob("*.jsonl")):
        for line in path.read_text().splitlines():
            row = json.loads(line)
            if row["category"] in CATEGORIES:
                found[row["id"]] = row
    return found


def main(before_dir: str, after_dir: str) -> None:
    before, after = rows(Path(before_dir)), rows(Path(after_dir))
    shared = sorted(set(before) & set(after))
    print(f"{len(shared)} aggregate/metadata/people questions in both runs")
    for name, run in (("before", before), ("after", after)):
        misses = Counter(cause(str(run[i]["text"])) for i in shared if not hit(run[i]))
        table = ", ".join(f"{c} {n}" for c, n in misses.most_common())
        print(f"{name:7} missed {sum(misses.values()):4}: {table}")
    for i in shared:
        was, now = hit(before[i]), hit(after[i])
        if was != now:
            print(f"{'BETTER' if now else 'WORSE '} {i} | {after[i]['question']}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
