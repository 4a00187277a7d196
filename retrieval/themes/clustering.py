"""Papers grouped by meaning: spherical k-means over their vectors, from a fixed seed."""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

SEED = 20240601  # fixed: the same papers always give the same themes
RESTARTS = 4  # k-means runs from different k-means++ starts; the tightest one wins
ITERATIONS = 20
FRINGE_MIN = 6  # a group this small has no fringe to tell apart
FRINGE_SPREAD = 3.0  # robust deviations below the median similarity to the centre
MAD_SCALE = 1.4826  # the median absolute deviation scaled to a standard deviation
FRINGE_GAP = 0.15  # ... and at least this far below it (near-copies deviate by little)


def normalized(vectors: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    """The vectors scaled to length 1 (a zero vector stays zero)."""
    x = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return x / norms


def clusters(unit: npt.NDArray[np.float32], k: int) -> list[list[int]]:
    """The papers (rows of `unit`) in k groups by meaning, each most central first; no group
    is empty."""
    assigned = kmeans(unit, k)
    groups = [[int(i) for i in np.flatnonzero(assigned == c)] for c in range(k)]
    return [by_centrality(g, unit) for g in groups if g]


def similarities(a: npt.NDArray[np.float32], b: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    """Every row of `a` against every row of `b` (cosines, for unit rows)."""
    return a @ np.ascontiguousarray(b.T)  # a transposed float32 operand is ~10x slower


def centre(group: list[int], unit: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    """The group's mean direction, of length 1."""
    return normalized(unit[group].sum(axis=0, keepdims=True))[0]


def by_centrality(group: list[int], unit: npt.NDArray[np.float32]) -> list[int]:
    """The group's papers, closest to its mean direction first (ties: listing order)."""
    sims = unit[group] @ unit[group].sum(axis=0)
    return [group[i] for i in sorted(range(len(group)), key=lambda i: (-sims[i], group[i]))]


def kmeans(unit: npt.NDArray[np.float32], k: int) -> npt.NDArray[np.intp]:
    """Spherical k-means (cosine) from k-means++ starts drawn with a fixed seed."""
    rng = np.random.default_rng(SEED)
    best, best_cost = np.zeros(len(unit), dtype=np.intp), math.inf
    for _ in range(RESTARTS):
        centres = _kmeans_pp(unit, k, rng)
        assigned = np.full(len(unit), -1, dtype=np.intp)
        for _ in range(ITERATIONS):
            moved = similarities(unit, centres).argmax(axis=1)
            if np.array_equal(moved, assigned):
                break
            assigned, centres = moved, _centres(unit, moved, centres)
        sims = similarities(unit, centres)
        cost = float((1.0 - sims.max(axis=1)).sum())
        if cost < best_cost - 1e-6:
            best, best_cost = sims.argmax(axis=1), cost
    return best


def _kmeans_pp(
    unit: npt.NDArray[np.float32], k: int, rng: np.random.Generator
) -> npt.NDArray[np.float32]:
    """k-means++: each next start is drawn with probability growing with its distance."""
    centres = [unit[rng.integers(len(unit))]]
    distance = 1.0 - unit @ centres[0]
    for _ in range(1, k):
        weights = np.clip(distance, 0, None).astype(np.float64)
        total = weights.sum()
        pick = rng.choice(len(unit), p=weights / total) if total > 0 else rng.integers(len(unit))
        centres.append(unit[pick])
        distance = np.minimum(distance, 1.0 - unit @ unit[pick])
    return np.stack(centres)


def _centres(
    unit: npt.NDArray[np.float32], assigned: npt.NDArray[np.intp], old: npt.NDArray[np.float32]
) -> npt.NDArray[np.float32]:
    """The mean direction of each cluster (an empty one keeps its old centre)."""
    members = (assigned[None, :] == np.arange(len(old))[:, None]).astype(np.float32)
    sums = members @ unit  # a row per cluster (a transposed operand would be 50x slower)
    empty = members.sum(axis=1) == 0
    sums[empty] = old[empty]
    return normalized(sums)


def fringe(group: list[int], unit: npt.NDArray[np.float32]) -> list[int]:
    """The group's papers far from its mean direction: less close to it than the group's median
    by FRINGE_SPREAD robust deviations (MAD) and FRINGE_GAP, in groups of FRINGE_MIN or more.
    A paper the clustering had to put somewhere, not one of the group's kind."""
    if len(group) < FRINGE_MIN:
        return []
    sims = unit[group] @ centre(group, unit)
    middle = float(np.median(sims))
    spread = MAD_SCALE * float(np.median(np.abs(sims - middle)))
    below = max(FRINGE_SPREAD * spread, FRINGE_GAP)
    return [i for i, s in zip(group, sims, strict=True) if s < middle - below]
