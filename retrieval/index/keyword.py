"""The keyword half of hybrid search: BM25 over chunk texts, on disk (tantivy), keyed by chunk id.

Chroma's own sparse (BM25) index only exists in its hosted deployment, so the keyword index
lives beside it: one tantivy index per profile, written by the same ingest that writes Chroma,
and stamped with the collection's version when that ingest finishes. An index whose stamp
differs from the collection's (an interrupted ingest, a store from before this index, another
host's ingest against a shared server) is rebuilt from Chroma's documents when it is opened.
Only ids and term statistics are kept: texts are read back from Chroma by id. Each chunk also
carries its paper's key (a 64-bit hash of the paper id) in a fast field, so the papers a query
finds are read from a column instead of from each chunk's stored id, and its paper's date (`day`,
the date's ordinal), so a query within some dates is narrowed by the engine: a count on a topic
in one year reads the matches of that year, not of every year. A paper chunk also keeps its
title's and abstract's words as written (`said`, with their positions), so that a phrase the
paper says word after word is found without reading its text.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import logging
import re
import shutil
from collections.abc import Collection, Iterable, Iterator, Sequence, Set
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import tantivy

from retrieval.index.chunks import PAPER_CHUNK, paper_of
from retrieval.text import STOPWORDS, stem

log = logging.getLogger(__name__)

# Words of two or more letters or digits ('qwen2', 'gpt', 'rl'); stopwords out, then stemmed.
TOKEN = re.compile(r"(?u)\b\w\w+\b")
COMPOUND = re.compile(r"\b[a-z]+(?:-[a-z]+)+\b")  # 'multi-task', 'pre-training'
VERSION_FILE = "profilebot-version"
WRITER_HEAP = 32_000_000  # bytes: the writer flushes a segment when it has buffered this much
TERMS_PER_QUERY = 64  # a question's distinct words (a pasted abstract is cut here)
# A search among some papers reads this many times the hits it needs per allowed share from
# the unfiltered ranking, up to MAX_OVERFETCH hits; beyond, or when that holds too few of
# theirs, it filters with a term set on their ids.
OVERFETCH = 2
MAX_OVERFETCH = 4096
TIES = 16  # hits read past the k best, to see whether the k-th score is tied beyond them
# The `said` field: words as written (letters, digits, hyphens) and, between them, one MARK for
# any other signs ('.', '(', '/'): two words side by side there have only spaces between them.
SAID_TOKEN = re.compile(r"([\w-]+)|[^\w\s-]+")
SAID_WORD = re.compile(r"[\w-]+")
MARK = "|"


def terms(text: str) -> list[str]:
    """The indexed terms of a text, in order: lower-cased words, no stopwords, stemmed."""
    return stem(w for w in TOKEN.findall(text.lower()) if w not in STOPWORDS)


def query_terms(text: str) -> list[str]:
    """`terms` of a query, and of each compound in it written as one word: 'multi-task' is
    also asked as 'multitask' (indexed as one term where a paper writes it so)."""
    joined = (m[0].replace("-", "") for m in COMPOUND.finditer(text.lower()))
    return terms(text) + terms(" ".join(joined))


def said_terms(*texts: str) -> list[str]:
    """The `said` terms of some texts (a title, an abstract), in order: each word lower-cased,
    each run of other signs one MARK, a MARK between the texts (no phrase spans two)."""
    out: list[str] = []
    for text in texts:
        for m in SAID_TOKEN.finditer(text):
            word = (m[1] or "").lower()
            # hyphens alone ('A - B') and a word that lower-casing lengthens ('İ') are no words
            if word.strip("-") and len(word) == len(m[0]):
                out.append(word)
            elif out[-1:] != [MARK]:
                out.append(MARK)
        if out[-1:] != [MARK]:
            out.append(MARK)
    return out


def paper_key(paper_id: str) -> int:
    """A paper id as the unsigned 64-bit number kept in the index's `key` column."""
    return int.from_bytes(hashlib.blake2b(paper_id.encode(), digest_size=8).digest(), "little")


def paper_keys(paper_ids: Iterable[str]) -> npt.NDArray[np.uint64]:
    """`paper_key` of each id, as an array (kept with the papers: 100k keys take ~0.5 s)."""
    return np.array([paper_key(i) for i in paper_ids], dtype=np.uint64)


