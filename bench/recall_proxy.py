"""HNSW recall@10 at 100k papers with MiniLM-like vectors, the proxy checked against MiniLM.

Embedding 100,000 paper chunks with MiniLM takes hours here (~8 long chunks/s of CPU), and the
stand-in vectors of the big stores (synthetic.HashingEmbedding) say nothing about MiniLM's
recall (0.39 against 0.997 at 10k papers). So, in three phases:

  embed   real MiniLM vectors of every chunk of the first --papers synthetic papers (~4,500
          chunks for 500 papers) and of 200 questions (make_questions).
  fit     the linear map of bench/proxy_vectors.py (hashed words and word pairs -> 384-d,
          ridge, solved in its dual form), fitted on 80% of those papers, its held-out
          cosine to MiniLM printed; then, on the same chunks, Chroma's HNSW (the product's
          settings, store.HNSW) built from the MiniLM vectors, the proxy's and the hashed
          stand-in's: recall@10 against exact search at several ef_search, and the local
          intrinsic dimension of each (how hard a set is for an approximate search). A ridge
          fit shrinks variance (it regresses to the mean), so the proxy is also measured
          with Gaussian noise shaped like its held-out residuals ("proxy + residual", queried
          with MiniLM's own question vectors). The proxy stands for MiniLM as far as these
          agree with MiniLM's own figures on the sample.
  scale   the proxy's vectors of the paper chunks of --scale-papers synthetic papers (the
          100k stores of docs/scale.md hold those), in Chroma with the product's settings;
          recall@10 and of the top 10 within the Searcher's 60 candidates, against exact
          search (numpy), for the 200 questions; plain and with the residual noise.

Usage:
  nice -n 10 .venv/bin/python bench/recall_proxy.py embed --papers 1100 --workdir W
  nice -n 10 .venv/bin/python bench/recall_proxy.py fit --workdir W
  nice -n 10 .venv/bin/python bench/recall_proxy.py scale --scale-papers 100000 --workdir W

ef_search is read by Chroma when it loads an index, so each ef is queried in a fresh process
(`query` phase, run by the others).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
import time
import zlib
from pathlib import Path
from typing import Any, cast

import numpy as np
import numpy.typing as npt

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE.parent))

from proxy_vectors import BUCKETS, features, project  # noqa: E402
from synthetic import HashingEmbedding, make_profile, make_questions  # noqa: E402

from retrieval.index.chunks import make_chunks  # noqa: E402
from retrieval.index.store import HNSW  # noqa: E402
from retrieval.search import CANDIDATES  # noqa: E402

QUESTIONS = 200
HOLDOUT = 20  # papers (of 100, by a hash of the id) left out of the fit
RIDGES = (0.001, 0.003, 0.01, 0.03, 0.1)
EFS = (10, 16, 32, 64, 128, 256, 512)
LID_K = 20


def unit(vectors: Any) -> npt.NDArray[np.float32]:
    array = np.asarray(vectors, dtype=np.float32)
    return array / np.clip(np.linalg.norm(array, axis=1, keepdims=True), 1e-9, None)


def embed(args: argparse.Namespace) -> dict[str, Any]:
    """MiniLM vectors of the chunks of the first --papers papers and of the questions."""
    from retrieval.index.embedder import MiniLMEmbedding

    chunks = [c for p in make_profile(args.papers).papers for c in make_chunks(p)]
    texts = [c.text for c in chunks]
    minilm = MiniLMEmbedding()
    questions = make_questions(QUESTIONS)
    cpu = time.process_time()
    qvectors = unit(minilm(questions))
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # batches of like length
    vectors = np.zeros((len(texts), qvectors.shape[1]), dtype=np.float32)
    for start in range(0, len(order), 32):
        batch = order[start : start + 32]
        vectors[batch] = unit(minilm([texts[i] for i in batch]))
    np.savez(
        args.workdir / "minilm-sample.npz",
        ids=np.array([c.id for c in chunks]),
        texts=np.array(texts),
        vectors=vectors,
        questions=np.array(questions),
        qvectors=qvectors,
    )
    return {"chunks": len(texts), "cpu_s": time.process_time() - cpu}


def fit(args: argparse.Namespace) -> dict[str, Any]:
    """The proxy fitted on the sample, and its recall and hardness beside MiniLM's."""
    got = np.load(args.workdir / "minilm-sample.npz")
    texts, y = [str(t) for t in got["texts"]], got["vectors"]
    held = np.array([zlib.crc32(str(i).split(":")[0].encode()) % 100 < HOLDOUT for i in got["ids"]])
    train = np.flatnonzero(~held)
    x = np.zeros((len(train), BUCKETS), dtype=np.float64)  # the fit's features, dense
    for row, chunk in enumerate(train):
        cols, values = features(texts[chunk])
        x[row, cols] = values
    kernel = x @ x.T  # ridge in its dual form: fewer chunks than buckets, the same weights
    out: dict[str, Any] = {"chunks": len(texts), "held_out": int(held.sum()), "cosine": {}}
    best: tuple[float, npt.NDArray[np.float32]] | None = None
    test = np.flatnonzero(held)
    diagonal = np.diag_indices(len(train))
    for ridge in RIDGES:
        kernel[diagonal] += ridge
        weights = (x.T @ np.linalg.solve(kernel, y[train])).astype(np.float32)
        kernel[diagonal] -= ridge
        cosine = float(np.mean(np.sum(project([texts[i] for i in test], weights) * y[test], 1)))
        out["cosine"][ridge] = cosine
        if best is None or cosine > best[0]:
            best = (cosine, weights)
    assert best is not None
    np.save(args.workdir / "proxy-weights.npy", best[1])
    paper = np.array([str(i).endswith(":paper") for i in got["ids"]])
    proxy = project(texts, best[1])
    residuals = y - proxy  # what the map misses, from the held-out papers only (below)
    for kind, rows in (("paper", held & paper), ("sentence", held & ~paper)):
        np.save(args.workdir / f"residual-{kind}.npy", covariance(residuals[rows]))
    noisy = proxy.copy()
    for kind, rows in (("paper", paper), ("sentence", ~paper)):
        noisy[rows] = with_residual(proxy[rows], np.load(args.workdir / f"residual-{kind}.npy"))
    questions = [str(q) for q in got["questions"]]
    hashed = HashingEmbedding()
    sets = {  # the hashed stand-in too: the measure must tell a harder set apart
        "minilm": (y, got["qvectors"]),
        "proxy": (proxy, project(questions, best[1])),
        "proxy + residual": (noisy, got["qvectors"]),
        "hashed": (unit(hashed(texts)), unit(hashed(questions))),
    }
    for name, (vectors, qvectors) in sets.items():
        out[name] = {"lid": lid(vectors, qvectors)}
        out[name] |= measure(args.workdir / f"sample-{name}", vectors, qvectors)
    return out


