"""Scale: ingest vs raw embedding, query latency, HNSW recall, disk and memory, 1k-100k papers.

Usage (two shared cores: nice, one size per run, biggest last; then one combined report):
  nice -n 10 .venv/bin/python bench/scale.py --sizes 1000 --workdir W --json W/1k.json
  nice -n 10 .venv/bin/python bench/scale.py --sizes 10000 --workdir W --json W/10k.json
  nice -n 10 .venv/bin/python bench/scale.py --sizes 100000 --workdir W --json W/100k.json
  .venv/bin/python bench/scale.py --report W/1k.json W/10k.json W/100k.json

Each size runs in fresh child processes (bench/scale_run.py), so peak RSS is per phase and a
changed ef_search applies (Chroma reads it when it loads the index, not in a process that has):
  ingest  generate the papers; PaperIndex.ingest them into an empty store, and in its progress
          callback time MiniLM alone on the batch just written (all batches, or from
          --sample-raw-from ~150 evenly spaced ones): paired, so both see the same machine load.
  truth   exact top-10 by numpy dot products over the stored embeddings.
  serve   set ef_search, open as the bot does (load_profile, all_chunks, Searcher), time dense
          queries as Searcher._dense does, with and without filters, and hybrid search; recall@10.
          Then once more against `chroma run` serving the same directory.
Sizes >= --stand-in-from index stand-in vectors instead of MiniLM's (default: the linear map of
bench/proxy_vectors.py, fitted first on a MiniLM store; or synthetic.HashingEmbedding): the
store's share of ingest is measured at full size, MiniLM's on a sample (docs/scale.md says why).
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

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parent.parent))

import scale_run  # noqa: E402
from scale_report import print_tables  # noqa: E402

from tests.chroma_server import chroma_server  # noqa: E402

EFS = (10, 50, 128, 256)


def child(phase: str, store: Path, *args: object, saved: str = "") -> dict[str, Any]:
    """Run one phase in a fresh interpreter (its last stdout line is JSON), kept in the store:
    a phase already saved there is not run again (--resume after a failure)."""
    kept = store.parent / f"{store.name}-{phase}{saved}.json"
    if kept.exists():
        return json.loads(kept.read_text())
    print(f"[{store.name}] {phase}{saved}", file=sys.stderr, flush=True)
    cmd = [sys.executable, str(HERE.parent / "scale_run.py"), phase, "--dir", store, *args]
    out = subprocess.run(list(map(str, cmd)), check=True, stdout=subprocess.PIPE, text=True)
    kept.write_text(out.stdout.strip().splitlines()[-1])
    return json.loads(kept.read_text())


def measure(
    papers: int,
    embedder: str,
    sample: bool,
    root: Path,
    queries: int,
    efs: tuple[int, ...],
    default_ef: int,
) -> dict[str, Any]:
    store = root / f"store-{papers}-{embedder}"
    if store.exists() and not store.with_name(f"{store.name}-ingest.json").exists():
        raise SystemExit(f"{store} exists without its ingest results: remove it")
    common = ("--embedder", embedder, "--queries", queries)
    row: dict[str, Any] = {"papers": papers, "embedder": embedder, "recall": {}}
    row["ingest"] = child("ingest", store, "--papers", papers, *common, *["--sample-raw"] * sample)
    child("truth", store, *common)
    for ef in [e for e in efs if e != default_ef] + [default_ef]:
        full = ("--full",) if ef == default_ef else ()
        got = child("serve", store, *common, "--ef", ef, *full, saved=f"-ef{ef}")
        row["recall"][ef] = got["recall"]
        if ef == default_ef:
            row["serve"] = got
    kept = store.with_name(f"{store.name}-serve-server.json")
    if not kept.exists():
        with chroma_server(store) as server:
            args = ("--ef", default_ef, "--full", "--url", server.url)
            got = child("serve", store, *common, *args, saved="-server")
            kept.write_text(json.dumps(got | {"server_rss_mb": server.peak_rss_mb()}))
    row["server"] = json.loads(kept.read_text())
    return row


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--stand-in-from", type=int, default=100000)
    parser.add_argument("--stand-in", choices=["linear", "hashed"], default="linear")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--efs", type=int, nargs="+", default=list(EFS))
    parser.add_argument("--workdir", type=Path, help="keep the stores here (new dirs store-N)")
    parser.add_argument("--sample-raw-from", type=int, default=10000)
    parser.add_argument("--json", type=Path, help="also write the raw numbers here")
    parser.add_argument("--report", type=Path, nargs="+", help="print tables from saved --json")
    args = parser.parse_args()
    default_ef = scale_run.DEFAULT_EF
    efs = tuple(sorted(set(args.efs) | {default_ef}))
    if args.report:
        rows = [row for path in args.report for row in json.loads(path.read_text())]
        for row in rows:  # JSON keys are strings
            row["recall"] = {int(ef): found for ef, found in row["recall"].items()}
        print_tables(sorted(rows, key=lambda r: r["papers"]), efs, default_ef)
        return
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        root = args.workdir or Path(tmp)
        rows = []
        for papers in sorted(args.sizes):
            embedder = args.stand_in if papers >= args.stand_in_from else "minilm"
            sample = papers >= args.sample_raw_from or embedder != "minilm"
            rows.append(measure(papers, embedder, sample, root, args.queries, efs, default_ef))
            if args.json:
                args.json.write_text(json.dumps(rows, indent=1))
    print_tables(rows, efs, default_ef)
    print(f"\n(total {time.perf_counter() - start:.0f} s)")


if __name__ == "__main__":
    main()
