"""A measure typed with a slip ('sensitivty', 'sensitvity') is still that measure (issue 11): an
abstract that reports only accuracies does not state it, and the answer declines saying so
rather than quoting an accuracy. Papers and phrasings are made up: no eval set holds them."""

from __future__ import annotations

import pytest

from prompts.answer.measured import unmeasured
from tests.prompts.papers import made_paper

LOOM = made_paper(
    "LoomSeg: Textile Defect Segmentation with Weave Priors",
    "Textile defects are small and rare. We present LoomSeg, a segmenter guided by weave priors. "
    "LoomSeg achieves 91.4% pixel accuracy on TexDef and improves mIoU by 3.2 points.",
)


@pytest.mark.parametrize(
    "question",
    [
        "loomseg texdef sensitivty?",
        "LoomSeg's sensitvity on TexDef?",
        "what sensitivity does LoomSeg reach",
    ],
)
def test_a_measure_typed_with_a_slip_is_still_that_measure(question: str) -> None:
    gap = unmeasured(question, LOOM)
    assert gap is not None and "sensitivity" in gap


@pytest.mark.parametrize(
    "question", ["LoomSeg pixel accuracy?", "How sensitive is LoomSeg to noise?"]
)
def test_no_unheld_measure_asked(question: str) -> None:
    assert unmeasured(question, LOOM) is None
