"""Fit and measure the loose-match decline (prompts/answer/loose.py) on the question sets.

`collect` asks every question of the given sets with the decline off and writes, per question,
its set, id, label (answerable or not), whether it was declined, and the signals the decline
reads wherever it could act (a list or summary of papers on a topic, or sentences of one named
paper, not declined). `fit` then chooses the two thresholds of each kind (topic, one paper) on
all sets but one and scores the one left out, for each set in turn (leave-one-set-out): that is
the estimate of how the decline does on questions written by new people. It prints, per set,
abstention accuracy (unanswerable questions declined) and false abstentions (answerable ones
declined) before and after, the leave-one-set-out rows, medians, and the thresholds fitted on
every set (the ones prompts/answer/loose.py holds).

  PYTHONPATH=$PWD PROFILEBOT_DATA_DIR=/tmp/x python bench/abstention.py collect rows.jsonl \\
      data/eval/questions*.jsonl
  python bench/abstention.py fit rows.jsonl
"""

from __future__ import annotations

import itertools
import json
import statistics
import sys
from collections.abc import Iterable
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

from prompts.answer.loose import Cut, Match

# What a false decline costs against a right one: a reader who gets "not in the profile" for
# a question it answers loses more than one who gets near papers for one it does not.
FALSE_COST = 2.0
GRID_SIMILARITY = [round(0.20 + 0.025 * i, 3) for i in range(17)]  # 0.20 .. 0.60
GRID_TOGETHER = [0.34, 0.5, 0.67, 0.75, 0.99, 1.01]  # 1.01: any sentence share declines
KINDS = ("topic", "one")

Row = dict[str, Any]


def collect(out: Path, sets: list[Path]) -> None:
    """One line per question of `sets`, with the decline off and its signals recorded."""
    import prompts.assistant as assistant_module
    from bot.cli.evaluation import load_questions
    from bot.cli.main import assistant
    from prompts.answer.loose import match_of
    from prompts.answer.model import Answer
    from retrieval.search import SearchResult

    seen: list[dict[str, Any]] = []

    def recorded(self: Any, answer: Answer, result: SearchResult, one: bool) -> bool:
        if answer.abstained or answer.route != "retrieval" or not result.relevant:
            return False
        match = match_of(self.lexicon.content(result.query), result.hits)
        seen.append({**asdict(match), "one": one})
        return False

    assistant_module.Assistant._loosely_matched = recorded  # type: ignore[method-assign]
    bot = assistant(None, offline=True)
    with out.open("w") as sink:
        for path in sets:
            for q in load_questions(path):
                seen.clear()
                got = bot.ask(q.question)
                row = {"set": path.stem, "id": q.id, "answerable": q.answerable}
                row |= {"abst": got.abstained, "signals": list(seen)}
                sink.write(json.dumps(row) + "\n")
            sink.flush()
            print(path.stem, file=sys.stderr, flush=True)


def declined(row: Row, cuts: dict[str, Cut]) -> bool:
    """Whether the question ends declined with these cuts (its last signal decides: the
    answer that reached the decline last is the one shown)."""
    if row["abst"] or not row["signals"]:
        return bool(row["abst"])
    signal = row["signals"][-1]
    kind = "one" if signal["one"] else "topic"
    return cuts[kind].declines(Match(**{f.name: signal[f.name] for f in fields(Match)}))


def tally(rows: Iterable[Row], cuts: dict[str, Cut]) -> tuple[int, int, int, int]:
    """(unanswerable declined, unanswerable, answerable declined, answerable)."""
    ud = un = ad = an = 0
    for row in rows:
        d = declined(row, cuts)
        if row["answerable"]:
            an, ad = an + 1, ad + d
        else:
            un, ud = un + 1, ud + d
    return ud, un, ad, an


def fit(rows: list[Row]) -> dict[str, Cut]:
    """The cuts of each kind with the most right declines less FALSE_COST times the false
    ones on these rows (ties: the fewest declines)."""
    cuts = {kind: Cut.off() for kind in KINDS}
    for kind in KINDS:
        best: tuple[float, float] | None = None
        grid = [
            Cut.off(),
            *itertools.starmap(Cut, itertools.product(GRID_SIMILARITY, GRID_TOGETHER)),
        ]
        for cut in grid:  # off first: a cut must gain something to be chosen
            ud, _, ad, _ = tally(rows, cuts | {kind: cut})
            gain = (ud - FALSE_COST * ad, -(ud + ad))
            if best is None or gain > best:
                best, cuts[kind] = gain, cut
    return cuts


def report(rows: list[Row]) -> None:
    sets = sorted({r["set"] for r in rows})
    off = {kind: Cut.off() for kind in KINDS}
    print(f"{'set':22s} {'unans':>5s} {'abst acc before':>15s} {'after':>6s} {'LOSO':>6s}"
          f" {'ans':>5s} {'false abst before':>17s} {'after':>6s} {'LOSO':>6s}")  # fmt: skip
    columns: dict[str, list[float]] = {k: [] for k in ("acc0", "acc1", "accL", "fa0", "fa1", "faL")}
    whole = fit(rows)
    sums = [0] * 12
    for name in sets:
        own = [r for r in rows if r["set"] == name]
        left = fit([r for r in rows if r["set"] != name])
        b, a, h = tally(own, off), tally(own, whole), tally(own, left)
        acc = [x[0] / x[1] if x[1] else 1.0 for x in (b, a, h)]
        fa = [x[2] / x[3] if x[3] else 0.0 for x in (b, a, h)]
        for key, value in zip(columns, [*acc, *fa], strict=True):
            columns[key].append(value)
        sums = [s + v for s, v in zip(sums, [*b, *a, *h], strict=True)]
        print(f"{name:22s} {b[1]:5d} {acc[0]:15.3f} {acc[1]:6.3f} {acc[2]:6.3f}"
              f" {b[3]:5d} {fa[0]:17.3f} {fa[1]:6.3f} {fa[2]:6.3f}")  # fmt: skip
    med = {k: statistics.median(v) for k, v in columns.items()}
    print(f"{'median':22s} {'':5s} {med['acc0']:15.3f} {med['acc1']:6.3f} {med['accL']:6.3f}"
          f" {'':5s} {med['fa0']:17.3f} {med['fa1']:6.3f} {med['faL']:6.3f}")  # fmt: skip
    for label, (ud, un, ad, an) in zip(
        ("before", "after (fitted on all)", "leave-one-set-out"),
        (sums[0:4], sums[4:8], sums[8:12]),
        strict=True,
    ):
        print(f"all sets, {label}: abstention {ud}/{un} = {ud / un:.3f}, "
              f"false abstentions {ad}/{an} = {ad / an:.3f}")  # fmt: skip
    print("fitted on every set:", {k: asdict(c) for k, c in whole.items()})


def main(argv: list[str]) -> None:
    if len(argv) >= 3 and argv[0] == "collect":
        collect(Path(argv[1]), [Path(a) for a in argv[2:]])
    elif len(argv) == 2 and argv[0] == "fit":
        report([json.loads(line) for line in Path(argv[1]).read_text().splitlines()])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
