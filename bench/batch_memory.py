"""One `profilebot ask --jsonl` process answering 1,000 questions: all answered, memory flat.

Usage: .venv/bin/python bench/batch_memory.py [--n 1000] [--data-dir DIR]

Indexes the bundled profile into a temporary data dir (or reuses --data-dir), then feeds the
dev set and paraphrases of it, cycled to --n questions, through ONE `profilebot ask --jsonl`
subprocess. Checks one output line per question with the ids in order, and samples the
process's resident memory (VmRSS from /proc) after the first answer and after answers
100, 500 and 1,000. Prints a table; latency percentiles come from the output's latency_ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PROFILEBOT = Path(sys.executable).with_name("profilebot")
DEV_SET = ROOT.parent / "shared" / "eval" / "dev_questions.jsonl"
SAMPLES = (1, 100, 500, 1000)
PARAPHRASES = (
    "{q}",
    "Could you tell me: {q}",
    "{lower}",
    "{q} Please cite the papers.",
    "Quick question - {lower}",
    "{q_no_mark}, according to the profile?",
)


def questions(n: int) -> list[dict[str, str]]:
    """The dev set and its paraphrases, cycled to n, each with a unique id."""
    base = [json.loads(line) for line in DEV_SET.read_text(encoding="utf-8").splitlines() if line]
    variants = []
    for k, template in enumerate(PARAPHRASES):
        for item in base:
            q = item["question"].strip()
            text = template.format(q=q, lower=q[0].lower() + q[1:], q_no_mark=q.rstrip("?"))
            variants.append({"id": f"{item['id']}/p{k}", "question": text})
    return [
        {"id": f"{i}:{v['id']}", "question": v["question"]}
        for i, v in enumerate(variants[j % len(variants)] for j in range(n))
    ]


def memory_mb(pid: int, key: str = "VmRSS") -> float:
    """Resident (VmRSS) or peak (VmHWM) memory of a process, from /proc (no psutil needed)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{key}:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {key} for {pid}")


def environment(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PROFILEBOT_", "OPENAI_"))}
    env.update({"PROFILEBOT_DATA_DIR": str(data_dir), "PROFILEBOT_CAPTURED_YEAR": "2026"})
    return env


def run(items: list[dict[str, str]], data_dir: Path) -> dict[str, Any]:
    proc = subprocess.Popen(
        [str(PROFILEBOT), "ask", "--jsonl"],
        env=environment(data_dir),
        cwd=data_dir,  # no developer .env
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin and proc.stdout and proc.stderr

    def feed() -> None:
        assert proc.stdin
        for item in items:
            proc.stdin.write(json.dumps(item) + "\n")
        proc.stdin.close()

    writer = threading.Thread(target=feed, daemon=True)
    start = time.perf_counter()
    writer.start()
    out, rss, peak = [], {}, None
    for line in proc.stdout:
        out.append(json.loads(line))
        if len(out) in SAMPLES or len(out) == len(items):
            rss[len(out)] = memory_mb(proc.pid)
        if len(out) == len(items):
            peak = memory_mb(proc.pid, "VmHWM")
    wall = time.perf_counter() - start
    errors = proc.stderr.read()
    code = proc.wait()
    writer.join()
    return {"out": out, "rss": rss, "wall": wall, "peak": peak, "stderr": errors, "code": code}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--data-dir", type=Path, help="Reuse an indexed data dir.")
    args = parser.parse_args()
    items = questions(args.n)
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = args.data_dir or Path(tmp)
        if not args.data_dir:
            t = time.perf_counter()
            subprocess.run(
                [str(PROFILEBOT), "ingest"],
                env=environment(data_dir),
                cwd=data_dir,
                check=True,
                capture_output=True,
            )
            print(f"indexed the bundled profile in {time.perf_counter() - t:.1f} s")
        result = run(items, data_dir)
    out = result["out"]
    answered = [o for o in out if o.get("answer")]
    errors = [o for o in out if "error" in o]
    latencies = sorted(o["latency_ms"] for o in answered)
    ids_ok = [o.get("id") for o in out] == [i["id"] for i in items]
    q = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else latencies * 99
    rows = [
        ("questions in", len(items)),
        ("output lines", len(out)),
        ("answered", len(answered)),
        ("abstained (of answered)", sum(1 for o in answered if o["abstained"])),
        ("errors", len(errors)),
        ("ids preserved, in order", ids_ok),
        ("exit code", result["code"]),
        ("latency_ms p50", f"{q[49]:.1f}"),
        ("latency_ms p95", f"{q[94]:.1f}"),
        ("latency_ms max", f"{latencies[-1]:.1f}" if latencies else "-"),
        ("wall time, s", f"{result['wall']:.1f}"),
        ("questions / s", f"{len(out) / result['wall']:.1f}"),
    ]
    rows += [(f"RSS after answer {k}, MB", f"{v:.0f}") for k, v in sorted(result["rss"].items())]
    if result["peak"]:
        rows.append(("peak RSS (VmHWM), MB", f"{result['peak']:.0f}"))
    if len(result["rss"]) >= 2:
        first, last = result["rss"][min(result["rss"])], result["rss"][max(result["rss"])]
        rows.append(("RSS growth first -> last, MB", f"{last - first:+.0f}"))
    if {100, 1000} <= result["rss"].keys():
        rows.append(
            ("RSS growth 100 -> 1000, MB", f"{result['rss'][1000] - result['rss'][100]:+.0f}")
        )
    width = max(len(k) for k, _ in rows)
    print(f"\nprofilebot ask --jsonl, one process, {len(items)} questions (dev set + paraphrases)")
    print(f"| {'measure'.ljust(width)} | value |\n|{'-' * (width + 2)}|-------|")
    for key, value in rows:
        print(f"| {key.ljust(width)} | {value} |")
    if result["stderr"].strip():
        print("\nstderr (last 500 chars):", result["stderr"][-500:])


if __name__ == "__main__":
    main()
