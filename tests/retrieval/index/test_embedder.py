"""MiniLM's vectors do not depend on how texts are batched, run side by side or kept."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np

from retrieval.index.embedder import MiniLMEmbedding


def test_many_texts_at_once_get_the_vectors_each_gets_alone_in_order(
    embedder: MiniLMEmbedding,
) -> None:
    # Three batches of 32 run side by side, texts of very different lengths in each.
    texts = [
        f"paper {i}: " + "knowledge distillation for language models " * (i % 7) for i in range(70)
    ]
    together = np.asarray(embedder(texts))
    alone = np.asarray([embedder([t])[0] for t in texts])
    assert together.shape == (70, 384)
    assert np.array_equal(together, alone)
    assert np.array_equal(np.asarray(embedder(texts[:5])), alone[:5])  # a few, split in two
    assert len({v.tobytes() for v in together}) == 70  # each text its own vector, none swapped


class CountingSession:
    """The real ONNX session, recording the token ids of every text it runs."""

    def __init__(self, session: object) -> None:
        self.session = session
        self.texts: list[tuple[int, ...]] = []

    def run(self, outputs: object, feed: dict[str, np.ndarray]) -> object:
        ids, mask = feed["input_ids"], feed["attention_mask"]
        self.texts += [tuple(row[m == 1].tolist()) for row, m in zip(ids, mask, strict=True)]
        return self.session.run(outputs, feed)  # type: ignore[attr-defined]


def test_a_text_asked_for_again_alone_or_among_others_is_run_once_with_the_same_vector(
    embedder: MiniLMEmbedding,
) -> None:
    # A question's text, its topic and a word no paper uses are read by several steps in
    # turn (intent, search, spelling), alone or with other words: each runs through the
    # model once, and gets the vector it gets when embedded first, alone.
    fresh = MiniLMEmbedding(source="package")
    counting = CountingSession(fresh.model)
    fresh.__dict__["model"] = counting
    question = "Has she published anything on crop yield from drone images?"
    calls = [[question], ["crop yield"], ["crop", "crop yield", "drone"], ["drone"], [question]]
    got = [np.asarray(fresh(texts)) for texts in calls]
    assert len(counting.texts) == len(set(counting.texts)) == 4  # question, topic, two words
    for texts, vectors in zip(calls, got, strict=True):
        for text, vector in zip(texts, vectors, strict=True):
            embedder.forget()
            assert np.array_equal(vector, np.asarray(embedder([text])[0]))


HELD_AFTER_LONG_BATCH = """
from pathlib import Path
from retrieval.index.embedder import MiniLMEmbedding

def rss() -> float:
    status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
    return int(status["VmRSS"].split()[0]) / 1024

embedder = MiniLMEmbedding(source="package")
embedder(["a short question"])
before = rss()
embedder([f"abstract {i}: " + "graph attention over long sentence graphs " * 60 for i in range(32)])
print(rss() - before)
"""


def test_a_batch_of_long_texts_leaves_little_memory_held_after_it() -> None:
    """An ingest or a first open embeds batches of 32 long texts; the process serving
    questions afterwards does not keep those batches' buffers (hundreds of MB) for its life."""
    out = subprocess.run(
        [sys.executable, "-c", HELD_AFTER_LONG_BATCH],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    held_mb = float(out.stdout.strip().splitlines()[-1])
    assert held_mb < 200, held_mb
