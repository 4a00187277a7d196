"""Claims about one paper's content, checked against its abstract: per readable set, the premise
and yes/no questions whose gold is one paper, how many are missed and how many leak a 'Yes',
before and after a change, from two runs of the per-question eval (/tmp/dbg/evalall.sh); gold
titles from data/eval.

A question is missed when its recall or must-include is below 1, it declines when it should
answer (or the reverse), or it leaks. Rows list the questions that changed.

Usage: .venv/bin/python bench/paper_claims.py BEFORE_DIR AFTER_DIR [--list]
  (each DIR holds <set>.jsonl from /tmp/dbg/perq.py; only sets both hold are compared)
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

CATEGORIES = ("premise", "yesno")
EVAL = Path(__file__).resolve().parent.parent / "data" / "eval"  # the sets, with gold titles


def _rows(path: Path) -> dict[str, dict[str, object]]:
    rows = (json.loads(line) for line in path.read_text().splitlines() if line.strip())
    return {str(r["id"]): r for r in rows}


def _about_one_paper(row: dict[str, object], asked: dict[str, dict[str, object]]) -> bool:
    """A premise or yes/no question answered from one paper (its gold: one title)."""
    gold = asked.get(str(row["id"]), {}).get("gold_titles") or []
    return row["category"] in CATEGORIES and isinstance(gold, list) and len(gold) == 1


def _missed(row: dict[str, object]) -> bool:
    ok = row["recall"] in (None, 1.0) and row["must"] in (None, 1.0) and not row["leaks"]
    return not (ok and row["abstained"] != row["answerable"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--list", action="store_true", help="print every missed question")
    args = parser.parse_args()
    print(f"{'set':24} {'n':>4} {'missed':>13} {'leaks':>9}  (before -> after)")
    for after_path in sorted(args.after.glob("*.jsonl")):
        before_path = args.before / after_path.name
        if not before_path.exists():
            continue
        before, after = _rows(before_path), _rows(after_path)
        asked = _rows(EVAL / after_path.name)
        ids = [i for i in after if i in before and _about_one_paper(before[i], asked)]
        miss = [sum(_missed(rows[i]) for i in ids) for rows in (before, after)]
        leak = [sum(bool(rows[i]["leaks"]) for i in ids) for rows in (before, after)]
        name = after_path.stem
        print(f"{name:24} {len(ids):4} {miss[0]:6} -> {miss[1]:3} {leak[0]:3} -> {leak[1]:2}")
        for i in ids:
            was, now = _missed(before[i]), _missed(after[i])
            if was != now or (args.list and now):
                tag = "better" if was and not now else "WORSE" if now and not was else "missed"
                print(f"   {tag:7} {i} | {after[i]['question']}")


if __name__ == "__main__":
    main()
