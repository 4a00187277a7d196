"""The phases of bench/scale.py, each run in a fresh process: ingest, truth, serve.

Prints one JSON line at the end; progress goes to stderr. Not meant to be run by hand.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path
from typing import Any, cast

import numpy as np
import numpy.typing as npt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from chromadb.api.types import Documents, EmbeddingFunction
from proxy_vectors import WEIGHTS_FILE, LinearMiniLM
from synthetic import HashingEmbedding, author, make_profile, make_questions

from retrieval.filters import Filters, normalize_name
from retrieval.index.chunks import make_chunks
from retrieval.index.embedder import MiniLMEmbedding
from retrieval.index.store import BATCH, HNSW, PaperIndex, collection_name, open_client
from retrieval.search import CANDIDATES, Searcher, chroma_where

PROFILE = "bench"
DEFAULT_EF = cast(int, HNSW["ef_search"])
AUTHOR = author(20)  # on ~1.7% of the papers: a selective filter
FILTERS = {
    "none": Filters(),
    "years 2018-2020": Filters(year_from=2018, year_to=2020),
    "category CV": Filters(categories=["CV"]),
    "has code": Filters(has_code=True),
    "co-author": Filters(authors=[AUTHOR]),
    "co-author + since 2020": Filters(authors=[AUTHOR], year_from=2020),
}
RECALL_FILTERS = ("years 2018-2020", "co-author")
SLOW_QUERIES = 50
OVERFETCH = ("years 2018-2020", "category CV", "has code")  # broad filters
SAMPLE_BATCHES = 150  # --sample-raw: time MiniLM alone on ~150 evenly spaced batches


def make(embedder: str, store: Path) -> EmbeddingFunction[Documents]:
    """MiniLM, or a stand-in: the fitted linear map (proxy_vectors.py) or hashed words."""
    if embedder == "minilm":
        return MiniLMEmbedding()
    if embedder == "linear":
        weights = store.parent / WEIGHTS_FILE
        if not weights.exists():
            raise SystemExit(f"{weights} is missing: run bench/proxy_vectors.py first")
        return LinearMiniLM(str(weights))
    return HashingEmbedding()


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def disk_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def embed_all(
    embedder: EmbeddingFunction[Documents], batches: list[list[str]]
) -> tuple[float, float]:
    """Wall and CPU seconds to embed these batches (results dropped)."""
    wall, cpu = time.perf_counter(), time.process_time()
    for batch in batches:
        embedder(batch)
    return time.perf_counter() - wall, time.process_time() - cpu


def ingest(args: argparse.Namespace) -> dict[str, Any]:
    """PaperIndex.ingest into an empty store, and MiniLM alone on the same batches, paired.

    The baseline runs inside ingest's progress callback, on the batch just written (its time
    is taken out of ingest's), so both see the same load on a shared machine.
    """
    profile = make_profile(args.papers)
    chunks = (c.text for p in profile.papers for c in make_chunks(p))
    texts = sorted(chunks, key=len)  # ingest's order on an empty store (a stable sort of the same)
    batches = [texts[i : i + BATCH] for i in range(0, len(texts), BATCH)]
    # Sampled: every k-th batch of the length-sorted list, so the estimate is unbiased.
    every = max(1, len(batches) // SAMPLE_BATCHES) if args.sample_raw else 1
    minilm = make("minilm", args.dir)
    minilm(batches[-1])  # warm up on the longest batch: the runtime's buffers reach full size
    out: dict[str, Any] = {"chunks": len(texts)}
    embedder = minilm if args.embedder == "minilm" else make(args.embedder, args.dir)
    if embedder is not minilm:
        out["index_raw"] = dict(zip(("s", "cpu"), embed_all(embedder, batches), strict=True))
    index = PaperIndex(open_client(args.dir), PROFILE, embedder)
    paired = {"s": 0.0, "cpu": 0.0, "chunks": 0, "timed_batches": 0, "batches": len(batches)}
    step = max(1, len(batches) // 10)

    def progress(done: int, total: int) -> None:
        if not done:  # the ingest's first call says how much there is: nothing written yet
            return
        i = (done - 1) // BATCH  # the batch just written
        if i % every == every // 2:
            wall, cpu = embed_all(minilm, [batches[i]])
            paired["s"], paired["cpu"] = paired["s"] + wall, paired["cpu"] + cpu
            paired["chunks"] += len(batches[i])
            paired["timed_batches"] += 1
        if i % step == 0:
            log(f"ingest {done}/{total}")

    log(f"ingest of {len(texts)} chunks, MiniLM alone on every {every}. batch")
    wall, cpu = time.perf_counter(), time.process_time()
    index.ingest(profile, progress)
    out["ingest_s"] = time.perf_counter() - wall - paired["s"]
    out["ingest_cpu"] = time.process_time() - cpu - paired["cpu"]
    scale = len(texts) / paired["chunks"]
    out["model_raw"] = paired | {"s": paired["s"] * scale, "cpu": paired["cpu"] * scale}
    out.setdefault("index_raw", out["model_raw"])
    out["rss_mb"], out["disk_mb"] = rss_mb(), disk_mb(args.dir)
    return out


def normalized(vectors: Any) -> npt.NDArray[np.float32]:
    array = np.asarray(vectors, dtype=np.float32)
    return array / np.clip(np.linalg.norm(array, axis=1, keepdims=True), 1e-9, None)


def truth(args: argparse.Namespace) -> dict[str, Any]:
    """Exact top-10 per query, unfiltered and for RECALL_FILTERS, saved next to the store."""
    collection = open_client(args.dir).get_collection(collection_name(PROFILE))
    queries = normalized(make(args.embedder, args.dir)(make_questions(args.queries)))
    names = ("none", *RECALL_FILTERS)
    kept: dict[str, list[tuple[npt.NDArray[np.float32], npt.NDArray[np.str_]]]] = {
        name: [] for name in names
    }
    total, page = collection.count(), 20000
    for offset in range(0, total, page):  # page by page: 1M x 200 scores would not fit twice
        got = collection.get(include=["embeddings", "metadatas"], limit=page, offset=offset)
        scores = normalized(got["embeddings"]) @ queries.T
        ids = np.broadcast_to(np.array(got["ids"])[:, None], scores.shape)
        for name in names:
            f = FILTERS[name]
            mask = np.array([_matches(f, m) for m in got["metadatas"] or []])
            kept[name].append(_top10(np.where(mask[:, None], scores, -np.inf), ids))
    top = {}
    for name in names:
        best, ids = (np.concatenate(part) for part in zip(*kept[name], strict=True))
        top[name] = [[i for i in column if i] for column in _top10(best, ids)[1].T.tolist()]
    (args.dir / "truth.json").write_text(json.dumps(top))
    return {"vectors": total}


def _matches(f: Filters, meta: Any) -> bool:
    """The Chroma filter, evaluated on one chunk's metadata (year range and authors only)."""
    if f.year_from is not None and meta["year"] < f.year_from:
        return False
    if f.year_to is not None and meta["year"] > f.year_to:
        return False
    return all(normalize_name(a) in meta["authors"] for a in f.authors)


