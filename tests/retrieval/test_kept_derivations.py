"""What understanding derives again and again from a paper's own text is derived once and kept
(issue 11, thirty-fifth part): a paper's names (`aliases`, reading its whole abstract for the
acronym it spells out) and an unsure hit's stemmed words (`Searcher._terms` of its title and
abstract). The same names and words as derived afresh; another text, its own."""

from __future__ import annotations

import datetime as dt

import pytest

import retrieval.index.aliases as names
import retrieval.search as search
from retrieval.model import Paper

ABSTRACT = (
    "We propose Meta Fine-Tuning (MFT), a way to fine-tune language models across domains. "
    "MFT learns what the domains share; MFT beats plain fine-tuning."
)


def paper(title: str, abstract: str, n: int = 1) -> Paper:
    return Paper(
        id=f"p{n}",
        n=n,
        title=title,
        authors=["Ada Example"],
        authors_truncated=False,
        category="CL",
        date=dt.date(2021, 1, 1),
        abstract=abstract,
    )


def test_a_papers_names_are_derived_once_and_are_those_derived_afresh(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    names._aliases.cache_clear()
    derived: list[str] = []
    derive = names._derived

    def counted(p: Paper) -> list[str]:
        derived.append(p.title)
        return derive(p)

    monkeypatch.setattr(names, "_derived", counted)
    mft = paper("MFT: Meta Fine-Tuning for Language Models", ABSTRACT)
    first = names.aliases(mft)
    assert first == derive(mft)
    assert "Meta Fine-Tuning" in first  # the acronym's words, spelled out in the abstract
    first.append("mutated by a caller")
    again = [names.aliases(mft) for _ in range(5)]
    assert all(a == derive(mft) for a in again)  # a fresh list each time
    assert derived == [mft.title]
    # the same title with another abstract (another profile's paper): its own names
    other = paper(mft.title, "We study fine-tuning across domains.", n=2)
    assert names.aliases(other) == derive(other)
    assert "Meta Fine-Tuning" not in names.aliases(other)
    assert len(derived) == 2


def test_an_unsure_hits_words_are_stemmed_once_and_are_those_stemmed_afresh(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    search._content_terms.cache_clear()
    text = f"MFT: Meta Fine-Tuning for Language Models {ABSTRACT}"
    stemmed: list[int] = []
    stem = search.stem

    def counted(tokens: list[str]) -> list[str]:
        stemmed.append(len(tokens))
        return stem(tokens)

    monkeypatch.setattr(search, "stem", counted)
    kept = search._content_terms(text)
    content = [
        w
        for w in search.words(text, split_hyphens=True)
        if len(w) > 1 and w not in search.NOT_CONTENT
    ]
    assert kept == frozenset(stem(content))
    assert {"fine", "tune", "domain"} <= kept and "the" not in kept
    assert all(search._content_terms(text) == kept for _ in range(5))
    assert len(stemmed) == 1
    assert search._content_terms("Tidal currents forecast") == frozenset(
        stem(["tidal", "currents", "forecast"])
    )
