"""The title phrases two or more papers write, read once per profile: for each phrase of one
or two words that some title says (none broad), the rows writing it and those on it. The
overviews of the lines of work that stopped or started by a year and of what stayed the same
rank these phrases; reading every paper's words per question would grow with the profile.

Kept as arrays over the profile's columns (rows, years), not as the papers or their words: at
10k papers keeping each paper's phrases took ~500 MB; a question reads only the papers it
cites."""

from __future__ import annotations

import json
import math
from array import array
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt

from retrieval.index.columns import PaperColumns
from retrieval.model import Paper
from retrieval.themes.labels import COMMON, Gram, Phrases, written_as

LONGEST = 2  # words of a phrase weighed (longer ones repeat shorter ones)
Mask = npt.NDArray[np.bool_]
Rows32 = npt.NDArray[np.int32]  # rows of the profile's columns (half the size of int64)
Counts = npt.NDArray[np.int64]
Row = TypeVar("Row", np.int32, np.int64)  # the rows of the themes are int64
Parts = dict[str, npt.NDArray[Any]]  # what is kept of a HeldPhrases, by name


class HeldPhrases:
    """The phrases of the papers' titles and who writes them, with each phrase's two rankings
    (lines of work, threads) sorted once; a question walks a ranking until it has enough.

    Phrase k: `said(k)` the rows (profile order) whose title or abstract says it, `held(k)`
    those on it (its title says it, or its abstract more than once), `titled[k]` how many
    rows' titles say it, `first`/`last`/`years` the earliest, latest and distinct years of
    the rows saying it."""

    def __init__(self, columns: PaperColumns, kept: Parts | None = None) -> None:
        """`kept`: what `phrase_parts` made of these columns (read back from disk); else built."""
        self.columns = columns
        parts = phrase_parts(columns) if kept is None else kept
        self.rank = parts["rank"]  # each row's place when the papers are sorted by (date, id)
        texts = json.loads(str(parts["texts"]))
        self.grams: list[Gram] = [tuple(g) for g in texts["grams"]]
        self.spelled: list[tuple[str, str]] = [(a, b) for a, b in texts["spelled"]]
        self._said, self._said_at = parts["said"], parts["said_at"]
        self._held, self._held_at = parts["held"], parts["held_at"]
        self.titled = parts["titled"]
        self.first, self.last, self.years = parts["first"], parts["last"], parts["years"]
        self._by_lines: list[int] = parts["by_lines"].tolist()
        self._by_threads: list[int] = parts["by_threads"].tolist()

    def said(self, k: int) -> Rows32:
        """The rows whose title or abstract says phrase k, in the profile's order."""
        return self._said[self._said_at[k] : self._said_at[k + 1]]

    def held(self, k: int) -> Rows32:
        """The rows on phrase k, in the profile's order."""
        return self._held[self._held_at[k] : self._held_at[k + 1]]

    def lines(
        self, beyond: Callable[[list[int]], bool], fewest: int, most: int
    ) -> list[tuple[str, Sequence[Paper]]]:
        """Phrases `fewest` or more papers are on whose every paper saying them has years
        `beyond` accepts, the most held first, each with its papers on it oldest first; a
        phrase inside another kept, or held by the same papers, is left out."""
        chosen: list[int] = []
        for k in self._by_lines:
            held = self.held(k)
            if len(held) < fewest or not beyond([int(self.first[k]), int(self.last[k])]):
                continue
            gram = self.grams[k]
            if not any(
                _nested(gram, self.grams[c]) or np.array_equal(held, self.held(c)) for c in chosen
            ):
                chosen.append(k)
                if len(chosen) == most:
                    break
        return [(self.spelled[k][0], self._papers(self.held(k))) for k in chosen]

    def threads(
        self, early: Mask, late: Mask, fewest: int, most: int
    ) -> list[tuple[str, Sequence[Paper]]]:
        """Phrases that `fewest` or more papers write, papers of both periods (rows `early`
        and `late` flag) among them, the most telling first, each with its papers oldest
        first; a phrase inside a longer one kept is left out."""
        chosen: list[int] = []
        for k in self._by_threads:
            said = self.said(k)
            if len(said) < fewest or any(_nested(self.grams[k], self.grams[c]) for c in chosen):
                continue
            if early[said].any() and late[said].any():
                chosen.append(k)
                if len(chosen) == most:
                    break
        return [(self.spelled[k][1], self._papers(self.said(k))) for k in chosen]

    def oldest_first(self, rows: npt.NDArray[Row]) -> npt.NDArray[Row]:
        """These rows sorted by their papers' (date, id)."""
        return rows[np.argsort(self.rank[rows], kind="stable")]

    def _papers(self, rows: Rows32) -> Sequence[Paper]:
        return self.columns.lazy(self.oldest_first(rows).tolist())


