"""Understanding as users meet it: every eval question asked once, new to the process.

Usage: PROFILEBOT_DATA_DIR=<dir> .venv/bin/python bench/new_questions.py OUT.jsonl

The bundled profile is opened as the bot opens it; after bench/understanding.py's 40 questions
(warm), each question of data/eval/questions*.jsonl is understood once, with the kept vectors
of recent texts dropped first. Prints the CPU p50 / p95 / p99 / mean of `understand`; writes
each question's operation and Query to OUT.jsonl (compare two versions' files with `cmp`).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import understanding  # noqa: E402

from bot.app import build_assistant  # noqa: E402
from bot.settings import Settings  # noqa: E402


def main() -> None:
    bot = build_assistant(Settings(captured_year=2026), offline=True)
    for q in understanding.GENERAL + understanding.own_questions(bot.profile):
        bot.understand(q)
    asked = [
        json.loads(line)["question"]
        for f in sorted((ROOT / "data" / "eval").glob("questions*.jsonl"))
        for line in f.open()
        if line.strip()
    ]
    cpu = []
    with Path(sys.argv[1]).open("w") as out:
        for q in asked:
            bot.searcher.embedder.forget()  # type: ignore[attr-defined]
            bot.lexicon.forget()
            start = time.process_time()
            query, vote = bot.understand(q)
            cpu.append((time.process_time() - start) * 1000)
            row = [q, vote.operation, query.model_dump(mode="json")]
            out.write(json.dumps(row, sort_keys=True) + "\n")
    ordered = sorted(cpu)
    p50, p95, p99 = (understanding.pct(ordered, p) for p in (0.5, 0.95, 0.99))
    print(
        f"{len(cpu)} questions: CPU p50 {p50:.2f} p95 {p95:.2f} p99 {p99:.2f} "
        f"mean {sum(cpu) / len(cpu):.2f} ms"
    )


if __name__ == "__main__":
    main()
