"""The whole question path at 1k-100k papers: `Assistant.ask` on a mix of everyday questions.

Per size, in fresh processes: ingest a synthetic profile (bench/synthetic.py) into an embedded
store (kept in --workdir, reused), then open it as the bot does (bot.app.build_assistant) and
ask a fixed mix of questions offline (no LLM): topic, paraphrase, facts with filters, people
and follow-ups. Prints p50/p95 per kind, open time, RSS and disk.

Vectors: `--vectors minilm` embeds every chunk with MiniLM (real, slow on 2 shared cores);
`--vectors stand-in` stores hashed bag-of-words vectors (synthetic.HashingEmbedding) under
MiniLM's identity, so the bot opens the store with the real MiniLM and embeds each question
for real: the question path does the same work (one embedding, one HNSW query), but answer
quality at that size means nothing. Tables say which was used.

Usage (nice; one size per run; the last line is JSON, --report prints saved runs):
  nice -n 10 .venv/bin/python bench/ask_scale.py --papers 1000 --vectors minilm --workdir W
  nice -n 10 .venv/bin/python bench/ask_scale.py --papers 10000 --vectors stand-in --workdir W
  .venv/bin/python bench/ask_scale.py --profile-ask --papers 10000 --vectors stand-in --workdir W
  # the same store through `chroma run` (the bot's RSS, the server's RSS apart):
  nice -n 10 .venv/bin/python bench/ask_scale.py --server --papers 10000 --workdir W --repeat 1
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from chromadb.api.types import Documents, Embeddings  # noqa: E402
from synthetic import OWNER, HashingEmbedding, author, make_profile, vocab  # noqa: E402

from bot.app import build_assistant, open_index, settle  # noqa: E402
from bot.settings import Settings  # noqa: E402
from prompts.answer.memory import Conversation  # noqa: E402
from retrieval.index import store  # noqa: E402
from retrieval.index.chunks import make_chunks  # noqa: E402
from retrieval.index.embedder import MiniLMEmbedding  # noqa: E402
from retrieval.index.store import KEYWORD_DIR as KEYWORD  # noqa: E402
from retrieval.ingest import limits  # noqa: E402
from tests.chroma_server import chroma_server  # noqa: E402

PROFILE = "synth"


class StandIn(MiniLMEmbedding):
    """Hashed vectors under MiniLM's name: ingest only (see the module docstring)."""

    seconds = 0.0  # time spent making vectors, to tell it apart from the rest of the ingest

    def __call__(self, input: Documents) -> Embeddings:
        start = time.perf_counter()
        vectors = HashingEmbedding()(input)
        StandIn.seconds += time.perf_counter() - start
        return vectors


def log_progress(done: int, total: int, shown: list[int] = [-1]) -> None:  # noqa: B006
    """One line per ~2% of the chunks on stderr, with the time, for long builds."""
    if done * 50 // max(total, 1) != shown[0]:
        shown[0] = done * 50 // max(total, 1)
        print(f"{time.strftime('%H:%M:%S')} {done}/{total} chunks", file=sys.stderr, flush=True)


def settings(workdir: Path, chroma_url: str | None = None) -> Settings:
    return Settings(
        _env_file=None,
        data_dir=workdir,
        chroma_url=chroma_url,
        profile=PROFILE,
        captured_year=2026,
        openai_api_key=None,
        llm_base_url=None,
    )


def disk_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident MB of this process."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    current = pages * resource.getpagesize() / 2**20
    return current, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def questions() -> list[tuple[str, list[str]]]:
    """(kind, turns): a follow-up's earlier turns come first; only the last turn is timed."""
    v, areas = vocab(), vocab()["areas"]
    cl, cv, ro = areas["CL"], areas["CV"], areas["RO"]
    rare, common = author(20), author(2)
    mix: list[tuple[str, list[str]]] = []
    for area in (cl, cv, ro, areas["LG"], areas["IR"]):
        mix += [
            ("topic", [f"What has {OWNER.split()[0]} published on {area['tasks'][0]}?"]),
            ("topic", [f"Which papers use {area['methods'][1]} for {area['tasks'][2]}?"]),
            ("paraphrase", [f"any work about applying {area['methods'][0]} to {area['data'][0]}"]),
            ("paraphrase", [f"Has she looked into {area['parts'][0]} at all?"]),
        ]
    mix += [
        ("facts", ["How many papers did she publish in 2019?"]),
        ("facts", ["Which CV papers since 2020 have code?"]),
        ("facts", [f"What was her first paper on {cv['tasks'][1]}?"]),
        ("facts", ["How many papers does she have with code between 2015 and 2017?"]),
        ("facts", ["What is her most recent paper?"]),
        ("facts", [f"How many papers on {cl['tasks'][0]} in 2021?"]),
        ("people", [f"Which papers did she write with {rare}?"]),
        ("people", ["Who are her most frequent co-authors?"]),
        ("people", [f"How many papers with {common}?"]),
        ("people", [f"What did she work on with {rare} since 2018?"]),
        (
            "follow-up",
            [f"What has she published on {ro['tasks'][0]}?", "Which of those have code?"],
        ),
        ("follow-up", [f"Papers on {cl['methods'][0]}?", "Tell me more about the second one."]),
        ("follow-up", [f"What about {cv['tasks'][0]}?", "and since 2020?"]),
        ("follow-up", ["What did she publish in 2018?", "Which of them are about robots?"]),
    ]
    assert v["questions"]
    return mix


