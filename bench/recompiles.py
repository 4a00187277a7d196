"""How many regular expressions each question compiles, and what that costs.

`re` keeps 512 compiled patterns and drops the oldest first; a pattern pushed out is compiled
again at its next use. This counts every compile (`re._compiler.compile`, whoever calls it) per
question and its CPU time, and names the lines whose patterns were compiled more than once.

Two streams of questions:
  # the bench's mix (bench/ask_scale.py) on a store it built, --repeat times (the first round
  # compiles everything once; later rounds show what the cache fails to keep)
  nice -n 5 .venv/bin/python bench/recompiles.py --store W/100000-stand-in --repeat 3
  # questions of eval sets on the bundled profile, in order, each asked once (the data dir of
  # an indexed bundled profile)
  PROFILEBOT_DATA_DIR=D nice -n 5 .venv/bin/python bench/recompiles.py \
      --questions data/eval/questions_unseen32.jsonl --limit 400
"""

from __future__ import annotations

import argparse
import collections
import re._compiler as compiler
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

COMPILE = compiler.compile
counted = {"n": 0, "s": 0.0}
sites: collections.Counter[tuple[str, str, int]] = collections.Counter()


def counting(pattern: Any, flags: int = 0) -> Any:
    start = time.process_time()
    compiled = COMPILE(pattern, flags)
    counted["s"] += time.process_time() - start
    counted["n"] += 1
    frame = sys._getframe(1)
    while frame is not None and "/re/" in frame.f_code.co_filename:
        frame = frame.f_back
    if frame is not None:
        where = frame.f_code.co_filename.removeprefix(f"{ROOT}/")
        text = pattern if isinstance(pattern, str) else str(pattern)
        sites[(f"{where}:{frame.f_lineno}", text, int(flags))] += 1
    return compiled


def mix_turns(
    store: Path, repeat: int
) -> tuple[Callable[..., Any], Iterator[tuple[int, str, list[str]]]]:
    import ask_scale

    from bot.app import build_assistant, settle

    bot = build_assistant(ask_scale.settings(store))
    settle()
    mix = ask_scale.questions()
    bot.ask(mix[0][1][0])
    return bot.ask, ((r, kind, turns) for r in range(repeat) for kind, turns in mix)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--store", type=Path, help="a store of bench/ask_scale.py")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--questions", type=Path, nargs="+", help="eval sets (bundled profile)")
    parser.add_argument("--limit", type=int, default=400)
    args = parser.parse_args()
    compiler.compile = counting
    from prompts.answer.memory import Conversation

    rounds: dict[str, list[tuple[int, float, float]]] = collections.defaultdict(list)
    if args.store:
        ask, turns = mix_turns(args.store, args.repeat)
        for r, _kind, asked in turns:
            chat = Conversation()
            for earlier in asked[:-1]:
                ask(earlier, chat)
            counted.update(n=0, s=0.0)
            start = time.process_time()
            ask(asked[-1], chat)
            cpu = time.process_time() - start
            rounds[f"round {r + 1}"].append((counted["n"], counted["s"] * 1000, cpu * 1000))
    else:
        from bot.cli.evaluation import load_questions
        from bot.cli.main import assistant

        bot = assistant(None, offline=True)
        items = [q for f in args.questions for q in load_questions(f)][: args.limit]
        bot.ask(items[0].question)
        half = len(items) // 2
        for i, q in enumerate(items):
            counted.update(n=0, s=0.0)
            start = time.process_time()
            bot.ask(q.question)
            cpu = time.process_time() - start
            part = "first half" if i < half else "second half"
            rounds[part].append((counted["n"], counted["s"] * 1000, cpu * 1000))
    print(
        f"{'':<12}{'n':>5}{'compiles/q':>12}{'compile ms/q':>14}{'max ms':>8}"
        f"{'CPU ms/q':>10}{'share':>8}"
    )
    for name, rows in rounds.items():
        n, ms, cpu = (sum(r[i] for r in rows) for i in range(3))
        print(
            f"{name:<12}{len(rows):>5}{n / len(rows):>12.1f}{ms / len(rows):>14.2f}"
            f"{max(r[1] for r in rows):>8.1f}{statistics.mean(r[2] for r in rows):>10.1f}"
            f"{ms / cpu:>8.1%}"
        )
    by_site: collections.Counter[str] = collections.Counter()
    for (site, _, _), k in sites.items():
        if k > 1:
            by_site[site] += k
    print("lines whose patterns were compiled more than once:", by_site.most_common(12) or "none")


if __name__ == "__main__":
    main()
