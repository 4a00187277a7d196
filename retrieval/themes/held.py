"""The title phrases two or more papers write, read once per profile: for each phrase of one
or two words that some title says (none broad), the papers writing it and those on it. The
overviews of the lines of work that stopped or started by a year and of what stayed the same
rank these phrases; reading every paper's words per question would grow with the profile."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from retrieval import facts
from retrieval.model import Paper
from retrieval.themes.labels import Gram, Phrases

LONGEST = 2  # words of a phrase weighed (longer ones repeat shorter ones)


@dataclass(frozen=True)
class Held:
    """One phrase: the rows (in the profile's order) writing it anywhere, and those on it."""

    said: tuple[int, ...]  # its title or abstract says the phrase
    held: tuple[int, ...]  # on it: its title says it, or its abstract more than once
    titled: int  # rows whose title says it
    first: int  # the earliest and latest year of a row saying it
    last: int
    years: int  # distinct years of the rows saying it


class HeldPhrases:
    """The phrases of the papers' titles and who writes them, with each phrase's two rankings
    (lines of work, threads) sorted once; a question walks a ranking until it has enough."""

    def __init__(self, papers: Sequence[Paper]) -> None:
        self.papers = list(papers)
        self.phrases = Phrases(self.papers)
        self.by_id = {p.id: p for p in self.papers}
        self.dated = sorted(self.papers, key=lambda p: (p.date, p.id))
        at = {p.id: n for n, p in enumerate(self.dated)}
        self._dated_at = [at[p.id] for p in self.papers]  # each row's place in date order
        self.grams = _holders(self.phrases, self.papers)
        self._spelled: dict[tuple[Gram, bool], str] = {}

    @cached_property
    def periods(self) -> list[facts.Period]:
        """The early and the late period of the papers' years (one when a single year)."""
        return [p for p in facts.focus_shift(self.papers) if p.papers]

    @cached_property
    def _by_lines(self) -> list[Gram]:
        """Phrases by how well they carry a line: more papers on it, fewer saying it in
        passing, more in titles."""
        scores = {
            g: len(h.held) ** 2 / len(h.said) * (1 + h.titled / len(h.held))
            for g, h in self.grams.items()
            if h.held
        }
        return _ranked(scores)

    @cached_property
    def _by_threads(self) -> list[Gram]:
        """Phrases by how telling they are over the years: over more years, by fewer papers
        (a word every abstract uses tells nothing), more often in titles."""
        n = len(self.papers)
        scores = {
            g: h.years * math.log(n / len(h.said)) * (1 + h.titled / len(h.said))
            for g, h in self.grams.items()
        }
        return _ranked(scores)

    def lines(
        self, beyond: Callable[[list[int]], bool], fewest: int, most: int
    ) -> list[tuple[str, list[Paper]]]:
        """Phrases `fewest` or more papers are on whose every paper saying them has years
        `beyond` accepts, the most held first; a phrase inside another kept, or held by the
        same papers, is left out."""
        chosen: list[Gram] = []
        for gram in self._by_lines:
            h = self.grams[gram]
            if len(h.held) < fewest or not beyond([h.first, h.last]):
                continue
            if not any(_nested(gram, c) or h.held == self.grams[c].held for c in chosen):
                chosen.append(gram)
                if len(chosen) == most:
                    break
        return [(self._spelling(g, dated=True), self._papers(self.grams[g].held)) for g in chosen]

    def threads(
        self, early: Iterable[Paper], late: Iterable[Paper], fewest: int, most: int
    ) -> list[tuple[str, list[Paper]]]:
        """Phrases that `fewest` or more papers write, papers of both periods among them, the
        most telling first; a phrase inside a longer one kept is left out."""
        early_ids, late_ids = {p.id for p in early}, {p.id for p in late}
        chosen: list[Gram] = []
        for gram in self._by_threads:
            said = self.grams[gram].said
            if len(said) < fewest or any(_nested(gram, c) for c in chosen):
                continue
            ids = {self.papers[i].id for i in said}
            if ids & early_ids and ids & late_ids:
                chosen.append(gram)
                if len(chosen) == most:
                    break
        return [(self._spelling(g, dated=False), self._papers(self.grams[g].said)) for g in chosen]

    def _papers(self, rows: Iterable[int]) -> list[Paper]:
        return sorted((self.papers[i] for i in rows), key=lambda p: (p.date, p.id))

    def _spelling(self, gram: Gram, dated: bool) -> str:
        """How the papers writing the phrase most often write it; a tie goes to the spelling
        met first, reading the papers oldest first (`dated`) or in the profile's order."""
        if (gram, dated) not in self._spelled:
            rows = list(self.grams[gram].said)
            if dated:
                rows.sort(key=self._dated_at.__getitem__)
            written = self.phrases.spellings({gram}, rows)
            self._spelled[gram, dated] = written.get(gram, " ".join(gram))
        return self._spelled[gram, dated]


def _holders(phrases: Phrases, papers: list[Paper]) -> dict[Gram, Held]:
    """Each phrase of one or two words some title says, none broad, with its papers."""
    titled = {g for grams in phrases.titles for g in grams}  # what papers are on
    said: dict[Gram, list[int]] = defaultdict(list)
    held: dict[Gram, list[int]] = defaultdict(list)
    for i, grams in enumerate(phrases.grams):
        # a paper on the phrase: its title says it, or its abstract more than once (one
        # mention in passing does not carry a line on)
        times = phrases.times(i)
        for gram in grams & titled:
            if len(gram) > LONGEST or phrases.broad(gram):
                continue
            said[gram].append(i)
            if gram in phrases.titles[i] or times[gram] > 1:
                held[gram].append(i)
    found = {}
    for gram, rows in said.items():
        years = [papers[i].year for i in rows]
        found[gram] = Held(
            said=tuple(rows),
            held=tuple(held.get(gram, ())),
            titled=sum(gram in phrases.titles[i] for i in rows),
            first=min(years),
            last=max(years),
            years=len(set(years)),
        )
    return found


def _ranked(scores: dict[Gram, float]) -> list[Gram]:
    return sorted(scores, key=lambda g: (-scores[g], -len(g), g))


def _nested(gram: Gram, other: Gram) -> bool:
    return set(gram) <= set(other) or set(other) <= set(gram)
