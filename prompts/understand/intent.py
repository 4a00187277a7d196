"""What kind of question this is, by its nearest labelled phrasings (MiniLM, already shipped).

A k-nearest-neighbour vote over the exemplars in `exemplars.py`; the exemplar vectors are
computed once per embedder and process. Cost per question: one short embedding (~3 ms).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from prompts.understand.exemplars import EXEMPLARS

Operation = Literal["overview", "topic", "fact", "compare", "trend", "metadata", "outside"]
Embed = Callable[[list[str]], Sequence[Any]]
K = 5


def _unit(vectors: Sequence[Any]) -> npt.NDArray[np.float32]:
    m = np.asarray(vectors, dtype=np.float32)
    return m / np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-9)


class IntentClassifier:
    """Nearest-exemplar vote: the operation a question asks for, and how sure the vote is."""

    def __init__(self, embed: Embed) -> None:
        self.embed = embed
        self.labels: list[str] = [op for op, phrasings in EXEMPLARS.items() for _ in phrasings]
        self.vectors = _unit(embed([p for phrasings in EXEMPLARS.values() for p in phrasings]))

    def classify(self, question: str) -> tuple[Operation, float]:
        """(operation, share of the similarity-weighted vote it won, 0..1)."""
        sims = self.vectors @ _unit(self.embed([question]))[0]
        top = np.argsort(-sims)[:K]
        votes: dict[str, float] = {}
        for i in top:
            votes[self.labels[i]] = votes.get(self.labels[i], 0.0) + max(float(sims[i]), 0.0)
        best = max(votes, key=votes.__getitem__)
        total = sum(votes.values()) or 1.0
        return best, round(votes[best] / total, 3)  # type: ignore[return-value]
