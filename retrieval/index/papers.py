"""A profile's papers on local disk (SQLite, beside the keyword index), read by position when
an answer needs them, so that a process opening the profile holds its columns (dates,
categories, code flags, ids) as arrays instead of every paper's record: opening and memory do
not grow with the abstracts. Written once per collection version by the first open; a file
whose stamp differs (a re-ingest, new code) or that cannot be read is written again."""

from __future__ import annotations

import functools
import io
import json
import logging
import os
import re
import sqlite3
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, overload

import numpy as np
import numpy.typing as npt

from retrieval.filters import normalize_name
from retrieval.index.aliases import aliases
from retrieval.index.cache import DerivedCache
from retrieval.index.keyword import paper_keys
from retrieval.index.releases import ReleaseColumns
from retrieval.index.titles import Spots, index_titles, spots
from retrieval.model import Paper, Profile
from retrieval.phrases import PhraseIndex, first_words
from retrieval.releases import CodeRelease, code_release

log = logging.getLogger(__name__)

FILE = "papers.sqlite3"
BATCH = 900  # rows per read (under SQLite's bound on query parameters)
RECENT = 2048  # papers kept alive after their answer, for the next questions' reuse
SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE papers (row INTEGER PRIMARY KEY, record TEXT NOT NULL);
CREATE TABLE columns (name TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE authors (key TEXT PRIMARY KEY, rows BLOB NOT NULL, spellings TEXT NOT NULL);
CREATE TABLE spellings (spelling TEXT PRIMARY KEY, key TEXT NOT NULL, rows BLOB NOT NULL);
CREATE TABLE title_words (
    hyphens INTEGER NOT NULL, word TEXT NOT NULL, places BLOB NOT NULL,
    PRIMARY KEY (hyphens, word)
) WITHOUT ROWID;
CREATE TABLE title_openers (stem TEXT PRIMARY KEY, rows BLOB NOT NULL);
CREATE TABLE names (row INTEGER PRIMARY KEY, names TEXT NOT NULL);
CREATE TABLE releases (row INTEGER PRIMARY KEY, release TEXT NOT NULL);
CREATE TABLE name_starts (start TEXT NOT NULL, name TEXT NOT NULL, row INTEGER NOT NULL);
CREATE TABLE bracketed (token TEXT PRIMARY KEY, rows BLOB NOT NULL);
"""
NAME_STARTS_INDEX = "CREATE INDEX name_starts_by_start ON name_starts (start)"
NAMES_KEPT = 256  # papers' names kept after a question reads them
RELEASE_FLAGS = ("said", "promised", "anonymous")  # ReleaseColumns' flags, in its order


class PaperTable(Sequence[Paper]):
    """The papers of a kept profile, in profile order, read from disk by position. A paper
    read is the same object while anything holds it (and for the next RECENT reads)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._live: weakref.WeakValueDictionary[int, Paper] = weakref.WeakValueDictionary()
        self._recent: OrderedDict[int, Paper] = OrderedDict()
        self._size = int(self._meta("size"))
        weakref.finalize(self, self._db.close)

    def _meta(self, key: str) -> str:
        got = self._query("SELECT value FROM meta WHERE key = ?", (key,))
        if not got:
            raise ValueError(f"{self.path} has no {key}")
        return str(got[0][0])

    def _query(self, sql: str, args: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def __len__(self) -> int:
        return self._size

    @overload
    def __getitem__(self, i: int) -> Paper: ...
    @overload
    def __getitem__(self, i: slice) -> list[Paper]: ...
    def __getitem__(self, i: int | slice) -> Paper | list[Paper]:
        if isinstance(i, slice):
            return self.rows(range(*i.indices(self._size)))
        if i < 0:
            i += self._size
        if not 0 <= i < self._size:
            raise IndexError(i)
        return self.rows([i])[0]

    def __iter__(self) -> Iterator[Paper]:
        for start in range(0, self._size, BATCH):
            yield from self.rows(range(start, min(start + BATCH, self._size)))

    def rows(self, rows: Iterable[int]) -> list[Paper]:
        """The papers at these positions, in the order given."""
        wanted = list(rows)
        found = {r: p for r in wanted if (p := self._live.get(r)) is not None}
        missing = list(dict.fromkeys(r for r in wanted if r not in found))
        for start in range(0, len(missing), BATCH):
            part = missing[start : start + BATCH]
            marks = ",".join("?" * len(part))
            sql = f"SELECT row, record FROM papers WHERE row IN ({marks})"
            for row, record in self._query(sql, part):
                paper = Paper.model_validate_json(str(record))
                self._live[row] = found[row] = paper
        with self._lock:
            for r in wanted[-RECENT:]:
                self._recent[r] = found[r]
                self._recent.move_to_end(r)
            while len(self._recent) > RECENT:
                self._recent.popitem(last=False)
        return [found[r] for r in wanted]

    def __copy__(self) -> PaperTable:
        return self

    def __deepcopy__(self, memo: dict[int, object]) -> list[Paper]:
        """A deep copy is independent of the disk: the papers themselves, in a list."""
        return [paper.model_copy(deep=True) for paper in self]

    def _data(self, name: str) -> bytes:
        got = self._query("SELECT data FROM columns WHERE name = ?", (name,))
        if not got:
            raise ValueError(f"{self.path} has no column {name}")
        return bytes(got[0][0])

    def column(self, name: str) -> npt.NDArray[np.generic]:
        """A per-paper column kept in the file (see `write_table`), in profile order."""
        return np.load(io.BytesIO(self._data(name)), allow_pickle=False)

    def strings(self, name: str) -> list[str]:
        """A per-paper text column (ids, titles, categories, affiliations)."""
        return [str(s) for s in json.loads(self._data(name))]

    def releases(self) -> ReleaseColumns:
        """What the abstracts of the papers marked with code say of it, as columns."""
        said, promised, anonymous = (
            self.column(f"release_{n}").astype(bool) for n in RELEASE_FLAGS
        )
        owners = ReleaseColumns.load_owners(self._data("release_owners"))
        return ReleaseColumns(said, promised, anonymous, owners)

    def release(self, row: int) -> CodeRelease | None:
        """The sentence on its code of the paper at this row (if marked with code), read."""
        got = self._query("SELECT release FROM releases WHERE row = ?", (row,))
        return CodeRelease.model_validate_json(str(got[0][0])) if got else None

    def bracketed(self, token: str) -> list[int]:
        """The rows whose abstract holds `token` alone in brackets (`bracketed_rows`)."""
        got = self._query("SELECT rows FROM bracketed WHERE token = ?", (token,))
        return _rows(got[0][0]).tolist() if got else []

    def author(self, key: str) -> tuple[npt.NDArray[np.int64], set[str]]:
        """The rows listing the person of this normalised name, and how they spell it."""
        got = self._query("SELECT rows, spellings FROM authors WHERE key = ?", (key,))
        if not got:
            return np.array([], dtype=np.int64), set()
        rows, spellings = got[0]
        return _rows(rows), set(json.loads(str(spellings)))

    def places(self, hyphens: bool, word: str, prefix: bool) -> Spots:
        """`titles.TitleWords.places`, from the file's title words."""
        if prefix:  # every word from `word` on in order while it starts so (a range scan)
            sql = "SELECT places FROM title_words WHERE hyphens = ? AND word >= ? AND word < ?"
            got = self._query(sql + " ORDER BY word", (int(hyphens), word, word + "\U0010ffff"))
        else:
            sql = "SELECT places FROM title_words WHERE hyphens = ? AND word = ?"
            got = self._query(sql, (int(hyphens), word))
        found = [spots(bytes(blob)) for (blob,) in got]
        return np.concatenate(found) if found else spots([])

    def openers(self, stem: str) -> list[int]:
        """`titles.TitleWords.openers`, from the file."""
        got = self._query("SELECT rows FROM title_openers WHERE stem = ?", (stem,))
        return _rows(got[0][0]).tolist() if got else []

    def names(self) -> TableNames:
        """Each paper's `names.aliases`, kept in the file (`names.KeptNames`)."""
        return TableNames(self)

    def authors(self) -> dict[str, tuple[npt.NDArray[np.int64], dict[str, npt.NDArray[np.int64]]]]:
        """Every person (normalised name): the rows listing them, and per spelling the rows
        spelling them so (see `people_rows`)."""
        found: dict[str, tuple[npt.NDArray[np.int64], dict[str, npt.NDArray[np.int64]]]] = {}
        for key, rows, spellings in self._query("SELECT key, rows, spellings FROM authors"):
            listed = _rows(rows)
            found[str(key)] = (listed, {str(s): listed for s in json.loads(str(spellings))})
        for spelling, key, rows in self._query("SELECT spelling, key, rows FROM spellings"):
            found[str(key)][1][str(spelling)] = _rows(rows)
        return found


class TableNames(Sequence[list[str]]):
    """The papers' names (`names.aliases`) in a table's file: read by row, and looked up by
    their first words, per question; nothing per paper held in memory."""

    def __init__(self, table: PaperTable) -> None:
        self.table = table
        self._row = functools.lru_cache(maxsize=NAMES_KEPT)(self._read)

    def __len__(self) -> int:
        return len(self.table)

    @overload
    def __getitem__(self, i: int) -> list[str]: ...
    @overload
    def __getitem__(self, i: slice) -> list[list[str]]: ...
    def __getitem__(self, i: int | slice) -> list[str] | list[list[str]]:
        if isinstance(i, slice):
            return [self._row(r) for r in range(*i.indices(len(self)))]
        return self._row(i + len(self) if i < 0 else i)

    def _read(self, row: int) -> list[str]:
        got = self.table._query("SELECT names FROM names WHERE row = ?", (row,))
        if not got:
            raise IndexError(row)
        return [str(n) for n in json.loads(str(got[0][0]))]

    def phrases(self) -> PhraseIndex[int]:
        return KeptPhrases(self.table)

    def one_word(self) -> list[tuple[int, str]]:
        sql = "SELECT row, name FROM name_starts WHERE instr(name, ' ') = 0 ORDER BY rowid"
        return [(int(row), str(name)) for row, name in self.table._query(sql)]


class KeptPhrases(PhraseIndex[int]):
    """`PhraseIndex` of the papers' names, looked up in the table's file."""

    def __init__(self, table: PaperTable) -> None:
        super().__init__()
        self.table = table
        self._wordless = [int(r) for (r,) in table._query(
            "SELECT row FROM name_starts WHERE start = ''"
        )]  # fmt: skip

    def add(self, phrase: str, value: int) -> None:
        raise TypeError("the kept names are written with the papers' file")

    def starting(self, keys: set[tuple[str, ...]]) -> dict[tuple[str, ...], list[tuple[str, int]]]:
        found: dict[tuple[str, ...], list[tuple[str, int]]] = {}
        wanted = {" ".join(key): key for key in keys if key}
        starts = list(wanted)
        for at in range(0, len(starts), BATCH):
            part = starts[at : at + BATCH]
            sql = "SELECT start, name, row FROM name_starts WHERE start IN ({}) ORDER BY rowid"
            for start, name, row in self.table._query(sql.format(",".join("?" * len(part))), part):
                found.setdefault(wanted[str(start)], []).append((str(name), int(row)))
        return found


class PaperRows(Sequence[Paper]):
    """Some of a table's papers (by row, in the order given), read only when looked at: a
    question over thousands of papers that shows a few reads those few."""

    def __init__(self, table: PaperTable, rows: list[int]) -> None:
        self.table, self.rows = table, rows  # positions in the table

    def __len__(self) -> int:
        return len(self.rows)

    @overload
    def __getitem__(self, i: int) -> Paper: ...
    @overload
    def __getitem__(self, i: slice) -> list[Paper]: ...
    def __getitem__(self, i: int | slice) -> Paper | list[Paper]:
        if isinstance(i, slice):
            return self.table.rows(self.rows[i])
        return self.table.rows([self.rows[i]])[0]

    def __iter__(self) -> Iterator[Paper]:
        start, size = 0, 16  # growing reads: a loop that stops early reads few papers
        while start < len(self.rows):
            yield from self.table.rows(self.rows[start : start + size])
            start, size = start + size, min(2 * size, BATCH)

    def __reversed__(self) -> Iterator[Paper]:
        for end in range(len(self.rows), 0, -BATCH):
            yield from reversed(self.table.rows(self.rows[max(end - BATCH, 0) : end]))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]


def kept_profile(cache: DerivedCache, read: Callable[[], Profile]) -> Profile:
    """The profile with its papers in a PaperTable kept for the cache's version (written from
    `read()` when missing or stale); without a kept folder, `read()` itself."""
    if cache.folder is None:
        return read()
    path, stamp = cache.folder / FILE, cache.stamp("papers")
    try:
        table = PaperTable(path)
        if table._meta("stamp") == stamp:
            return _with_papers(json.loads(table._meta("header")), table)
    except (sqlite3.Error, ValueError) as err:
        if path.exists():
            log.warning("rebuilding %s: its kept copy cannot be read (%s)", path, err)
    profile = read()
    if not cache.current():  # read while an ingest changed it: used once, not kept
        return profile
    try:
        write_table(path, profile, stamp)
    except (OSError, sqlite3.Error) as err:
        log.warning("cannot keep %s for the next open: %s", path, err)
        return profile
    return _with_papers(profile.model_dump(exclude={"papers"}), PaperTable(path))


def _with_papers(header: dict[str, object], table: PaperTable) -> Profile:
    """A Profile whose papers are the table (not validated: they were when written)."""
    profile = Profile.model_validate({**header, "papers": []})
    profile.__dict__["papers"] = table
    return profile


def write_table(path: Path, profile: Profile, stamp: str) -> None:
    """Write the papers, their columns and authors to `path` (a temporary file, renamed)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(tmp)
    try:
        db.executescript(SCHEMA)
        papers = profile.papers
        records = ((i, p.model_dump_json()) for i, p in enumerate(papers))
        db.executemany("INSERT INTO papers VALUES (?, ?)", records)
        arrays: dict[str, npt.NDArray[Any]] = {
            "day": np.array([p.date.toordinal() for p in papers], dtype=np.int32),
            "listed": np.array([p.n for p in papers], dtype=np.int64),
            "has_code": np.array([p.has_code for p in papers], dtype=bool),
            "truncated": np.array([p.authors_truncated for p in papers], dtype=bool),
            "keys": paper_keys(p.id for p in papers),
        }
        # Only the papers marked with code are read for what they say of it.
        found = [code_release(p) if p.has_code else None for p in papers]
        code = ReleaseColumns.of(found)
        for flag, array in zip(
            RELEASE_FLAGS, (code.said, code.promised, code.anonymous), strict=True
        ):
            arrays[f"release_{flag}"] = array
        for name, array in arrays.items():
            data = io.BytesIO()
            np.save(data, array, allow_pickle=False)
            db.execute("INSERT INTO columns VALUES (?, ?)", (name, data.getvalue()))
        texts = {
            "ids": [p.id for p in papers],
            "titles": [p.title for p in papers],
            "categories": [p.category for p in papers],
            "affiliations": [p.affiliation or "" for p in papers],
        }
        for name, values in texts.items():
            db.execute("INSERT INTO columns VALUES (?, ?)", (name, json.dumps(values).encode()))
        db.execute("INSERT INTO columns VALUES (?, ?)", ("release_owners", code.dump_owners()))
        db.executemany(
            "INSERT INTO releases VALUES (?, ?)",
            ((i, r.model_dump_json()) for i, r in enumerate(found) if r is not None),
        )
        people = people_rows(papers)
        db.executemany(
            "INSERT INTO authors VALUES (?, ?, ?)",
            (
                (key, np.array(rows, dtype=np.int32).tobytes(), json.dumps(sorted(spelled)))
                for key, (rows, spelled) in people.items()
            ),
        )
        db.executemany(  # only for people spelled more than one way (else: the rows above)
            "INSERT INTO spellings VALUES (?, ?, ?)",
            (
                (spelling, key, np.array(rows, dtype=np.int32).tobytes())
                for key, (_, spelled) in people.items()
                if len(spelled) > 1
                for spelling, rows in spelled.items()
            ),
        )
        places, openers = index_titles(texts["titles"])
        db.executemany(
            "INSERT INTO title_words VALUES (?, ?, ?)",
            (
                (int(hyphens), word, np.array(at, dtype=np.int32).tobytes())
                for hyphens, words in places.items()
                for word, at in words.items()
            ),
        )
        db.executemany(
            "INSERT INTO title_openers VALUES (?, ?)",
            ((stem, np.array(rows, dtype=np.int32).tobytes()) for stem, rows in openers.items()),
        )
        named = [aliases(paper) for paper in papers]
        db.executemany(
            "INSERT INTO names VALUES (?, ?)", ((i, json.dumps(n)) for i, n in enumerate(named))
        )
        db.executemany(
            "INSERT INTO name_starts VALUES (?, ?, ?)",
            ((" ".join(first_words(n)), n, i) for i, known in enumerate(named) for n in known),
        )
        db.execute(NAME_STARTS_INDEX)
        db.executemany(
            "INSERT INTO bracketed VALUES (?, ?)",
            (
                (token, np.array(rows, dtype=np.int32).tobytes())
                for token, rows in bracketed_rows(p.abstract for p in papers).items()
            ),
        )
        header = profile.model_dump(mode="json", exclude={"papers"})
        meta = {"size": str(len(papers)), "header": json.dumps(header), "stamp": stamp}
        db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        db.commit()
    finally:
        db.close()
    tmp.replace(path)


BRACKETED = re.compile(r"\(\s*([^()\s]+)\s*\)")


def bracketed_rows(abstracts: Iterable[str]) -> dict[str, list[int]]:
    """Per word written alone in brackets in an abstract ('(IT)', '( RL )'): the rows
    whose abstract does so. Where an abstract defines an acronym ('instruction tuning (IT)',
    `names.expansion`), the acronym is such a word: those rows are the only ones to read,
    however common the acronym is as a word ('it', 'is', 'an')."""
    rows: dict[str, list[int]] = {}
    for i, abstract in enumerate(abstracts):
        for token in dict.fromkeys(BRACKETED.findall(abstract)):
            rows.setdefault(token, []).append(i)
    return rows


def people_rows(papers: Sequence[Paper]) -> dict[str, tuple[list[int], dict[str, list[int]]]]:
    """Per person (normalised name): the rows listing them, and per spelling the rows that
    spell them so."""
    rows: dict[str, list[int]] = {}
    spellings: dict[str, dict[str, list[int]]] = {}
    keys: dict[str, str] = {}  # spelling -> key: a profile has far fewer than author slots
    for i, paper in enumerate(papers):
        for author in dict.fromkeys(paper.authors):
            if author not in keys:
                keys[author] = normalize_name(author)
            spellings.setdefault(keys[author], {}).setdefault(author, []).append(i)
        for key in {keys[a] for a in paper.authors}:
            rows.setdefault(key, []).append(i)
    return {key: (listed, spellings[key]) for key, listed in rows.items()}


def _rows(blob: object) -> npt.NDArray[np.int64]:
    """Rows kept as int32 bytes."""
    return np.frombuffer(bytes(blob), dtype=np.int32).astype(np.int64)  # type: ignore[call-overload]