def covariance(residuals: npt.NDArray[np.float32], shrink: float = 0.1) -> npt.NDArray[np.float64]:
    """The residuals' covariance, shrunk a little towards isotropic (few samples, 384 dims)."""
    sample = np.cov(residuals.astype(np.float64), rowvar=False)
    return (1 - shrink) * sample + shrink * np.trace(sample) / len(sample) * np.eye(len(sample))


def with_residual(
    proxy: npt.NDArray[np.float32], cov: npt.NDArray[np.float64], seed: int = 0
) -> npt.NDArray[np.float32]:
    """The proxy's vectors plus Gaussian noise shaped like what the map misses of MiniLM:
    the variance a linear fit shrinks away (it regresses to the mean) put back."""
    noise = np.random.default_rng(seed).standard_normal(proxy.shape) @ np.linalg.cholesky(cov).T
    return unit(proxy + noise.astype(np.float32))


def lid(vectors: npt.NDArray[np.float32], queries: npt.NDArray[np.float32]) -> float:
    """Local intrinsic dimension around the queries (maximum likelihood over their LID_K
    nearest, cosine distance): the higher, the harder for an approximate search."""
    distances = np.sort(1 - queries @ vectors.T, axis=1)[:, :LID_K]
    distances = np.clip(distances, 1e-6, None)
    per_query = -1 / np.mean(np.log(distances / distances[:, -1:]), axis=1)
    return float(np.median(per_query))


