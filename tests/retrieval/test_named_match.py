"""A topic's pattern tried only where its first word appears (names._Named.search): the same
first match as searching the pattern through the text, for topics of every shape (one word,
a phrase, a compound, a plural, a version, an acronym, a common first word) on the bundled
abstracts and titles and on texts built around each shape."""

from __future__ import annotations

import random
import re

import pytest

from bot.settings import BUNDLED_PROFILE
from retrieval.ingest.load import load_profile
from retrieval.names import _Named

TOPICS = [
    ["learning", "rank"],
    ["learning"],
    ["language", "models"],
    ["large", "language", "model"],
    ["multi-task", "learning"],
    ["few-shot"],
    ["prompt", "tuning"],
    ["knowledge", "graphs"],
    ["gpt-4"],
    ["qwen2.5"],
    ["bert"],
    ["text", "classification"],
    ["graph", "neural", "networks"],
    ["e-commerce"],
    ["retrieval"],
    ["data", "augmentation"],
    ["7b"],
    ["reinforcement", "learning"],
]
ACRONYMS = ["GNN", "NLP", "RL", "LLM", "KD"]
PIECES = [
    "learning", "Learning", "LEARNING", "learn", "rank", "ranks", "to", "multi-task",
    "multitask", "multi task", "Multi-Task", "few-shot", "Few-Shot", "few shot", "GPT-4",
    "gpt-4o", "GPT-4.5", "Qwen2.5-VL", "qwen2.5", "BERT", "FashionBERT", "bert4", "3D-BERT",
    "GNN", "GNNs", "BGNN", "GCE-GNN", "graph", "neural", "networks", "(", ")", ",", ".", "-",
    "e-commerce", "ecommerce", "7B", "Llama-7B", "7b.5", "data", "augmentations",
]  # fmt: skip


def _texts() -> list[str]:
    papers = load_profile(BUNDLED_PROFILE).papers
    rng = random.Random(11)
    built = [
        "".join(rng.choice(PIECES) + rng.choice([" ", "", "-", "  "]) for _ in range(40))
        for _ in range(300)
    ]
    return [p.abstract for p in papers] + [p.title for p in papers] + built


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


def _span(found: re.Match[str] | None) -> tuple[int, int] | None:
    return found.span() if found else None


@pytest.mark.parametrize("words", TOPICS, ids=" ".join)
def test_the_first_match_as_a_search_through_the_text(texts: list[str], words: list[str]) -> None:
    named = _Named(words)
    assert named.lead  # tried where its first word appears
    hits = 0
    for text in texts:
        expected = _span(named.rx.search(text))
        assert _span(named.search(text)) == expected, text
        hits += expected is not None
    assert hits  # each shape is found somewhere: the comparison is not all None


@pytest.mark.parametrize("acronym", ACRONYMS)
def test_an_acronym_searches_as_before(texts: list[str], acronym: str) -> None:
    named = _Named(acronym=acronym)
    for text in texts:
        assert _span(named.search(text)) == _span(named.rx.search(text)), text


def test_a_match_later_than_the_first_place_of_its_word() -> None:
    """Controls: the first word appears alone before the phrase; in other case; not at all."""
    named = _Named(["learning", "rank"])
    text = "Deep learning helps. We study learning-to-rank? No: Learning ranks items."
    assert _span(named.search(text)) == _span(named.rx.search(text)) == (52, 66)  # "Learning ranks"
    assert named.search("Machine learning for ranking") is None
    assert named.search("nothing here") is None
    assert _Named(["multi-task"]).search("a MultiTask model")
