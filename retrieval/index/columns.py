"""A profile's papers as columns (year, day, category, code, affiliation, authors), built once at
open, so applying a question's filters costs array operations, not a loop over every paper."""

from __future__ import annotations

import functools
import threading
import weakref
from collections.abc import Iterable, Iterator, Mapping, Sequence

import numpy as np
import numpy.typing as npt

from retrieval.filters import (
    TITLE_SHAPES,
    Filters,
    named_parts,
    normalize_name,
    title_phrase,
    title_shaped,
    word_forms,
)
from retrieval.index.keyword import Found, paper_keys
from retrieval.index.papers import PaperRows, PaperTable, people_rows
from retrieval.index.releases import ReleaseColumns
from retrieval.index.titles import TitlesInMemory, TitleWords
from retrieval.model import Paper, PerProfile, Profile
from retrieval.releases import CodeRelease, artifact_release, code_release

AUTHORS_KEPT = 4096  # people's rows kept in memory after a question named them

_BUILT: PerProfile[PaperColumns] = PerProfile(lambda profile: PaperColumns(profile.papers))
_OF_TABLE: weakref.WeakValueDictionary[int, PaperColumns] = weakref.WeakValueDictionary()

Rows = npt.NDArray[np.int64]


def columns_over(papers: Sequence[Paper]) -> tuple[PaperColumns, list[int] | None] | None:
    """For papers read from a kept table (the table, or rows of it): the table's columns and
    which rows they are (None: all); None for papers held in memory."""
    table = papers.table if isinstance(papers, PaperRows) else papers
    if not isinstance(table, PaperTable):
        return None
    columns = _OF_TABLE.get(id(table))
    if columns is None or columns.papers is not table:
        columns = PaperColumns(table)  # the profile's columns were not built: read them now
    return columns, (papers.rows if isinstance(papers, PaperRows) else None)


def columns_of(profile: Profile) -> PaperColumns:
    """The profile's columns, built on first use and kept while the profile lives."""
    return _BUILT(profile)


