"""Two papers on one subject, apart from the rest of a profile (two glacier papers among
rainfall, robotics and protein papers), are listed together whichever of them a phrasing
lands on; two papers that are merely each other's nearest in a sparse profile (distillation,
prompt tuning) are not, nor is a sibling far from what is asked. A synthetic profile: no eval
set holds it."""

from __future__ import annotations

from pathlib import Path

import pytest

from prompts.assistant import Assistant
from retrieval.siblings import MAX_PAPERS, Siblings
from tests.prompts.synthetic import opened, profile_text

PAPERS = [
    (
        "GlacierScope: Tracking Glacier Retreat from Satellite Imagery",
        "We measure how fast mountain glaciers retreat and melt using satellite images and ice "
        "thickness surveys across the Alps.",
    ),
    (
        "IceFlow: Modelling Glacier Melt under a Warming Climate",
        "We model how mountain glaciers lose ice as summers warm, from field measurements of "
        "melt water and temperature.",
    ),
    (
        "TinyBERT-X: Distilling Language Models for Phones",
        "We compress a large language model into a small student by knowledge distillation.",
    ),
    (
        "PromptKit: Prompt Tuning for Few-shot Classification",
        "We tune soft prompts of a pre-trained language model for few-shot text classification.",
    ),
]
GLACIERS = ("GlacierScope", "IceFlow")


@pytest.fixture(scope="module")
def ada(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return opened(Path(tmp_path_factory.mktemp("siblings")), profile_text(PAPERS, "CL", 3, 3))


def _names(assistant: Assistant, question: str) -> list[str]:
    answer = assistant.ask(question)
    assert not answer.abstained, question
    return [c.title.split(":")[0] for c in answer.citations]


@pytest.mark.parametrize(
    "question",
    [
        "which papers study ice thickness?",
        "papers on glaciers",
        "ice papers?",
        "has she tracked glaciers from space?",
        "Did Ada Example publish on glacier melt?",
        "glacier retreat reserch",
    ],
)
def test_either_glacier_paper_brings_the_other(ada: Assistant, question: str) -> None:
    assert sorted(_names(ada, question)) == sorted(GLACIERS), question


def test_a_sibling_far_from_the_subject_stays_out(ada: Assistant) -> None:
    assert _names(ada, "satellite imagery papers") == ["GlacierScope"]


@pytest.mark.parametrize(
    ("question", "paper"),
    [
        ("few-shot text classification?", "PromptKit"),
        ("knowledge distillation papers", "TinyBERT-X"),
    ],
)
def test_nearest_papers_on_different_subjects_are_no_siblings(
    ada: Assistant, question: str, paper: str
) -> None:
    assert _names(ada, question) == [paper], question


def test_a_large_profile_looks_up_no_siblings(ada: Assistant) -> None:
    """Above MAX_PAPERS a lookup would cost a filtered search growing with the store: none is
    made, and the glacier papers are listed as a search finds them."""
    searcher = ada.searcher
    glacier = next(p.id for p in ada.profile.papers if p.title.startswith("GlacierScope"))
    assert searcher.siblings.of(glacier) is not None  # the pair, at this size
    large = Siblings(searcher.collection, MAX_PAPERS + 1)
    assert large.of(glacier) is None
