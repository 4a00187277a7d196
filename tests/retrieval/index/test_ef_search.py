"""A store created with a narrower HNSW search (ef_search) than the product's is searched
with the product's once a process opens it: the nearest chunks are found, not only some."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any, cast

import numpy as np
import pytest

from retrieval.index.embedder import MiniLMEmbedding, embedder_identity
from retrieval.index.store import EF_SEARCH, HNSW, PaperIndex, collection_name, open_client

CHUNKS, DIM, QUESTIONS = 3000, 48, 60
NAME = "crowded"

# Written by another process, as an earlier version of the bot did: Chroma keeps a store's
# loaded index per process, so a store this process wrote would be searched as loaded.
CREATE = """
import sys, numpy as np
from pathlib import Path
from retrieval.index.store import HNSW, collection_name, open_client
path, ef, embedder, name = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
chunks = np.random.default_rng(0).normal(size=(int(sys.argv[5]), int(sys.argv[6])))
collection = open_client(path).create_collection(
    collection_name(name), embedding_function=None,
    configuration={"hnsw": {**HNSW, "ef_search": ef}},
    metadata={"embedder": embedder, "profile": name},
)
for at in range(0, len(chunks), 1000):
    ids = [str(i) for i in range(at, at + 1000)]
    collection.add(ids=ids, embeddings=list(chunks[at : at + 1000].astype(np.float32)))
"""


def created_elsewhere(path: Path, ef_search: int, embedder: MiniLMEmbedding) -> np.ndarray:
    """The store's chunk vectors (unit length), the store written by another process."""
    identity = embedder_identity(embedder)
    root = Path(__file__).resolve().parents[3]
    args = [sys.executable, "-c", CREATE, str(path), str(ef_search), identity, NAME]
    args += [str(CHUNKS), str(DIM)]
    subprocess.run(args, check=True, cwd=root, env={**os.environ, "PYTHONPATH": str(root)})
    chunks = np.random.default_rng(0).normal(size=(CHUNKS, DIM)).astype(np.float32)
    return chunks / np.linalg.norm(chunks, axis=1, keepdims=True)


def recall_at_10(path: Path, embedder: MiniLMEmbedding, chunks: np.ndarray) -> float:
    """Opened as the bot opens a store, then searched: the share of the exact 10 found."""
    collection = PaperIndex(open_client(path), NAME, embedder).collection()
    questions = np.random.default_rng(1).normal(size=(QUESTIONS, DIM)).astype(np.float32)
    exact = np.argsort(-(questions @ chunks.T), axis=1)[:, :10]
    found = collection.query(query_embeddings=list(questions), n_results=10)["ids"]
    hits = [
        len({int(i) for i in got} & set(best.tolist()))
        for got, best in zip(found, exact, strict=True)
    ]
    return sum(hits) / (10 * QUESTIONS)


@pytest.mark.parametrize("created_with", [10, 32])
def test_a_store_created_with_a_narrower_search_finds_the_nearest_chunks_once_opened(
    tmp_path: Path, embedder: MiniLMEmbedding, created_with: int
) -> None:
    # Random vectors in 48 dimensions crowd like a large profile's chunks: a search that
    # keeps 10 or 32 candidates misses many of a question's 10 nearest.
    chunks = created_elsewhere(tmp_path, created_with, embedder)
    assert recall_at_10(tmp_path, embedder, chunks) >= 0.99
    reopened = open_client(tmp_path).get_collection(collection_name(NAME))
    assert reopened.configuration_json["hnsw"]["ef_search"] == EF_SEARCH


def test_a_store_created_with_a_wider_search_keeps_it(
    tmp_path: Path, embedder: MiniLMEmbedding
) -> None:
    wider = EF_SEARCH * 2
    client = open_client(tmp_path)
    client.create_collection(
        collection_name(NAME),
        embedding_function=None,
        configuration=cast(Any, {"hnsw": {**HNSW, "ef_search": wider}}),
        metadata={"embedder": embedder_identity(embedder), "profile": NAME},
    )
    PaperIndex(client, NAME, embedder).collection()
    got = client.get_collection(collection_name(NAME)).configuration_json["hnsw"]
    assert got["ef_search"] == wider
