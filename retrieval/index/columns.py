"""A profile's papers as columns (year, day, category, code, affiliation, authors), built once at
open, so applying a question's filters costs array operations, not a loop over every paper."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterable

import numpy as np
import numpy.typing as npt

from retrieval.filters import Filters, normalize_name
from retrieval.model import Paper, Profile

_BUILT: dict[int, tuple[weakref.ref[Profile], int, PaperColumns]] = {}
_BUILT_LOCK = threading.Lock()


def columns_of(profile: Profile) -> PaperColumns:
    """The profile's columns, built on first use and kept while the profile lives."""
    key = id(profile)
    with _BUILT_LOCK:
        kept = _BUILT.get(key)
        if kept is not None and kept[0]() is profile and kept[1] == len(profile.papers):
            return kept[2]
        columns = PaperColumns(profile.papers)
        _BUILT[key] = (weakref.ref(profile), len(profile.papers), columns)
        weakref.finalize(profile, _BUILT.pop, key, None)
        return columns


class PaperColumns:
    """`allowed(filters)` is `{p.id for p in papers if filters.matches(p)}`, vectorised."""

    def __init__(self, papers: list[Paper]) -> None:
        self.papers, self.ids = papers, [p.id for p in papers]
        self.row = {pid: i for i, pid in enumerate(self.ids)}
        self.day = np.array([p.date.toordinal() for p in papers], dtype=np.int32)
        self.year = np.array([p.date.year for p in papers], dtype=np.int32)
        # Rows oldest first (ties by listing position), the order `facts.select` returns.
        listed = np.array([p.n for p in papers], dtype=np.int64)
        self.by_date = np.lexsort((listed, self.day)).astype(np.int64)
        self.rank = np.empty(len(papers), dtype=np.int64)  # row -> its place in by_date
        self.rank[self.by_date] = np.arange(len(papers))
        self.category = np.array([p.category for p in papers], dtype=object)
        self.has_code = np.array([p.has_code for p in papers], dtype=bool)
        self.affiliation = np.array(
            [(p.affiliation or "").casefold() for p in papers], dtype=object
        )
        rows: dict[str, list[int]] = {}
        self.spellings: dict[str, set[str]] = {}  # a person's key -> how the papers spell it
        keys: dict[str, str] = {}  # spelling -> key: a profile has far fewer than author slots
        for i, paper in enumerate(papers):
            for author in paper.authors:
                if author not in keys:
                    keys[author] = normalize_name(author)
                    self.spellings.setdefault(keys[author], set()).add(author)
            for name in {keys[a] for a in paper.authors}:
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
            keep &= self._of(name, keep)
        for name in f.exclude_authors:
            keep &= ~self._of(name, keep)
        return keep

    def _of(self, name: str, like: npt.NDArray[np.bool_]) -> npt.NDArray[np.bool_]:
        """One flag per paper: does its author line list this person?"""
        theirs = np.zeros_like(like)
        theirs[self.by_author.get(normalize_name(name), np.array([], dtype=np.int64))] = True
        return theirs

    def select(self, filters: Filters, years: list[int] | None = None) -> list[Paper]:
        """The papers that pass the filters (and are from one of `years`), oldest first."""
        return self.among(None, self.kept(filters, years))

    def kept(self, filters: Filters, years: list[int] | None = None) -> npt.NDArray[np.bool_]:
        """`mask`, and from one of `years` when given."""
        keep = self.mask(filters)
        if years:
            keep &= np.isin(self.year, years)
        return keep

    def among(self, ids: Iterable[str] | None, keep: npt.NDArray[np.bool_]) -> list[Paper]:
        """The kept papers with these ids (None: every kept paper), oldest first: what
        `select` returns, narrowed to the ids, without a pass over every paper."""
        if ids is None:  # plain ints index a list several times faster than numpy's
            return [self.papers[i] for i in self.by_date[keep[self.by_date]].tolist()]
        rows = [r for r in (self.row.get(i) for i in ids) if r is not None and keep[r]]
        return [self.papers[r] for r in sorted(rows, key=self.rank.__getitem__)]

    def having(self, ids: Iterable[str]) -> list[Paper]:
        """The papers with these ids, in profile order (ids not in the profile are skipped):
        `[p for p in papers if p.id in ids]` without a pass over every paper."""
        return [self.papers[i] for i in sorted({self.row[i] for i in ids if i in self.row})]

    def allowed(self, filters: Filters) -> set[str]:
        """The ids of the papers that pass the filters."""
        return {self.ids[i] for i in np.flatnonzero(self.mask(filters))}
