"""Claims that hold only the source's words and numbers and still say something else.

Each family is one way a model rebinds what its source states: a number to another thing,
the winner of a comparison to its loser, a paper's own method to what it says of earlier
work, a direction to its antonym. Next to each, honest rewordings that must be kept.
"""

from __future__ import annotations

import datetime as dt

import pytest

from prompts.llm.support import Verifier
from retrieval.index.embedder import MiniLMEmbedding
from retrieval.model import Paper

MERLIN = Paper.model_validate({
    "id": "m1", "n": 1, "title": "Merlin: Multilingual Retrieval with Interleaved Queries",
    "authors": ["Ada Example"], "authors_truncated": False, "category": "CV",
    "date": dt.date(2025, 6, 3),
    "abstract": (
        "Existing retrieval methods often over-smooth the conditions of a query. "
        "We introduce Merlin, a benchmark of 320,000 queries in 5 languages, covering 7 "
        "product categories. "
        "Merlin-R surpasses open-source models of similar size on the benchmark. "
        "Training keeps a high level of entropy during exploration. "
        "We found that public retrievers cannot understand interleaved queries. "
        "Retrievers trained on both images and captions understand them equally well."
    ),
})  # fmt: skip


@pytest.fixture(scope="module")
def verifier(embedder: MiniLMEmbedding) -> Verifier:
    return Verifier(embedder, [MERLIN], owner="Ada Example")


@pytest.mark.parametrize(
    "claim",
    [
        "Merlin has 320,000 queries in five languages covering seven product categories.",
        "Merlin-R beats open-source models of similar size on the benchmark.",
        "Merlin-R is one of the models that beat open-source models of similar size.",
        "Open-source models of similar size are outperformed by Merlin-R on the benchmark.",
        "Public retrievers cannot make sense of interleaved queries, whereas retrievers "
        "trained on both images and captions understand them equally well.",
        "Existing retrieval methods tend to over-smooth query conditions.",
    ],
)
def test_claims_that_keep_the_sources_bindings_are_kept(verifier: Verifier, claim: str) -> None:
    verdict = verifier.check(claim, [1], [MERLIN])
    assert verdict.supported, verdict.problems


@pytest.mark.parametrize(
    ("claim", "why"),
    [
        ("Merlin has 320,000 queries in seven languages.", "7 languages where the source says 5"),
        (
            "Open-source models of similar size outperform Merlin-R on the benchmark.",
            "who does better than whom",
        ),
        (
            "Open-source models of similar size perform better than Merlin-R.",
            "who does better than whom",
        ),
        ("Merlin-R over-smooths the conditions of a query.", "of earlier work only"),
        ("Training lowers the entropy during exploration.", "'lower' where the source has 'high'"),
        ("Merlin works especially well for rare product categories.", "compares nothing"),
        ("Public retrievers answer interleaved queries faster than Merlin-R.", "compares nothing"),
    ],
)
def test_claims_that_rebind_what_the_source_states_are_dropped_with_a_reason(
    verifier: Verifier, claim: str, why: str
) -> None:
    verdict = verifier.check(claim, [1], [MERLIN])
    assert not verdict.supported
    assert any(why in p for p in verdict.problems), verdict.problems
