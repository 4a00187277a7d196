"""The themes as they stand among the papers a question keeps (a year, a category, all of
them), counted from the profile's columns: each theme's rows are looked up once, then a
question masks them, instead of reading every paper it keeps (at 10k papers the themes'
overview read all 10,000 per asking)."""

from __future__ import annotations

from collections import Counter

import numpy as np
import numpy.typing as npt

from retrieval.index.columns import PaperColumns
from retrieval.themes import Theme, bulk_years


class ThemeRows:
    """The themes with each one's rows in the columns, in the theme's own order of papers."""

    def __init__(self, themes: list[Theme], columns: PaperColumns) -> None:
        self.themes, self.columns = themes, columns
        self.rows = [
            np.array(
                [r for r in (columns.row.get(i) for i in t.paper_ids) if r is not None],
                dtype=np.int64,
            )
            for t in themes
        ]

    def within(self, keep: npt.NDArray[np.bool_]) -> list[Theme]:
        """`themes.within(themes, papers)` for the papers `keep` flags: emptied themes
        dropped, years and categories recounted, largest first, other topics last."""
        kept = []
        for theme, rows in zip(self.themes, self.rows, strict=True):
            members = rows[keep[rows]]
            if len(members):
                kept.append(self._recounted(theme, members))
        return sorted(kept, key=lambda t: (t.other, -len(t.paper_ids)))

    def _recounted(self, theme: Theme, members: npt.NDArray[np.int64]) -> Theme:
        years = self.columns.year[members].tolist()
        first, last = bulk_years(years)
        counts = Counter(str(c) for c in self.columns.category[members].tolist())
        ids = [self.columns.ids[r] for r in members.tolist()]
        kept = set(ids)
        return theme.model_copy(
            update={
                "paper_ids": ids,
                "fringe": [i for i in theme.fringe if i in kept],
                "year_from": min(years),
                "year_to": max(years),
                "bulk_from": first,
                "bulk_to": last,
                "categories": sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])),
            }
        )