def _top10(
    scores: npt.NDArray[np.float32], ids: npt.NDArray[np.str_]
) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.str_]]:
    """Per query (column), the 10 best scores and their ids (same shape), best first."""
    k = min(10, len(scores))
    order = np.argsort(-scores, axis=0, kind="stable")[:k]
    best = np.take_along_axis(scores, order, axis=0)
    return best, np.where(np.isfinite(best), np.take_along_axis(ids, order, axis=0), "")


def serve(args: argparse.Namespace) -> dict[str, Any]:
    client = open_client(None if args.url else args.dir, args.url)
    collection = client.get_collection(collection_name(PROFILE))
    if not args.url:  # a server keeps the ef_search it loaded the index with
        collection.modify(configuration={"hnsw": {"ef_search": args.ef}})
    embedder = make(args.embedder, args.dir)
    questions = make_questions(args.queries)
    out: dict[str, Any] = {}
    if args.full:
        wall = time.perf_counter()
        index = PaperIndex(client, PROFILE, embedder)
        profile = index.load_profile()
        searcher = Searcher(index.collection(), embedder, profile, index.keywords())
        out["open_s"], out["rss_mb"] = time.perf_counter() - wall, rss_mb()
        out["latency"] = latency(searcher, questions, full=not args.url)
    vectors = normalized(embedder(questions))
    exact = json.loads((args.dir / "truth.json").read_text())
    out["recall"] = recall(collection, vectors, exact, filtered=args.full and not args.url)
    if args.full and not args.url:
        name = OVERFETCH[0]
        found = [overfetch(searcher, v[None], FILTERS[name])[:10] for v in vectors]
        hits = [len(set(g) & set(t)) / len(t) for g, t in zip(found, exact[name], strict=True) if t]
        out["recall"]["filtered"][f"{name}, over-fetch"] = float(np.mean(hits))
    return out


