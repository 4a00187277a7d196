"""Questions wrapped in words about the asker ('midwife here, not a techie: ...', 'As a
football referee I ...', "I'm a botanist; ...", '(voicemail transcript) hi it's Dana from
...'): which readable questions carry such context (a rough regex) and whether a run
missed them. Usage: python bench/asker_context.py RUN [RUN2] (runs under /tmp/dbg/<RUN>/,
one <set>.jsonl each, as evalall.sh writes them); with two runs, both columns, over the
questions both scored."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parent.parent / "data" / "eval"
RUNS = Path("/tmp/dbg")
# Who the asker is or what they do, said first person or as a label: rough on purpose.
CONTEXT = re.compile(
    r"\b(?:i['’]?m|i am|we['’]?re|we are|i run|we run|i work|we work|i own|we get|we have"
    r"|my|our)\b|\b\w+ here\b|^\W*as an?\b|\bnot an? \w+|\bit['’]?s \w+ from\b|^\s*\(",
    re.IGNORECASE,
)


def ok(r: dict) -> bool:
    """As pqdiff.py: full recall and must-include, no leak, abstained only when unanswerable."""
    good = r["recall"] in (None, 1.0) and r["must"] in (None, 1.0) and not r["leaks"]
    return good and r["abstained"] != r["answerable"]


def load(run: str, name: str) -> dict[str, dict]:
    path = RUNS / run / name
    if not path.exists():
        return {}
    return {r["id"]: r for r in map(json.loads, path.read_text().splitlines())}


def main(runs: list[str]) -> None:
    counts = {run: [0, 0] for run in runs}
    for path in sorted(EVAL.glob("questions*.jsonl")):
        results = [load(run, path.name) for run in runs]
        for row in map(json.loads, path.read_text().splitlines()):
            if not CONTEXT.search(row["question"]):
                continue
            scored = [res.get(row["id"]) for res in results]
            if any(r is None for r in scored):
                continue  # counted only where every run scored it, like for like
            marks = []
            for run, r in zip(runs, scored, strict=True):
                mark = "ok" if r is not None and ok(r) else "MISS"
                counts[run][0] += 1
                counts[run][1] += mark == "MISS"
                marks.append(f"{mark:4s}")
            print(" ".join(marks), row["id"], "|", row["question"][:150])
    for run, (n, missed) in counts.items():
        print(f"{run}: {n} questions with asker context, {missed} missed")


if __name__ == "__main__":
    main(sys.argv[1:] or ["m19"])
