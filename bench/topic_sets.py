"""Which papers the product returns for a topic, measured on every readable set (issue 11).

`capture` asks every answerable question with gold titles of category topic or overview, and
every yes/no or aggregate one (a yes/no or count on a topic), plus every unanswerable
question as a control, through the whole bot (offline). The search result the answer was built
from is captured, with every hit as the answer saw it, and the papers the topic selection
returns (`select_hits` for a list; the answer's citations when no search was made, e.g. an
exact count). `report` prints, per set and overall: set recall (share of the gold titles
returned; a decline returns none), precision (share of the returned papers that are gold or
acceptable, over the questions that returned any), the exact-set rate (every
gold paper returned and none that is neither gold nor acceptable), and for the unanswerable
controls the share that declined. `replay` re-selects the captured hits with other
cut-offs (no new search) and gives the same figures on two halves of the sets: a rule is
chosen on one half and judged on the other.

  PYTHONPATH=$PWD PROFILEBOT_DATA_DIR=/tmp/x-data python bench/topic_sets.py capture rows.jsonl
  PYTHONPATH=$PWD python bench/topic_sets.py report rows.jsonl
  PYTHONPATH=$PWD python bench/topic_sets.py replay rows.jsonl

The sets read are data/eval/questions.jsonl and questions_unseen..unseen28 (BLIND is skipped).
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

EVAL = Path("data/eval")
BLIND = ("questions_unseen29",)  # written blind this stop: never read here
TOPICAL = ("topic", "overview")
ON_A_TOPIC = ("yesno", "aggregate")  # with gold titles: a yes/no or a count on a topic
Row = dict[str, Any]


def set_names() -> list[str]:
    """The readable sets, in order: questions, unseen, unseen2 .. unseen28."""

    def number(path: Path) -> int:
        m = re.search(r"(\d+)$", path.stem)
        return -1 if path.stem == "questions" else int(m[1]) if m else 1

    paths = [p for p in EVAL.glob("questions*.jsonl") if p.stem not in BLIND]
    return [p.stem for p in sorted(paths, key=number)]


def measured(category: str, answerable: bool, gold: list[str]) -> str | None:
    """'topic' for a question whose papers are a topic's set, 'control' for an unanswerable
    one, None for the others."""
    if not answerable:
        return "control"
    if gold and (category in TOPICAL or category in ON_A_TOPIC):
        return "topic"
    return None


def capture(out: Path, names: list[str], more: Callable[[Any, Row], None] | None = None) -> None:
    """One row per measured question, written as it goes; `more(bot, row)` adds to a row."""
    from bench.topic_stages import capturing
    from bot.cli.evaluation import _title_key, load_questions
    from bot.cli.main import assistant
    from prompts.answer.offline import select_hits

    bot = assistant(None, offline=True)
    captured = capturing()
    with out.open("w") as sink:
        for name in names:
            for q in load_questions(EVAL / f"{name}.jsonl"):
                kind = measured(q.category, q.answerable, q.gold_titles)
                if kind is None:
                    continue
                captured.clear()
                got = bot.ask(q.question)
                result = captured.get("result")
                hits = result.hits if result else []
                chosen = [h.paper.title for h in select_hits(result, True)] if result else []
                row = {
                    "set": name,
                    "id": q.id,
                    "family": q.family or q.id,
                    "kind": kind,
                    "category": q.category,
                    "question": q.question,
                    "gold": sorted({_title_key(t) for t in q.gold_titles}),
                    "acceptable": sorted({_title_key(t) for t in q.acceptable_titles}),
                    "searched": result is not None,
                    "query": result.query if result else None,
                    "selected": [_title_key(t) for t in chosen],
                    "cited": [_title_key(c.title) for c in got.citations],
                    "abstained": got.abstained,
                    "hits": [
                        {
                            "title": _title_key(h.paper.title),
                            "id": h.paper.id,
                            "similarity": h.similarity,
                            "lexical": h.lexical,
                            "relevance": round(h.relevance, 4),
                            "relevant": h.relevant,
                            "names_topic": h.names_topic,
                        }
                        for h in hits
                    ],
                }
                if more is not None:
                    more(bot, row)
                sink.write(json.dumps(row) + "\n")
                sink.flush()


def returned(row: Row) -> list[str]:
    """The papers the topic selection returned: the selected hits when a search was made,
    else what the answer cited."""
    return row["selected"] if row["searched"] else row["cited"]


def figures(rows: Iterable[Row], pick: Callable[[Row], list[str]] = returned) -> dict[str, float]:
    """Set recall, precision, exact-set rate (topic rows); declined share (controls)."""
    recall, precision, exact, declined, n, m, some = 0.0, 0.0, 0, 0, 0, 0, 0
    for row in rows:
        got = set(pick(row))
        if row["kind"] == "topic" and not row["gold"]:  # an overview with no titles to check
            continue
        if row["kind"] == "control":
            m += 1
            declined += row["abstained"] or not got
            continue
        n += 1
        gold, ok = set(row["gold"]), set(row["gold"]) | set(row["acceptable"])
        recall += len(gold & got) / len(gold)
        if got:  # precision of the answers that returned papers; a decline costs recall
            some += 1
            precision += len(got & ok) / len(got)
        exact += gold <= got and got <= ok
    return {
        "n": n,
        "recall": recall / (n or 1),
        "precision": precision / (some or 1),
        "exact": exact / (n or 1),
        "controls": m,
        "declined": declined / (m or 1),
    }


def table(rows: list[Row], pick: Callable[[Row], list[str]] = returned) -> str:
    """Per set and overall, one line each."""
    by_set: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        by_set[row["set"]].append(row)
    lines = ["| set | topic qs | recall | precision | exact set | controls | declined |"]
    lines.append("|---|---|---|---|---|---|---|")
    for name, group in [*by_set.items(), ("overall", rows)]:
        f = figures(group, pick)
        lines.append(
            f"| {name} | {f['n']} | {f['recall']:.3f} | {f['precision']:.3f} | {f['exact']:.3f}"
            f" | {f['controls']} | {f['declined']:.3f} |"
        )
    return "\n".join(lines)


# The list's cut-off today (prompts/answer/offline.py: LIST_MARGIN, LIST_SURE, MAX_LIST)
MARGIN, SURE, MOST = 0.27, 0.65, 20
HALVES = {"A": lambda n: n in FIRST_HALF, "B": lambda n: n not in FIRST_HALF}
FIRST_HALF = {"questions", "questions_unseen", *(f"questions_unseen{i}" for i in range(2, 15))}


def cut(rule: Callable[[list[Row]], list[Row]], narrow: bool = True) -> Callable[[Row], list[str]]:
    """The papers a row returns when its relevant hits are cut by `rule` (a papers-naming hit
    always stays, as `on_topic` keeps it); with `narrow` False, the rule reads every hit, so it
    may add one the search's gate left out. Rows that returned nothing stay so (a decline is
    not replayed); rows without a search keep what they returned."""

    def pick(row: Row) -> list[str]:
        if not row["searched"] or not row["selected"]:
            return returned(row)
        relevant = [h for h in row["hits"] if h["relevant"]]
        kept = {h["title"] for h in rule(relevant if narrow else row["hits"])}
        chosen = [h["title"] for h in relevant if h["title"] in kept or h["names_topic"]]
        chosen += [h["title"] for h in row["hits"] if not h["relevant"] and h["title"] in kept]
        return chosen[:MOST]

    return pick


def margin(m: float, sure: float) -> Callable[[list[Row]], list[Row]]:
    """Within m of the best relevance, or at least `sure` (today's rule at .27, .65)."""

    def rule(hits: list[Row]) -> list[Row]:
        floor = min(max(h["relevance"] for h in hits) - m, sure)
        return [h for h in hits if h["relevance"] >= floor]

    return rule


def share(f: float) -> Callable[[list[Row]], list[Row]]:
    """At least the share f of the best relevance: a cut-off relative to the question."""

    def rule(hits: list[Row]) -> list[Row]:
        best = max(h["relevance"] for h in hits)
        return [h for h in hits if h["relevance"] >= f * best]

    return rule


def closeness(f: float) -> Callable[[list[Row]], list[Row]]:
    """At least the share f of the best similarity in meaning (the keyword bonus left out)."""

    def rule(hits: list[Row]) -> list[Row]:
        best = max(h["similarity"] for h in hits)
        return [h for h in hits if h["similarity"] >= f * best]

    return rule


def either(f: float, k: float) -> Callable[[list[Row]], list[Row]]:
    """At least the share f of the best relevance, or the share k of the best keyword score."""

    def rule(hits: list[Row]) -> list[Row]:
        best, most = max(h["relevance"] for h in hits), max(h["lexical"] for h in hits)
        return [h for h in hits if h["relevance"] >= f * best or h["lexical"] >= k * most > 0]

    return rule


def gap(g: float, m: float) -> Callable[[list[Row]], list[Row]]:
    """Today's margin m, cut earlier at the first drop of at least g between neighbours in
    relevance (the question's own score distribution)."""

    def rule(hits: list[Row]) -> list[Row]:
        ranked = sorted(margin(m, SURE)(hits), key=lambda h: h["relevance"], reverse=True)
        for i in range(1, len(ranked)):
            if ranked[i - 1]["relevance"] - ranked[i]["relevance"] >= g:
                return ranked[:i]
        return ranked

    return rule


def f1(rows: list[Row], pick: Callable[[Row], list[str]]) -> float:
    """The harmonic mean of set recall and precision."""
    f = figures(rows, pick)
    r, p = f["recall"], f["precision"]
    return 2 * r * p / (r + p) if r + p else 0.0


def exact(rows: list[Row], pick: Callable[[Row], list[str]]) -> float:
    """The exact-set rate."""
    return figures(rows, pick)["exact"]


Pick = Callable[[Row], list[str]]
TODAY = f"margin {MARGIN:.2f} sure {SURE:.2f}"


def rules() -> dict[str, Pick]:
    """Every cut-off replayed: today's margin with other figures, a share of the question's
    best relevance or closeness (with or without a keyword share), a gap in the question's
    own scores, and a share of the best read over every hit (widening past the gate)."""
    grid: dict[str, Pick] = {}
    for m in (0.1, 0.15, 0.2, 0.25, 0.27, 0.3, 0.35, 0.4, 0.5, 1.0):
        for s in (0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 2.0):
            grid[f"margin {m:.2f} sure {s:.2f}"] = cut(margin(m, s))
    for f in (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9):
        grid[f"share {f:.2f}"] = cut(share(f))
        grid[f"share {f:.2f} of every hit"] = cut(share(f), narrow=False)
        grid[f"closeness {f:.2f}"] = cut(closeness(f))
        for k in (0.6, 0.7, 0.8, 0.9):
            grid[f"share {f:.2f} or keywords {k:.2f}"] = cut(either(f, k))
    for g in (0.03, 0.05, 0.08, 0.1, 0.15, 0.2):
        grid[f"gap {g:.2f}"] = cut(gap(g, MARGIN))
    return grid


def features(row: Row) -> npt.NDArray[np.float64]:
    """Per hit: closeness, its distance to the question's best, keyword score (capped) and
    its share of the best, relevance less the best, whether the gate passed it, names it."""
    hits = row["hits"]
    close, words = max(h["similarity"] for h in hits), max(h["lexical"] for h in hits) or 1.0
    best = max(h["relevance"] for h in hits)
    return np.array(
        [
            [1.0, h["similarity"], h["similarity"] - close, min(h["lexical"], 10) / 10, *rest]
            for h in hits
            for rest in [
                [h["lexical"] / words, h["relevance"] - best, h["relevant"], h["names_topic"]]
            ]
        ]
    )


def learned(rows: list[Row]) -> npt.NDArray[np.float64]:
    """Logistic weights (plain gradient descent, light L2) of 'this hit is gold or acceptable'
    over every hit of the rows that returned papers."""
    used = [r for r in rows if r["searched"] and r["selected"] and r["hits"]]
    x = np.vstack([features(r) for r in used])
    ok = [set(r["gold"]) | set(r["acceptable"]) for r in used]
    y = np.array(
        [h["title"] in good for r, good in zip(used, ok, strict=True) for h in r["hits"]], float
    )
    w = np.zeros(x.shape[1])
    for _ in range(3000):
        w -= 0.5 * (x.T @ (1 / (1 + np.exp(-x @ w)) - y) / len(y) + 1e-3 * w)
    return w


def scored(w: npt.NDArray[np.float64], t: float) -> Pick:
    """The hits whose learned probability is at least t (any hit, gate or not), the best
    one at least; naming hits the gate passed always stay."""

    def pick(row: Row) -> list[str]:
        if not row["searched"] or not row["selected"]:
            return returned(row)
        p = 1 / (1 + np.exp(-features(row) @ w))
        hits = row["hits"]
        kept = [
            h["title"]
            for h, q in zip(hits, p, strict=True)
            if q >= t or (h["names_topic"] and h["relevant"])
        ]
        return (kept or [hits[int(np.argmax(p))]["title"]])[:MOST]

    return pick


def learned_table(halves: dict[str, list[Row]]) -> list[str]:
    """The learned score, fitted and its threshold chosen on one half (the highest whose
    recall is no lower than today's there), judged on the other."""
    lines = []
    for chosen, other in (("A", "B"), ("B", "A")):
        w = learned(halves[chosen])
        today = figures(halves[chosen])["recall"]
        ts = [
            t
            for t in np.arange(0.1, 0.7, 0.025)
            if figures(halves[chosen], scored(w, t))["recall"] >= today
        ]
        t = max(ts, default=0.1)
        pick = scored(w, t)
        for half in (chosen, other):
            f = figures(halves[half], pick)
            lines.append(
                f"| {chosen} | recall kept | learned score >= {t:.3f} | {half} | {f['recall']:.3f}"
                f" | {f['precision']:.3f} | {f['exact']:.3f} | {f1(halves[half], pick):.3f} |"
            )
    return lines


def replay(rows: list[Row]) -> str:
    """Each rule chosen on one half (best F1 of set recall and precision, or best exact-set
    rate) and judged on the other, against today's cut-off."""
    topic = [r for r in rows if r["kind"] == "topic"]
    halves = {h: [r for r in topic if keep(r["set"])] for h, keep in HALVES.items()}
    grid = rules()
    lines = ["| chosen on | by | rule | half | recall | precision | exact set | F1 |"]
    lines.append("|---|---|---|---|---|---|---|---|")
    for chosen, other in (("A", "B"), ("B", "A")):
        for by, objective in (("F1", f1), ("exact", exact)):
            best = max(grid, key=lambda name: objective(halves[chosen], grid[name]))
            for name in dict.fromkeys([TODAY, best]):
                for half in (chosen, other):
                    f = figures(halves[half], grid[name])
                    lines.append(
                        f"| {chosen} | {by} | {name} | {half} | {f['recall']:.3f}"
                        f" | {f['precision']:.3f} | {f['exact']:.3f}"
                        f" | {f1(halves[half], grid[name]):.3f} |"
                    )
    return "\n".join(lines + learned_table(halves))


def losses(rows: list[Row]) -> str:
    """Where each gold paper of a searched topic row was lost: not among the hits (unfound),
    a hit not made relevant (gate), relevant but left out by the cut-off (cut), or returned;
    and the returned papers neither gold nor acceptable (extra)."""
    count = dict.fromkeys(("unfound", "gate", "cut", "returned", "extra"), 0)
    for row in rows:
        if row["kind"] != "topic" or not row["searched"]:
            continue
        hits = {h["title"]: h for h in row["hits"]}
        got = set(row["selected"])
        for title in row["gold"]:
            hit = hits.get(title)
            stage = "returned" if title in got else "unfound" if hit is None else "cut"
            count["gate" if hit and not hit["relevant"] else stage] += 1
        count["extra"] += len(got - set(row["gold"]) - set(row["acceptable"]))
    return "gold papers by stage: " + ", ".join(f"{k} {v}" for k, v in count.items())


def read(path: Path) -> list[Row]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


if __name__ == "__main__":
    command, where = sys.argv[1], Path(sys.argv[2])
    if command == "capture":
        capture(where, sys.argv[3:] or set_names())
    elif command == "report":
        print(table(read(where)))
        print(losses(read(where)))
    elif command == "replay":
        print(replay(read(where)))
