"""A premise about one named paper that only its abstract's account of earlier work says is
corrected first with that sentence and the paper's own: the account runs from its first
sentence on earlier work to where the abstract turns to its own ('To this end, we propose'),
so 'ROIs are thus too coarse' is earlier work's; one word the premise shares only with that
account counts when it is a term written in capitals ('ROIs'); a statement put as an equation
('x = y?') is checked as one. What the paper itself does is not corrected. On a synthetic
profile; casual, formal, typo, given clause, the name."""

from __future__ import annotations

from pathlib import Path

import pytest

from prompts.assistant import Assistant
from tests.prompts.synthetic import opened, profile_text

WEAVE = (
    "Weave: Matching Fashion Text and Images with Patch Tokens",
    "In this paper, we address the matching of fashion text and fashion images. "
    "Fashion matching must attend to fine-grained details of garments and descriptions. "
    "Pioneer approaches detect the ROIs of images and use ROI embeddings as image "
    "representations. "
    "In general, ROIs tend to capture object-level content, while fashion texts describe "
    "styles and attributes. "
    "ROIs are thus too coarse for fashion matching. "
    "To this end, we propose Weave, which cuts each image into patches as its image tokens. "
    "With a pre-trained transformer as the backbone, Weave learns joint representations of "
    "texts and images. "
    "Experiments on a public dataset show Weave improves retrieval over strong baselines.",
)
CORRECTED = ("No:", "No,", "That premise does not hold")


@pytest.fixture(scope="module")
def ada(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    text = profile_text([WEAVE], "CV", others=3, kinds=3)
    return opened(Path(tmp_path_factory.mktemp("weave")), text)


EARLIER = [
    "Since Weave relies on ROIs, how fine-grained can it get?",
    "Given Weave's ROI-based image features, which backbone does it use?",
    "Weave = ROI features?",
    "Weave represents images with ROI embeddings, right?",
    "weave relys on ROIs right?",
    "Is it true that Weave uses ROIs for its images?",
]


@pytest.mark.parametrize("question", EARLIER)
def test_a_term_only_earlier_work_uses_is_corrected_first(ada: Assistant, question: str) -> None:
    answer = ada.ask(question)
    first = answer.text.split("\n")[0]
    assert first.startswith(CORRECTED), (question, answer.text[:300])
    assert "earlier work" in first and "patches" in first, (question, answer.text[:300])
    assert answer.citations and answer.citations[0].title == WEAVE[0]


HOLDS = [
    "Does Weave use patches as image tokens?",
    "weave = patch tokens?",
    "Since Weave uses a pre-trained transformer backbone, how fast is it?",
    "Weave matches fashion text and images, right?",
    "Does Weave learn joint representations of texts and images?",
]


@pytest.mark.parametrize("question", HOLDS)
def test_what_the_paper_itself_does_is_not_set_down_to_earlier_work(
    ada: Assistant, question: str
) -> None:
    answer = ada.ask(question)
    assert "earlier work" not in answer.text, (question, answer.text[:300])
    assert not answer.text.startswith(CORRECTED), (question, answer.text[:300])