def build(args: argparse.Namespace) -> dict[str, Any]:
    """Ingest the synthetic profile (once per workdir)."""
    s = settings(args.workdir)
    index = open_index(s)
    if args.vectors == "stand-in":
        index.embedder = StandIn(str(s.data_dir / "models" / "minilm"))
    if index.exists():
        return {"skipped": True}
    # The product refuses profiles over limits.MAX_PAPERS (50,000); the bench measures beyond it.
    limits.MAX_PAPERS = max(limits.MAX_PAPERS, args.papers)
    store.BATCH = args.ingest_batch or store.BATCH  # larger: a faster build, the same store
    if args.paper_chunks_only:  # one chunk per paper (no sentence chunks): ~9x fewer to write
        store.make_chunks = lambda paper: make_chunks(paper)[:1]
    profile = make_profile(args.papers, name=OWNER)
    start = time.perf_counter()
    report = index.ingest(profile, progress=log_progress)
    seconds = time.perf_counter() - start
    return {"ingest_s": seconds, "vectors_s": StandIn.seconds, "chunks": report.chunks}


def ask(args: argparse.Namespace) -> dict[str, Any]:
    """Open as the bot does, then the question mix, `--repeat` times; each kind's times."""
    start, cpu = time.perf_counter(), time.process_time()
    bot = build_assistant(settings(args.workdir, args.chroma_url))
    settle()  # as the bot's processes do after their open (bot.app.settle)
    opened, opened_cpu = time.perf_counter() - start, time.process_time() - cpu
    rss_open = rss_mb()[0]
    kinds = getattr(args, "kinds", None)
    mix = [(kind, turns) for kind, turns in questions() if not kinds or kind in kinds]
    start = time.perf_counter()
    bot.ask(mix[0][1][0])  # warm up (the model's session, first HNSW load), timed apart
    first = time.perf_counter() - start
    times: dict[str, list[float]] = {}
    # CPU time of the process (all its threads) per question: on a shared machine wall time
    # varies with the other users' load, CPU time much less.
    cpu_times: dict[str, list[float]] = {}
    profiler = cProfile.Profile() if args.profile_ask else None
    for _ in range(args.repeat):
        for kind, turns in mix:
            chat = Conversation()
            for earlier in turns[:-1]:
                bot.ask(earlier, chat)
            if profiler:
                profiler.enable()
            t, c = time.perf_counter(), time.process_time()
            bot.ask(turns[-1], chat)
            times.setdefault(kind, []).append((time.perf_counter() - t) * 1000)
            cpu_times.setdefault(kind, []).append((time.process_time() - c) * 1000)
            if profiler:
                profiler.disable()
    if profiler:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(45)
        print(out.getvalue(), file=sys.stderr)
    current, peak = rss_mb()
    return {
        "open_s": opened,
        "open_cpu_s": opened_cpu,
        "first_ask_s": first,
        "rss_open_mb": rss_open,
        "rss_mb": current,
        "peak_rss_mb": peak,
        "times": times,
        "cpu_times": cpu_times,
    }


def first_open(args: argparse.Namespace) -> dict[str, Any]:
    """The first open after an ingest, which derives what later opens read back (where the
    code keeps it)."""
    start = time.perf_counter()
    build_assistant(settings(args.workdir, args.chroma_url))
    return {"first_open_s": time.perf_counter() - start}


def child(phase: str, args: argparse.Namespace, chroma_url: str | None = None) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--phase", phase, "--papers", str(args.papers)]
    cmd += ["--vectors", args.vectors, "--workdir", str(args.workdir), "--repeat", str(args.repeat)]
    cmd += ["--profile-ask"] * args.profile_ask
    cmd += ["--kinds", *args.kinds] if getattr(args, "kinds", None) else []
    cmd += ["--ingest-batch", str(args.ingest_batch)] if args.ingest_batch else []
    cmd += ["--paper-chunks-only"] * args.paper_chunks_only
    cmd += ["--chroma-url", chroma_url] if chroma_url else []
    out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def server_rss_mb(pid: int) -> tuple[float, float]:
    """(current, peak) resident MB of the Chroma server process."""
    fields = dict(
        line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines()
    )
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def ask_through_server(args: argparse.Namespace) -> dict[str, Any]:
    """The ask phase with the bot against `chroma run --path <store>` (the server mode).

    The bot keeps its keyword index in <workdir>/keyword: the first open through a server
    builds it from Chroma (reported as keyword_rebuilt), later opens only read it."""
    rebuilt = not (args.workdir / "keyword").exists()
    with chroma_server(args.workdir / "chroma") as server:
        # A bot (re)starts against a server that is already up: the server's own first load
        # of the collection (its HNSW index, seconds at 100k papers) is timed apart.
        start = time.perf_counter()
        open_index(settings(args.workdir, server.url)).collection().count()
        warm = time.perf_counter() - start
        first = child("open", args, server.url) if args.first_open else {}
        row = first | child("ask", args, server.url)
        current, peak = server_rss_mb(server.process.pid)
    return row | {
        "server_rss_mb": current,
        "server_peak_rss_mb": peak,
        "server_warm_s": warm,
        "keyword_rebuilt": rebuilt,
    }