class PaperColumns:
    """`allowed(filters)` is `{p.id for p in papers if filters.matches(p)}`, vectorised."""

    def __init__(self, papers: Sequence[Paper]) -> None:
        self.papers = papers
        if isinstance(papers, PaperTable):  # kept on disk: read the columns, not the papers
            self.ids, titles = papers.strings("ids"), None
            self.day = papers.column("day").astype(np.int32)
            listed = papers.column("listed").astype(np.int64)
            self.category = np.array(papers.strings("categories"), dtype=object)
            self.has_code = papers.column("has_code").astype(bool)
            affiliations = papers.strings("affiliations")
            self.truncated = papers.column("truncated").astype(bool)
        else:
            self.ids, titles = [p.id for p in papers], [p.title for p in papers]
            self.day = np.array([p.date.toordinal() for p in papers], dtype=np.int32)
            listed = np.array([p.n for p in papers], dtype=np.int64)
            self.category = np.array([p.category for p in papers], dtype=object)
            self.has_code = np.array([p.has_code for p in papers], dtype=bool)
            affiliations = [p.affiliation or "" for p in papers]
            self.truncated = np.array([p.authors_truncated for p in papers], dtype=bool)
        self._titles = titles
        self.row = {pid: i for i, pid in enumerate(self.ids)}
        # per kind ('data'): does each paper say it is released? Read at the first such ask
        self._artifacts: dict[str, npt.NDArray[np.bool_]] = {}
        self.listed = listed  # each paper's position in the profile listing (Paper.n)
        self.year, self.month, self.day_of_month = _calendar(self.day)
        # Rows oldest first (ties by listing position), the order `facts.select` returns.
        self.by_date = np.lexsort((listed, self.day)).astype(np.int64)
        self.rank = np.empty(len(self.ids), dtype=np.int64)  # row -> its place in by_date
        self.rank[self.by_date] = np.arange(len(self.ids))
        self.affiliation = np.array([a.casefold() for a in affiliations], dtype=object)
        self.tags = {a for a in affiliations if a}  # affiliation tags as the papers write them
        self._authors: dict[str, tuple[Rows, set[str]]] = {}
        self._everyone: _Everyone | None = None
        self._ranked: list[tuple[str, Rows]] | None = None  # people(None), once asked
        self._title_words: TitlesInMemory | None = None
        self._lock = threading.Lock()
        if isinstance(papers, PaperTable):
            _OF_TABLE[id(papers)] = self
        else:
            found = people_rows(papers)
            self._everyone = _Everyone(
                {
                    k: (np.array(r), {s: np.array(i) for s, i in sp.items()})
                    for k, (r, sp) in found.items()
                }
            )
            self._authors = {k: (r, set(sp)) for k, (r, sp) in self._everyone.people.items()}

    @functools.cached_property
    def keys(self) -> npt.NDArray[np.uint64]:
        """Each paper's key in the keyword index (`keyword.paper_keys`), in profile order."""
        if isinstance(self.papers, PaperTable):
            return self.papers.column("keys").astype(np.uint64)
        return paper_keys(self.ids)

    @functools.cached_property
    def per_year(self) -> dict[int, int]:
        """Each year with a paper: how many papers it has, years ascending (counted once, not
        by reading every paper at each question that needs the profile's span or years)."""
        years, counts = np.unique(self.year, return_counts=True)
        return dict(zip(years.tolist(), counts.tolist(), strict=True))

    @functools.cached_property
    def categories(self) -> list[str]:
        """The categories the papers are in, sorted (once, not a read of every paper)."""
        return sorted({str(c) for c in self.category.tolist()})

    @functools.cached_property
    def year_inferred(self) -> list[Paper]:
        """The papers whose date gave no year (the capture year stands in): found once, on
        first use, not by reading every paper at each question that notes them."""
        return [p for p in self.papers if p.year_inferred]

    def titles(self) -> list[str]:
        """Every paper's title, in profile order (read once, when first asked for)."""
        if self._titles is None:
            assert isinstance(self.papers, PaperTable)  # else set at init
            self._titles = self.papers.strings("titles")
        return self._titles

    def title_words(self) -> TitleWords:
        """The titles' words and their places: the kept file's, else indexed once here."""
        if isinstance(self.papers, PaperTable):
            return self.papers
        with self._lock:
            if self._title_words is None:
                self._title_words = TitlesInMemory(self.titles())
            return self._title_words

    def author(self, name: str) -> tuple[npt.NDArray[np.int64], set[str]]:
        """The rows listing the person of this name (any case or spacing), and the ways the
        papers spell it."""
        key = normalize_name(name)
        if isinstance(self.papers, PaperTable):
            with self._lock:
                if key not in self._authors:
                    self._authors[key] = self.papers.author(key)
                    if len(self._authors) > AUTHORS_KEPT:
                        del self._authors[next(iter(self._authors))]
        return self._authors.get(key) or (np.array([], dtype=np.int64), set())

    def people(self, rows: Sequence[int] | None) -> list[tuple[str, Rows]]:
        """Everyone in the author lines of the papers at these rows (None: every paper) and
        their rows oldest first, most rows first, then by name; each spelled as most of those
        papers spell them (on a tie, as the earliest does). `people.people` from the columns:
        no paper is read. The ranking over every paper (a sort of every author slot, ~95 ms
        of CPU at 100k papers) is kept once made: each 'most frequent co-authors' asks it."""
        with self._lock:
            if self._everyone is None:
                assert isinstance(self.papers, PaperTable)
                self._everyone = _Everyone(self.papers.authors())
            everyone = self._everyone
        keep = np.ones(len(self.ids), dtype=bool)
        if rows is not None:
            keep[:] = False
            keep[np.asarray(rows, dtype=np.int64)] = True
        if not keep.all():  # some of the papers: in any order, only which ones counts
            return self._people(everyone, keep)
        with self._lock:
            ranked = self._ranked
        if ranked is None:
            ranked = self._people(everyone, keep)
            with self._lock:
                self._ranked = ranked
        return list(ranked)

    def _people(self, everyone: _Everyone, keep: npt.NDArray[np.bool_]) -> list[tuple[str, Rows]]:
        """`people` of the rows kept."""
        slots = np.flatnonzero(keep[everyone.rows])
        # Person by person, each one's rows oldest first: one key, person then place in time
        # (a stable sort of it orders as lexsort of the two does: the ranking of every author
        # slot at 100k papers, 394k slots, 78 -> 38 ms of CPU).
        rank = self.rank[everyone.rows[slots]]
        slots = slots[np.argsort(everyone.owner[slots] * (len(self.ids) + 1) + rank, kind="stable")]
        counts = np.bincount(everyone.owner[slots], minlength=len(everyone.keys))
        ends = np.cumsum(counts)
        found = []
        for person in np.flatnonzero(counts).tolist():
            listed = everyone.rows[slots[ends[person] - counts[person] : ends[person]]]
            found.append((self._spelled(everyone.people[everyone.keys[person]][1], keep), listed))
        return sorted(found, key=lambda f: (-len(f[1]), f[0]))

    def _spelled(self, spellings: dict[str, Rows], keep: npt.NDArray[np.bool_]) -> str:
        """The spelling of most kept rows; on a tie the earliest paper's (its first)."""
        if len(spellings) == 1:
            return next(iter(spellings))
        ranked = []
        for spelling, rows in spellings.items():
            kept = rows[keep[rows]]
            if len(kept):
                first = int(self.by_date[self.rank[kept].min()])
                ranked.append((-len(kept), int(self.rank[first]), first, spelling))
        ranked.sort()
        tied = [r for r in ranked if r[:2] == ranked[0][:2]]
        if len(tied) > 1:  # one paper spells them two ways: the way its author line does first
            order = list(dict.fromkeys(self.rows([tied[0][2]])[0].authors))
            return min((r[3] for r in tied), key=order.index)
        return ranked[0][3]

    def spellings(self, name: str) -> set[str]:
        """How the papers spell this person's name."""
        return self.author(name)[1]

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
        if f.months or f.days:
            said = np.isin(self.month, f.months)
            if f.days:  # (month, day) of any year, as month * 100 + day
                said |= np.isin(
                    self.month * 100 + self.day_of_month, [m * 100 + d for m, d in f.days]
                )
            keep &= said
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
        if f.title_question is not None:
            keep &= self.question_titles == f.title_question
        for shape, held in f.title_shapes.items():
            keep &= self.shaped_titles[shape] == held
        if f.asks_release():
            keep &= self.code.passing(f)
        for kind in f.releases:
            keep &= self.artifacts(kind)
        for phrase in f.title_words:
            keep &= self._titled(phrase)
        for phrase in f.exclude_title_words:
            keep &= ~self._titled(phrase)
        for name in f.authors:
            keep &= self._of(name, keep)
        for name in f.exclude_authors:
            keep &= ~self._of(name, keep)
        return keep

    @functools.cached_property
    def code(self) -> ReleaseColumns:
        """What the papers' abstracts say of their code, as columns: of a profile kept on
        disk, read from its file (written with it); in memory, every paper read once, when
        first asked for."""
        if isinstance(self.papers, PaperTable):
            return self.papers.releases()
        return ReleaseColumns.of(self._releases)

    @functools.cached_property
    def _releases(self) -> list[CodeRelease | None]:
        return [code_release(paper) for paper in self.papers]

    def artifacts(self, kind: str) -> npt.NDArray[np.bool_]:
        """One flag per paper: does its abstract say its `kind` ('data', 'model') is released?"""
        if kind not in self._artifacts:
            said = [artifact_release(paper, kind) is not None for paper in self.papers]
            self._artifacts[kind] = np.array(said, dtype=bool)
        return self._artifacts[kind]

    def release(self, row: int) -> CodeRelease | None:
        """What the paper at this row says of its code (None: nothing read of it)."""
        if isinstance(self.papers, PaperTable):
            return self.papers.release(row)
        return self._releases[row]

    @functools.cached_property
    def question_titles(self) -> npt.NDArray[np.bool_]:
        """One flag per paper: is its title phrased as a question (a '?' in it)?"""
        return np.array(["?" in t for t in self.titles()], dtype=bool)

    @functools.cached_property
    def shaped_titles(self) -> dict[str, npt.NDArray[np.bool_]]:
        """Per title shape, one flag per paper: does its title have it (see title_shaped)?"""
        titles = self.titles()
        return {s: np.array([title_shaped(t, s) for t in titles], dtype=bool) for s in TITLE_SHAPES}

    def _titled(self, phrase: str) -> npt.NDArray[np.bool_]:
        """One flag per paper: does its title hold the phrase's words in a row (each also in
        its plural)? Looked up in the titles' word places, no title read."""
        words, index = title_phrase(phrase), self.title_words()
        starts: set[tuple[int, int]] | None = None
        for k, word in enumerate(words):
            found = (index.places(True, w, False) for w in word_forms(word))
            at = {(int(r), int(p) - k) for spots in found for r, p in spots}
            starts = at if starts is None else starts & at
        flags = np.zeros(len(self.ids), dtype=bool)
        inside = self.named_parts.get(phrase.casefold(), set())  # 'BERT' in 'FashionBERT'
        flags[sorted({r for r, _ in starts or set()} | inside)] = True
        return flags

    @functools.cached_property
    def named_parts(self) -> dict[str, set[int]]:
        """The rows whose titles hold each name in capitals inside a mixed-case word ('BERT':
        FashionBERT's row), read once (see named_parts)."""
        rows: dict[str, set[int]] = {}
        for row, title in enumerate(self.titles()):
            for part in named_parts(title):
                rows.setdefault(part.casefold(), set()).add(row)
        return rows

    def _of(self, name: str, like: npt.NDArray[np.bool_]) -> npt.NDArray[np.bool_]:
        """One flag per paper: does its author line list this person?"""
        theirs = np.zeros_like(like)
        theirs[self.author(name)[0]] = True
        return theirs

    def select(self, filters: Filters, years: list[int] | None = None) -> Sequence[Paper]:
        """The papers that pass the filters (and are from one of `years`), oldest first."""
        return self.among(None, self.kept(filters, years))

    def kept(self, filters: Filters, years: list[int] | None = None) -> npt.NDArray[np.bool_]:
        """`mask`, and from one of `years` when given."""
        keep = self.mask(filters)
        if years:
            keep &= np.isin(self.year, years)
        return keep

    def among(self, ids: Iterable[str] | None, keep: npt.NDArray[np.bool_]) -> Sequence[Paper]:
        """The kept papers with these ids (None: every kept paper), oldest first: what
        `select` returns, narrowed to the ids, without a pass over every paper. The keyword
        index's `Found` over these columns' ids is narrowed as rows (no id looked up)."""
        if ids is None:  # read as they are looked at (a question may show only a few)
            return self.lazy(self.by_date[keep[self.by_date]].tolist())
        if isinstance(ids, Found) and ids.ids is self.ids and not ids.others:
            found = ids.rows[keep[ids.rows]]
            return self.lazy(found[np.argsort(self.rank[found], kind="stable")].tolist())
        # as arrays, not a lookup, a NumPy index and a sort key per id: a count over every
        # year at 100k papers names ~10,000 of them
        rows = np.fromiter((self.row.get(i, -1) for i in ids), dtype=np.int64)
        rows = rows[rows >= 0]
        rows = rows[keep[rows]]
        return self.lazy(rows[np.argsort(self.rank[rows], kind="stable")].tolist())

    def days(self, keep: npt.NDArray[np.bool_]) -> tuple[int, int] | None:
        """The first and last date (ordinals) of the kept papers, when they are not all kept
        (a keyword query narrowed to them by the engine); None: every date."""
        if keep.all() or not keep.any():
            return None
        kept = self.day[keep]
        return int(kept.min()), int(kept.max())

    def bracketed(self, acronym: str) -> set[str] | None:
        """The ids of the papers whose abstract writes the acronym (or its plural) alone in
        brackets, as a definition does ('instruction tuning (IT)'), from the kept file's
        index; None for papers held in memory (read them)."""
        if not isinstance(self.papers, PaperTable):
            return None
        rows = self.papers.bracketed(acronym) + self.papers.bracketed(f"{acronym}s")
        return {self.ids[r] for r in rows}

    def newest_first(self, papers: Sequence[Paper]) -> Sequence[Paper]:
        """These papers newest first, ties in listing order; rows not read stay unread."""
        if isinstance(papers, PaperRows):
            rows = np.asarray(papers.rows, dtype=np.int64)
            order = np.lexsort((self.listed[rows], -self.day[rows]))
            return PaperRows(papers.table, rows[order].tolist())
        return sorted(papers, key=lambda p: (p.date, -p.n), reverse=True)

    def lazy(self, rows: list[int]) -> Sequence[Paper]:
        """The papers at these rows, in that order; kept on disk: read when looked at."""
        if isinstance(self.papers, PaperTable):
            return PaperRows(self.papers, rows)
        return [self.papers[i] for i in rows]

    def having(self, ids: Iterable[str]) -> list[Paper]:
        """The papers with these ids, in profile order (ids not in the profile are skipped):
        `[p for p in papers if p.id in ids]` without a pass over every paper."""
        return self.rows(sorted({self.row[i] for i in ids if i in self.row}))

    def rows(self, rows: list[int]) -> list[Paper]:
        """The papers at these rows, in that order (read together when kept on disk)."""
        if isinstance(self.papers, PaperTable):
            return self.papers.rows(rows)
        return [self.papers[i] for i in rows]  # plain ints index a list faster than numpy's

    def allowed(self, filters: Filters) -> set[str]:
        """The ids of the papers that pass the filters."""
        ids = self.ids  # plain ints index a list faster than numpy's
        return {ids[i] for i in np.flatnonzero(self.mask(filters)).tolist()}


