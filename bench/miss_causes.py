"""Why answers missed, as a user sees it: every missed question of the chosen categories, from
the per-question lines of /tmp/dbg/evalall.sh runs, put under one cause (declined though
answerable; answered though the profile cannot; the wrong operation, read from the answer's
first line: the profile header or the research overview for a question asking something
else; no Yes/No lead; a Yes/No the label does not give; a premise left standing; the wrong
papers or part of them; the right papers without a must-include), counted per category with
the number of sets it appears in (a cause in many writers' sets is a behaviour, one in one
set a phrasing). Given two runs, both counts over the sets the second holds.

  python bench/miss_causes.py /tmp/dbg/base47 [/tmp/dbg/shapes22-2] [--show CAUSE] [--per-set]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

EVAL = Path(__file__).resolve().parent.parent / "data" / "eval"
CATEGORIES = ("yesno", "premise", "unanswerable", "overview", "fact", "aggregate")
# The answer's shape, from its first line: which operation answered
SHAPES = [
    ("header", r"papers claimed \(profile|citations in total|h-index|main category"),
    ("overview", r"fall into \d+ main themes|research moved from|'s \d+ listed papers \("),
    ("premise", r"That premise does not hold|that is not right|opposite of"),
    (
        "decline",
        r"The profile does not answer|nothing in the profile's|The profile gives no"
        r"|no listed paper (?:mentions|is about)|None of the \d+ listed papers match",
    ),
    ("count", r"\d+ of (?:the|\w+)|More in|span \d+|As many|earliest|most recent|per year"),
    ("topic", r"listed papers? match"),
    ("people", r"co-authors|first author"),
    ("compare", r"^Compared"),
]
YES_OR_NO = ("yes", "no")


def shape(text: str) -> str:
    first = text.split("\n")[0]
    return next((name for name, rx in SHAPES if re.search(rx, first)), "paper fact")


def missing(question: dict[str, Any], text: str) -> list[list[str]]:
    """The must-include items the answer lacks, each as its alternatives."""
    items = [[m] if isinstance(m, str) else m for m in question.get("must_include", [])]
    return [alts for alts in items if not any(a.lower() in text.lower() for a in alts)]


def cause(row: dict[str, Any], question: dict[str, Any]) -> str:
    text, cat = row["text"], row["cat"]
    said = shape(text)
    lacking = missing(question, text)
    verdict = any(alts[0].lower() in YES_OR_NO for alts in lacking)
    if row["answerable"] and row["abst"]:
        return "declined though answerable"
    if not row["answerable"]:
        return "answered though unanswerable" if not row["abst"] else "decline, other miss"
    if said in ("header", "overview") and cat not in ("overview", "metadata"):
        return f"wrong operation: {said}"
    if cat == "overview" and said != "overview":
        return f"wrong operation: {said}"
    if cat == "yesno" and verdict:
        led = re.match(r"(?:Yes|No)\b", text) is not None
        return "a Yes/No the label does not give" if led else "no Yes/No lead"
    if cat == "premise" and said != "premise" and (row["recall"] or 0) >= 1:
        return "premise left standing"
    if row["recall"] is not None and row["recall"] < 1:
        return "wrong or partial papers"
    return "right papers, missing must-include"


def questions() -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for path in EVAL.glob("questions*.jsonl"):
        for line in path.open(encoding="utf-8"):
            q = json.loads(line)
            found[q["id"]] = q
    return found


def causes(
    run: Path, sets: list[str], show: str | None
) -> tuple[Counter[Any], dict[Any, Counter[str]]]:
    asked = questions()
    counts: Counter[tuple[str, str]] = Counter()
    where: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for name in sets:
        for line in (run / name).open(encoding="utf-8"):
            row = json.loads(line)
            if row["cat"] not in CATEGORIES or row["ok"]:
                continue
            key = (row["cat"], cause(row, asked.get(row["id"], {})))
            counts[key] += 1
            where[key][name] += 1
            if show and key[1].startswith(show):
                print(f"## {name} {row['id']} | {row['q']}\n   {row['text'][:200]!r}")
    return counts, where


def main(argv: list[str]) -> None:
    show = argv[argv.index("--show") + 1] if "--show" in argv else None
    runs = [Path(a) for a in argv if a.startswith("/")]
    sets = sorted(p.name for p in runs[-1].glob("*.jsonl"))
    tables = [causes(run, sets, show) for run in runs]
    keys = sorted(set().union(*(counts for counts, _ in tables)))
    print(f"{len(sets)} sets; per run: missed (sets it appears in)")
    for key in keys:
        cells = "  ".join(f"{c[key]:4d} ({len(w[key]):2d})" for c, w in tables)
        print(f"{key[0]:12s} {key[1]:36s} {cells}")
    print(f"{'total':49s} " + "  ".join(f"{sum(c.values()):4d}     " for c, _ in tables))
    if "--per-set" in argv:  # the first run's count of each cause in each set
        for key in keys:
            spread = tables[0][1][key]
            per = ", ".join(
                f"{n.removeprefix('questions_').removesuffix('.jsonl')} {c}"
                for n, c in sorted(spread.items())
            )
            print(f"{key[0]} / {key[1]}: {per}")


if __name__ == "__main__":
    main(sys.argv[1:])
