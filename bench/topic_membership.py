"""Which papers a topic answer lists, as a decision fitted on every set (issue 11).

`capture` asks every measured question of every set (answerable topic or overview questions
with gold titles, yes/no and aggregate questions with gold titles, and the unanswerable ones
as controls) through the whole bot, offline, and keeps the search result its answer was built
from: every hit with its scores (closeness in meaning, keyword score, relevance, whether the
search's gate passed it, whether its text names the topic) and which of the searched words
its title or abstract holds, with each word's share of the profile's papers.

`table` replays the list's membership decision on those hits (no new search) for three
families of rules, each a handful of parameters:

  margin  today's cut-off (`prompts/answer/offline.py` `on_topic`: relevance within LIST_MARGIN
          of the best, or at least LIST_SURE, or naming the topic), with its two figures free
          and a tighter margin `loose` when no hit names the topic and none is closer in
          meaning than `weak` (the long lists of loosely related papers)
  rare    of the listed papers, keep only those holding the searched words that few papers use
          (share under a threshold), when the list's best paper holds them
  widen   add hits the search's gate left out when close in meaning to the best one

Each is fitted two ways: `f1` (harmonic mean of set recall and precision) and `kept` (the best
precision among the rules that lose no row whose every gold paper was listed: the eval counts
a topic answer right only when it holds every gold paper). Then, leaving one set out at a
time, the parameters are fitted on the 32 others and the set is scored with them: the
estimate of what a set written by new users sees. Per set: today, and the left-out fits of
the margin family; then every family's pooled and median rows.

`causes` puts each topic miss of an evalall.sh run (/tmp/dbg/TAG) under its first cause;
`agreement` splits family consistency by whether two phrasings searched the same words.

  PYTHONPATH=$PWD PROFILEBOT_DATA_DIR=/tmp/x python bench/topic_membership.py capture rows.jsonl
  PYTHONPATH=$PWD python bench/topic_membership.py table rows.jsonl
  PYTHONPATH=$PWD python bench/topic_membership.py causes rows.jsonl /tmp/dbg/m20
  PYTHONPATH=$PWD python bench/topic_membership.py agreement rows.jsonl

Measured on main 35482df (4,185 topic rows of the 33 sets: 2,265 topic, 926 yes/no, 772
aggregate, 222 overview; pooled recall / precision / consistency / exact / full):
  today                      .864 .804 .459 .551 .792
  margin, left out, f1       .832 .849 .482 .583 .737   (0.2, 2.0, 0.15, 0.5) in 27 of 33 folds
  rare words, left out, f1   .840 .852 .499 .594 .752   (0.1, best holds them) in 33 folds
  widen, left out, f1        = today                    (today's in every fold)
  every family, left out, kept = today                  (today's in every fold)
Every fitted rule that lists fewer loosely related papers costs rows a gold paper (241 rows
for the margin fit, 170 for the rare-word one); none that adds papers keeps precision. The
cut-off sits on the recall/precision frontier these scores draw: the lever is elsewhere.
Misses of m20 by first cause: gate 355, declined 183, no search 143, unfound 119, cut 110,
listed not cited 15, all cited 11. Family agreement: 1,103 of 1,218 pairs that searched the
same words cite the same papers, 497 of 2,267 that searched different words do (the
searched words differ in 65% of pairs): inconsistency is made before the cut-off.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from prompts.answer.offline import LIST_MARGIN, LIST_SURE, MAX_LIST

EVAL = Path("data/eval")
Row = dict[str, Any]
Hit = dict[str, Any]
Cell = tuple[float, ...]


def set_names() -> list[str]:
    """Every set, in order: questions, unseen, unseen2 ..."""

    def number(path: Path) -> int:
        m = re.search(r"(\d+)$", path.stem)
        return -1 if path.stem == "questions" else int(m[1]) if m else 1

    return [p.stem for p in sorted(EVAL.glob("questions*.jsonl"), key=number)]


def held_words(bot: Any, row: Row) -> None:
    """Add to a row the searched words with their share of the profile's papers, and to each
    hit the words its title or abstract holds in some form (the lexicon's own reading)."""
    from retrieval.text import stem

    lexicon, papers = bot.lexicon, {p.id: p for p in bot.profile.papers}
    content = list(dict.fromkeys(lexicon.content(row.get("query") or "")))
    row["shares"] = {w: round(lexicon.share(w), 4) for w in content}
    for hit in row["hits"]:
        paper = papers.get(hit["id"])
        text = f"{paper.title} {paper.abstract}" if paper else ""
        hit["held"] = [w for w in content if lexicon._holds(text, stem([w]))]


def capture(out: Path, names: list[str]) -> None:
    """One row per measured question (bench/topic_sets.py's), with the words each hit holds."""
    from bench.topic_sets import capture as captured_rows

    captured_rows(out, names, held_words)


def read(path: Path) -> list[Row]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


# --- the membership decision, replayed ---------------------------------------------------------


def _unreplayed(row: Row) -> list[str] | None:
    """What a row keeps whatever the rule: a decline stays one, a row answered without a
    search keeps what it cited; None for the rows a rule decides."""
    if not row["searched"] or not row["selected"]:
        return list(row["selected"] if row["searched"] else row["cited"])
    return None


def _today(row: Row, margin: float = LIST_MARGIN, sure: float = LIST_SURE) -> list[Hit]:
    relevant = [h for h in row["hits"] if h["relevant"]]
    floor = min(max(h["relevance"] for h in relevant) - margin, sure)
    return [h for h in relevant if h["relevance"] >= floor or h["names_topic"]][:MAX_LIST]


def by_margin(row: Row, cell: Cell) -> list[str]:
    """margin, sure, loose, weak: today's cut-off at (LIST_MARGIN, LIST_SURE, LIST_MARGIN, 0)."""
    if (kept := _unreplayed(row)) is not None:
        return kept
    margin, sure, loose, weak = cell
    relevant = [h for h in row["hits"] if h["relevant"]]
    named = any(h["names_topic"] for h in relevant)
    close = max(h["similarity"] for h in relevant)
    m = margin if named or close >= weak else loose
    return [h["title"] for h in _today(row, m, sure)]


def by_rare_words(row: Row, cell: Cell) -> list[str]:
    """rare, best: of today's list, only the papers naming the topic or holding every
    searched word fewer than the share `rare` of the papers use; when `best` is 1, only if
    the list's best paper holds them (rare 0: today)."""
    if (kept := _unreplayed(row)) is not None:
        return kept
    rare_at, best = cell
    listed = _today(row)
    rare = [w for w, share in row.get("shares", {}).items() if 0 < share < rare_at]

    def holds(hit: Hit) -> bool:
        return all(w in hit.get("held", []) for w in rare)

    top = max(listed, key=lambda h: h["relevance"])
    if not rare or (best and not holds(top)) or not any(holds(h) for h in listed):
        return [h["title"] for h in listed]
    return [h["title"] for h in listed if h["names_topic"] or holds(h)]


def by_widening(row: Row, cell: Cell) -> list[str]:
    """within, floor: today's list, and the hits the gate left out whose similarity is within
    `within` of the best hit's and at least `floor` (within < 0: today)."""
    if (kept := _unreplayed(row)) is not None:
        return kept
    within, floor = cell
    listed = [h["title"] for h in _today(row)]
    close = max(h["similarity"] for h in row["hits"])
    more = [
        h["title"]
        for h in row["hits"]
        if not h["relevant"] and h["similarity"] >= max(close - within, floor)
    ]
    return (listed + more)[:MAX_LIST]


Family = tuple[Callable[[Row, Cell], list[str]], list[Cell]]
FAMILIES: dict[str, Family] = {
    "margin": (
        by_margin,
        [
            (LIST_MARGIN, LIST_SURE, LIST_MARGIN, 0.0),
            *(
                (m, s, lm, w)
                for m in (0.15, 0.2, 0.25, 0.27, 0.3, 0.35)
                for s in (0.6, 0.65, 0.7, 0.75, 2.0)
                for lm in (0.1, 0.15, 0.2, 0.27)
                for w in (0.0, 0.5, 0.55, 0.6)
                if lm <= m and (w > 0 or lm == m)
            ),
        ],
    ),
    "rare": (
        by_rare_words,
        [(0.0, 0.0), *((r, b) for r in (0.04, 0.06, 0.1, 0.15, 0.2) for b in (0.0, 1.0))],
    ),
    "widen": (
        by_widening,
        [(-1.0, 1.0), *((g, f) for g in (0.02, 0.05, 0.1) for f in (0.3, 0.35, 0.4, 0.45))],
    ),
}
Sums = tuple[float, ...]  # see `sums`
COLUMNS = ("recall", "precision", "consistency", "exact", "full")


def sums(rows: Iterable[Row], pick: Callable[[Row], list[str]]) -> Sums:
    """Additive figures of topic rows (so a set can be left out by subtraction): recall sum,
    rows, precision sum, rows that listed any, exact sets, rows listing every gold paper,
    family agreements, family pairs (a later phrasing listing what the family's first does)."""
    recall = precision = 0.0
    n = some = exact = full = 0
    families: dict[str, list[frozenset[str]]] = defaultdict(list)
    for row in rows:
        got = set(pick(row))
        gold, ok = set(row["gold"]), set(row["gold"]) | set(row["acceptable"])
        n += 1
        recall += len(gold & got) / len(gold)
        if got:
            some += 1
            precision += len(got & ok) / len(got)
        exact += gold <= got <= ok
        full += gold <= got
        families[row["family"]].append(frozenset(got))
    pairs = [later == group[0] for group in families.values() for later in group[1:]]
    return recall, n, precision, some, exact, full, sum(pairs), len(pairs)


def add(parts: Iterable[Sums]) -> Sums:
    return tuple(sum(x) for x in zip(*parts, strict=True))


def figures(s: Sums) -> dict[str, float]:
    recall, n, precision, some, exact, full, agree, pairs = s
    r, p = recall / (n or 1), precision / (some or 1)
    return {
        "recall": r,
        "precision": p,
        "f1": 2 * r * p / (r + p) if r + p else 0.0,
        "consistency": agree / (pairs or 1),
        "exact": exact / (n or 1),
        "full": full / (n or 1),
    }


def best_cell(by_cell: Sequence[Sums], objective: str) -> int:
    """The parameter set (index; today's is 0) that does best on these sums: 'f1' by the
    harmonic mean of recall and precision; 'kept' by precision among those losing no row
    that listed every gold paper. Ties go to today's."""
    scored = [figures(s) for s in by_cell]
    if objective == "f1":
        return max(range(len(scored)), key=lambda i: (round(scored[i]["f1"], 9), i == 0))
    kept = [i for i, f in enumerate(scored) if f["full"] >= scored[0]["full"] - 1e-12]
    return max(kept, key=lambda i: (round(scored[i]["precision"], 9), i == 0))


def fitted(family: Family, by_set: dict[str, list[Row]]) -> dict[str, Any]:
    """For each objective: the left-out sums per set, the cells chosen, the cell fitted on
    every set; and today's sums per set."""
    rule, cells = family
    table = {
        name: [sums(group, lambda r, c=cell: rule(r, c)) for cell in cells]
        for name, group in by_set.items()
    }
    every = [add(table[name][i] for name in by_set) for i in range(len(cells))]
    out: dict[str, Any] = {"today": {name: table[name][0] for name in by_set}}
    for objective in ("f1", "kept"):
        left, chosen = {}, Counter[Cell]()
        for name in by_set:
            others = [add(table[o][i] for o in by_set if o != name) for i in range(len(cells))]
            i = best_cell(others, objective)
            chosen[cells[i]] += 1
            left[name] = table[name][i]
        whole = best_cell(every, objective)
        out[objective] = {"left": left, "chosen": chosen, "whole": (cells[whole], every[whole])}
    return out


def _cols(s: Sums) -> str:
    f = figures(s)
    return " ".join(f"{f[c]:.3f}" for c in COLUMNS)


def _median(per_set: dict[str, Sums]) -> str:
    return " ".join(
        f"{statistics.median(figures(s)[c] for s in per_set.values()):.3f}" for c in COLUMNS
    )


def membership(rows: list[Row]) -> str:
    """The tables (see the module's docstring)."""
    by_set: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        if row["kind"] == "topic" and row["gold"]:
            by_set[row["set"]].append(row)
    fits = {name: fitted(family, by_set) for name, family in FAMILIES.items()}
    head = " ".join(c[:4] for c in COLUMNS)
    lines = [
        f"columns: {', '.join(COLUMNS)} (full: share of rows listing every gold paper)",
        "",
        f"margin family, per set | n | today: {head} | left out, f1 | left out, kept",
    ]
    margin = fits["margin"]
    for name, group in by_set.items():
        parts = [margin["today"][name], margin["f1"]["left"][name], margin["kept"]["left"][name]]
        lines.append(f"{name} | {len(group)} | " + " | ".join(_cols(s) for s in parts))
    lines += ["", f"family | objective | pooled: {head} | median of sets: {head} | fitted"]
    n = sum(len(g) for g in by_set.values())
    lines.append(
        f"today | - | {_cols(add(margin['today'].values()))} | {_median(margin['today'])} |"
        f" {n} rows, {len(by_set)} sets"
    )
    for name, fit in fits.items():
        lines += fit_lines(name, fit)
    return "\n".join(lines)


def fit_lines(name: str, fit: dict[str, Any]) -> list[str]:
    """A fitted family's rows of the table: left out and on all sets, per objective."""
    lines = []
    for objective in ("f1", "kept"):
        left, (cell, whole) = fit[objective]["left"], fit[objective]["whole"]
        lines.append(
            f"{name} | left out, {objective} | {_cols(add(left.values()))} | {_median(left)}"
            f" | per fold: {dict(fit[objective]['chosen'].most_common(2))}"
        )
        lines.append(f"{name} | all sets, {objective} | {_cols(whole)} | | {cell}")
    return lines


def causes(rows: list[Row], results: Path) -> str:
    """The measured topic rows an evalall.sh run missed, each under its first cause:
    declined, no search made (another path answered), a gold paper not among the hits, a
    hit the search's gate did not pass, passed but cut by the list's cut-off, listed but not
    cited, or every gold paper cited (a required word missing)."""
    done: dict[tuple[str, str], bool] = {}
    for path in results.glob("*.jsonl"):
        done |= {(path.stem, r["id"]): r["ok"] for r in read(path)}
    order = ("unfound", "gate", "cut", "listed, not cited")
    count: Counter[str] = Counter()
    for row in rows:
        if row["kind"] != "topic" or not row["gold"] or done.get((row["set"], row["id"]), True):
            continue
        hits = {h["title"]: h for h in row["hits"]}
        lost = [g for g in row["gold"] if g not in set(row["cited"])]
        if row["abstained"]:
            cause = "declined"
        elif not row["searched"]:
            cause = "no search (another path answered)"
        elif not lost:
            cause = "every gold paper cited"
        else:
            stages = [
                "unfound"
                if (h := hits.get(g)) is None
                else "gate"
                if not h["relevant"]
                else "cut"
                if g not in row["selected"]
                else "listed, not cited"
                for g in lost
            ]
            cause = "gold " + min(stages, key=order.index)
        count[cause] += 1
    return "\n".join(f"{n:5d} {cause}" for cause, n in count.most_common())


def agreement(rows: list[Row]) -> str:
    """Family consistency (a later phrasing citing what the first does) split by whether the
    two searched the same words, and by whether their search passed the same papers."""
    families: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        if row["kind"] == "topic" and row["gold"]:
            families[row["family"]].append(row)
    count: Counter[tuple[str, bool, bool]] = Counter()
    for group in families.values():
        first = group[0]
        for row in group[1:]:
            same = (row.get("query") or "").casefold() == (first.get("query") or "").casefold()
            agree = set(row["cited"]) == set(first["cited"])
            count["same searched words", same, agree] += 1

            def passed(r: Row) -> set[str]:
                return {h["title"] for h in r["hits"] if h["relevant"]}

            listed = set(row["selected"]) == set(first["selected"])
            count["same papers passed the gate", passed(row) == passed(first), listed] += 1
    lines = []
    for what in ("same searched words", "same papers passed the gate"):
        for same in (True, False):
            yes, no = count[what, same, True], count[what, same, False]
            lines.append(f"{what} {'yes' if same else 'no '}: {yes}/{yes + no} agree")
    return "\n".join(lines)


def enrich(path: Path, out: Path) -> None:
    """Add the words held (see `held_words`) to rows captured without them."""
    from bot.cli.main import assistant

    bot = assistant(None, offline=True)
    with out.open("w") as sink:
        for row in read(path):
            held_words(bot, row)
            sink.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    command, where = sys.argv[1], Path(sys.argv[2])
    if command == "capture":
        capture(where, sys.argv[3:] or set_names())
    elif command == "enrich":
        enrich(where, Path(sys.argv[3]))
    elif command == "table":
        print(membership(read(where)))
    elif command == "causes":
        print(causes(read(where), Path(sys.argv[3])))
    elif command == "agreement":
        print(agreement(read(where)))
