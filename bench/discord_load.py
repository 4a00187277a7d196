"""Discord under load: a burst of /ask interactions and @mentions against the real bot process.

Starts `profilebot discord` wired to a local Discord (tests/fake_discord.py), fires N /ask
interactions and M mentions from U users as fast as the gateway socket takes them, and
reads what the bot did from its REST calls. Per run: every event acknowledged (a defer, an
immediate refusal or a thread opened) within 3 s of delivery, every one answered or politely
refused (rate-limited or busy), none dropped, nothing logged as an error; ack and answer
latency percentiles; the process's peak RSS (VmHWM). Runs, each a fresh bot process:
  throughput  per-user rate and concurrency cap lifted: everything is answered
  per-user    the default per-user rate (5 per 60 s), concurrency cap lifted
  policy      all defaults (5 per user per 60 s, 4 answered at once)
  llm-1s      limits lifted, and a scripted LLM on 127.0.0.1 that takes 1 s per answer
--waves 2 --gap 15 sends a second burst while the first is still being answered;
--host localhost makes the bot resolve the fake Discord's name, as it resolves discord.com.
--sigterm stops the bot (SIGTERM) as soon as every event is acknowledged: a restart under load.
Run: nice .venv/bin/python bench/discord_load.py [--asks 200 --mentions 50 --users 20]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections import Counter
from contextlib import ExitStack
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fake_discord import (  # noqa: E402
    BOT_TOKEN,
    BotProcess,
    Event,
    LocalDiscord,
    Outcome,
    ingest,
    people,
)
from tests.openai_server import OpenAIServer, Reply, extractive  # noqa: E402

DATA = ROOT / "bench" / "out" / "discord_load" / "data"
ACK_LIMIT_S = 3.0
POLITE = {"answered", "rate-limited", "busy"}
LIFTED = {"discord_user_rate": 100000, "discord_max_concurrent": 100000}
RUNS: dict[str, dict[str, Any]] = {
    "throughput": LIFTED,
    "per-user": {"discord_max_concurrent": 100000},
    "policy": {},
    "llm-1s": LIFTED | {"llm_delay_s": 1.0},
}
QUESTIONS = [
    "What has he published on few-shot text classification?",
    "Which papers are about knowledge distillation?",
    "What did he do on video understanding with large language models?",
    "How many papers did he publish in 2023?",
    "Who are his most frequent co-authors?",
    "Which of his papers have released code?",
    "What are his papers on question answering?",
    "What has he worked on in multimodal reasoning?",
    "Does he have papers on e-commerce or fashion?",
    "What is his most cited kind of work on pre-trained language models?",
]


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


async def burst(discord: LocalDiscord, asks: int, mentions: int, users: int) -> list[Event]:
    """All events back to back, mentions spread among the asks, users round-robin."""
    members = people(users)
    every = max(1, (asks + mentions) // max(1, mentions))
    left = {"ask": asks, "mention": mentions}
    events = []
    for n in range(asks + mentions):
        due = n % every == every - 1 and left["mention"] > 0
        kind = "mention" if due or not left["ask"] else "ask"
        left[kind] -= 1
        send = discord.ask if kind == "ask" else discord.mention
        events.append(await send(QUESTIONS[n % len(QUESTIONS)], members[n % users]))
    return events


def slow_llm(delay_s: float) -> OpenAIServer:
    """A careful extractive model that takes delay_s per answer (many answers at once)."""

    def reply(request: dict[str, Any]) -> Reply:
        return Reply(text=extractive(request), delay=delay_s)

    return OpenAIServer(reply)


async def run_once(name: str, settings: dict[str, Any], args: argparse.Namespace) -> dict[str, Any]:
    settings = dict(settings)
    delay = settings.pop("llm_delay_s", None)
    discord = LocalDiscord()
    await discord.start()
    discord.base = discord.base.replace("127.0.0.1", args.host)
    log = DATA.parent / f"{name}.log"
    with ExitStack() as stack:
        if delay is not None:
            server = stack.enter_context(slow_llm(delay))
            settings |= {"llm_base_url": server.base_url, "llm_timeout": 60}
        bot = BotProcess(discord, DATA, log, **settings)
        try:
            await bot.start()
            start = time.monotonic()
            events = await burst(discord, args.asks, args.mentions, args.users)
            for _ in range(args.waves - 1):
                await asyncio.sleep(args.gap)
                events += await burst(discord, args.asks, args.mentions, args.users)
            if args.sigterm:  # a restart while questions are in flight
                await discord.until(lambda: all(discord.calls_for(e) for e in events))
                rss = bot.peak_rss_mb()
                code = await bot.stop()
                outcomes = [discord.outcome(e) for e in events]
            else:
                try:
                    outcomes = await discord.answered(events, timeout=args.timeout)
                except TimeoutError:
                    outcomes = [discord.outcome(e) for e in events]
                rss = bot.peak_rss_mb()
                code = await bot.stop()
            wall = time.monotonic() - start
        finally:
            await bot.stop()
            await discord.stop()
    if args.events:
        with args.events.open("a", encoding="utf-8") as out:
            for e, o in zip(events, outcomes, strict=True):
                row = {"run": name, "kind": e.kind, "seq": e.seq, "status": o.status}
                row |= {"delivered": (e.delivered or 0) - start, "ack_s": o.ack_s}
                row |= {"answer_s": o.answer_s, "calls": [c.path[:40] for c in o.calls]}
                out.write(json.dumps(row) + "\n")
    return summarize(name, events, outcomes, bot.log(), wall, rss, code)


def summarize(
    name: str,
    events: list[Event],
    outcomes: list[Outcome],
    log: str,
    wall: float,
    rss: float,
    code: int,
) -> dict[str, Any]:
    statuses = Counter(o.status for o in outcomes)
    acks = [o.ack_s for o in outcomes if o.ack_s is not None]
    answers = [o.answer_s for o in outcomes if o.status == "answered" and o.answer_s is not None]
    by_kind = Counter((e.kind, o.status) for e, o in zip(events, outcomes, strict=True))
    return {
        "run": name,
        "events": len(events),
        "answered": statuses["answered"],
        "rate_limited": statuses["rate-limited"],
        "busy": statuses["busy"],
        "other": sum(n for s, n in statuses.items() if s not in POLITE),
        "unacked": sum(o.ack_s is None for o in outcomes),
        "late_acks": sum(a > ACK_LIMIT_S for a in acks),
        "ack_p50": percentile(acks, 0.5),
        "ack_p95": percentile(acks, 0.95),
        "ack_max": max(acks, default=float("nan")),
        "answer_p50": percentile(answers, 0.5),
        "answer_p95": percentile(answers, 0.95),
        "wall_s": wall,
        "rss_mb": rss,
        "exit": code,
        "log_errors": sum(w in log for w in ("Traceback", " ERROR ")) + (BOT_TOKEN in log),
        "loop_warnings": log.count("heartbeat blocked") + log.count("Can't keep up"),
        "by_kind": {f"{k}/{s}": n for (k, s), n in sorted(by_kind.items())},
    }


def table(rows: list[dict[str, Any]]) -> None:
    head = (
        f"{'run':<11}{'events':>7}{'answered':>9}{'rate-ltd':>9}{'busy':>6}{'other':>6}"
        f"{'late ack':>9}{'ack p50':>8}{'p95':>7}{'max':>7}{'answer p50':>11}{'p95':>7}"
        f"{'wall s':>8}{'RSS MB':>8}{'exit':>5}{'errors':>7}"
    )
    print(head)
    for r in rows:
        print(
            f"{r['run']:<11}{r['events']:>7}{r['answered']:>9}{r['rate_limited']:>9}"
            f"{r['busy']:>6}{r['other'] + r['unacked']:>6}{r['late_acks']:>9}"
            f"{r['ack_p50']:>8.2f}{r['ack_p95']:>7.2f}{r['ack_max']:>7.2f}"
            f"{r['answer_p50']:>11.2f}{r['answer_p95']:>7.2f}{r['wall_s']:>8.1f}"
            f"{r['rss_mb']:>8.0f}{r['exit']:>5}{r['log_errors'] + r['loop_warnings']:>7}"
        )
    print("latencies in seconds from the event's delivery; ack = defer, refusal or thread opened")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--asks", type=int, default=200)
    parser.add_argument("--mentions", type=int, default=50)
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--runs", default=",".join(RUNS), help="comma-separated: " + ",".join(RUNS))
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds per run")
    parser.add_argument("--waves", type=int, default=1, help="bursts, --gap seconds apart")
    parser.add_argument("--gap", type=float, default=15.0)
    parser.add_argument("--sigterm", action="store_true", help="SIGTERM once all are acked")
    parser.add_argument("--host", default="127.0.0.1", help="how the bot addresses Discord")
    parser.add_argument("--json", type=Path, help="also write the rows here")
    parser.add_argument("--events", type=Path, help="append one JSON line per event here")
    args = parser.parse_args()
    if not (DATA / "chroma").exists():
        print(f"indexing the bundled profile into {DATA} (profilebot ingest)", file=sys.stderr)
        DATA.mkdir(parents=True, exist_ok=True)
        ingest(DATA)
    rows = []
    for name in args.runs.split(","):
        print(f"run {name}: {RUNS[name] or 'defaults'}", file=sys.stderr)
        rows.append(await run_once(name, RUNS[name], args))
    table(rows)
    for r in rows:
        print(f"{r['run']}: {r['by_kind']}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2), encoding="utf-8")


if __name__ == "__main__":
    asyncio.run(main())
