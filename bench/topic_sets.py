"""Which papers the product returns for a topic, measured on every readable set (issue 11).

`capture` asks every answerable question of category topic or overview, and every yes/no or
aggregate question with gold titles (a yes/no or count on a topic), plus every unanswerable
question as a control, through the whole bot (offline). The search result the answer was built
from is captured, with every hit as the answer saw it, and the papers the topic selection
returns (`select_hits` for a list; the answer's citations when no search was made, e.g. an
exact count). `report` prints, per set and overall: set recall (share of the gold titles
returned), precision (returned papers that are gold or acceptable), the exact-set rate (every
gold paper returned and none that is neither gold nor acceptable), and for the unanswerable
controls the share that returned nothing. `replay` re-selects the captured hits with other
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
    if category in TOPICAL or (category in ON_A_TOPIC and gold):
        return "topic"
    return None


def capture(out: Path, names: list[str]) -> None:
    """One row per measured question, written as it goes."""
    import prompts.assistant as assistant_module
    from bot.cli.evaluation import _title_key, load_questions
    from bot.cli.main import assistant
    from prompts.answer.offline import select_hits
    from retrieval.search import SearchResult

    bot = assistant(None, offline=True)
    captured: dict[str, SearchResult] = {}
    answer = assistant_module.Assistant._answer

    def keep(self: Any, question: str, result: SearchResult, *args: Any, **kw: Any) -> Any:
        captured["result"] = result
        return answer(self, question, result, *args, **kw)

    assistant_module.Assistant._answer = keep  # type: ignore[method-assign]
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
                    "kind": kind,
                    "category": q.category,
                    "gold": sorted({_title_key(t) for t in q.gold_titles}),
                    "acceptable": sorted({_title_key(t) for t in q.acceptable_titles}),
                    "searched": result is not None,
                    "selected": [_title_key(t) for t in chosen],
                    "cited": [_title_key(c.title) for c in got.citations],
                    "abstained": got.abstained,
                    "hits": [
                        {
                            "title": _title_key(h.paper.title),
                            "similarity": h.similarity,
                            "lexical": h.lexical,
                            "relevance": round(h.relevance, 4),
                            "relevant": h.relevant,
                            "names_topic": h.names_topic,
                        }
                        for h in hits
                    ],
                }
                sink.write(json.dumps(row) + "\n")


def returned(row: Row) -> list[str]:
    """The papers the topic selection returned: the selected hits when a search was made,
    else what the answer cited."""
    return row["selected"] if row["searched"] else row["cited"]


def figures(rows: Iterable[Row], pick: Callable[[Row], list[str]] = returned) -> dict[str, float]:
    """Set recall, precision, exact-set rate (topic rows); declined share (controls)."""
    recall, precision, exact, declined, n, m = 0.0, 0.0, 0, 0, 0, 0
    for row in rows:
        got = set(pick(row))
        if row["kind"] == "control":
            m += 1
            declined += not got
            continue
        n += 1
        gold, ok = set(row["gold"]), set(row["gold"]) | set(row["acceptable"])
        recall += len(gold & got) / len(gold) if gold else float(not got or got <= ok)
        precision += len(got & ok) / len(got) if got else float(not gold)
        exact += gold <= got and got <= ok
    return {
        "n": n,
        "recall": recall / (n or 1),
        "precision": precision / (n or 1),
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


def read(path: Path) -> list[Row]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


if __name__ == "__main__":
    command, where = sys.argv[1], Path(sys.argv[2])
    if command == "capture":
        capture(where, sys.argv[3:] or set_names())
    elif command == "report":
        print(table(read(where)))
    elif command == "replay":
        from bench.topic_cutoffs import replay

        print(replay(read(where)))
