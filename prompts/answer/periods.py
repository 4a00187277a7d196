"""The early and the late half of some papers' years (`facts.focus_shift`'s two periods) as
masks over the profile's columns: a trend or a field's counts over time without reading the
papers (at 10k papers the trend read every paper per question, ~2 s)."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from retrieval.index.columns import PaperColumns

Mask = npt.NDArray[np.bool_]


def halves(columns: PaperColumns, keep: Mask) -> list[tuple[int, int, Mask]]:
    """Each period's first and last year and the kept rows in it, early first: one period
    when the kept papers are of one year, none when no paper is kept."""
    years = columns.year[keep]
    if not len(years):
        return []
    lo, hi = int(years.min()), int(years.max())
    middle = lo + (hi - lo + 1) // 2 - 1
    spans = [(lo, lo)] if lo >= hi else [(lo, middle), (middle + 1, hi)]
    return [(a, b, keep & (columns.year >= a) & (columns.year <= b)) for a, b in spans]


def ends(columns: PaperColumns, keep: Mask) -> tuple[int, int] | None:
    """The rows of the first and the latest kept paper by (date, id), as a sort of the papers
    by date and id has them; None when none is kept."""
    rows = np.flatnonzero(keep)
    if not len(rows):
        return None
    days = columns.day[rows]
    first = rows[days == days.min()].tolist()
    last = rows[days == days.max()].tolist()
    ids = columns.ids
    return min(first, key=ids.__getitem__), max(last, key=ids.__getitem__)
