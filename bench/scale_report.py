"""The tables of bench/scale.py, from the numbers its phases return or saved JSON."""

from __future__ import annotations

from typing import Any

import numpy as np


def _ms(values: list[float]) -> str:
    return f"{np.percentile(values, 50):6.1f} / {np.percentile(values, 95):6.1f}"


def ingest_ratio(g: dict[str, Any], key: str) -> float:
    """Ingest time with MiniLM over MiniLM alone on the same chunks.

    With a stand-in embedder in the index (linear, hashed), the store's share (ingest minus that
    embedder alone) is added to MiniLM alone: the time a MiniLM ingest would take, sequentially.
    """
    model, index = g["model_raw"][key], g["index_raw"][key]
    ingest = g["ingest_s" if key == "s" else "ingest_cpu"]
    return float((model + ingest - index) / model)


def print_ingest(rows: list[dict[str, Any]]) -> None:
    print("\nIngest: PaperIndex.ingest vs MiniLM alone on the same chunks, same process")
    print(
        f"{'papers':>7} {'chunks':>8} {'index':7} {'MiniLM alone':>16} {'ingest ch/s':>11} "
        f"{'ratio wall':>10} {'ratio cpu':>9} {'disk MB':>8} {'peak RSS MB':>11}"
    )
    for r in rows:
        g = r["ingest"]
        raw = g["model_raw"]
        timed = "all" if raw["timed_batches"] == raw["batches"] else f"{raw['timed_batches']} b"
        wall = ingest_ratio(g, "s")
        print(
            f"{r['papers']:>7} {g['chunks']:>8} {r['embedder']:7} "
            f"{g['chunks'] / raw['s']:6.0f} ch/s {timed:>5} {g['chunks'] / raw['s'] / wall:11.0f} "
            f"{wall:10.2f} {ingest_ratio(g, 'cpu'):9.2f} {g['disk_mb']:8.0f} {g['rss_mb']:11.0f}"
        )
    print(
        "MiniLM alone: 'all' batches timed, or 'N b' evenly spaced batches of 64 (then scaled);"
        " index 'linear'/'hashed': the store's share was measured with stand-in vectors."
    )


def print_latency(rows: list[dict[str, Any]], default_ef: int) -> None:
    print(f"\nQuery latency, ms p50 / p95, ef_search={default_ef}; ratio = p50 / dense unfiltered")
    print(f"{'papers':>7} {'index':7} {'query':32} {'p50 / p95':>15} {'ratio':>6}")
    for r in rows:
        lat = r["serve"]["latency"]
        base = np.percentile(lat["dense: none"], 50)
        named = [
            *lat.items(),
            ("dense: none, via chroma run", r["server"]["latency"]["dense: none"]),
        ]
        for name, values in named:
            ratio = np.percentile(values, 50) / base
            print(f"{r['papers']:>7} {r['embedder']:7} {name:32} {_ms(values):>15} {ratio:6.2f}")


def print_recall(rows: list[dict[str, Any]], efs: tuple[int, ...], default_ef: int) -> None:
    print("\nRecall@10 of Chroma's HNSW vs exact search (numpy), by ef_search")
    print("k=10: asking for 10; k=60: the top 10 of the 60 candidates Searcher asks for")
    print(f"{'papers':>7} {'vectors':8} " + " ".join(f"{'ef=' + str(e):>13}" for e in efs))
    print(f"{'':>7} {'':8} " + " ".join(f"{'k=10   k=60':>13}" for _ in efs))
    for r in rows:
        cells = [f"{r['recall'][e]['k10']:.3f}  {r['recall'][e]['k60']:.3f}" for e in efs]
        print(f"{r['papers']:>7} {r['embedder']:8} " + " ".join(f"{c:>13}" for c in cells))
    print(f"With filters, ef_search={default_ef}, k=60; and unfiltered via chroma run:")
    for r in rows:
        found = r["recall"][default_ef]["filtered"]
        server = r["server"]["recall"]
        print(
            f"{r['papers']:>7} {r['embedder']:7} "
            + "  ".join(f"{k}: {v:.3f}" for k, v in found.items())
            + f"  server k=10: {server['k10']:.3f} k=60: {server['k60']:.3f}"
        )


def print_open(rows: list[dict[str, Any]]) -> None:
    print("\nOpening as the bot does (load_profile + all_chunks + BM25 index), fresh process")
    print(
        f"{'papers':>7} {'index':7} {'mode':9} {'open s':>7} {'bot RSS MB':>10} "
        f"{'server RSS MB':>13}"
    )
    for r in rows:
        for mode, s in (("embedded", r["serve"]), ("server", r["server"])):
            srv = f"{s['server_rss_mb']:13.0f}" if "server_rss_mb" in s else f"{'-':>13}"
            print(
                f"{r['papers']:>7} {r['embedder']:7} {mode:9} {s['open_s']:7.1f} "
                f"{s['rss_mb']:10.0f} {srv}"
            )


def print_tables(rows: list[dict[str, Any]], efs: tuple[int, ...], default_ef: int) -> None:
    print_ingest(rows)
    print_latency(rows, default_ef)
    print_recall(rows, efs, default_ef)
    print_open(rows)
