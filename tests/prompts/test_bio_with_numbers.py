"""A summary of the researcher asked together with the header's numbers ('a short bio with
the h-index', 'summarise the profile: metrics and main topics') gives both: the header's
figures, then the main themes with cited papers. A header number asked alone stays that
number; a paper's metrics stay the paper's."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant

BIO = [
    "Give me a short bio of this researcher with their h-index and citation count.",
    "Summarise Minghui Qiu's profile for me: metrics and main topics.",
    "Describe the research profile of Minghui Qiu, including impact numbers.",
    "quick bio of qiu pls, w/ citations + h-index",
    "For a speaker introduction, I need her research summary and her citation stats.",
    "Can you give an overview of his research and bibliometrics?",
]


@pytest.mark.parametrize("question", BIO)
def test_a_bio_with_numbers_gives_both(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert "h-index 34" in answer.text, answer.text[:200]
    assert "11,029 citations" in answer.text, answer.text[:200]
    assert "main themes" in answer.text, answer.text[:400]
    assert len(answer.citations) >= 3, answer.text[:400]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("What's the profile's AI score?", "AI Score 61"),
        ("What is her h-index?", "h-index 34"),
        ("how many citations does the profile show for them", "11,029 citations"),
    ],
)
def test_a_header_number_alone_is_that_number(
    bundled_assistant: Assistant, question: str, said: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert said in answer.text, answer.text[:200]
    assert "main themes" not in answer.text, answer.text[:200]


def test_a_papers_metrics_stay_the_papers(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("Describe the metrics used in DocAsRef.")
    assert "h-index" not in answer.text, answer.text[:200]
    assert [c.title.split(":")[0] for c in answer.citations] == ["DocAsRef"], answer.text[:200]


@pytest.mark.parametrize(
    "question", ["summary metrics papers pls", "an overview of the summary evaluation metrics work"]
)
def test_summary_metrics_as_a_subject_stay_a_subject(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "h-index" not in answer.text, answer.text[:200]
    assert any(c.title.startswith("SueNes") for c in answer.citations), answer.text[:200]
