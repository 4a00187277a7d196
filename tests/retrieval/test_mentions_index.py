"""Topic mentions read only the papers the keyword index finds: the same answers as reading
every paper, on the bundled profile, for every phrase and acronym its titles use."""

from __future__ import annotations

import itertools
import re

import pytest

from prompts.assistant import Assistant
from retrieval import names


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
