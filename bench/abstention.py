"""Abstention on the question sets: per set, unanswerable questions declined (abstention
accuracy) and answerable ones declined (false abstentions), before and after a change; and
whether a decline of papers found only near the topic can be fitted on signals the search
already computes.

`runs A B` reads two /tmp/dbg/evalall.sh runs (one JSON line per question, with `answerable`
and `abst`) and prints both rates per set, before (A) and after (B), with medians and totals.

`collect OUT SETS...` asks every question with the offline path and writes, per question, its
set, id, label and whether it was declined, and, for an answer built from papers found on a
topic (a list, a summary, or the sentences of one named paper) and not declined, the signals a
loose-match decline could read: the best relevant paper's cosine to the topic, whether one
names it, the largest share of the topic's content words in one paper and in one sentence of
one, and how many content words the topic has.

`fit OUT` chooses a cut on those signals for each kind (topic, one named paper), most right
declines less FALSE_COST times the false ones, on all sets but one, scores the one left out
(leave-one-set-out: the estimate for questions written by new people), and prints the rows,
medians and the cut fitted on every set. On the 33 sets of stop 47 it chose no cut, on every
fold and with FALSE_COST 2, 1 or 0.5: unnamed topic answers whose best cosine is below 0.45
held 59 unanswerable questions and 501 answerable ones; one named paper's, 10 and 307.

  python bench/abstention.py runs /tmp/dbg/m20 /tmp/dbg/abstain20-1
  PYTHONPATH=$PWD PROFILEBOT_DATA_DIR=/tmp/x python bench/abstention.py collect rows.jsonl \\
      data/eval/questions*.jsonl
  python bench/abstention.py fit rows.jsonl
"""

from __future__ import annotations

import itertools
import json
import statistics
import sys
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from retrieval.search import Hit
from retrieval.text import split_sentences, stem, stems_in

# What a false decline costs against a right one: a reader told "not in the profile" of a
# question it answers loses more than one shown near papers for a question it does not.
FALSE_COST = 2.0
GRID_SIMILARITY = [round(0.20 + 0.025 * i, 3) for i in range(17)]  # 0.20 .. 0.60
GRID_TOGETHER = [0.34, 0.5, 0.67, 0.75, 0.99, 1.01]  # 1.01: whatever one sentence holds
KINDS = ("topic", "one")
READ_HITS = 3  # the best papers read: an answer leads with them

Row = dict[str, Any]


@dataclass(frozen=True)
class Match:
    """How closely the best papers found match the topic."""

    similarity: float  # the best relevant hit's cosine to the topic
    named: bool  # a relevant hit names the topic outright
    held: float  # the largest share of the topic's content words in one paper
    together: float  # ... in one sentence of one paper
    words: int  # the topic's content words


@dataclass(frozen=True)
class Cut:
    """Unnamed papers below `similarity` with less than `together` of the topic's words in
    any one sentence are only near the topic."""

    similarity: float
    together: float

    @classmethod
    def off(cls) -> Cut:
        return cls(0.0, 0.0)

    def declines(self, match: Match) -> bool:
        if match.named or not match.words:
            return False
        return match.similarity < self.similarity and match.together < self.together


def match_of(content: Sequence[str], hits: Sequence[Hit]) -> Match:
    """The signals of the relevant hits for a topic of these content words."""
    relevant = [h for h in hits if h.relevant][:READ_HITS]
    wanted = set(stem([w.casefold() for w in content]))
    held = together = 0.0
    for h in relevant if wanted else []:
        held = max(
            held, len(stems_in(f"{h.paper.title}. {h.paper.abstract}", wanted)) / len(wanted)
        )
        for sentence in [h.paper.title, *split_sentences(h.paper.abstract)]:
            together = max(together, len(stems_in(sentence, wanted)) / len(wanted))
    return Match(
        similarity=max((h.similarity for h in relevant), default=0.0),
        named=any(h.names_topic for h in relevant),
        held=held,
        together=together,
        words=len(wanted),
    )


