"""Exact facts about people in the author lines: who wrote what, with whom, how often.

An author list that ends in 'et al.' hides names, so counts over such papers are lower bounds
(lower_bound_note says so, once, wherever people are counted).
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from retrieval.filters import Filters, normalize_name
from retrieval.index.columns import columns_over
from retrieval.model import Paper, Profile
from retrieval.phrases import PhraseIndex

PEOPLE_KEPT = 8
_PEOPLE: dict[tuple[int, ...], tuple[list[Paper], list[Person]]] = {}
_PEOPLE_LOCK = threading.Lock()

LOWER_BOUND = "Some author lists end in 'et al.', so these counts are lower bounds."


@dataclass(frozen=True)
class Person:
    """Someone in the author lines, with the listed papers that show their name (oldest
    first; for papers kept on disk, read when looked at)."""

    name: str
    papers: Sequence[Paper]


def lower_bound_note(papers: Iterable[Paper]) -> str | None:
    """The caveat for counts of people, when some of these papers' author lists are cut short
    ('et al.'); None when every list is complete (BibTeX and OpenAlex give full lists)."""
    if isinstance(papers, Sequence) and (kept := columns_over(papers)) is not None:
        columns, rows = kept  # from the column: no paper read
        truncated = columns.truncated if rows is None else columns.truncated[rows]
        return LOWER_BOUND if truncated.any() else None
    return LOWER_BOUND if any(p.authors_truncated for p in papers) else None


def surname(name: str) -> str:
    """The family name: the last token ('Forrest Sheng Bao' -> 'Bao')."""
    parts = name.split()
    return parts[-1] if parts else name


def same_person(a: str, b: str) -> bool:
    """Case and spacing variants are one person ('ChengCheng Han' = 'Chengcheng Han')."""
    return normalize_name(a) == normalize_name(b)


def people(papers: Sequence[Paper]) -> list[Person]:
    """Everyone in the author lines, spelled as most papers spell them, most papers first.
    The last few answers are kept: every co-author question of a profile counts the same
    author lines, which costs a pass over every paper. Papers kept on disk are counted from
    the profile's columns instead, without reading them."""
    if (table := columns_over(papers)) is not None:
        columns, rows = table
        return [
            Person(name=name, papers=columns.lazy(listed.tolist()))
            for name, listed in columns.people(rows)
        ]
    papers = list(papers)  # held while keyed by id (papers read from disk may be fresh objects)
    key = tuple(map(id, papers))  # the cache holds the papers, so no id is reused meanwhile
    with _PEOPLE_LOCK:
        kept = _PEOPLE.pop(key, None)
        if kept is not None:
            _PEOPLE[key] = kept  # most recently used last
            return list(kept[1])
    found = _people(papers)
    with _PEOPLE_LOCK:
        _PEOPLE[key] = (list(papers), found)
        while len(_PEOPLE) > PEOPLE_KEPT:
            del _PEOPLE[next(iter(_PEOPLE))]
    return list(found)


def _people(papers: Sequence[Paper], first_only: bool = False) -> list[Person]:
    spellings: dict[str, Counter[str]] = {}
    listed: dict[str, list[Paper]] = {}
    for paper in sorted(papers, key=lambda p: (p.date, p.n)):
        for author in dict.fromkeys(paper.authors[:1] if first_only else paper.authors):
            key = normalize_name(author)
            spellings.setdefault(key, Counter())[author] += 1
            shown = listed.setdefault(key, [])
            if not shown or shown[-1] != paper:  # in date order: a paper repeats only at the end
                shown.append(paper)
    found = [Person(name=spellings[key].most_common(1)[0][0], papers=listed[key]) for key in listed]
    return sorted(found, key=lambda person: (-len(person.papers), person.name))


def find_person(papers: Sequence[Paper], name: str) -> Person | None:
    """The person of that name (any case or spacing variant), or None if never listed."""
    key = normalize_name(name)
    return next((p for p in people(papers) if normalize_name(p.name) == key), None)


def _forms(name: str) -> list[list[str]]:
    """How a question may write a name, case-folded: in full; 'forrest bao' for three parts."""
    parts = name.casefold().split()
    return [parts, [parts[0], parts[-1]]] if len(parts) > 2 else [parts]


