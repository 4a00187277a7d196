"""A yes/no question asked through what the asker wants to know ('I'd like to know whether',
'please let me know if', 'we need to check whether') or to be told ('am I right that',
'would I be correct that') is answered as the direct question is: Yes or No first, then
the evidence, cited."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant

VIDEO_YES = [
    "I'd like to know whether she has any video papers.",
    "please let me know if Qiu has worked on video",
    "We need to check whether Minghui Qiu has published on video understanding.",
    "i want to know if they have video papers",
    "Not sure if he ever did video work - has he?",
]


@pytest.mark.parametrize("question", VIDEO_YES)
def test_wanting_to_know_whether_is_a_yes_no(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("Yes"), answer.text
    assert any(c.title.startswith("Valley") for c in answer.citations), answer.text


TOLD = [
    ("Am I correct that HRKD came out in 2021?", "Yes"),
    ("Would I be right that Valley uses a ViT encoder?", "Yes"),
    ("would i be corect that hrkd was published in 2021", "Yes"),
    ("I'd like to confirm whether Qiu has a paper dated February 2021.", "No"),
    ("could you find out if she wrote on speech recognition", "No"),
]


@pytest.mark.parametrize(("question", "lead"), TOLD)
def test_asking_to_be_told_leads_with_the_answer(
    bundled_assistant: Assistant, question: str, lead: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(lead), answer.text
