"""The LLM path's own cost per question, the model excluded: a scripted server answers at once.

Runs the dev questions through one Assistant offline and through the LLM path with a
scripted OpenAI-compatible server on 127.0.0.1 that replies instantly (one cited sentence
per source), streamed and not. The difference is what the chain adds: prompt building,
the HTTP round trip through langchain-openai and the openai client, and verification.
Run: .venv/bin/python bench/chain_overhead.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.app import build_assistant  # noqa: E402
from bot.settings import Settings  # noqa: E402
from prompts.assistant import Assistant  # noqa: E402
from prompts.llm.client import LLMConfig  # noqa: E402
from tests.openai_server import OpenAIServer, Reply, extractive  # noqa: E402

QUESTIONS = Path("/work/shared/eval/dev_questions.jsonl")
DATA = ROOT / "bench" / "out" / "bundled"


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


def timed(
    bot: Assistant, questions: list[str], repeat: int, stream: bool
) -> dict[str, list[float]]:
    """Per ask: total wall time, and the answer stage alone (after retrieval)."""
    out: dict[str, list[float]] = {"total": [], "answer": []}
    for _ in range(repeat):
        for q in questions:
            start = time.perf_counter()
            answer = bot.ask(q, on_progress=(lambda _n: None) if stream else None)
            out["total"].append((time.perf_counter() - start) * 1000)
            out["answer"].append(answer.timings_ms.get("answer_ms", 0.0))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=Path, default=QUESTIONS)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    lines = args.questions.read_text(encoding="utf-8").splitlines()
    questions = [json.loads(ln)["question"] for ln in lines if ln.strip()]
    settings = Settings(
        _env_file=None, data_dir=DATA, captured_year=2026, openai_api_key=None, llm_base_url=None
    )
    offline = build_assistant(settings)
    # Only the questions the LLM would answer: retrieval found something relevant.
    asked = [q for q in questions if (a := offline.ask(q)).route == "retrieval" and a.citations]

    def reply(request: dict[str, Any]) -> Reply:
        return Reply(extractive(request))

    rows: dict[str, dict[str, list[float]]] = {}
    with OpenAIServer(reply) as server:
        config = LLMConfig(model="scripted", base_url=server.base_url, max_retries=0)
        llm = Assistant(offline.profile, offline.searcher, offline.profile_name, llm=config)
        llm.ask(asked[0])  # warm up the HTTP connection pool
        rows["offline"] = timed(offline, asked, args.repeat, stream=False)
        served = server.served
        rows["llm (json)"] = timed(llm, asked, args.repeat, stream=False)
        rows["llm (stream)"] = timed(llm, asked, args.repeat, stream=True)
        calls = server.served - served
    print(
        f"{len(asked)} of {len(questions)} dev questions go through retrieval to an answer "
        f"(facts and abstentions never reach the LLM); x{args.repeat}; {calls} LLM calls\n"
    )
    print(f"{'mode':<14}{'median ms':>10}{'p95 ms':>9}{'answer-stage median':>21}{'p95':>8}")
    for mode, t in rows.items():
        total, stage = t["total"], t["answer"]
        print(
            f"{mode:<14}{statistics.median(total):>10.1f}{percentile(total, 0.95):>9.1f}"
            f"{statistics.median(stage):>21.1f}{percentile(stage, 0.95):>8.1f}"
        )
    base = statistics.median(rows["offline"]["answer"])
    print()
    for mode in ("llm (json)", "llm (stream)"):
        added = statistics.median(rows[mode]["answer"]) - base
        print(f"chain overhead, {mode}: +{added:.1f} ms median per question (answer stage)")


if __name__ == "__main__":
    main()
