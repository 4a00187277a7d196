"""Choose and measure the coverage gate (prompts/understand/coverage.py) on held-out sets.

Reads the lines of bench/coverage_collect.py (every question's search hits and answer, on the
code before the gate). The gate can change only questions answered with papers on a topic
(not abstained, something relevant found, no paper named): declining an unanswerable one is a
right decline, an answerable one a false decline. The thresholds are chosen on one half of the
sets (most right declines less twice the false ones) and reported on the other half; then the
halves swap. The halves interleave the sets (even-numbered choose, odd-numbered judge): the
dev set and blind sets 1-10 alone hold 3 such unanswerable questions (their misses were fixed
since), too few to choose anything on.

  PYTHONPATH=$PWD PROFILEBOT_DATA_DIR=/tmp/x-data python bench/coverage_gate.py rows.jsonl
"""

from __future__ import annotations

import itertools
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from bot.cli.main import assistant
from prompts.understand.coverage import CLOSE, FAR, GENERIC, Coverage, coverage
from retrieval.search import Hit

# Even-numbered sets (the dev set counts as 0) choose first, odd-numbered ones judge.
CHOOSE = {"questions", *(f"questions_unseen{i}" for i in range(2, 21, 2))}
GRID = {
    "far": [0.4, 0.45, 0.5, 0.55],
    "close": [0.4, 0.45, 0.5, 0.55],
    "generic": [0.1, 0.2, 0.3, 0.4, 1.01],  # 1.01: off (only a topic whose core is far words)
    "max_words": [4, 6, 8, 99],
}


def candidates(path: Path) -> list[tuple[dict[str, Any], Coverage, int]]:
    """(row, coverage, content words) of every question the gate could change."""
    bot = assistant(None, offline=True)
    papers, lexicon = bot.searcher.papers, bot.lexicon
    found = []
    for line in path.open():
        row = json.loads(line)
        if row["abst"] or row["paper_ids"] or not any(h["relevant"] for h in row["hits"]):
            continue
        topic = row["searched"] or row["topic"] or ""
        hits = [
            Hit(
                paper=papers[h["id"]],
                score=0.0,
                similarity=h["similarity"],
                lexical=h["lexical"],
                evidence=h["evidence"],
                relevant=h["relevant"],
                names_topic=h["names_topic"],
            )
            for h in row["hits"]
        ]
        cover = coverage(topic, hits, lexicon, close=1.0)
        found.append((row, cover, len(set(lexicon.content(topic)))))
    return found


def declines(rows: list[tuple[dict[str, Any], Coverage, int]], **rule: float) -> Counter[str]:
    """Right and false declines of one rule, per set ('right:<set>', 'false:<set>')."""
    counts: Counter[str] = Counter()
    for row, cover, size in rows:
        if size > rule["max_words"] or not cover.uncovered(
            rule["far"], rule["close"], rule["generic"]
        ):
            continue
        kind = "false" if row["answerable"] else "right"
        counts[kind] += 1
        counts[f"{kind}:{row['set']}"] += 1
    return counts


def main(path: Path) -> None:
    rows = candidates(path)
    even = [r for r in rows if r[0]["set"] in CHOOSE]
    odd = [r for r in rows if r[0]["set"] not in CHOOSE]
    for name, part in (("even sets", even), ("odd sets", odd)):
        unanswerable = sum(1 for r in part if not r[0]["answerable"])
        print(f"{name}: {len(part)} questions answered with papers, {unanswerable} unanswerable")
    for choose, judge, said in ((even, odd, "even -> odd"), (odd, even, "odd -> even")):
        print(f"\nchosen on one half, judged on the other ({said})")
        best(choose, judge)
    report(rows)


def best(choose: list[Any], judge: list[Any]) -> None:
    """The best rules on `choose`, with their declines on `judge`."""
    ranked = []
    for values in itertools.product(*GRID.values()):
        rule = dict(zip(GRID, values, strict=True))
        got = declines(choose, **rule)
        ranked.append((got["right"] - 2 * got["false"], -got["false"], rule, got))
    ranked.sort(key=lambda x: (x[0], x[1]), reverse=True)
    print("best rules on the choosing half, then on the judged half (right / false declines)")
    print(f"{'far':>5} {'close':>5} {'generic':>7} {'words':>5}  choose   judge")
    for _, _, rule, got in ranked[:12]:
        held = declines(judge, **rule)
        print(
            f"{rule['far']:5} {rule['close']:5} {rule['generic']:7} {rule['max_words']:5}"
            f"  {got['right']:3}/{got['false']:<3} {held['right']:3}/{held['false']:<3}"
        )


def report(rows: list[Any]) -> None:
    """The shipped rule's declines, per set, and each question it declines."""
    shipped = {"far": FAR, "close": CLOSE, "generic": GENERIC, "max_words": 99}
    print(f"\nshipped {shipped}, per set (right / false declines):")
    sets = sorted({r[0]["set"] for r in rows}, key=lambda s: (len(s), s))
    got = declines(rows, **shipped)
    for name in sets:
        print(f"  {name:22} {got[f'right:{name}']:3} / {got[f'false:{name}']}")
    for row, cover, _ in rows:
        if cover.uncovered():
            kind = "false" if row["answerable"] else "right"
            far = [w for w, near in cover.unused if near < FAR]
            print(f"  {kind:5} {row['id']:28} {row['searched']!r} far={far}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