def latency(searcher: Searcher, questions: list[str], full: bool) -> dict[str, list[float]]:
    """Milliseconds per query: the query embedding, dense per filter, hybrid search.

    Filtered and hybrid queries take seconds at 100k papers: they are timed on the first
    SLOW_QUERIES questions. Not full: the embedding and unfiltered dense only.
    """
    out: dict[str, list[float]] = {"embed query": []}
    vectors = []
    for q in questions:
        start = time.perf_counter()
        vectors.append(searcher.embedder([q]))
        out["embed query"].append((time.perf_counter() - start) * 1000)
    for name, f in FILTERS.items() if full else [("none", FILTERS["none"])]:
        where = chroma_where(f)
        times = out.setdefault(f"dense: {name}", [])
        timed = vectors if where is None else vectors[:SLOW_QUERIES]
        for vector in vectors[:10] + timed:  # the first 10 warm up
            start = time.perf_counter()
            searcher.collection.query(
                query_embeddings=vector, n_results=CANDIDATES, where=where, include=["distances"]
            )
            times.append((time.perf_counter() - start) * 1000)
        del times[:10]
    if not full:
        return out
    for name in OVERFETCH:
        times = out.setdefault(f"dense over-fetch: {name}", [])
        for vector in vectors:
            start = time.perf_counter()
            overfetch(searcher, vector, FILTERS[name])
            times.append((time.perf_counter() - start) * 1000)
    for name in ("none", "years 2018-2020", "co-author"):
        times = out.setdefault(f"hybrid search: {name}", [])
        for q in questions[:SLOW_QUERIES]:
            start = time.perf_counter()
            searcher.search(q, FILTERS[name])
            times.append((time.perf_counter() - start) * 1000)
    return out


def overfetch(searcher: Searcher, vector: Any, f: Filters) -> list[str]:
    """The alternative to a broad `where`: ask for more neighbours unfiltered, keep the allowed."""
    share = sum(map(f.matches, searcher.profile.papers)) / len(searcher.profile.papers)
    n = min(searcher.size, int(2 * CANDIDATES / max(share, 0.01)))
    got = searcher.collection.query(query_embeddings=vector, n_results=n, include=[])["ids"][0]
    papers = searcher.papers
    return [i for i in got if f.matches(papers[i.split(":")[0]])][:CANDIDATES]


def recall(
    collection: Any,
    vectors: npt.NDArray[np.float32],
    exact: dict[str, list[list[str]]],
    filtered: bool,
) -> dict[str, Any]:
    def at10(where: Any, k: int, name: str) -> float:
        got = collection.query(query_embeddings=vectors, n_results=k, where=where, include=[])[
            "ids"
        ]
        hits = [
            len(set(g[:10]) & set(t)) / len(t) for g, t in zip(got, exact[name], strict=True) if t
        ]
        return float(np.mean(hits))

    out: dict[str, Any] = {"k10": at10(None, 10, "none"), "k60": at10(None, CANDIDATES, "none")}
    if filtered:
        out["filtered"] = {n: at10(chroma_where(FILTERS[n]), CANDIDATES, n) for n in RECALL_FILTERS}
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("phase", choices=["ingest", "truth", "serve"])
    parser.add_argument("--dir", type=Path, required=True)
    parser.add_argument("--embedder", choices=["minilm", "linear", "hashed"], default="minilm")
    parser.add_argument("--papers", type=int, default=1000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--ef", type=int, default=DEFAULT_EF)
    parser.add_argument("--full", action="store_true")
    parser.add_argument("--sample-raw", action="store_true")
    parser.add_argument("--url")
    args = parser.parse_args()
    result = {"ingest": ingest, "truth": truth, "serve": serve}[args.phase](args)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
