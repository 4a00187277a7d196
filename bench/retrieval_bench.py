"""Retrieval quality and speed: hybrid vs BM25-only vs dense-only, in one process.

Usage: .venv/bin/python bench/retrieval_bench.py [--questions FILE] [--repeat N]

Prints recall@5 / recall@10 / MRR of the gold papers for the questions that have gold titles
(per retriever), the time to ingest the bundled profile into a fresh store, and per-question
latency (median, p95) of the whole `Assistant.ask` path, warm, in batch.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.app import build_assistant, ingest_file, open_index
from bot.cli.evaluation import load_questions
from bot.settings import BUNDLED_PROFILE, Settings
from prompts.understand.router import parse_query
from retrieval.search import Searcher

DEFAULT_QUESTIONS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev_questions.jsonl"


def ranked_papers(chunk_scores: dict[str, float]) -> list[str]:
    """Paper ids ordered by their best chunk."""
    order: list[str] = []
    for chunk_id in sorted(chunk_scores, key=chunk_scores.__getitem__, reverse=True):
        pid = chunk_id.split(":")[0]
        if pid not in order:
            order.append(pid)
    return order


def rankings(searcher: Searcher, text: str, filters: object) -> dict[str, list[str]]:
    allowed = {pid for pid, p in searcher.papers.items() if filters.matches(p)}  # type: ignore[attr-defined]
    vector = searcher.embedder([text])[0]
    dense = searcher._dense(vector, filters, allowed)  # type: ignore[arg-type]
    lexical = searcher.keywords.search(text, 60, allowed)
    hybrid = [h.paper.id for h in searcher.search(text, filters, k=50).hits]  # type: ignore[arg-type]
    return {
        "hybrid (profilebot)": hybrid,
        "bm25 only": ranked_papers(lexical),
        "dense only": ranked_papers(dense),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(_env_file=None, data_dir=Path(tmp), captured_year=2026)  # type: ignore[call-arg]
        index = open_index(settings)
        start = time.perf_counter()
        report = ingest_file(index, BUNDLED_PROFILE, settings)
        ingest_s = time.perf_counter() - start
        bot = build_assistant(settings)
        questions = [q for q in load_questions(args.questions)]
        title_to_id = {p.title.casefold(): p.id for p in bot.profile.papers}

        scores: dict[str, dict[str, list[float]]] = {}
        for q in questions:
            gold = {title_to_id[t.casefold()] for t in q.gold_titles if t.casefold() in title_to_id}
            query = parse_query(q.question, bot.profile)
            if not gold or query.intent != "retrieval":
                continue
            for name, ranking in rankings(
                bot.searcher, query.topic or q.question, query.filters
            ).items():
                s = scores.setdefault(name, {"r5": [], "r10": [], "mrr": []})
                s["r5"].append(len(gold & set(ranking[:5])) / len(gold))
                s["r10"].append(len(gold & set(ranking[:10])) / len(gold))
                first = next((i for i, pid in enumerate(ranking) if pid in gold), None)
                s["mrr"].append(0.0 if first is None else 1 / (first + 1))

        latencies: list[float] = []
        for _ in range(args.repeat):
            for q in questions:
                t = time.perf_counter()
                bot.ask(q.question)
                latencies.append((time.perf_counter() - t) * 1000)

    n = len(next(iter(scores.values()))["r5"]) if scores else 0
    print(f"\nRetrieval on {n} content questions with gold papers ({args.questions.name})")
    print(f"{'retriever':22} {'recall@5':>9} {'recall@10':>10} {'MRR':>6}")
    for name, s in scores.items():
        print(
            f"{name:22} {statistics.fmean(s['r5']):9.3f} {statistics.fmean(s['r10']):10.3f} "
            f"{statistics.fmean(s['mrr']):6.3f}"
        )
    latencies.sort()
    print(
        f"\nIngest of the bundled profile: {report.papers} papers, {report.chunks} chunks "
        f"in {ingest_s:.1f} s "
        f"({report.chunks / ingest_s:.0f} chunks/s)"
    )
    print(
        f"Assistant.ask, warm, {len(latencies)} calls: "
        f"median {statistics.median(latencies):.1f} ms, "
        f"p95 {latencies[int(0.95 * len(latencies)) - 1]:.1f} ms, max {latencies[-1]:.1f} ms"
    )


if __name__ == "__main__":
    main()