def rates(rows: Iterable[Row]) -> tuple[int, int, int, int]:
    """(unanswerable declined, unanswerable, answerable declined, answerable)."""
    ud = un = ad = an = 0
    for row in rows:
        if row["answerable"]:
            an, ad = an + 1, ad + bool(row["abst"])
        else:
            un, ud = un + 1, ud + bool(row["abst"])
    return ud, un, ad, an


def _share(part: int, whole: int, empty: float) -> float:
    return part / whole if whole else empty


RUN_ROW = "{:22s} {:>5} {:>8} {:>6} {:>5} {:>10} {:>6}"


def runs(before: Path, after: Path) -> None:
    """Both rates per set of two evalall runs, medians and totals."""
    print(RUN_ROW.format("set", "unans", "abst acc", "->", "ans", "false abst", "->"))
    columns: list[list[float]] = [[], [], [], []]
    total = [0] * 8
    for path in sorted(after.glob("*.jsonl")):
        if not (before / path.name).exists():
            continue
        b = rates(json.loads(line) for line in (before / path.name).read_text().splitlines())
        a = rates(json.loads(line) for line in path.read_text().splitlines())
        values = [_share(b[0], b[1], 1.0), _share(a[0], a[1], 1.0)]
        values += [_share(b[2], b[3], 0.0), _share(a[2], a[3], 0.0)]
        for column, value in zip(columns, values, strict=True):
            column.append(value)
        total = [t + v for t, v in zip(total, [*b, *a], strict=True)]
        shown = [f"{v:.3f}" for v in values]
        print(RUN_ROW.format(path.stem, b[1], *shown[:2], b[3], *shown[2:]))
    med = [f"{statistics.median(c):.3f}" for c in columns]
    print(RUN_ROW.format("median", "", *med[:2], "", *med[2:]))
    for label, (ud, un, ad, an) in (("before", total[:4]), ("after", total[4:])):
        print(f"all sets, {label}: abstention {ud}/{un} = {ud / un:.3f}, "
              f"false abstentions {ad}/{an} = {ad / an:.3f}")  # fmt: skip


def collect(out: Path, sets: list[Path]) -> None:
    """One line per question of `sets`, with the loose-match signals of its answer."""
    import prompts.assistant as assistant_module
    from bot.cli.evaluation import load_questions
    from bot.cli.main import assistant
    from retrieval.search import SearchResult

    seen: dict[str, Any] = {}
    answer, within = assistant_module.Assistant._answer, assistant_module.Assistant._within_paper

    def on_answer(self: Any, question: str, result: SearchResult, *args: Any, **kw: Any) -> Any:
        seen["result"] = result
        return answer(self, question, result, *args, **kw)

    def on_within(self: Any, *args: Any, **kw: Any) -> Any:
        seen["one"] = True
        return within(self, *args, **kw)

    assistant_module.Assistant._answer = on_answer  # type: ignore[method-assign]
    assistant_module.Assistant._within_paper = on_within  # type: ignore[method-assign]
    bot = assistant(None, offline=True)
    with out.open("w") as sink:
        for path in sets:
            for q in load_questions(path):
                seen.clear()
                got = bot.ask(q.question)
                row: Row = {"set": path.stem, "id": q.id, "answerable": q.answerable}
                row |= {"abst": got.abstained, "signals": []}
                result: SearchResult | None = seen.get("result")
                if result and result.relevant and got.route == "retrieval" and not got.abstained:
                    match = match_of(bot.lexicon.content(result.query), result.hits)
                    row["signals"] = [{**asdict(match), "one": bool(seen.get("one"))}]
                sink.write(json.dumps(row) + "\n")
            sink.flush()
            print(path.stem, file=sys.stderr, flush=True)


def declined(row: Row, cuts: dict[str, Cut]) -> bool:
    """Whether the question ends declined with these cuts."""
    if row["abst"] or not row["signals"]:
        return bool(row["abst"])
    signal = row["signals"][-1]
    kind = "one" if signal["one"] else "topic"
    return cuts[kind].declines(Match(**{f.name: signal[f.name] for f in fields(Match)}))


def tally(rows: Iterable[Row], cuts: dict[str, Cut]) -> tuple[int, int, int, int]:
    """`rates` with the cuts applied."""
    return rates({"answerable": r["answerable"], "abst": declined(r, cuts)} for r in rows)


