"""Where a topic answer loses its gold papers, by stage (issue 11).

For every answerable topic question of the given sets, the search result the answer was
built from is captured, and each gold paper is put in the first stage that lost it:

  unfound   not among the searched hits at all (the topic phrase, or the ranking)
  gate      found, not marked relevant (similarity under the search's floors)
  cut       relevant, left out by the list's cut-off (`select_hits`)
  dropped   selected, not cited by the answer
  cited     cited

Papers cited that are neither gold nor acceptable are counted as extra (precision), each
with how it was made relevant ('named': its title or abstract names the topic; 'gate': the
search's similarity gate), and per family, how often a phrasing cites the same set as the
family's first (consistency).

  PYTHONPATH=$PWD PROFILEBOT_DATA_DIR=/tmp/x-data python bench/topic_stages.py \
      out.jsonl data/eval/questions_unseen15.jsonl data/eval/questions_unseen16.jsonl
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import prompts.assistant as assistant_module
from bot.cli.evaluation import load_questions, score
from bot.cli.main import assistant
from prompts.answer.offline import select_hits
from retrieval.search import SearchResult


def capturing() -> dict[str, SearchResult]:
    """From now on, the search result each answer is built from, kept under 'result'."""
    captured: dict[str, SearchResult] = {}
    answer = assistant_module.Assistant._answer

    def capture(self: Any, question: str, result: SearchResult, *args: Any, **kw: Any) -> Any:
        captured["result"] = result
        return answer(self, question, result, *args, **kw)

    assistant_module.Assistant._answer = capture  # type: ignore[method-assign]
    return captured


def stages(out: Path, sets: list[Path]) -> list[dict[str, Any]]:
    """One row per answerable topic question, written to `out` as it goes."""
    bot = assistant(None)
    captured = capturing()
    rows = []
    with out.open("w") as sink:
        for path in sets:
            for q in load_questions(path):
                if q.category != "topic" or not q.answerable:
                    continue
                captured.clear()
                scored = score(q, bot.ask(q.question))
                result = captured.get("result")
                hits = result.hits if result else []
                relevant = {h.paper.title for h in hits if h.relevant}
                chosen = {h.paper.title for h in select_hits(result, True)} if result else set()
                cited = {c.title for c in scored.answer.citations}
                found = {h.paper.title for h in hits}
                stage = {
                    g: "cited"
                    if g in cited
                    else "dropped"
                    if g in chosen
                    else "cut"
                    if g in relevant
                    else "gate"
                    if g in found
                    else "unfound"
                    for g in q.gold_titles
                }
                extra = sorted(cited - set(q.gold_titles) - set(q.acceptable_titles))
                named = {h.paper.title for h in hits if h.names_topic}
                row = {
                    "id": q.id,
                    "recall": scored.recall,
                    "precision": scored.precision or 0.0,
                    "stage": stage,
                    "extra": extra,
                    "acceptable": sorted(q.acceptable_titles),
                    # the text searched (the topic's salient words), for replaying a re-ranking
                    "query": result.query if result else "",
                    # how each extra paper was made relevant: it names the topic, or the
                    # search's gate (similarity, with shared rare words) let it in
                    "extra_by": {t: "named" if t in named else "gate" for t in extra},
                    "cited": sorted(cited),
                    # every hit as the answer saw it: selection rules can be replayed offline
                    "hits": [
                        {
                            "title": h.paper.title,
                            "similarity": h.similarity,
                            "lexical": h.lexical,
                            "relevant": h.relevant,
                            "names_topic": h.names_topic,
                        }
                        for h in hits
                    ],
                }
                sink.write(json.dumps(row) + "\n")
                rows.append(row)
    return rows


def summary(rows: list[dict[str, Any]]) -> str:
    lost = Counter(s for r in rows for s in r["stage"].values())
    families: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        families[r["id"].rsplit("-", 1)[0]].append(r)
    same = [sum(r["cited"] == rs[0]["cited"] for r in rs) / len(rs) for rs in families.values()]
    n = len(rows) or 1
    by = Counter(how for r in rows for how in r.get("extra_by", {}).values())
    return (
        f"questions {len(rows)}  gold by stage {dict(lost)}  extra cited "
        f"{sum(len(r['extra']) for r in rows)} {dict(by)}\n"
        f"recall {sum(r['recall'] for r in rows) / n:.3f}"
        f"  precision {sum(r['precision'] for r in rows) / n:.3f}"
        f"  consistency {sum(same) / (len(same) or 1):.3f}"
    )


if __name__ == "__main__":
    print(summary(stages(Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]])))
