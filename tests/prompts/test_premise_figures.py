"""A header figure the question states as given (h-index, citations) is checked against the
profile header's: a different one is corrected first, the same one confirmed when asked
whether it holds. Casual, formal, a clause, the asker's belief, a tag question, the
profile said to say it. Controls: a figure asked for, a hedged one ('over 2'), a year before
'citations', another person's numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant
from tests.prompts.synthetic import opened, profile_text

PAPERS = [
    (
        "StepWise: Cue-Guided Reasoning for Chart Question Answering",
        "We propose StepWise, a chart reasoner that checks visual cues before it answers.",
    ),
]


@pytest.fixture(scope="module")
def ada(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    # the header: h-index 3, 10 citations
    return opened(Path(tmp_path_factory.mktemp("figs")), profile_text(PAPERS, "LG", 2, 3))


def first(answer: Answer) -> str:
    return answer.text.split("\n")[0]


WRONG = [
    ("with an h-index of 40, Ada is pretty senior, right?", "h-index 3, not 40"),
    ("Given that the profile reports an h-index of 12, how does that compare with her "
     "citations?", "h-index 3, not 12"),
    ("h index 12 -> how many citations then?", "h-index 3, not 12"),
    ("I read that she has 2,000 citations; what is her h-index?", "10 citations, not 2,000"),
    ("The profile says Example's h-index is 9. What is her citation count?", "h-index 3, not 9"),
    ("Ada Example's citations are 500, correct?", "10 citations, not 500"),
    ("her h-index is 7, isn't it?", "h-index 3, not 7"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "said"), WRONG, ids=lambda v: str(v)[:40])
def test_a_figure_the_header_gives_otherwise_is_corrected_first(
    ada: Assistant, question: str, said: str
) -> None:
    answer = ada.ask(question)
    assert first(answer).startswith(("No: ", "That premise does not hold: ")), answer.text
    assert said in first(answer), answer.text


@pytest.mark.parametrize("question", ["Her h-index is 3, correct?", "she has 10 citations, right?"])
def test_the_figure_the_header_gives_is_confirmed(ada: Assistant, question: str) -> None:
    answer = ada.ask(question)
    assert first(answer).startswith("Yes: "), answer.text
    assert " not " not in first(answer), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "What is her h-index?",
        "Is her h-index over 2?",
        "how many citations does Ada Example have",
        "How many citations did her 2021 papers get?",
        "What is Geoffrey Hinton's h-index of late?",
    ],
)
def test_no_figure_stated_takes_no_verdict(ada: Assistant, question: str) -> None:
    answer = ada.ask(question)
    assert "the profile header gives" not in answer.text, answer.text