def _schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw")
    builder.add_text_field("paper", stored=False, tokenizer_name="raw")
    builder.add_unsigned_field("key", stored=False, indexed=False, fast=True)
    # The paper's date as date.toordinal() (0: not known); a field added after the first
    # stores: an index without it cannot be opened with this schema and is rebuilt (__init__)
    builder.add_integer_field("day", stored=False, indexed=True, fast=True)
    # Pre-analysed terms joined by spaces: tantivy only splits them (BM25 needs frequencies).
    builder.add_text_field("text", stored=False, tokenizer_name="whitespace", index_option="freq")
    # A paper chunk's `said_terms` with positions; added after the first stores (as `day`)
    builder.add_text_field(
        "said", stored=False, tokenizer_name="whitespace", index_option="position"
    )
    return builder.build()


class KeywordIndex:
    """One profile's chunks in a tantivy index; `path=None` keeps it in memory."""

    def __init__(self, path: Path | None = None) -> None:
        self.path, self.schema = path, _schema()
        self._ids: Sequence[str] = ()
        self._keys: npt.NDArray[np.uint64] | None = None
        self._by_key: tuple[npt.NDArray[np.uint64], npt.NDArray[np.int64]] | None = None
        if path is None:
            self._index = tantivy.Index(self.schema)
            return
        path.mkdir(parents=True, exist_ok=True)
        try:
            self._index = tantivy.Index(self.schema, path=str(path), reuse=True)
        except ValueError as err:  # an older version's fields (or unreadable): start afresh;
            # with no version stamp it is rebuilt from Chroma at open, or by the next ingest
            log.info("keyword index at %s cannot be read (%s): starting it afresh", path, err)
            remove(path)
            path.mkdir(parents=True, exist_ok=True)  # another process may be at the same step
            self._index = tantivy.Index(self.schema, path=str(path), reuse=True)

    def know(self, paper_ids: Collection[str], keys: npt.NDArray[np.uint64] | None = None) -> None:
        """The profile's paper ids, so the papers a query finds come from the `key` column
        (a key not among them, or none known, is read from the chunk's stored id); `keys`:
        their `paper_keys`, when kept (else computed at the first such question)."""
        self._ids = paper_ids if isinstance(paper_ids, Sequence) else list(paper_ids)
        self._keys, self._by_key = keys, None
        if keys is not None:  # ~10 ms at 100k papers: at open, not in the first question
            self._rows(keys[:0])

    def version(self) -> str:
        """The collection version this index was last completed for ('' if never)."""
        if self.path is None:
            return getattr(self, "_version", "")
        stamp = self.path / VERSION_FILE
        return stamp.read_text().strip() if stamp.exists() else ""

    def _stamp(self, version: str) -> None:
        if self.path is None:
            self._version = version
            return
        stamp = self.path / VERSION_FILE
        tmp = stamp.with_suffix(".tmp")
        tmp.write_text(version)
        tmp.replace(stamp)  # atomic: a crash leaves the old stamp or the new one

    @contextmanager
    def writing(self) -> Iterator[Writer]:
        """A writer; its changes are committed on a clean exit, dropped on an error. The
        version stamp is cleared first, so an interrupted write is noticed at the next open."""
        self._stamp("")
        writer = Writer(self._index.writer(WRITER_HEAP, 1))
        try:
            yield writer
        except BaseException:
            writer.raw.rollback()
            writer.raw.wait_merging_threads()  # releases the writer's lock (the traceback
            raise  # keeps the object alive in a process that goes on)
        writer.raw.commit()
        writer.raw.wait_merging_threads()
        self._index.reload()

    def complete(self, version: str) -> None:
        """Record that the index now matches the collection at this version."""
        self._stamp(version)

    def count(self) -> int:
        return int(self._index.searcher().num_docs)

    def search(self, text: str, k: int, papers: Iterable[str] | None = None) -> dict[str, float]:
        """Chunk id -> BM25 score for the k best chunks sharing a term with the text, among
        the chunks of `papers` (None: every paper)."""
        wanted = list(dict.fromkeys(query_terms(text)))[:TERMS_PER_QUERY]
        if not wanted or k <= 0:
            return {}
        should = [
            (tantivy.Occur.Should, tantivy.Query.term_query(self.schema, "text", t)) for t in wanted
        ]
        query = tantivy.Query.boolean_query(should)
        if papers is None:
            return self._top(query, k)
        allowed: Set[str] = papers if isinstance(papers, Set) else set(papers)
        return self._top_among(query, k, allowed) or self._top(self._within(query, allowed), k)

    def chunks(self, papers: Collection[str], most: int) -> list[str] | None:
        """The ids of the chunks of these papers, sorted; None when they have more than `most`
        (the cost is that of their chunks, whatever the profile's size)."""
        if not papers:
            return []
        searcher = self._index.searcher()
        query = tantivy.Query.term_set_query(self.schema, "paper", list(papers))
        hits = searcher.search(query, limit=most + 1).hits
        if len(hits) > most:
            return None
        return sorted(str(searcher.doc(address)["id"][0]) for _, address in hits)

    def _top(self, query: tantivy.Query, k: int) -> dict[str, float]:
        """The k best chunks, equal scores in `_order`'s order: the hits are read until past
        every chunk tied with the k-th (tantivy orders equal scores by where a chunk sits in
        the index, which differs between an index the ingest wrote and one rebuilt from
        Chroma, so the k kept and their order would too)."""
        searcher = self._index.searcher()
        limit, everything = k + TIES, max(int(searcher.num_docs), 1)
        hits = searcher.search(query, limit=limit).hits
        while len(hits) == limit < everything and hits[-1][0] == hits[k - 1][0]:
            limit *= 4
            hits = searcher.search(query, limit=limit).hits
        if len(hits) > k:
            hits = [h for h in hits if h[0] >= hits[k - 1][0]]
        scores = [float(score) for score, _ in hits]
        addresses = [address for _, address in hits]
        order = self._order(searcher, scores, addresses)[:k]
        return {str(searcher.doc(addresses[i])["id"][0]): scores[i] for i in order}

    def _within(self, query: tantivy.Query, allowed: Set[str]) -> tantivy.Query:
        """The query among the chunks of the allowed papers (a term set on their ids)."""
        among = tantivy.Query.term_set_query(self.schema, "paper", list(allowed))
        return tantivy.Query.boolean_query(
            [(tantivy.Occur.Must, query), (tantivy.Occur.Must, among)]
        )

    def _top_among(self, query: tantivy.Query, k: int, allowed: Set[str]) -> dict[str, float]:
        """`_top(_within(query, allowed), k)` read from the wider unfiltered ranking, when the
        allowed papers are a large enough share that it holds k of theirs: a term set of
        thousands of ids costs more than the query (7,000 ids at 100k papers: ~30 ms against
        ~5 ms). Scores as the filtered query gives them: BM25 plus the term set's constant 1
        (tantivy adds a Must clause's score). {} when the wider ranking cannot tell."""
        if not self._ids or not allowed:
            return {}
        wide = int(OVERFETCH * k * len(self._ids) / len(allowed))
        if wide > MAX_OVERFETCH:
            return {}
        searcher = self._index.searcher()
        hits = searcher.search(query, limit=wide).hits
        addresses = [address for _, address in hits]
        keys = _keys(searcher.fast_field_values("key", addresses))
        if keys is None:  # a chunk without a key column
            return {}
        rows = self._rows(keys)
        if (rows < 0).any():  # a paper not known: its chunks' stored ids would be needed
            return {}
        # Scores as the filtered query gives them (BM25 + 1 in 32 bits: two BM25 scores may
        # round to one), so that equal ones are the same there and here.
        bm25 = np.array([score for score, _ in hits], dtype=np.float32)
        scores: list[float] = (bm25 + np.float32(1.0)).tolist()
        kept: list[int] = []
        for i, r in enumerate(rows.tolist()):  # theirs in ranking order, past ties at the k-th
            if len(kept) >= k and scores[i] < scores[kept[k - 1]]:
                break
            if self._ids[r] in allowed:
                kept.append(i)
        else:  # the ranking read ended with fewer than k of theirs, or tied at their k-th
            if len(hits) == wide:  # more may be further down: filter instead
                return {}
        order = self._order(searcher, [scores[i] for i in kept], [addresses[i] for i in kept])
        chosen = [kept[j] for j in order[:k]]
        return {str(searcher.doc(addresses[i])["id"][0]): scores[i] for i in chosen}

    def _order(
        self, searcher: tantivy.Searcher, scores: list[float], addresses: list[tantivy.DocAddress]
    ) -> list[int]:
        """Positions of the hits, best score first, equal scores in the profile's order: by
        their paper's place among the known ids (the `key` column, read in one call; a paper
        not known after them, by key), then by the chunk's place in its paper (its id, read
        only for one paper's tied chunks). That is the order an ingest writes them in, which
        tantivy keeps for equal scores in an index written at once; an index rebuilt from
        Chroma, written in batches or merged orders them otherwise, and this does not."""
        if not scores:
            return []
        keys = _keys(searcher.fast_field_values("key", addresses))
        if keys is None:  # chunks without a key: by id alone
            keys = np.zeros(len(scores), dtype=np.uint64)
            rows = np.full(len(scores), -1, dtype=np.int64)
        else:
            rows = self._rows(keys) if len(self._ids) else np.full(len(keys), -1, np.int64)
        places = np.where(rows >= 0, rows, len(self._ids))
        order = np.lexsort((keys, places, -np.asarray(scores, dtype=np.float64))).tolist()
        out: list[int] = []
        start = 0
        while start < len(order):  # a run of one score and one paper: by the chunk's place
            first, end = order[start], start + 1
            while end < len(order) and (scores[order[end]], keys[order[end]]) == (
                scores[first],
                keys[first],
            ):
                end += 1
            run = order[start:end]
            if len(run) > 1:
                run.sort(key=lambda j: _chunk_place(str(searcher.doc(addresses[j])["id"][0])))
            out += run
            start = end
        return out

    def papers_with(
        self, words: list[list[str]], days: Days | None = None, newest: int | None = None
    ) -> Found | None:
        """Ids of the papers with a chunk that holds every entry of `words` in one of its
        spellings (['network', 'networks']), or None when no spelling has an indexed term (a
        stopword): any paper may hold them then. A superset of the papers whose text has the
        words one after another: callers confirm with their own pattern. `days`: only the
        papers dated within (first, last), date ordinals (a paper with no date is kept).
        `newest`: only the papers dated on or after the `newest`-th newest of them, read in
        date order (`Found.cut` says whether some were left out)."""
        clauses = []
        for spellings in words:
            either = [[*dict.fromkeys(terms(s))] for s in spellings]
            if either and all(either):  # else a spelling without an indexed term: no constraint
                clauses.append(self._any([self._all(found) for found in either]))
        if not clauses:
            return None
        return self._papers(self._dated(self._all(clauses), days), newest)

    def papers_saying(self, words: list[list[str]], days: Days | None = None) -> Found:
        """Ids of the papers whose title or abstract says the words one after another, with
        only spaces between, each in one of its spellings (['machine', 'machines']; words as
        `said_terms` writes them: lower-cased, no space inside); `days`: see `papers_with`."""
        words = [[w for w in ws if SAID_WORD.fullmatch(w)] for ws in words]  # else never said
        if not words or not all(words):
            return Found(self._ids, np.array([], dtype=np.int64))
        if len(words) == 1:
            query = tantivy.Query.term_set_query(self.schema, "said", words[0])
        else:  # each word's spellings as a regex: letters, digits and hyphens are literals
            either: list[str | tuple[int, str]] = ["|".join(ws) for ws in words]
            query = tantivy.Query.regex_phrase_query(self.schema, "said", either)
        return self._papers(self._dated(query, days))

    def papers_like(
        self, pattern: str, days: Days | None = None, newest: int | None = None
    ) -> Found:
        """Ids of the papers with a chunk holding a term that matches the regex (whole term,
        Rust syntax, over the lower-cased, stemmed terms); `days`, `newest`: see
        `papers_with`."""
        query = tantivy.Query.regex_query(self.schema, "text", pattern)
        return self._papers(self._dated(query, days), newest)

    def _dated(self, query: tantivy.Query, days: Days | None) -> tantivy.Query:
        """The query among the chunks dated within `days` (or not dated: day 0)."""
        if days is None:
            return query
        within = tantivy.Query.range_query(
            self.schema, "day", tantivy.FieldType.Integer, int(days[0]), int(days[1])
        )
        undated = tantivy.Query.term_query(self.schema, "day", 0)
        return self._all([query, self._any([within, undated])])

    def _papers(self, query: tantivy.Query, newest: int | None = None) -> Found:
        """The papers of every chunk the query matches: their rows among the known ids from
        the key column, as one array (no id string per hit); a chunk whose paper is not known
        (or without a key) is read from its stored id. `newest`: see `papers_with`."""
        searcher = self._index.searcher()
        recent = self._newest(searcher, query, newest) if newest else None
        hits, cut = recent or (searcher.search(query, limit=max(searcher.num_docs, 1)).hits, False)
        addresses = [address for _, address in hits]
        values = searcher.fast_field_values("key", addresses)
        keys = _keys(values)
        if keys is None:  # some chunks without a key: those are read by their stored id
            keyed = np.array([isinstance(k, int) for k in values], dtype=bool)
            keys = np.array([k if isinstance(k, int) else 0 for k in values], dtype=np.uint64)
            rows = self._rows(keys)
            rows[~keyed] = -1
        else:
            rows = self._rows(keys)
        unknown = np.flatnonzero(rows < 0).tolist()
        others = {paper_of(str(searcher.doc(addresses[i])["id"][0])) for i in unknown}
        return Found(self._ids, _unique(rows[rows >= 0], len(self._ids)), frozenset(others), cut)

    def _newest(
        self, searcher: tantivy.Searcher, query: tantivy.Query, n: int
    ) -> tuple[list[tuple[Any, tantivy.DocAddress]], bool] | None:
        """The hits of the papers dated on or after the n-th newest paper the query matches
        (every chunk of that date included), newest first, and whether some were left out;
        None when that is most of them (read them all). The engine orders them by `day`:
        a topic named by ~10,000 of 100k papers hands ~n of them to Python, not all."""
        limit, everything = 4 * n, int(searcher.num_docs)
        while limit < everything // 2:
            hits = searcher.search(query, limit=limit, order_by_field="day").hits
            papers: dict[int, None] = {}
            values = searcher.fast_field_values("key", [address for _, address in hits])
            last = None
            for (day, _), key in zip(hits, values, strict=True):
                papers.setdefault(key if isinstance(key, int) else -1, None)
                if len(papers) == n:
                    last = day
                    break
            if len(hits) < limit:  # every hit read
                return hits, False
            if last is not None and hits[-1][0] < last:  # past the n-th paper's date
                return [h for h in hits if h[0] >= last], True
            limit *= 4
        return None

    def _rows(self, keys: npt.NDArray[np.uint64]) -> npt.NDArray[np.int64]:
        """The position in the known ids of each key's paper (-1: not known)."""
        if self._by_key is None:  # once per profile, at the first such question
            known = self._keys if self._keys is not None else paper_keys(self._ids)
            order = np.argsort(known, kind="stable").astype(np.int64)
            self._by_key = (known[order], order)
        ordered, order = self._by_key
        if not len(ordered):
            return np.full(len(keys), -1, dtype=np.int64)
        at = np.minimum(np.searchsorted(ordered, keys), len(ordered) - 1)
        return np.where(ordered[at] == keys, order[at], -1)

    def _all(self, parts: list[tantivy.Query] | list[str]) -> tantivy.Query:
        return tantivy.Query.boolean_query([(tantivy.Occur.Must, self._q(p)) for p in parts])

    def _any(self, parts: list[tantivy.Query]) -> tantivy.Query:
        return tantivy.Query.boolean_query([(tantivy.Occur.Should, p) for p in parts])

    def _q(self, part: tantivy.Query | str) -> tantivy.Query:
        """A term (already analysed) as a query; a query as it is."""
        if isinstance(part, str):
            return tantivy.Query.term_query(self.schema, "text", part)
        return part