def table(row: dict[str, Any]) -> None:
    where = " through chroma run" if row.get("server") else ""
    print(
        f"\n{row['papers']} papers ({row['vectors']} vectors{where}): open {row['open_s']:.2f} s"
        f"{' (keyword index built from Chroma)' if row.get('keyword_rebuilt') else ''}, "
        f"bot RSS {row['rss_open_mb']:.0f} MB after open, {row['rss_mb']:.0f} MB after the "
        f"questions (peak {row['peak_rss_mb']:.0f}); disk: Chroma {row['disk_mb']:.0f} MB, "
        f"keyword index {row.get('keyword_mb', float('nan')):.1f} MB"
    )
    if row.get("server"):
        print(
            f"Chroma server RSS {row['server_rss_mb']:.0f} MB after the questions "
            f"(peak {row['server_peak_rss_mb']:.0f}); its first load of the collection, "
            f"before the bot starts: {row.get('server_warm_s', float('nan')):.2f} s"
        )
    if "ingest_s" in row:
        print(
            f"ingest {row['ingest_s']:.0f} s for {row['chunks']:,} chunks "
            f"({row['chunks'] / row['ingest_s']:.0f} chunks/s; vectors {row['vectors_s']:.0f} s)"
        )
    if "first_open_s" in row:
        print(
            f"first open after the ingest {row['first_open_s']:.2f} s; first question "
            f"{row['first_ask_s']:.2f} s (loads the model's session)"
        )
    if "open_cpu_s" in row:
        print(f"open CPU time {row['open_cpu_s']:.2f} s")
    cpu = row.get("cpu_times", {})
    head = f"{'kind':<12}{'n':>5}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}"
    print(head + (f"{'cpu p50':>10}{'cpu p95':>10}{'cpu max':>10}" if cpu else ""))
    for kind, values in row["times"].items():
        line = f"{kind:<12}{len(values):>5}" + _stats(values)
        print(line + (_stats(cpu[kind]) if kind in cpu else ""))


def _stats(values: list[float]) -> str:
    """p50, p95 and max, aligned."""
    p95 = float(np.percentile(values, 95))
    return f"{statistics.median(values):>10.1f}{p95:>10.1f}{max(values):>10.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--papers", type=int, default=1000)
    parser.add_argument("--vectors", choices=["minilm", "stand-in"], default="stand-in")
    parser.add_argument("--workdir", type=Path, required=False)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile-ask", action="store_true", help="cProfile the timed asks")
    parser.add_argument("--kinds", nargs="+", help="only these kinds of the mix (follow-up ...)")
    parser.add_argument(
        "--first-open",
        action="store_true",
        help="open once before the timed run (the first open after an ingest derives what "
        "later opens read back; run it on a fresh ingest to time that)",
    )
    parser.add_argument(
        "--server", action="store_true", help="ask through `chroma run` on the same store"
    )
    parser.add_argument(
        "--ingest-batch",
        type=int,
        help="chunks per Chroma upsert when building (default: the product's BATCH); "
        "larger builds a 100k store several times faster (ingest times then are not the product's)",
    )
    parser.add_argument(
        "--paper-chunks-only",
        action="store_true",
        help="build a store with each paper's paper chunk only (no sentence chunks): the "
        "bot's own open and memory are the same, Chroma's side is ~9x smaller (label it)",
    )
    parser.add_argument("--phase", choices=["build", "open", "ask"], help=argparse.SUPPRESS)
    parser.add_argument("--chroma-url", help=argparse.SUPPRESS)
    parser.add_argument("--report", type=Path, nargs="+", help="print tables from saved JSON")
    args = parser.parse_args()
    if args.report:
        for path in args.report:
            table(json.loads(path.read_text().strip().splitlines()[-1]))
        return
    if args.phase:
        print(json.dumps({"build": build, "open": first_open, "ask": ask}[args.phase](args)))
        return
    args.workdir = (args.workdir or Path("bench/out/ask_scale")) / f"{args.papers}-{args.vectors}"
    args.workdir.mkdir(parents=True, exist_ok=True)
    built = child("build", args)
    if args.first_open and not args.server:  # through a server: its own first open
        built |= child("open", args)
    asked = ask_through_server(args) if args.server else child("ask", args)
    row = asked | {"papers": args.papers, "vectors": args.vectors, "server": args.server} | built
    keywords = args.workdir / ("keyword" if args.server else "chroma/profilebot-keyword")
    row["keyword_mb"] = disk_mb(keywords)
    row["disk_mb"] = disk_mb(args.workdir / "chroma") - disk_mb(args.workdir / "chroma" / KEYWORD)
    table(row)
    print(json.dumps(row))


if __name__ == "__main__":
    main()