def phrase_parts(columns: PaperColumns) -> Parts:
    """HeldPhrases' parts read from the papers (one pass over the titles, one over the
    papers), as arrays of rows (int32) and one JSON text of the phrases and spellings: what a
    DerivedCache keeps on disk, so that later processes read them instead."""
    ids = np.array(columns.ids, dtype=str)
    dated = np.lexsort((ids, columns.day))
    rank = np.empty(len(ids), dtype=np.int32)
    rank[dated] = np.arange(len(ids), dtype=np.int32)
    made = _Build(columns, rank)
    (said, said_at), (held, held_at) = made.said, made.held
    first, last, years = _year_spans(columns.year.astype(np.int64), said, said_at)
    counts = (np.diff(said_at).tolist(), np.diff(held_at).tolist(), made.titled.tolist())
    texts = {"grams": made.grams, "spelled": made.spelled}
    return {
        "rank": rank,
        "texts": np.array(json.dumps(texts)),
        "said": said,
        "said_at": said_at,
        "held": held,
        "held_at": held_at,
        "titled": made.titled,
        "first": first,
        "last": last,
        "years": years,
        "by_lines": np.array(_by_lines(made.grams, *counts), dtype=np.int32),
        "by_threads": np.array(
            _by_threads(made.grams, len(ids), counts[0], years.tolist(), counts[2]),
            dtype=np.int32,
        ),
    }


def _by_lines(grams: list[Gram], said: list[int], held: list[int], titled: list[int]) -> list[int]:
    """Phrases by how well they carry a line: more papers on it, fewer saying it in passing,
    more in titles."""
    scores = {
        k: held[k] ** 2 / said[k] * (1 + titled[k] / held[k]) for k in range(len(grams)) if held[k]
    }
    return _ranked(grams, scores)


def _by_threads(
    grams: list[Gram], n: int, said: list[int], years: list[int], titled: list[int]
) -> list[int]:
    """Phrases by how telling they are over the years: over more years, by fewer papers (a
    word every abstract uses tells nothing), more often in titles."""
    scores = {
        k: years[k] * math.log(n / said[k]) * (1 + int(titled[k]) / said[k])
        for k in range(len(grams))
    }
    return _ranked(grams, scores)


def _ranked(grams: list[Gram], scores: dict[int, float]) -> list[int]:
    return sorted(scores, key=lambda k: (-scores[k], -len(grams[k]), grams[k]))


