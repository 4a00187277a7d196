"""Whether a paper was turned down before it was published ('how many times was X rejected',
'got turned down first', 'was it ever rejected', 'its rejections', 'resubmitted') is review
history the profile never records (issue 11): asked of one paper it is declined naming that
paper, asked of the papers at large it is declined saying what the profile holds, never
answered with papers matching 'rejected' as a topic. A method named by the word ('rejection
sampling') and questions on a paper's content are no such ask. Papers and phrasings are made
up on a synthetic profile: no eval set holds them."""

from __future__ import annotations

from pathlib import Path

import pytest

from prompts.answer.detail import details_asked
from prompts.assistant import Assistant
from tests.prompts.synthetic import opened, profile_text
from tests.prompts.test_figures_asked23 import LOOM, LOOM_ABSTRACT, QUILL
from tests.prompts.test_figures_asked23 import QUILL_FIGURES as QUILL_ABSTRACT

OF_ONE = [
    "How many times was Ada Example's QuillNet paper rejected before publication?",
    "was quillnet ever rejected?",
    "Did the LoomSeg paper get turned down anywhere first?",
    "I'm curious whether QuillNet was rejected somewhere before it was accepted.",
    "quillnet rejections?",
    "How often was LoomSeg resubmitted?",
    "Was the QuillNet paper rejected anywhere before it got in?",
]
AT_LARGE = [
    "Which of her papers got turned down first?",
    "Which of their papers were rejected at a conference before being published?",
    "how many rejections has ada example had",
]


@pytest.mark.parametrize("question", OF_ONE + AT_LARGE)
def test_rejection_history_is_a_detail_asked(question: str) -> None:
    assert "status" in details_asked(question)


@pytest.mark.parametrize(
    "question",
    [
        "Does QuillNet use rejection sampling?",
        "Which baselines does LoomSeg outperform?",
        "What does QuillNet propose?",
        "Which defects does LoomSeg reject as noise?",
    ],
)
def test_no_rejection_history_asked(question: str) -> None:
    assert "status" not in details_asked(question)


@pytest.fixture(scope="module")
def ada(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    text = profile_text([(QUILL, QUILL_ABSTRACT), (LOOM, LOOM_ABSTRACT)], "CV", others=3, kinds=3)
    return opened(Path(tmp_path_factory.mktemp("ada")), text)


@pytest.mark.parametrize("question", OF_ONE[:4])
def test_a_papers_rejections_are_declined_naming_it(ada: Assistant, question: str) -> None:
    answer = ada.ask(question)
    assert answer.abstained, answer.text
    assert "review status" in answer.text
    assert len(answer.citations) == 1 and answer.citations[0].title in (QUILL, LOOM)


@pytest.mark.parametrize("question", AT_LARGE[:2])
def test_rejections_at_large_are_declined(ada: Assistant, question: str) -> None:
    answer = ada.ask(question)
    assert answer.abstained, answer.text
    assert "peer-review status" in answer.text and not answer.citations
