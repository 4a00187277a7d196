"""Where the bot's memory goes: RSS after each step of an open and of the question mix.

Opens a store built by bench/ask_scale.py as the bot does, then loads MiniLM's session, makes
Chroma's first query (its vector index), asks the first question and the mix of
bench/ask_scale.py once, printing the resident MB after each step; then the Python objects the
mix allocated and still holds (tracemalloc, started after the first question), and RSS by
mapping (/proc/self/smaps).

Usage (the store of `ask_scale.py --papers 100000 --workdir W`):
  nice -n 5 .venv/bin/python bench/rss_steps.py W/100000-stand-in
"""

from __future__ import annotations

import gc
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def rss_mb() -> float:
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
    return int(fields["VmRSS"].split()[0]) / 1024


def by_mapping(top: int = 10) -> list[tuple[str, float]]:
    """Resident MB per mapped file (anonymous memory and the heap apart)."""
    found: dict[str, float] = {}
    name = "[anon]"
    for line in Path("/proc/self/smaps").read_text().splitlines():
        parts = line.split()
        if parts and "-" in parts[0] and not parts[0].endswith(":"):
            name = parts[5].rsplit("/", 1)[-1] if len(parts) > 5 else "[anon]"
        elif parts and parts[0] == "Rss:":
            found[name] = found.get(name, 0.0) + int(parts[1]) / 1024
    return sorted(found.items(), key=lambda kv: -kv[1])[:top]


def main() -> None:
    steps = [("start", rss_mb())]
    import ask_scale

    from bot.app import build_assistant
    from prompts.answer.memory import Conversation

    steps.append(("imports", rss_mb()))
    start = time.process_time()
    bot = build_assistant(ask_scale.settings(Path(sys.argv[1])))
    steps.append((f"open ({time.process_time() - start:.2f} s CPU)", rss_mb()))
    vector = np.asarray(bot.searcher.embedder(["warm the session"])[0], dtype=np.float32)
    steps.append(("MiniLM's session and one run", rss_mb()))
    bot.searcher.collection.query(query_embeddings=[vector.tolist()], n_results=10)
    steps.append(("Chroma's first query (its vector index)", rss_mb()))
    mix = ask_scale.questions()
    bot.ask(mix[0][1][0])
    steps.append(("the first question", rss_mb()))
    tracemalloc.start(12)
    before = tracemalloc.take_snapshot()
    for kind, turns in mix:
        chat = Conversation()
        for turn in turns:
            bot.ask(turn, chat)
        steps.append((f"{kind}: {turns[-1][:50]}", rss_mb()))
    gc.collect()
    after = tracemalloc.take_snapshot()
    for step, mb in steps:
        print(f"{mb:8.0f} MB  {step}")
    held, peak = tracemalloc.get_traced_memory()
    print(
        f"Python objects the mix allocated and still holds: {held / 2**20:.1f} MB "
        f"(peak {peak / 2**20:.1f})"
    )
    for stat in after.compare_to(before, "filename")[:10]:
        print(f"  {stat}")
    print("RSS by mapping:")
    for name, mb in by_mapping():
        print(f"{mb:8.0f} MB  {name}")


if __name__ == "__main__":
    main()