class _Build:
    """One pass over the titles (the phrases some title says), one over the papers (who
    says each, how often, how written); nothing per paper is kept after it."""

    def __init__(self, columns: PaperColumns, rank: Rows32) -> None:
        words = Phrases([])  # the tokenizer: content-word runs, stems, broad words
        titled = {g for title in columns.titles() for g in _short(words.content_runs(title))}
        self.index = {g: k for k, g in enumerate(sorted(titled))}
        self._said = [array("i") for _ in self.index]
        self._held = [array("i") for _ in self.index]
        self._titled = np.zeros(len(self.index), dtype=np.int64)
        self._bags: Counter[str] = Counter()
        # (phrase, spelling) -> [times written, date rank and place where first written]
        self._seen: dict[tuple[int, str], list[int]] = {}
        for row, paper in enumerate(columns.papers):
            title = words.content_runs(paper.title)
            self._read(row, title + words.content_runs(paper.abstract), len(title), int(rank[row]))
        words.common = {s for s, n in self._bags.items() if n > COMMON * len(columns.ids)}
        words.common -= words.generic
        keep = [k for g, k in self.index.items() if not words.broad(g)]
        self.grams = [g for g in self.index if not words.broad(g)]
        self.said = _packed([self._said[k] for k in keep])
        self.held = _packed([self._held[k] for k in keep])
        self.titled = self._titled[keep]
        self.spelled = _chosen(self._seen, self.index, keep)

    def _read(self, row: int, runs: list[list[tuple[str, str]]], titled: int, dated: int) -> None:
        """One paper's runs (the first `titled` of its title): which titled phrases it says,
        in how many runs, whether its title says them, and how it writes them."""
        self._bags.update({s for run in runs for _, s in run})
        times: Counter[int] = Counter()
        in_title: set[int] = set()
        seen, index, place = self._seen, self.index, 0
        for j, run in enumerate(runs):
            stems = [s for _, s in run]
            spelled = [written_as(w) for w, _ in run]
            found: set[int] = set()
            for at in range(len(run)):
                for n in range(1, min(LONGEST, len(run) - at) + 1):
                    k = index.get(tuple(stems[at : at + n]))
                    if k is None:
                        continue
                    found.add(k)
                    key = (k, " ".join(spelled[at : at + n]))
                    if (got := seen.get(key)) is None:
                        seen[key] = [1, dated, place]  # the profile's order: first met first
                    else:
                        got[0] += 1
                        if dated < got[1]:  # met earlier, reading the papers oldest first
                            got[1:] = [dated, place]
                    place += 1
            times.update(found)
            if j < titled:
                in_title |= found
        for k, n in times.items():
            self._said[k].append(row)
            if k in in_title or n > 1:
                self._held[k].append(row)
        for k in in_title:
            self._titled[k] += 1


def _short(runs: list[list[tuple[str, str]]]) -> list[Gram]:
    """The phrases of one or two words of some runs."""
    found: list[Gram] = []
    for run in runs:
        stems = [s for _, s in run]
        for at in range(len(stems)):
            found.extend(
                tuple(stems[at : at + n]) for n in range(1, min(LONGEST, len(stems) - at) + 1)
            )
    return found


def _chosen(
    seen: dict[tuple[int, str], list[int]], index: dict[Gram, int], keep: list[int]
) -> list[tuple[str, str]]:
    """Per kept phrase, how its papers most often write it; a tie goes to the spelling met
    first, reading the papers oldest first, or in the profile's order."""
    dated: dict[int, tuple[tuple[int, int, int], str]] = {}
    plain: dict[int, tuple[int, str]] = {}
    for (k, spelled), (times, rank, place) in seen.items():  # insertion: the profile's order
        if k not in plain or times > plain[k][0]:
            plain[k] = (times, spelled)
        if k not in dated or (-times, rank, place) < dated[k][0]:
            dated[k] = ((-times, rank, place), spelled)
    grams = {k: g for g, k in index.items()}
    return [(dated[k][1], plain[k][1]) if k in plain else (" ".join(grams[k]),) * 2 for k in keep]


def _packed(lists: list[array[int]]) -> tuple[Rows32, Counts]:
    """Lists of rows as one array and where each starts (a last end appended)."""
    at = np.zeros(len(lists) + 1, dtype=np.int64)
    at[1:] = np.cumsum([len(x) for x in lists])
    flat = [np.frombuffer(x, dtype=np.int32) for x in lists]
    return (np.concatenate(flat) if lists else np.zeros(0, dtype=np.int32)), at


def _year_spans(years: Counts, rows: Rows32, at: Counts) -> tuple[Rows32, Rows32, Rows32]:
    """Per group of rows (`rows[at[k]:at[k + 1]]`, none empty): its earliest and latest year
    and how many distinct years."""
    if len(at) < 2:
        return (np.zeros(0, dtype=np.int32),) * 3
    of = np.repeat(np.arange(len(at) - 1), np.diff(at))
    y = years[rows]
    first = np.minimum.reduceat(y, at[:-1])
    last = np.maximum.reduceat(y, at[:-1])
    pairs = np.unique(np.stack([of, y]), axis=1)
    distinct = np.bincount(pairs[0], minlength=len(at) - 1)
    return first.astype(np.int32), last.astype(np.int32), distinct.astype(np.int32)


def _nested(gram: Gram, other: Gram) -> bool:
    return set(gram) <= set(other) or set(other) <= set(gram)