Calendar = tuple[npt.NDArray[np.int32], npt.NDArray[np.int32], npt.NDArray[np.int32]]


def _calendar(days: npt.NDArray[np.int32]) -> Calendar:
    """The year, the month (1-12) and the day of the month of each proleptic Gregorian ordinal
    (date.toordinal())."""
    base = np.datetime64("0001-01-01", "D")
    dates = base + (days.astype(np.int64) - 1).astype("timedelta64[D]")
    months = dates.astype("datetime64[M]")
    count = months.astype(np.int64)  # months since 1970-01
    day = (dates - months.astype("datetime64[D]")).astype(np.int64) + 1
    return (
        (count // 12 + 1970).astype(np.int32),
        (count % 12 + 1).astype(np.int32),
        day.astype(np.int32),
    )


class _Everyone:
    """Everyone in a profile's author lines as arrays: each person's rows one after another
    (`rows`, with the person of each in `owner`), and per person their rows per spelling."""

    def __init__(self, people: dict[str, tuple[Rows, dict[str, Rows]]]) -> None:
        self.people = people
        self.keys = list(people)
        listed = [people[key][0] for key in self.keys]
        self.rows = np.concatenate(listed).astype(np.int64) if listed else np.zeros(0, np.int64)
        sizes = [len(rows) for rows in listed]
        self.owner = np.repeat(np.arange(len(self.keys), dtype=np.int64), sizes)


class PapersById(Mapping[str, Paper]):
    """The profile's papers by id, read through the columns (no dict of every paper)."""

    def __init__(self, columns: PaperColumns) -> None:
        self.columns = columns

    def __getitem__(self, pid: str) -> Paper:
        return self.columns.rows([self.columns.row[pid]])[0]

    def __contains__(self, pid: object) -> bool:
        return pid in self.columns.row

    def __iter__(self) -> Iterator[str]:
        return iter(self.columns.ids)

    def __len__(self) -> int:
        return len(self.columns.ids)
