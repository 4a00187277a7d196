"""Deterministic synthetic profiles for scale benchmarks: realistic lengths, varied vocabulary.

Each paper draws a research area (its own tasks, methods, data and model parts), then 6-10
sentences from templates filled from that area and shared lists (synthetic_vocab.toml), with
invented model and dataset names. Abstracts come out at ~120-270 words (median ~190, like the
bundled profile's 180); paper i depends only on (seed, i).
"""

from __future__ import annotations

import datetime as dt
import random
import re
import tomllib
import zlib
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

from retrieval.model import Paper, Profile, paper_id

VOCAB_FILE = Path(__file__).with_name("synthetic_vocab.toml")
OWNER = "Sam Q. Researcher"
AUTHOR_POOL = 4000  # co-authors, log-uniform: #0 is on ~25% of the papers, #20 on ~1.7%
WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@cache
def vocab() -> dict[str, Any]:
    with VOCAB_FILE.open("rb") as fh:
        return tomllib.load(fh)


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(vocab()["syllables"]) for _ in range(parts)).capitalize()


def _sentence(rng: random.Random, template: str, area: dict[str, list[str]], name: str) -> str:
    v = vocab()
    t1, t2 = rng.sample(area["tasks"], 2)
    m1, m2 = rng.sample(area["methods"], 2)
    d1, d2 = rng.sample(area["data"], 2)
    values = {
        "task": t1, "Task": t1[0].upper() + t1[1:], "task2": t2, "method": m1, "method2": m2,
        "data": d1, "data2": d2, "part": rng.choice(area["parts"]), "Name": name,
        "adj": rng.choice(v["adjectives"]), "adj2": rng.choice(v["adjectives"]),
        "problem": rng.choice(v["problems"]), "verb": rng.choice(v["verbs"]),
        "metric": rng.choice(v["metrics"]), "Dataset": f"{_name(rng, 3)}-{rng.randint(1, 99)}K",
        "Dataset2": _name(rng, 2).upper(), "n1": rng.randint(3, 12), "n2": rng.randint(2, 9),
        "n3": rng.randint(4, 64), "n4": rng.randint(8, 120), "x1": round(rng.uniform(0.5, 9.5), 1),
        "x2": round(rng.uniform(1, 25), 1), "x3": rng.randint(10, 80), "x4": rng.randint(55, 90),
    }  # fmt: skip
    if rng.random() < 0.55:
        template = template[:-1] + ", " + rng.choice(v["clauses"]) + "."
    return template.format(**values)


def author(index: int) -> str:
    """Co-author number `index` (0 is the most frequent)."""
    v = vocab()
    first, last = v["first_names"], v["last_names"]
    initial = chr(ord("A") + index // (len(first) * len(last)) % 26)
    return f"{first[index % len(first)]} {initial}. {last[index // len(first) % len(last)]}"


def make_paper(seed: int, i: int, owner: str = OWNER) -> Paper:
    """Paper i of the synthetic set (independent of every other paper)."""
    rng = random.Random(f"{seed}:{i}")
    templates = vocab()["templates"]
    category = rng.choice(sorted(vocab()["areas"]))
    area = vocab()["areas"][category]
    name = _name(rng, rng.randint(2, 3))
    middle = rng.sample(templates[1:-1], rng.randint(6, 10) - 2)
    sentences = [_sentence(rng, t, area, name) for t in (templates[0], *middle, templates[-1])]
    adjective = rng.choice(vocab()["adjectives"]).capitalize()
    title = f"{name}: {adjective} {rng.choice(area['methods'])} for {rng.choice(area['tasks'])}"
    authors = [author(int(AUTHOR_POOL ** rng.random()) - 1) for _ in range(rng.randint(1, 5))]
    authors.insert(rng.randrange(len(authors) + 1), owner)  # the profile's researcher
    return Paper(
        id=paper_id(f"{title} {i}"), n=i + 1, title=title, authors=authors,
        authors_truncated=False, category=category,
        date=dt.date(2012, 1, 1) + dt.timedelta(days=rng.randrange(14 * 365)),
        has_code=rng.random() < 0.3, abstract=" ".join(sentences),
    )  # fmt: skip


def make_profile(papers: int, seed: int = 7, name: str = OWNER) -> Profile:
    """A profile of `papers` synthetic papers (same seed, same papers)."""
    return Profile(
        name=name, papers_claimed=papers, captured_year=2026,
        papers=[make_paper(seed, i, name) for i in range(papers)],
    )  # fmt: skip


def make_questions(count: int, seed: int = 99) -> list[str]:
    """Questions in the style users ask, about the same areas (not copied from any abstract)."""
    rng = random.Random(f"questions:{seed}")
    v = vocab()
    out = []
    for _ in range(count):
        area = v["areas"][rng.choice(sorted(v["areas"]))]
        template = rng.choice(v["questions"])
        out.append(template.format(
            method=rng.choice(area["methods"]), task=rng.choice(area["tasks"]),
            data=rng.choice(area["data"]), part=rng.choice(area["parts"]),
            adj=rng.choice(v["adjectives"]),
        ))  # fmt: skip
    return out


@cache
def _random_table(rows: int, dim: int) -> npt.NDArray[np.float32]:
    return np.random.default_rng(0).standard_normal((rows, dim), dtype=np.float32)


@register_embedding_function
class HashingEmbedding(EmbeddingFunction[Documents]):
    """Bag-of-words random projection (384-d): texts sharing words get similar vectors.

    A stand-in for MiniLM where embedding a million chunks on two cores would take hours: it
    exercises Chroma's writes, HNSW graph and filters at full size, at a known cost of realism.
    """

    def __init__(self, dim: int = 384, buckets: int = 1 << 16) -> None:
        self.dim, self.buckets = dim, buckets
        self.table = _random_table(buckets, dim)  # shared: Chroma rebuilds the EF on every call

    def __call__(self, input: Documents) -> Embeddings:
        out = np.zeros((len(input), self.dim), dtype=np.float32)
        for row, text in enumerate(input):
            rows = [zlib.crc32(w.encode()) % self.buckets for w in WORD.findall(text.lower())]
            if rows:
                out[row] = self.table[rows].sum(axis=0)
        out /= np.clip(np.linalg.norm(out, axis=1, keepdims=True), 1e-9, None)
        return list(out)

    @staticmethod
    def name() -> str:
        return "profilebot-bench-hashing"

    def get_config(self) -> dict[str, Any]:
        return {"dim": self.dim, "buckets": self.buckets}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> HashingEmbedding:
        return HashingEmbedding(config.get("dim", 384), config.get("buckets", 1 << 16))
