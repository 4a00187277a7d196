"""The time between papers and the average pace, asked in everyday words. On the bundled
profile the longest gap between two consecutive listed papers is 158 days, from 11 May 2022
(Towards Unified Prompt Tuning) to 16 October 2022 (Knowledge Prompting), and its 50 listed
papers span 7 years (2020-2026): 7.1 a year."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant

GAP = [
    "What's the longest hiatus in Minghui Qiu's publication record?",
    "biggest gap between her papers?",
    "longst break between two of their publications",
    "Has he ever gone a long time without publishing? How long at most?",
    "I'm curious about the longest dry spell between consecutive papers by this researcher.",
    "they ever have a lull in output? longest one between papers",
]


@pytest.mark.parametrize("question", GAP)
def test_the_longest_gap_between_papers(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert "158 days" in answer.text, answer.text[:300]
    cited = [c.title for c in answer.citations]
    assert cited[:2] == [
        "Towards Unified Prompt Tuning for Few-shot Text Classification",
        "Knowledge Prompting in Pre-trained Language Model for Natural Language Understanding",
    ], cited


def test_a_gap_inside_a_topic_stays_a_topic(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("Which papers address the modality gap between vision and text?")
    assert "consecutive" not in answer.text
    assert answer.citations


PACE = [
    "avg papers per yr for qiu?",
    "How many papers does she publish in a typical year?",
    "what's their annual output on average",
    "Minghui Qiu's mean number of publications per year",
    "roughly how many papers a year does he write",
    "I'd like to know the researcher's average yearly publication count.",
]


@pytest.mark.parametrize("question", PACE)
def test_the_average_pace(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("On average 7.1 papers a year"), answer.text[:300]
