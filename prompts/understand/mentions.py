"""What a question may name in a profile (papers, people, affiliation tags), indexed once
when the profile is opened: finding them then costs the same at 50 papers as at 10,000."""

from __future__ import annotations

import functools
import json
import re

from prompts.understand.people import NameParts
from retrieval.index.cache import DerivedCache
from retrieval.index.columns import columns_of
from retrieval.index.papers import PaperTable
from retrieval.model import Profile
from retrieval.names import NameIndex, aliases
from retrieval.people import PeopleIndex, people
from retrieval.phrases import PhraseIndex
from retrieval.text import title_tokens


class Mentions:
    """The profile's paper names, authors and affiliation tags, each by its words; with a
    cache (PaperIndex.derived), the names and people are read from it when it has them."""

    def __init__(self, profile: Profile, cache: DerivedCache | None = None) -> None:
        papers = profile.papers
        cache = cache or DerivedCache(None, "")
        if isinstance(papers, PaperTable):  # kept on disk: names looked up in its file
            self.papers = NameIndex(papers, kept=papers.names())
        else:
            names = cache.text(
                "aliases",
                lambda: [aliases(paper) for paper in papers],
                json.dumps,
                lambda text: _strings(json.loads(text), len(papers)),
            )
            self.papers = NameIndex(papers, names)
        everyone = cache.text(
            "people",
            lambda: [person.name for person in people(papers)],
            json.dumps,
            lambda text: [str(name) for name in json.loads(text)],
        )
        self.people = PeopleIndex(papers, everyone)
        self.parts = NameParts(everyone)
        self.tags: PhraseIndex[str] = PhraseIndex()
        columns = columns_of(profile)
        for tag in columns.tags:
            self.tags.add(tag, tag)
        self.categories = frozenset(str(c) for c in set(columns.category))  # codes with papers
        self.families = Families(families(self.papers))
        self._columns = columns

    @functools.cached_property
    def title_words(self) -> frozenset[str]:
        """The titles' words, folded, hyphened compounds apart too: read once, when a
        question first needs them."""
        return frozenset(
            w.casefold() for t in self._columns.titles() for w in title_tokens(t, True)
        )

    @functools.cached_property
    def code_owners(self) -> frozenset[str]:
        """The accounts the papers' code links are under ('bytedance'), folded: read from the
        papers' code columns when a question first speaks of code."""
        return self._columns.code.accounts()


# A name with a version after it: 'Valley2', 'Valley 3', 'Foo-v2', 'Bar-1.5'
VERSIONED = re.compile(r"(?P<stem>[A-Za-z][\w-]*?[A-Za-z])[\s-]?(?:v?\d+(?:\.\d+)?)?")
# A family's name is said only as a whole run of these ('(?<![\w-])valley(?![\w-])')
WORD_RUN = re.compile(r"[\w-]+")


class Families:
    """The families (`families`), looked up by the words a question says: finding the ones it
    names costs the same whatever the number of families."""

    def __init__(self, rows: dict[str, list[int]]) -> None:
        self.rows = rows
        self._rank = {stem: i for i, stem in enumerate(rows)}

    def said(self, text: str) -> list[tuple[str, list[int]]]:
        """The families whose shared name is a word of the text in any case (a whole run of
        word characters and hyphens, as `_family` reads it), in the order of `rows`."""
        runs = WORD_RUN.findall(text)
        stems = {w.casefold() for w in runs} | {w.lower() for w in runs}
        found = sorted((s for s in stems if s in self._rank), key=self._rank.__getitem__)
        return [(stem, self.rows[stem]) for stem in found]


def families(index: NameIndex) -> dict[str, list[int]]:
    """Papers that share a name but for its version ('Valley', 'Valley2', 'Valley3'), by the
    shared name folded; a family has two papers or more."""
    found: dict[str, set[int]] = {}
    for row, name in index.one_word():
        if m := VERSIONED.fullmatch(name):
            found.setdefault(m["stem"].casefold(), set()).add(row)
    return {stem: sorted(rows) for stem, rows in found.items() if len(rows) > 1}


def _strings(data: object, n: int) -> list[list[str]]:
    """A kept list of n lists of strings (one per paper), or ValueError: rebuilt then."""
    if not isinstance(data, list) or len(data) != n:
        raise ValueError("not one list of names per paper")
    # Checked in place, not copied: at 100k papers a copy cost a tenth of the open.
    if not all(type(names) is list and all(type(x) is str for x in names) for names in data):
        raise ValueError("not lists of strings")
    return data
