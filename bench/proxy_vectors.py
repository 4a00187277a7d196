"""MiniLM-like vectors for a million chunks without running MiniLM on them.

A linear map from hashed word and word-pair frequencies to MiniLM's 384-d space, fitted by
ridge regression on the real MiniLM vectors of a smaller synthetic store (bench/scale.py keeps
store-10000-minilm). HNSW recall depends on how vectors are spread: plain bag-of-words random
projections (synthetic.HashingEmbedding) are far harder than MiniLM's (recall 0.39 vs 0.997 at
10k papers), so they cannot stand in for it; these keep MiniLM's geometry to the extent a linear
model can, and the fit reports how far that is (cosine to the real vector on held-out papers).

Usage:
  nice -n 10 .venv/bin/python bench/proxy_vectors.py --source W/store-10000-minilm
writes W/linear-minilm.npy, which `bench/scale.py --stand-in linear` uses.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import zlib
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from synthetic import WORD

from retrieval.index.store import collection_name, open_client

BUCKETS = 8192
WEIGHTS_FILE = "linear-minilm.npy"


def features(
    text: str, buckets: int = BUCKETS
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float32]]:
    """Hashed frequencies of a text's words and adjacent word pairs (sparse: columns, values)."""
    words = WORD.findall(text.lower())
    grams = words + [f"{a} {b}" for a, b in itertools.pairwise(words)]
    cols, counts = np.unique([zlib.crc32(g.encode()) % buckets for g in grams], return_counts=True)
    return cols, (counts / max(1, len(grams))).astype(np.float32)


def project(texts: list[str], weights: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    """Texts -> unit vectors through the linear map."""
    out = np.zeros((len(texts), weights.shape[1]), dtype=np.float32)
    for row, text in enumerate(texts):
        cols, values = features(text)
        out[row] = values @ weights[cols]
    return out / np.clip(np.linalg.norm(out, axis=1, keepdims=True), 1e-9, None)


def fit(source: Path, ridges: list[float], holdout: int = 20) -> dict[float, Any]:
    """Per ridge: weights (buckets x 384) and the held-out mean cosine to the real vectors.

    Papers whose name hashes below `holdout` (of 100) are held out of the fit.
    """
    collection = open_client(source).get_collection(collection_name("bench"))
    docs: list[str] = []
    vectors = []
    for offset in range(0, collection.count(), 10000):
        got = collection.get(include=["documents", "embeddings"], limit=10000, offset=offset)
        docs += [d or "" for d in got["documents"] or []]
        vectors.append(np.asarray(got["embeddings"], dtype=np.float32))
    y = np.concatenate(vectors)
    # Both chunk kinds start with the paper's short name ("Name: ..."): hold out whole papers.
    held = np.array([zlib.crc32(d.split(":")[0].encode()) % 100 < holdout for d in docs])
    gram = np.zeros((BUCKETS, BUCKETS), dtype=np.float64)
    cross = np.zeros((BUCKETS, y.shape[1]), dtype=np.float64)
    for row in np.flatnonzero(~held):
        cols, values = features(docs[row])
        gram[np.ix_(cols, cols)] += np.outer(values, values)
        cross[cols] += values[:, None] * y[row]
    out = {}
    test = np.flatnonzero(held)
    for ridge in ridges:
        weights = np.linalg.solve(gram + ridge * np.eye(BUCKETS), cross).astype(np.float32)
        cosine = np.sum(project([docs[i] for i in test], weights) * y[test], axis=1)
        out[ridge] = (weights, float(np.mean(cosine)))
    return out


@cache
def _load(path: str) -> npt.NDArray[np.float32]:
    return np.load(path)


@register_embedding_function
class LinearMiniLM(EmbeddingFunction[Documents]):
    """The fitted linear stand-in for MiniLM (see the module docstring)."""

    def __init__(self, weights: str) -> None:
        self.weights = weights
        self.matrix = _load(weights)  # shared: Chroma rebuilds the EF on every call

    def __call__(self, input: Documents) -> Embeddings:
        return list(project(list(input), self.matrix))

    @staticmethod
    def name() -> str:
        return "profilebot-bench-linear-minilm"

    def get_config(self) -> dict[str, Any]:
        return {"weights": self.weights}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> LinearMiniLM:
        return LinearMiniLM(config["weights"])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--source", type=Path, required=True)
    parser.add_argument("--ridges", type=float, nargs="+", default=[0.01, 0.03, 0.1, 0.3])
    args = parser.parse_args()
    fitted = fit(args.source, args.ridges)
    for ridge, (_, cosine) in fitted.items():
        print(f"ridge {ridge:g}: held-out mean cosine to the real MiniLM vector {cosine:.3f}")
    ridge = max(fitted, key=lambda r: fitted[r][1])
    np.save(args.source.parent / WEIGHTS_FILE, fitted[ridge][0])
    print(f"kept ridge {ridge:g} in {args.source.parent / WEIGHTS_FILE}")


if __name__ == "__main__":
    main()
