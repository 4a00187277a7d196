"""A profile's papers as columns (year, day, category, code, affiliation, authors), built once at
open, so applying a question's filters costs array operations, not a loop over every paper."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from retrieval.filters import Filters, normalize_name
from retrieval.model import Paper


class PaperColumns:
    """`allowed(filters)` is `{p.id for p in papers if filters.matches(p)}`, vectorised."""

    def __init__(self, papers: list[Paper]) -> None:
        self.ids = [p.id for p in papers]
        self.row = {pid: i for i, pid in enumerate(self.ids)}
        self.year = np.array([p.year for p in papers], dtype=np.int32)
        self.day = np.array([p.date.toordinal() for p in papers], dtype=np.int32)
        self.category = np.array([p.category for p in papers], dtype=object)
        self.has_code = np.array([p.has_code for p in papers], dtype=bool)
        self.affiliation = np.array(
            [(p.affiliation or "").casefold() for p in papers], dtype=object
        )
        rows: dict[str, list[int]] = {}
        for i, paper in enumerate(papers):
            for name in {normalize_name(a) for a in paper.authors}:
                rows.setdefault(name, []).append(i)
        self.by_author = {name: np.array(r, dtype=np.int64) for name, r in rows.items()}

    def mask(self, filters: Filters) -> npt.NDArray[np.bool_]:
        """One flag per paper, in profile order: does it pass the filters?"""
        keep = np.ones(len(self.ids), dtype=bool)
        f = filters
        if f.year_from is not None:
            keep &= self.year >= f.year_from
        if f.year_to is not None:
            keep &= self.year <= f.year_to
        if f.date_from is not None:
            keep &= self.day >= f.date_from.toordinal()
        if f.date_to is not None:
            keep &= self.day <= f.date_to.toordinal()
        if f.exclude_years:
            keep &= ~np.isin(self.year, f.exclude_years)
        if f.categories:
            keep &= np.isin(self.category, f.categories)
        if f.exclude_categories:
            keep &= ~np.isin(self.category, f.exclude_categories)
        if f.has_code is not None:
            keep &= self.has_code == f.has_code
        if f.paper_ids:
            only = np.zeros_like(keep)
            only[[self.row[i] for i in f.paper_ids if i in self.row]] = True
            keep &= only
        if f.affiliation:
            keep &= self.affiliation == f.affiliation.casefold()
        for name in f.authors:
            theirs = np.zeros_like(keep)
            theirs[self.by_author.get(normalize_name(name), np.array([], dtype=np.int64))] = True
            keep &= theirs
        return keep

    def allowed(self, filters: Filters) -> set[str]:
        """The ids of the papers that pass the filters."""
        return {self.ids[i] for i in np.flatnonzero(self.mask(filters))}
