"""A question about one paper that asks for a number ('its headline number', 'by how much',
'what percentage') is answered with the abstract's sentence that states the result, not its
opening sentences."""

from __future__ import annotations

import re

import pytest

from prompts.assistant import Assistant

ASKED = [
    ("what's the headline number in the CURE paper?", "5%"),
    ("Key figure reported by MERIT?", "45.9%"),
    ("by how much does MeteoLogist beat the baselines", "9.7%"),
    ("What percentage improvement does Kaleido-BERT report?", "%"),
    ("how much better is DGRC than the unlabeled baseline", "7.76%"),
    ("I'm curious what the main numbers of the RainSeer paper are", "13.31%"),
]


@pytest.mark.parametrize(("question", "number"), ASKED)
def test_a_number_asked_of_a_paper_is_answered_with_its_result(
    bundled_assistant: Assistant, question: str, number: str
) -> None:
    answer = bundled_assistant.ask(question)
    first = re.split(r"\[\d+\]", answer.text)[0]  # the first cited sentence
    assert number in first, answer.text[:300]
    assert len(answer.citations) == 1
