"""HNSW recall@10 with MiniLM's own vectors (the shipped int8 build), at up to 100,000 chunks.

The eleventh part of docs/scale.md estimated recall@10 at 100k through two linear proxies of
MiniLM; this measures it with MiniLM itself. Embedding is the cost (~25-60 short chunks/s of
CPU here, ~4-7 for a paper chunk of ~200 words), so the chunks are the synthetic profile's
sentence chunks (`bench/synthetic.py`, `make_chunks`: "<short title>: <one abstract sentence>",
~25 words; 8 of a full store's ~9 chunks per paper), taken paper by paper in the profile's
order: any prefix is every sentence chunk of the first papers. Two phases:

  embed    MiniLM vectors of the questions (`make_questions`, the bench's mix) and of the
           chunks, in shards of SHARD chunks under --workdir (resumable: a shard on disk is
           kept; stop it at any time and measure what is there).
  measure  for each --sizes N (a prefix of the embedded chunks), a Chroma collection with the
           product's HNSW settings (store.HNSW, ef_search set at creation), then recall@10 and
           of the exact top 10 within the Searcher's CANDIDATES, against exact search (numpy),
           at several ef_search (`recall_proxy.py query`, one fresh process each).

Usage:
  nice -n 10 .venv/bin/python bench/recall_minilm.py embed --chunks 100000 --workdir W
  nice -n 10 .venv/bin/python bench/recall_minilm.py measure --sizes 10000 50000 100000 --workdir W
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE.parent))

from recall_proxy import lid, measure  # noqa: E402
from synthetic import make_paper, make_questions  # noqa: E402

from retrieval.index.chunks import make_chunks  # noqa: E402

SEED = 7  # make_profile's
SHARD = 1024
QUESTIONS = 300


def sentence_chunks() -> Iterator[str]:
    """The synthetic profile's sentence chunks, paper after paper (paper chunks left out)."""
    i = 0
    while True:
        for chunk in make_chunks(make_paper(SEED, i))[1:]:
            yield chunk.text
        i += 1


def embed(args: argparse.Namespace) -> dict[str, Any]:
    """The questions' and the first --chunks chunks' vectors, shard by shard (resumable)."""
    from retrieval.index.embedder import MiniLMEmbedding

    minilm = MiniLMEmbedding()
    questions = args.workdir / "questions.npy"
    if not questions.exists():
        np.save(questions, np.asarray(minilm(make_questions(QUESTIONS)), dtype=np.float32))
    texts = sentence_chunks()
    cpu, wall, done = time.process_time(), time.perf_counter(), 0
    for shard in range(-(-args.chunks // SHARD)):
        batch = [next(texts) for _ in range(SHARD)]
        path = args.workdir / f"shard-{shard:04d}.npy"
        if path.exists():
            continue
        order = sorted(range(len(batch)), key=lambda i: len(batch[i]))  # like lengths together
        vectors = np.zeros((len(batch), 384), dtype=np.float32)
        vectors[order] = np.asarray(minilm._forward([batch[i] for i in order]), dtype=np.float32)
        np.save(path.with_suffix(".tmp.npy"), vectors)
        path.with_suffix(".tmp.npy").rename(path)
        minilm.forget()
        done += len(batch)
        rate = done / (time.perf_counter() - wall)
        spent = time.process_time() - cpu
        print(f"shard {shard}: {done} chunks, {rate:.1f}/s wall, {spent:.0f} s cpu", flush=True)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return {"chunks": done, "cpu_s": cpu, "wall_s": wall}


def measure_sizes(args: argparse.Namespace) -> dict[str, Any]:
    """recall@10 per ef_search for each prefix size of the embedded chunks."""
    shards = sorted(args.workdir.glob("shard-[0-9][0-9][0-9][0-9].npy"))
    vectors = np.concatenate([np.load(s) for s in shards])
    queries = np.load(args.workdir / "questions.npy")
    out: dict[str, Any] = {"embedded": len(vectors), "questions": len(queries)}
    for size in args.sizes:
        if size > len(vectors):
            continue
        sample = vectors[:size]
        out[size] = {"lid": lid(sample, queries)}
        out[size] |= measure(args.workdir / f"store-{size}", sample, queries)
        print(json.dumps({size: out[size]}), flush=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("phase", choices=["embed", "measure"])
    parser.add_argument("--workdir", type=Path, required=True)
    parser.add_argument("--chunks", type=int, default=100000)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 50000, 100000])
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    phases = {"embed": embed, "measure": measure_sizes}
    print(json.dumps(phases[args.phase](args)))


if __name__ == "__main__":
    main()