def fit(rows: list[Row]) -> dict[str, Cut]:
    """The cut of each kind with the most right declines less FALSE_COST times the false
    ones on these rows (ties: the fewest declines); off unless a cut gains."""
    cuts = {kind: Cut.off() for kind in KINDS}
    grid = [Cut.off(), *itertools.starmap(Cut, itertools.product(GRID_SIMILARITY, GRID_TOGETHER))]
    for kind in KINDS:
        best: tuple[float, float] | None = None
        for cut in grid:
            ud, _, ad, _ = tally(rows, cuts | {kind: cut})
            gain = (ud - FALSE_COST * ad, -(ud + ad))
            if best is None or gain > best:
                best, cuts[kind] = gain, cut
    return cuts


def report(rows: list[Row]) -> None:
    """Per set: both rates before, with the cut fitted on every set, and left out."""
    sets = sorted({r["set"] for r in rows})
    off = {kind: Cut.off() for kind in KINDS}
    print(f"{'set':22s} {'unans':>5s} {'abst acc before':>15s} {'after':>6s} {'LOSO':>6s}"
          f" {'ans':>5s} {'false abst before':>17s} {'after':>6s} {'LOSO':>6s}")  # fmt: skip
    columns: list[list[float]] = [[] for _ in range(6)]
    whole = fit(rows)
    sums = [0] * 12
    for name in sets:
        own = [r for r in rows if r["set"] == name]
        left = fit([r for r in rows if r["set"] != name])
        b, a, h = tally(own, off), tally(own, whole), tally(own, left)
        acc = [_share(x[0], x[1], 1.0) for x in (b, a, h)]
        fa = [_share(x[2], x[3], 0.0) for x in (b, a, h)]
        for column, value in zip(columns, [*acc, *fa], strict=True):
            column.append(value)
        sums = [s + v for s, v in zip(sums, [*b, *a, *h], strict=True)]
        print(f"{name:22s} {b[1]:5d} {acc[0]:15.3f} {acc[1]:6.3f} {acc[2]:6.3f}"
              f" {b[3]:5d} {fa[0]:17.3f} {fa[1]:6.3f} {fa[2]:6.3f}")  # fmt: skip
    med = [statistics.median(c) for c in columns]
    print(f"{'median':22s} {'':5s} {med[0]:15.3f} {med[1]:6.3f} {med[2]:6.3f}"
          f" {'':5s} {med[3]:17.3f} {med[4]:6.3f} {med[5]:6.3f}")  # fmt: skip
    for label, (ud, un, ad, an) in zip(
        ("before", "after (fitted on all)", "leave-one-set-out"),
        (sums[0:4], sums[4:8], sums[8:12]),
        strict=True,
    ):
        print(f"all sets, {label}: abstention {ud}/{un} = {ud / un:.3f}, "
              f"false abstentions {ad}/{an} = {ad / an:.3f}")  # fmt: skip
    print("fitted on every set:", {k: asdict(c) for k, c in whole.items()})
    for kind in KINDS:  # why: how the labels lie below each similarity, whatever the rest
        reach = [r for r in rows if r["signals"] and not r["abst"]]
        reach = [r for r in reach if (r["signals"][-1]["one"]) == (kind == "one")]
        for similarity in (0.35, 0.40, 0.45, 0.50):
            below = [r for r in reach if r["signals"][-1]["similarity"] < similarity]
            below = [r for r in below if not r["signals"][-1]["named"]]
            un = sum(not r["answerable"] for r in below)
            print(f"{kind}: unnamed, best cosine < {similarity}: {un} unanswerable, "
                  f"{len(below) - un} answerable")  # fmt: skip


def main(argv: list[str]) -> None:
    if len(argv) == 3 and argv[0] == "runs":
        runs(Path(argv[1]), Path(argv[2]))
    elif len(argv) >= 3 and argv[0] == "collect":
        collect(Path(argv[1]), [Path(a) for a in argv[2:]])
    elif len(argv) == 2 and argv[0] == "fit":
        report([json.loads(line) for line in Path(argv[1]).read_text().splitlines()])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