class PeopleIndex:
    """Everyone in the author lines by the forms a question may name them in, indexed once
    when a profile is opened, so finding them costs the same whatever the number of papers."""

    def __init__(self, papers: Sequence[Paper], names: list[str] | None = None) -> None:
        """`names`: everyone's name as `people(papers)` spells it, when already known."""
        everyone = names if names is not None else [p.name for p in people(papers)]
        # Longest first: 'Forrest Sheng Bao' takes its words before a shorter name can.
        self.names = sorted(everyone, key=len, reverse=True)
        self._phrases: PhraseIndex[int] = PhraseIndex()
        for rank, name in enumerate(self.names):
            for form in _forms(name):
                self._phrases.add(" ".join(form), rank)

    def mentioned(self, text: str) -> list[str]:
        """See `mentioned_people`."""
        lowered = " ".join(text.split()).casefold()
        hits: list[tuple[int, str]] = []
        taken: list[range] = []
        for rank in sorted(self._phrases.find(lowered)):  # candidates, in the order above
            name = self.names[rank]
            forms = _forms(name)
            if forms[0][-1] not in lowered:  # cheap test before the regexes
                continue
            for form in forms:
                pattern = r"\s+".join(map(re.escape, form))
                m = re.search(r"(?<![\w-])" + pattern + r"(?![\w-])", lowered)
                if m and not any(m.start() in span for span in taken):
                    hits.append((m.start(), name))
                    taken.append(range(m.start(), m.end()))
                    break
        return [name for _, name in sorted(hits)]


def mentioned_people(text: str, profile: Profile, index: PeopleIndex | None = None) -> list[str]:
    """Profile authors named in free text, as the profile spells them, in order of mention.

    Full names match case-insensitively; 'Forrest Bao' matches 'Forrest Sheng Bao'.
    `index`: the profile's PeopleIndex, built once (else built here, at the cost of a scan).
    """
    return (index if index is not None else PeopleIndex(profile.papers)).mentioned(text)


def papers_with(papers: Sequence[Paper], names: list[str]) -> Sequence[Paper]:
    """Papers whose author line shows every one of the names, in the order given (for papers
    kept on disk: picked by the people table, read when looked at)."""
    if (table := columns_over(papers)) is not None:
        columns, rows = table
        listed = np.arange(len(columns.ids)) if rows is None else np.asarray(rows, dtype=np.int64)
        return columns.lazy(listed[columns.mask(Filters(authors=names))[listed]].tolist())
    keys = {normalize_name(n) for n in names}
    return [p for p in papers if keys <= {normalize_name(a) for a in p.authors}]


def first_authored(papers: Sequence[Paper], name: str) -> list[Paper]:
    """Papers whose author line starts with that name."""
    return [p for p in papers if p.authors and same_person(p.authors[0], name)]


def first_authors(papers: Sequence[Paper]) -> list[Person]:
    """Everyone who is first author of a listed paper, with those papers, most papers first."""
    return _people(papers, first_only=True)


def last_authored(papers: Sequence[Paper], name: str) -> list[Paper]:
    """Papers whose complete author line ends with that name ('et al.' hides the last one)."""
    return [
        p
        for p in papers
        if p.authors and not p.authors_truncated and same_person(p.authors[-1], name)
    ]


def coauthors(papers: Sequence[Paper], owner: str) -> list[Person]:
    """The profile owner's co-authors by number of listed papers (see lower_bound_note)."""
    return [p for p in people(papers) if not same_person(p.name, owner)]


def with_surname(papers: Sequence[Paper], family: str) -> list[Person]:
    """People whose family name is exactly `family` (not a substring of a given name)."""
    key = family.casefold()
    return [p for p in people(papers) if surname(p.name).casefold() == key]


def given_name_only(papers: Sequence[Paper], family: str) -> list[Person]:
    """People with `family` inside a given name only ('Qiuhui Shi' for 'Qiu'): not matches."""
    key = family.casefold()
    return [
        p
        for p in people(papers)
        if surname(p.name).casefold() != key
        and any(key in token.casefold() for token in p.name.split()[:-1])
    ]
