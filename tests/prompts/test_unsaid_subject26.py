"""A result asked of a named paper for a subject its title and abstract never name ('how
accurate is X on glaucoma?', 'X glaucoma accuracy?', 'its numbers for glaucoma', 'how well does
it handle glaucoma in particular?') is one the profile does not hold (issue 11): the figures the
abstract gives are for other things, so the answer is a decline naming what it reports, with the
closest sentence cited, not one of those figures passed off as the answer. A subject the abstract
says ('on TexDef', 'on rare defects'), a generic one ('on average', 'on each dataset') and a
result asked of nothing in particular keep their answer. Casual, formal, typo, he/she/they/the
name, indirect; papers and phrasings are made up on a synthetic profile: no eval set holds them."""

from __future__ import annotations

from pathlib import Path

import pytest

from prompts.answer.measured import unmeasured
from prompts.assistant import Assistant
from tests.prompts.papers import made_paper
from tests.prompts.synthetic import opened, profile_text

LOOM = "LoomSeg: Textile Defect Segmentation with Weave Priors"
LOOM_ABSTRACT = (
    "Textile defects are small and rare. We present LoomSeg, a segmenter guided by weave priors. "
    "LoomSeg achieves 91.4% pixel accuracy on TexDef and improves mIoU by 3.2 points, "
    "with the largest gains on rare defects."
)
QUILL = "QuillNet: Few-Shot Poem Classification with Rhyme Prototypes"
QUILL_ABSTRACT = (
    "Few-shot poem classification suffers from scarce labels. We propose QuillNet, which builds "
    "rhyme prototypes from a small support set. QuillNet reaches 87.5% accuracy on four benchmark "
    "datasets, 4.1 points above the best baseline."
)

UNSAID = [
    "How accurate is LoomSeg on denim specifically?",
    "loomseg silk accuracy?",
    "LoomSeg's per-fabric numbers for denim?",
    "What does the LoomSeg paper report for leather scratches?",
    "How well does LoomSeg handle denim in particular?",
    "i need loomseg's scores for wool, pls",
    "what accuracy did they get on carpets with loomseg",
    "My sister weaves silk. How accurately does her LoomSeg model perform on silk?",
]
SAID = [
    "How accurate is LoomSeg on TexDef?",
    "What is LoomSeg's pixel accuracy?",
    "loomseg accuracy?",
    "How does LoomSeg perform on textile defects?",
    "How does LoomSeg perform on average?",
    "How well does LoomSeg handle rare defects?",
    "What does LoomSeg report on each dataset?",
    "What scores does LoomSeg get on the test set?",
]


@pytest.mark.parametrize("question", UNSAID)
def test_a_result_for_a_subject_never_named_is_unheld(question: str) -> None:
    gap = unmeasured(question, made_paper(LOOM, LOOM_ABSTRACT))
    assert gap is not None and gap.startswith("any result for")


@pytest.mark.parametrize("question", SAID)
def test_a_result_for_a_subject_named_or_generic_is_held(question: str) -> None:
    assert unmeasured(question, made_paper(LOOM, LOOM_ABSTRACT)) is None


@pytest.mark.parametrize(
    "question",
    ["retizero diabetic retinopathy sensitivty?", "LoomSeg's sensitvity on TexDef?"],
)
def test_a_measure_typed_with_a_slip_is_still_that_measure(question: str) -> None:
    assert unmeasured(question, made_paper(LOOM, LOOM_ABSTRACT)) is not None


@pytest.fixture(scope="module")
def ada(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    text = profile_text([(QUILL, QUILL_ABSTRACT), (LOOM, LOOM_ABSTRACT)], "CV", others=3, kinds=3)
    return opened(Path(tmp_path_factory.mktemp("ada")), text)


@pytest.mark.parametrize(
    "question",
    [
        "How accurate is LoomSeg on denim specifically?",
        "loomseg silk accuracy?",
        "LoomSeg's per-fabric numbers for denim?",
        "How well does Ada Example's LoomSeg handle denim in particular?",
        "quillnet accuracy on sonnets?",
    ],
)
def test_the_decline_names_the_subject_and_quotes_what_is_reported(
    ada: Assistant, question: str
) -> None:
    answer = ada.ask(question)
    assert answer.abstained, answer.text
    assert "does not state any result for" in answer.text
    assert len(answer.citations) == 1 and answer.citations[0].title in (LOOM, QUILL)


@pytest.mark.parametrize(
    "question",
    [
        "How accurate is LoomSeg on TexDef?",
        "What pixel accuracy does LoomSeg reach?",
        "How well does LoomSeg handle rare defects?",
        "quillnet accuracy on the four benchmarks?",
    ],
)
def test_a_result_the_abstract_gives_is_answered(ada: Assistant, question: str) -> None:
    answer = ada.ask(question)
    assert not answer.abstained, answer.text
    assert "91.4%" in answer.text or "87.5%" in answer.text or "rare defects" in answer.text