Days = tuple[int, int]  # the first and last date ordinal (date.toordinal()) of a range


def day_of(iso: object) -> int:
    """A chunk's date (ISO, in its metadata) as the `day` column holds it; 0 if none."""
    try:
        return dt.date.fromisoformat(str(iso)[:10]).toordinal()
    except ValueError:
        return 0


def _chunk_place(chunk_id: str) -> tuple[int, str]:
    """A chunk's place in its paper (make_chunks: the paper chunk, then sentence n), then its
    id (a chunk id of another shape)."""
    end = chunk_id.rsplit(":", 1)[-1]
    if end == PAPER_CHUNK[1:]:
        return -1, chunk_id
    if end[:1] == "s" and end[1:].isdigit():
        return int(end[1:]), chunk_id
    return 1 << 30, chunk_id


def _unique(rows: npt.NDArray[np.int64], known: int) -> npt.NDArray[np.int64]:
    """`np.unique` of rows among `known` ids, as a mask over them: the rows a query finds
    grow with the profile (~10,000 at 100k papers), and numpy's unique hashes them (~3 ms),
    a mask of 100k flags costs ~0.1 ms."""
    seen = np.zeros(known, dtype=bool)
    seen[rows] = True
    return np.flatnonzero(seen).astype(np.int64)


