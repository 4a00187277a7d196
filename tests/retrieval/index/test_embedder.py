"""MiniLM's vectors do not depend on how texts are batched or run side by side."""

from __future__ import annotations

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
