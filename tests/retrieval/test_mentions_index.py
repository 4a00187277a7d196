"""Topic mentions read only the papers the keyword index finds: the same answers as reading
every paper, on the bundled profile, for every phrase and acronym its titles use."""

from __future__ import annotations

import itertools
import re

import pytest

from prompts.assistant import Assistant
from retrieval import facts, names
from retrieval.filters import Filters
from retrieval.index.columns import columns_of
from retrieval.model import Paper


def topics(assistant: Assistant) -> list[str]:
    """Words, word pairs and acronyms of the titles; a few made-up ones too."""
    found: set[str] = {"graph neural networks", "GNNs", "RL", "LLMs", "zebra crossings", "of"}
    for paper in assistant.profile.papers:
        words = re.findall(r"[\w]+(?:-[\w]+)*", paper.title)
        found.update(w for w in words if len(w) > 2)
        found.update(" ".join(pair) for pair in itertools.pairwise(words))
    return sorted(found)


def test_mentions_from_the_keyword_index_match_a_full_scan(
    bundled_assistant: Assistant,
) -> None:
    papers = bundled_assistant.profile.papers
    keywords = bundled_assistant.searcher.keywords
    checked = 0
    for topic in topics(bundled_assistant):
        assert names.mentions(papers, topic, keywords) == names.mentions(papers, topic), topic
        checked += 1
    assert checked > 500
    assert names.mentions(papers, "reinforcement learning", keywords)  # not all empty


@pytest.mark.parametrize("acronym", ["RL", "LLM", "KD", "NER", "QA", "GNN"])
def test_acronym_expansion_from_the_keyword_index_matches_a_full_scan(
    bundled_assistant: Assistant, acronym: str
) -> None:
    papers = bundled_assistant.profile.papers
    keywords = bundled_assistant.searcher.keywords
    assert names.expansion(papers, acronym, keywords) == names.expansion(papers, acronym)


def test_papers_among_ids_are_the_selected_ones_in_date_order(bundled_assistant: Assistant) -> None:
    profile = bundled_assistant.profile
    columns = columns_of(profile)
    ids = {p.id for p in profile.papers[::3]} | {"not-a-paper"}
    for filters in (Filters(), Filters(year_from=2022), Filters(categories=["CV"], has_code=True)):
        selected = facts.select(profile, filters)
        keep = columns.kept(filters)
        assert columns.among(ids, keep) == [p for p in selected if p.id in ids]
        assert columns.among(None, keep) == selected
    assert columns.having(["not-a-paper", profile.papers[5].id, profile.papers[2].id]) == [
        profile.papers[2],
        profile.papers[5],
    ]


@pytest.mark.parametrize("newest", [False, True])
def test_the_first_mentions_are_read_in_order_until_found(
    bundled_assistant: Assistant, newest: bool
) -> None:
    profile = bundled_assistant.profile
    keywords = bundled_assistant.searcher.keywords
    columns = columns_of(profile)
    keep = columns.kept(Filters())

    def among(ids: set[str] | None) -> list[Paper]:
        return columns.among(ids, keep)

    def order(papers: list[Paper]) -> list[Paper]:
        return sorted(papers, key=lambda p: (p.date, -p.n if newest else p.n), reverse=newest)

    many = 0
    for topic in topics(bundled_assistant):
        every = names.mentions(profile.papers, topic, keywords)
        first = names.mentions([], topic, keywords, among, (3, order))
        assert list(first) == [p.id for p in order(among(set(every)))][:3], topic
        assert all(first[i] == every[i] for i in first), topic
        many += len(every) > 3
    assert many > 20  # topics named by more papers than were read for
