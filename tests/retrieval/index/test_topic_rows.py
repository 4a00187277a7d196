"""A count on a topic ('how many papers on X in 2021?') narrows the papers the keyword index
finds with arrays: the index gives their rows among the profile's ids, the question's filters
keep some of them, and no paper id is looked up per candidate (at 100k papers a topic's words
are in ~10,000 papers, of which a year keeps ~700). The papers named are the same as a scan
of every allowed paper finds."""

from __future__ import annotations

from collections.abc import Set

import pytest

from prompts.assistant import Assistant
from retrieval import facts, names
from retrieval.filters import Filters
from retrieval.index.columns import PaperColumns, columns_of
from retrieval.model import Paper

# One information need, "papers on X", as different people write the topic: lower case,
# capitals, plural, a hyphened or joined compound, an acronym with or without its 's', a
# longer phrase, one word, and a topic no paper names.
TOPICS = (
    "reinforcement learning",
    "Reinforcement Learning",
    "RL",
    "knowledge distillation",
    "Knowledge-Distillation",
    "graph neural networks",
    "GNNs",
    "GNN",
    "multi-task learning",
    "multitask",
    "large language models",
    "LLMs",
    "pre-trained language models",
    "question answering",
    "e-commerce",
    "few-shot",
    "zebra crossings",
)
# Ways the count is narrowed: the whole listing, one year, a range, a category, code.
FILTERS = (
    (Filters(), None),
    (Filters(), [2021]),
    (Filters(year_from=2022), None),
    (Filters(year_to=2020), None),
    (Filters(categories=["CL"]), None),
    (Filters(categories=["CV", "IR"], has_code=True), None),
)


class CountingIds(dict[str, int]):
    """The columns' id -> row map, counting the ids looked up in it."""

    looked_up = 0

    def get(self, key: str, default: object = None) -> object:  # type: ignore[override]
        CountingIds.looked_up += 1
        return super().get(key, default)

    def __getitem__(self, key: str) -> int:
        CountingIds.looked_up += 1
        return super().__getitem__(key)


def named(columns: PaperColumns, topic: str, keywords: object, keep: object) -> dict[str, str]:
    def among(ids: Set[str] | None) -> list[Paper]:
        return list(columns.among(ids, keep))  # type: ignore[arg-type]

    return names.mentions([], topic, keywords, among)  # type: ignore[arg-type]


@pytest.mark.parametrize("topic", TOPICS)
def test_papers_naming_a_topic_within_filters_are_those_a_full_scan_finds(
    bundled_assistant: Assistant, topic: str
) -> None:
    profile = bundled_assistant.profile
    columns = columns_of(profile)
    keywords = bundled_assistant.searcher.keywords
    for filters, years in FILTERS:
        allowed = list(facts.select(profile, filters, years))
        found = named(columns, topic, keywords, columns.kept(filters, years))
        assert found == names.mentions(allowed, topic), (topic, filters, years)


def test_the_keyword_candidates_are_narrowed_without_looking_up_their_ids(
    bundled_assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = bundled_assistant.profile
    columns = columns_of(profile)
    keywords = bundled_assistant.searcher.keywords
    monkeypatch.setattr(columns, "row", CountingIds(columns.row))
    total = 0
    for topic in TOPICS:
        for filters, years in FILTERS:
            CountingIds.looked_up = 0
            found = named(columns, topic, keywords, columns.kept(filters, years))
            total += len(found)
            assert CountingIds.looked_up == 0, (topic, filters, years)
    assert total > 50  # the topics are named: the candidates were there to look up