def measure(
    folder: Path, vectors: npt.NDArray[np.float32], qvectors: npt.NDArray[np.float32]
) -> dict[str, Any]:
    """Store the vectors in Chroma (the product's HNSW settings), then recall per ef."""
    import chromadb

    wall = time.perf_counter()
    client = chromadb.PersistentClient(str(folder))
    with contextlib.suppress(Exception):  # absent: a fresh folder
        client.delete_collection("recall")
    collection = client.create_collection(
        "recall", configuration=cast(Any, {"hnsw": HNSW}), embedding_function=None
    )
    ids = [str(i) for i in range(len(vectors))]
    for start in range(0, len(ids), 4096):
        collection.add(ids=ids[start : start + 4096], embeddings=vectors[start : start + 4096])
    built = time.perf_counter() - wall
    exact = np.argsort(-(qvectors @ vectors.T), axis=1, kind="stable")[:, :10]
    np.save(folder / "exact.npy", exact)
    np.save(folder / "queries.npy", qvectors)
    out: dict[str, Any] = {"vectors": len(ids), "build_s": built, "recall": {}}
    for ef in EFS:
        cmd = [sys.executable, str(HERE), "query", "--workdir", str(folder), "--ef", str(ef)]
        res = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True)
        out["recall"][ef] = json.loads(res.stdout.strip().splitlines()[-1])
    return out


def query(args: argparse.Namespace) -> dict[str, Any]:
    """recall@10, and of the top 10 within CANDIDATES, at one ef_search (a fresh process)."""
    import chromadb

    collection = chromadb.PersistentClient(str(args.workdir)).get_collection("recall")
    collection.modify(configuration={"hnsw": {"ef_search": args.ef}})
    exact, queries = np.load(args.workdir / "exact.npy"), np.load(args.workdir / "queries.npy")
    out = {}
    collection.query(query_embeddings=queries[:1], n_results=10, include=[])  # loads the index
    for k in (10, CANDIDATES):
        cpu = time.process_time()
        got = collection.query(query_embeddings=queries, n_results=k, include=[])["ids"]
        out[f"cpu_ms_k{k}"] = (time.process_time() - cpu) * 1000 / len(queries)
        pairs = zip(got, exact, strict=True)
        hits = [len({int(i) for i in g} & set(t.tolist())) / 10 for g, t in pairs]
        out[f"k{k}"] = float(np.mean(hits))
    return out


def scale(args: argparse.Namespace) -> dict[str, Any]:
    """The proxy's vectors of --scale-papers papers' paper chunks, recall per ef."""
    weights = np.load(args.workdir / "proxy-weights.npy")
    got = np.load(args.workdir / "minilm-sample.npz")
    texts = [make_chunks(p)[0].text for p in make_profile(args.scale_papers).papers]
    cpu = time.process_time()
    vectors = project(texts, weights)
    out: dict[str, Any] = {"project_cpu_s": time.process_time() - cpu}
    qvectors = project([str(q) for q in got["questions"]], weights)
    out["proxy"] = {"lid": lid(vectors, qvectors)}
    out["proxy"] |= measure(args.workdir / f"scale-{args.scale_papers}", vectors, qvectors)
    noisy = with_residual(vectors, np.load(args.workdir / "residual-paper.npy"))
    out["proxy + residual"] = {"lid": lid(noisy, got["qvectors"])}
    folder = args.workdir / f"scale-{args.scale_papers}-residual"
    out["proxy + residual"] |= measure(folder, noisy, got["qvectors"])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("phase", choices=["embed", "fit", "scale", "query"])
    parser.add_argument("--workdir", type=Path, required=True)
    parser.add_argument("--papers", type=int, default=1100)
    parser.add_argument("--scale-papers", type=int, default=100000)
    parser.add_argument("--ef", type=int, default=HNSW["ef_search"])
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    phases = {"embed": embed, "fit": fit, "scale": scale, "query": query}
    print(json.dumps(phases[args.phase](args)))


if __name__ == "__main__":
    main()
