"""Understanding's tail on new users' questions: CPU ms of `understand` per question, each as if
new (the embedder's and the Lexicon's kept vectors dropped first), over every unique question of
the given eval sets; a seeded half is asked first (warm, untimed), the other half timed. Prints
p50 / p90 / p95 / p99 / mean and the share of timed questions that ran MiniLM.

Usage: PROFILEBOT_DATA_DIR=<dir> nice -n 5 .venv/bin/python bench/understanding_tail.py LABEL SET...
(the readable sets: data/eval/questions.jsonl data/eval/questions_unseen.jsonl
data/eval/questions_unseen{2..29}.jsonl). To compare two versions of the code, run this file
from each tree in turn, alternately (before / after / after / before), and compare the rows."""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path
from typing import Any, cast

from bot.app import build_assistant
from bot.settings import Settings
from retrieval.index.embedder import MiniLMEmbedding


def main(label: str, files: list[str]) -> None:
    bot = build_assistant(Settings(captured_year=2026), offline=True)
    lines = [line for f in files for line in Path(f).read_text().splitlines() if line.strip()]
    questions = [json.loads(line)["question"] for line in lines]
    questions = list(dict.fromkeys(questions))
    warm = set(random.Random(1).sample(questions, len(questions) // 2))
    embedder = cast(MiniLMEmbedding, bot.searcher.embedder)
    embed, runs = embedder._embed, [0]

    def counted(docs: list[str], batch: int) -> Any:
        runs[0] += 1
        return embed(docs, batch)

    embedder._embed = counted  # type: ignore[method-assign,assignment]

    def one(q: str) -> tuple[float, bool]:
        embedder.forget()
        bot.lexicon.forget()
        before, start = runs[0], time.process_time()
        bot.understand(q)
        return (time.process_time() - start) * 1000, runs[0] > before

    for q in questions:
        if q in warm:
            one(q)
    timed = [one(q) for q in questions if q not in warm]
    ms = sorted(t for t, _ in timed)
    at = lambda x: ms[round(x * (len(ms) - 1))]  # noqa: E731
    ran = sum(r for _, r in timed) / len(timed)
    print(
        f"{label} n {len(ms)} p50 {at(0.5):.2f} p90 {at(0.9):.2f} p95 {at(0.95):.2f} "
        f"p99 {at(0.99):.2f} mean {sum(ms) / len(ms):.2f} ran MiniLM {ran:.1%}"
    )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
