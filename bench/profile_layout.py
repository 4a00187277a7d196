"""Profiles in Chroma: one collection per profile (what profilebot does) vs one shared
collection with a `profile` metadata key and a where filter on every query.

Usage (after bench/scale.py kept a store with --workdir W):
  nice -n 10 .venv/bin/python bench/profile_layout.py --source W/store-10000-minilm --profiles 10

Splits the source store's chunks (their stored vectors, no re-embedding) into N profiles by
paper, writes both layouts, then times the same dense queries (n_results=60, as Searcher) on
both, interleaved in one process, and measures recall@10 against exact search per profile.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scale_run import disk_mb, make, normalized
from synthetic import make_questions

from retrieval.index.store import HNSW, collection_name, open_client
from retrieval.search import CANDIDATES

YEARS = {"$and": [{"year": {"$gte": 2018}}, {"year": {"$lte": 2020}}]}


def read_source(path: Path) -> dict[str, Any]:
    collection = open_client(path).get_collection(collection_name("bench"))
    ids: list[str] = []
    metas: list[dict[str, Any]] = []
    docs: list[str] = []
    vectors = []
    for offset in range(0, collection.count(), 20000):
        got = collection.get(
            include=["embeddings", "metadatas", "documents"], limit=20000, offset=offset
        )
        ids += got["ids"]
        metas += [dict(m) for m in got["metadatas"] or []]
        docs += [d or "" for d in got["documents"] or []]
        vectors.append(np.asarray(got["embeddings"], dtype=np.float32))
    return {"ids": ids, "metas": metas, "docs": docs, "vectors": np.concatenate(vectors)}


def write(
    collection: Any, data: dict[str, Any], rows: npt.NDArray[np.int64], extra: dict[str, str]
) -> None:
    for start in range(0, len(rows), 1000):
        part = rows[start : start + 1000]
        collection.add(
            ids=[data["ids"][i] for i in part],
            embeddings=data["vectors"][part],
            documents=[data["docs"][i] for i in part],
            metadatas=[data["metas"][i] | extra for i in part],
        )


def timed(collection: Any, vector: npt.NDArray[np.float32], where: Any) -> tuple[float, list[str]]:
    start = time.perf_counter()
    got = collection.query(
        query_embeddings=vector[None], n_results=CANDIDATES, where=where, include=[]
    )
    return (time.perf_counter() - start) * 1000, got["ids"][0][:10]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--source", type=Path, required=True)
    parser.add_argument("--profiles", type=int, default=10)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    data = read_source(args.source)
    owner = np.array([int(i.split(":")[0], 16) % args.profiles for i in data["ids"]])
    years = np.array([2018 <= m["year"] <= 2020 for m in data["metas"]])
    with tempfile.TemporaryDirectory() as tmp:
        split, shared = Path(tmp) / "split", Path(tmp) / "shared"
        start = time.perf_counter()
        client = open_client(split)
        per_profile = []
        for k in range(args.profiles):
            c = client.create_collection(
                collection_name(f"p{k}"),
                configuration={"hnsw": HNSW},  # type: ignore[arg-type]
            )
            write(c, data, np.flatnonzero(owner == k), {})
            per_profile.append(c)
        built = {"split": time.perf_counter() - start}
        start = time.perf_counter()
        one = open_client(shared).create_collection(
            collection_name("all"),
            configuration={"hnsw": HNSW},  # type: ignore[arg-type]
        )
        for k in range(args.profiles):  # profiles arrive one after another, as ingests do
            write(one, data, np.flatnonzero(owner == k), {"profile": f"p{k}"})
        built["shared"] = time.perf_counter() - start
        queries = normalized(make("minilm", args.source)(make_questions(args.queries)))
        report(args, data, owner, years, queries, per_profile, one, built, split, shared)


def report(
    args: argparse.Namespace,
    data: dict[str, Any],
    owner: npt.NDArray[np.int64],
    years: npt.NDArray[np.bool_],
    queries: npt.NDArray[np.float32],
    per_profile: list[Any],
    one: Any,
    built: dict[str, float],
    split: Path,
    shared: Path,
) -> None:
    ids = np.array(data["ids"])
    scores = normalized(data["vectors"]) @ queries.T
    results: dict[str, dict[str, list[float]]] = {}
    for _ in range(2):  # the first pass warms both layouts up and is dropped
        results = {}
        for q, vector in enumerate(queries):
            k = q % args.profiles
            tag = {"profile": f"p{k}"}
            cases = (
                ("profile only", owner == k, None, tag),
                ("profile + years 2018-2020", (owner == k) & years, YEARS, {"$and": [tag, YEARS]}),
            )
            for filt, mask, where_split, where_one in cases:
                exact = set(ids[mask][np.argsort(-scores[mask, q])[:10]])
                for layout, coll, where in (
                    ("collection per profile", per_profile[k], where_split),
                    ("one collection + key", one, where_one),
                ):
                    ms, got = timed(coll, vector, where)
                    r = results.setdefault(f"{filt}|{layout}", {"ms": [], "recall": []})
                    r["ms"].append(ms)
                    r["recall"].append(len(exact & set(got)) / max(1, len(exact)))
    n = len(data["ids"])
    print(f"\n{n} chunks split into {args.profiles} profiles (~{n // args.profiles} chunks each)")
    print(f"{'query':27} {'layout':24} {'p50 ms':>7} {'p95 ms':>7} {'ratio':>6} {'recall@10':>9}")
    for key, r in results.items():
        filt, layout = key.split("|")
        base = np.percentile(results[f"{filt}|collection per profile"]["ms"], 50)
        p50, p95 = np.percentile(r["ms"], 50), np.percentile(r["ms"], 95)
        recall = np.mean(r["recall"])
        print(f"{filt:27} {layout:24} {p50:7.1f} {p95:7.1f} {p50 / base:6.2f} {recall:9.3f}")
    print(f"write s: split {built['split']:.0f}, shared {built['shared']:.0f}")
    print(f"disk MB: split {disk_mb(split):.0f}, shared {disk_mb(shared):.0f}")


if __name__ == "__main__":
    main()