def _keys(values: list[Any]) -> npt.NDArray[np.uint64] | None:
    """The key column's values as an array; None when some chunk has none (an older one)."""
    try:
        return np.array(values, dtype=np.uint64)
    except (TypeError, ValueError, OverflowError):
        return None


class Found(Set[str]):
    """The ids of the papers a keyword query found, kept as their rows among the profile's
    known ids (`KeywordIndex.know`; sorted, unique) plus any id not known: a caller that holds
    the same ids (the profile's columns) narrows them with arrays, without a string per paper;
    the ids themselves are made only when it is used as a set."""

    def __init__(
        self,
        ids: Sequence[str],
        rows: npt.NDArray[np.int64],
        others: frozenset[str] = frozenset(),
        cut: bool = False,
    ) -> None:
        """`cut`: only the newest papers found (`KeywordIndex.papers_with`'s `newest`)."""
        self.ids, self.rows, self.others, self.cut = ids, rows, others, cut

    @functools.cached_property
    def _set(self) -> frozenset[str]:
        return frozenset(self.ids[r] for r in self.rows.tolist()) | self.others

    def __contains__(self, pid: object) -> bool:
        return pid in self._set

    def __iter__(self) -> Iterator[str]:
        return iter(self._set)

    def __len__(self) -> int:
        return len(self._set)

    @classmethod
    def _from_iterable(cls, ids: Iterable[Any]) -> frozenset[Any]:
        return frozenset(ids)  # what set operations other than a union of two Found give

    def __or__(self, other: Set[Any]) -> Set[Any]:
        if isinstance(other, Found) and other.ids is self.ids:
            both = np.concatenate([self.rows, other.rows])
            cut = self.cut or other.cut
            return Found(self.ids, _unique(both, len(self.ids)), self.others | other.others, cut)
        return self._set | frozenset(other)


