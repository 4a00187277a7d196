"""An acronym's definition ('instruction tuning (IT)') is looked for only in the papers whose
abstract writes it alone in brackets, an index kept with the papers' file: the same expansion
as a pass over every paper, and an acronym that is also a common word ('IT', 'IS', 'AN', which
the keyword index cannot narrow) no longer reads every paper."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence, Set
from pathlib import Path

import pytest

from retrieval import names
from retrieval.filters import Filters
from retrieval.index.columns import PaperColumns
from retrieval.index.papers import PaperTable, write_table
from retrieval.model import Paper, Profile

EXTRA = (
    "We tune models on instructions, instruction tuning (IT), and find it helps.",
    "Information theory ( IT ) bounds it; instruction tuning (ITs) is older.",
    "Graph neural networks (GNNs) and (GNN) alone; knowledge distillation(KD) has no space.",
    "Active learning (AL) and ((AN)) twice, attention networks (AN).",
    "Nested (see (IS)) information systems (IS), and inverse scaling (IS) too.",
    "",
)


def table_of(profile: Profile, tmp_path: Path) -> PaperTable:
    path = tmp_path / "papers.sqlite3"
    write_table(path, profile, "stamp")
    return PaperTable(path)


def make(abstracts: Sequence[str]) -> Profile:
    papers = [
        Paper(
            id=f"p{i}",
            n=i + 1,
            title=f"Paper {i}",
            abstract=text,
            authors=["Ada Example"],
            authors_truncated=False,
            date=dt.date(2010 + i % 15, 1 + i % 12, 1),
            category="CL",
        )
        for i, text in enumerate(abstracts)
    ]
    return Profile(name="Ada Example", captured_year=2026, papers=papers)


def acronyms(texts: Sequence[str]) -> list[str]:
    """Every capitalised token of the texts, in or out of brackets, and common words."""
    found = {t for text in texts for t in re.findall(r"\b[A-Z][A-Za-z0-9]{1,5}\b", text)}
    return sorted(found | {"IT", "IS", "AN", "OF", "AT", "IN", "ON", "AS", "TO", "BY", "KD"})


def test_the_expansion_is_the_one_a_pass_over_every_paper_finds(
    profile: Profile, tmp_path: Path
) -> None:
    texts = [*EXTRA, *(p.abstract for p in profile.papers)]
    every = make(texts)
    columns = PaperColumns(table_of(every, tmp_path))
    keep = columns.kept(Filters())

    def among(ids: Set[str] | None) -> Sequence[Paper]:
        return columns.among(ids, keep)

    found = 0
    for acronym in acronyms(texts):
        expected = names.expansion([], acronym, None, among)  # every paper, oldest first
        got = names.expansion([], acronym, None, among, columns.bracketed)
        assert got == expected, acronym
        found += expected is not None
    assert found >= 8  # definitions found, not only agreement on none


@pytest.mark.parametrize(
    ("acronym", "expected"),
    [("IT", "instruction tuning"), ("IS", "inverse scaling"), ("AN", None), ("ON", None)],
)
def test_a_common_word_acronym_reads_only_the_papers_defining_it(
    tmp_path: Path, acronym: str, expected: str | None
) -> None:
    using = [f"It is what it is: an approach on {w} as it goes." for w in range(60)]
    texts = [
        *using,
        "We study instruction tuning (IT) at scale.",
        "Scaling hurts: inverse scaling (IS) is real.",
        "Inverse scaling is not defined here, (IS alone) neither.",
    ]
    columns = PaperColumns(table_of(make(texts), tmp_path))
    keep = columns.kept(Filters())
    read: list[str] = []

    def among(ids: Set[str] | None) -> Sequence[Paper]:
        papers = columns.among(ids, keep)
        return [p for p in papers if not read.append(p.id)]  # each paper read, counted

    assert names.expansion([], acronym, None, among, columns.bracketed) == expected
    assert len(read) <= 1  # every paper before the index: 'it', 'is', 'an' are in all 60
