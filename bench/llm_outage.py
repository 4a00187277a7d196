"""Questions during an LLM outage: with the circuit breaker vs without, same process.

A scripted OpenAI-compatible server on 127.0.0.1 answers every request with HTTP 500 (no
retry-after header: the openai client's own backoff applies, as with a real outage). N
questions go through one Assistant over the bundled profile with the default settings
(2 retries); "without" replaces the endpoint's breaker with one that never opens.
Run: .venv/bin/python bench/llm_outage.py [--questions 40]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.app import build_assistant  # noqa: E402
from bot.settings import Settings  # noqa: E402
from prompts.assistant import Assistant  # noqa: E402
from prompts.llm import breaker  # noqa: E402
from prompts.llm.client import LLMConfig, endpoint  # noqa: E402
from tests.openai_server import OpenAIServer, Reply  # noqa: E402

QUESTIONS = [
    "Which papers are about logo recognition?",
    "What has she published on few-shot learning?",
    "Which papers use knowledge distillation?",
    "What work is there on recommendation?",
]
DOWN = Reply(status=500, raw=json.dumps({"error": {"message": "down", "type": "server_error"}}))


def run(bot: Assistant, config: LLMConfig, n: int, opens: bool) -> dict[str, float]:
    breaker._BREAKERS[endpoint(config)] = breaker.Breaker(
        failures=breaker.FAILURES if opens else 10**9
    )
    latencies, notices = [], 0
    start = time.perf_counter()
    for i in range(n):
        t = time.perf_counter()
        answer = bot.ask(QUESTIONS[i % len(QUESTIONS)])
        latencies.append(time.perf_counter() - t)
        notices += answer.notice is not None
    return {
        "wall": time.perf_counter() - start,
        "median": statistics.median(latencies),
        "max": max(latencies),
        "notices": notices,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--questions", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = build_assistant(Settings(_env_file=None, data_dir=Path(tmp), chroma_url=None))  # type: ignore[call-arg]
        with OpenAIServer([DOWN], structured=[DOWN], cited=[DOWN]) as server:
            config = LLMConfig(model="down", base_url=server.base_url)  # 2 retries, 30 s
            bot = Assistant(base.profile, base.searcher, llm=config)
            rows = [
                ("without breaker", run(bot, config, args.questions, opens=False), 0),
                ("with breaker", run(bot, config, args.questions, opens=True), 0),
            ]
            requests = len(server.received) + len(server.structured_received)
            requests += len(server.cited_received)
    print(f"{args.questions} questions, server answering HTTP 500 ({requests} requests in all)\n")
    print("| run | wall s | median s/question | max s | answered offline with notice |")
    print("|---|---|---|---|---|")
    for name, row, _ in rows:
        print(
            f"| {name} | {row['wall']:.1f} | {row['median']:.2f} | {row['max']:.2f} "
            f"| {int(row['notices'])}/{args.questions} |"
        )
    print(f"\nratio (without / with): {rows[0][1]['wall'] / rows[1][1]['wall']:.1f}x")


if __name__ == "__main__":
    main()