class Writer:
    """Adds (replacing a chunk with the same id) and deletes, within `KeywordIndex.writing`."""

    def __init__(self, raw: tantivy.IndexWriter) -> None:
        self.raw = raw

    def add(
        self, chunk_id: str, paper_id: str, text: str, day: int = 0, said: Sequence[str] = ()
    ) -> None:
        """`day`: the paper's date as date.toordinal() (0: not known); `said`: a paper chunk's
        title and abstract, as the profile reads them (see `papers_saying`)."""
        self.raw.delete_documents_by_term("id", chunk_id)
        doc = tantivy.Document(id=chunk_id, paper=paper_id, text=" ".join(terms(text)))
        if said:
            doc.add_text("said", " ".join(said_terms(*said)))
        doc.add_unsigned("key", paper_key(paper_id))  # a plain int would be taken as signed
        doc.add_integer("day", day)
        self.raw.add_document(doc)

    def delete(self, chunk_ids: Iterable[str]) -> None:
        for chunk_id in chunk_ids:
            self.raw.delete_documents_by_term("id", chunk_id)

    def clear(self) -> None:
        self.raw.delete_all_documents()


def remove(path: Path) -> None:
    """Delete an index on disk (a dropped profile)."""
    shutil.rmtree(path, ignore_errors=True)
