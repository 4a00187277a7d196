"""Scale: ingest vs raw embedding, query latency, HNSW recall, disk and memory, 1k-100k papers.

Usage (two shared cores: nice, biggest size last):
  nice -n 10 .venv/bin/python bench/scale.py --sizes 1000 10000 100000 --hashed-from 100000

Each size runs in fresh child processes, so peak RSS is per phase and ef_search applies (Chroma
reads a changed ef_search when it next loads the index, not in a process that already has):
  ingest  generate the papers; embed every chunk with the embedder alone (the baseline, same
          texts, order and batches as ingest); then PaperIndex.ingest into an empty store.
  truth   exact top-10 by numpy dot products over the stored embeddings.
  serve   set ef_search, open as the bot does (load_profile, all_chunks, Searcher), time dense
          queries as Searcher._dense does, with and without filters, and hybrid search; recall@10.
Sizes >= --hashed-from use HashingEmbedding (synthetic.py) for the index, and time MiniLM on ~150
evenly spaced batches of the same chunks to project the ingest ratio (docs/scale.md says why).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parent.parent))

import scale_run  # noqa: E402
from scale_run import FILTERS  # noqa: E402

from tests.chroma_server import chroma_server  # noqa: E402

EFS = (10, 50, 128, 256)


def child(*args: object) -> dict[str, Any]:
    """Run one phase in a fresh interpreter; its last stdout line is JSON."""
    cmd = [sys.executable, str(HERE.parent / "scale_run.py"), *map(str, args)]
    out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]


def measure(
    papers: int, embedder: str, root: Path, queries: int, efs: tuple[int, ...], default_ef: int
) -> dict[str, Any]:
    store = root / f"store-{papers}"
    common = ("--dir", store, "--embedder", embedder, "--queries", queries)
    row: dict[str, Any] = {"papers": papers, "embedder": embedder}
    print(f"[{papers}] ingest ({embedder})", file=sys.stderr, flush=True)
    row["ingest"] = child("ingest", "--papers", papers, *common)
    print(f"[{papers}] exact top-10", file=sys.stderr, flush=True)
    child("truth", *common)
    row["recall"] = {}
    for ef in [e for e in efs if e != default_ef] + [default_ef]:
        print(f"[{papers}] serve ef_search={ef}", file=sys.stderr, flush=True)
        got = child("serve", *common, "--ef", ef, *(("--full",) if ef == default_ef else ()))
        row["recall"][ef] = got["recall"]
        if ef == default_ef:
            row["serve"] = got
    print(f"[{papers}] serve via chroma run", file=sys.stderr, flush=True)
    with chroma_server(store) as server:
        row["server"] = child("serve", *common, "--ef", default_ef, "--full", "--url", server.url)
        row["server"]["server_rss_mb"] = server.peak_rss_mb()
    return row


def ms(values: list[float]) -> str:
    return f"{np.percentile(values, 50):6.1f} / {np.percentile(values, 95):6.1f}"


def print_tables(rows: list[dict[str, Any]], efs: tuple[int, ...], default_ef: int) -> None:
    print("\nIngest: PaperIndex.ingest vs the embedder alone on the same chunks (same process)")
    print(
        f"{'papers':>7} {'chunks':>8} {'embedder':8} {'raw ch/s':>9} {'ingest ch/s':>11} "
        f"{'ratio wall':>10} {'ratio cpu':>9} {'disk MB':>8} {'peak RSS MB':>11}"
    )
    for r in rows:
        g = r["ingest"]
        print(
            f"{r['papers']:>7} {g['chunks']:>8} {r['embedder']:8} {g['chunks'] / g['raw_s']:9.0f} "
            f"{g['chunks'] / g['ingest_s']:11.0f} {g['ingest_s'] / g['raw_s']:10.2f} "
            f"{g['ingest_cpu'] / g['raw_cpu']:9.2f} {g['disk_mb']:8.0f} {g['rss_mb']:11.0f}"
        )
        if "minilm_sample" in g:
            s = g["minilm_sample"]
            store = g["ingest_s"] - g["raw_s"]
            minilm = s["seconds_per_chunk"] * g["chunks"]
            print(
                f"{'':>7} projected with MiniLM: {1 / s['seconds_per_chunk']:.0f} ch/s on "
                f"{s['chunks']} sampled chunks ({s['batches']} of {s['of_batches']} batches); "
                f"store overhead {store:.0f} s -> ratio {(minilm + store) / minilm:.2f} "
                f"(sequential), MiniLM alone {minilm / 3600:.1f} h"
            )

    print(f"\nQuery latency, ms p50 / p95 (embedded; {default_ef=}; ratio = p50 / unfiltered p50)")
    print(f"{'papers':>7} {'query':26} {'p50 / p95':>15} {'ratio':>6}")
    for r in rows:
        lat = r["serve"]["latency"]
        base = np.percentile(lat["dense: none"], 50)
        for name, values in lat.items():
            ratio = np.percentile(values, 50) / base
            print(f"{r['papers']:>7} {name:26} {ms(values):>15} {ratio:6.2f}")
        srv = r["server"]["latency"]["dense: none"]
        print(
            f"{r['papers']:>7} {'dense: none, chroma run':26} {ms(srv):>15} "
            f"{np.percentile(srv, 50) / base:6.2f}"
        )

    print("\nRecall@10 of HNSW vs exact search (numpy), per ef_search; k=60 is what Searcher asks")
    print(f"{'papers':>7} {'vectors':8} " + " ".join(f"{'ef=' + str(e):>13}" for e in efs))
    print(f"{'':>7} {'':8} " + " ".join(f"{'k=10   k=60':>13}" for _ in efs))
    for r in rows:
        cells = [f"{r['recall'][e]['k10']:.3f}  {r['recall'][e]['k60']:.3f}" for e in efs]
        print(f"{r['papers']:>7} {r['embedder']:8} " + " ".join(f"{c:>13}" for c in cells))
    print(f"Filtered recall@10 at ef_search={default_ef} (k=60):")
    for r in rows:
        filtered = r["recall"][default_ef]["filtered"]
        print(f"{r['papers']:>7} " + "  ".join(f"{k}: {v:.3f}" for k, v in filtered.items()))

    print("\nOpening as the bot does (load_profile + all_chunks + BM25), one process")
    print(f"{'papers':>7} {'mode':9} {'open s':>7} {'bot RSS MB':>10} {'server RSS MB':>13}")
    for r in rows:
        for mode, s in (("embedded", r["serve"]), ("server", r["server"])):
            srv = f"{s['server_rss_mb']:13.0f}" if "server_rss_mb" in s else f"{'-':>13}"
            print(f"{r['papers']:>7} {mode:9} {s['open_s']:7.1f} {s['rss_mb']:10.0f} {srv}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--hashed-from", type=int, default=100000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--efs", type=int, nargs="+", default=list(EFS))
    parser.add_argument("--workdir", type=Path, help="keep the stores here (default: a temp dir)")
    parser.add_argument("--json", type=Path, help="also write the raw numbers here")
    args = parser.parse_args()
    default_ef = int(scale_run.HNSW["ef_search"])
    efs = tuple(sorted(set(args.efs) | {default_ef}))
    print(f"filters: {', '.join(FILTERS)}", file=sys.stderr)
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        rows = []
        for papers in sorted(args.sizes):
            embedder = "hashed" if papers >= args.hashed_from else "minilm"
            rows.append(measure(papers, embedder, Path(tmp), args.queries, efs, default_ef))
            if args.json:
                args.json.write_text(json.dumps(rows, indent=1))
    print_tables(rows, efs, default_ef)
    print(f"\n(total {time.perf_counter() - start:.0f} s)")


if __name__ == "__main__":
    main()
