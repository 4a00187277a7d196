"""Capture, for every question of the given sets, the search result its answer was built from.

Writes one JSON line per question: the set, id, category, answerable, the question, the topic
understood, the text searched, the hits (paper, similarity, keyword score, relevant, names the
topic, evidence sentence) and the answer (abstained, cited titles, first 300 characters).
`bench/coverage_gate.py` reads these lines to choose and measure a coverage gate without asking
the questions again.

  PYTHONPATH=$PWD PROFILEBOT_DATA_DIR=/tmp/x-data python bench/coverage_collect.py \
      out.jsonl data/eval/questions.jsonl data/eval/questions_unseen10.jsonl ...
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import prompts.assistant as assistant_module
from bot.cli.evaluation import load_questions
from bot.cli.main import assistant
from prompts.understand.router import Query
from retrieval.search import SearchResult


def collect(out: Path, sets: list[Path]) -> None:
    """One line per question of `sets`, written to `out` as it goes."""
    bot = assistant(None, offline=True)
    captured: dict[str, Any] = {}
    answer, understand = assistant_module.Assistant._answer, assistant_module.Assistant.understand

    def on_answer(self: Any, question: str, result: SearchResult, *args: Any, **kw: Any) -> Any:
        captured["result"] = result
        return answer(self, question, result, *args, **kw)

    def on_understand(self: Any, *args: Any, **kw: Any) -> Any:
        got = understand(self, *args, **kw)
        query: Query = got[0]
        captured.setdefault("topic", query.topic)
        captured.setdefault("paper_ids", list(query.paper_ids))
        captured.setdefault("operation", getattr(got[1], "operation", None))
        return got

    assistant_module.Assistant._answer = on_answer  # type: ignore[method-assign]
    assistant_module.Assistant.understand = on_understand  # type: ignore[method-assign]
    with out.open("w") as sink:
        for path in sets:
            for q in load_questions(path):
                captured.clear()
                got = bot.ask(q.question)
                result: SearchResult | None = captured.get("result")
                hits = [
                    {
                        "id": h.paper.id,
                        "title": h.paper.title,
                        "similarity": h.similarity,
                        "lexical": h.lexical,
                        "relevant": h.relevant,
                        "names_topic": h.names_topic,
                        "evidence": h.evidence,
                    }
                    for h in (result.hits if result else [])
                ]
                row = {
                    "set": path.stem,
                    "id": q.id,
                    "cat": q.category,
                    "answerable": q.answerable,
                    "q": q.question,
                    "topic": captured.get("topic"),
                    "searched": result.query if result else None,
                    "paper_ids": captured.get("paper_ids", []),
                    "operation": captured.get("operation"),
                    "hits": hits,
                    "abst": got.abstained,
                    "route": got.route,
                    "cited": sorted(c.title for c in got.citations),
                    "text": got.text[:300],
                }
                sink.write(json.dumps(row) + "\n")
                sink.flush()


if __name__ == "__main__":
    collect(Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]])
