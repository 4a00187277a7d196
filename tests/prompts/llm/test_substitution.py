"""Claims that keep their source's sentence and change one thing in it.

Each family is one way a model writes a near-copy that says something else: a word swapped
for the source's (a kind of loss, an item of a list, one of the paper's names for another),
the two sides of a contrast swapped, a direction word against a short sentence of its own,
a rank moved up. Next to each, honest rewordings that must be kept.
"""

from __future__ import annotations

import datetime as dt

import pytest

from prompts.llm.support import Verifier
from retrieval.index.embedder import MiniLMEmbedding
from retrieval.model import Paper

NIMBUS = Paper.model_validate({
    "id": "n1", "n": 1, "title": "Nimbus: Chart Reasoning with Layout-aware Pre-training",
    "authors": ["Ada Example"], "authors_truncated": False, "category": "CV",
    "date": dt.date(2024, 3, 2),
    "abstract": (
        "While image captioning and visual question answering have been heavily studied, "
        "chart reasoning is less explored. "
        "We introduce Nimbus, a chart reasoning model trained with a contrastive learning "
        "objective and a margin-based loss. "
        "Nimbus is evaluated on receipts and invoices from the ChartDoc dataset. "
        "A two-stage layout encoder reads the axes, legends and bars of each chart. "
        "Experimental results support the hypothesis that layout matters. "
        "Our experiments show that a learnable parser is crucial for chart reasoning. "
        "Nimbus-Pro ranks second on the ChartQA leaderboard, and Nimbus-Lite runs on phones. "
        "Nimbus improves the accuracy of numeric answers over strong baselines. "
        "Synthetic generation of charts provides the pre-training data. "
        "Nimbus maintains its accuracy on hand-drawn charts. "
        "Charts of different styles give different parser errors. "
        "A soft attention module fuses the layout with the text. "
        "Earlier chart parsers have difficulty with crowded legends, mainly due to the lack "
        "of labelled charts."
    ),
})  # fmt: skip


@pytest.fixture(scope="module")
def verifier(embedder: MiniLMEmbedding) -> Verifier:
    return Verifier(embedder, [NIMBUS], owner="Ada Example")


@pytest.mark.parametrize(
    "claim",
    [
        "Nimbus learns with a contrastive learning objective together with a margin-based loss.",
        "Nimbus is tested on invoices and receipts from the ChartDoc dataset.",
        "Image captioning and VQA are well studied, whereas chart reasoning is less explored.",
        "Nimbus-Pro comes second on the ChartQA leaderboard.",
        "Nimbus-Lite runs on phones.",
        "A two-step layout encoder reads the axes, legends and bars of each chart.",
        "Its two-phase layout encoder reads each chart's axes, legends and bars.",
        "Earlier chart parsers struggle with crowded legends, mainly because labelled charts "
        "are lacking.",
        "Nimbus fuses the layout with the text through one soft attention module.",
        "Experiments confirm the hypothesis that layout matters.",
        "The experiments show that a learnable parser is essential for chart reasoning.",
        "Nimbus gives more accurate numeric answers than strong baselines.",
    ],
)
def test_near_copies_that_keep_what_the_source_says_are_kept(
    verifier: Verifier, claim: str
) -> None:
    verdict = verifier.check(claim, [1], [NIMBUS])
    assert verdict.supported, verdict.problems


@pytest.mark.parametrize(
    ("claim", "why"),
    [
        (
            "Nimbus is trained with an adversarial learning objective and a margin-based loss.",
            "'adversari learn' where the source has 'contrast learn'",
        ),
        (
            "Nimbus is trained with a contrastive learning objective and a triplet loss.",
            "'triplet loss' where the source has 'margin loss'",
        ),
        (
            "Nimbus is evaluated on passports and invoices from the ChartDoc dataset.",
            "'passport' where the source has 'receipt'",
        ),
        (
            "Chart reasoning has been heavily studied, while image captioning and visual "
            "question answering are less explored.",
            "one side of a contrast",
        ),
        (
            "Chart reasoning is heavily studied, whereas visual question answering is less "
            "explored.",
            "one side of a contrast",
        ),
        ("Nimbus-Pro ranks first on the ChartQA leaderboard.", "number 1"),
        ("Nimbus fuses the layout with the text through three soft attention modules.", "number 3"),
        (
            "A two-stage layout encoder reads each chart's axes, legends and titles.",
            "'titl' where the source has 'bar'",
        ),
        ("Nimbus's accuracy on hand-drawn charts drops.", "'drop' where the source has 'maintain'"),
        (
            "Charts of different styles give the same parser errors.",
            "'same' where the source has 'differ'",
        ),
        ("A hard attention module fuses the layout with the text.", "'hard' where the source"),
        ("The layout encoder worsens the accuracy of numeric answers.", "went worse"),
        (
            "Nimbus-Lite ranks second on the ChartQA leaderboard.",
            "'lite' where the source has 'pro'",
        ),
        (
            "Nimbus, trained with a contrastive learning objective, led to experimental results "
            "that refute the hypothesis that layout matters.",
            "'refut' where the source has 'support'",
        ),
        (
            "Our experiments show that a learnable parser makes little difference for chart "
            "reasoning.",
            "'unimport' where the source has 'crucial'",
        ),
    ],
)
def test_near_copies_that_change_one_thing_are_dropped_with_a_reason(
    verifier: Verifier, claim: str, why: str
) -> None:
    verdict = verifier.check(claim, [1], [NIMBUS])
    assert not verdict.supported
    assert any(why in p for p in verdict.problems), verdict.problems
