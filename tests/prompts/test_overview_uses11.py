"""Overviews asked through what the work is used for or what it keeps using (bundled profile):
the industries, sectors or kinds of businesses the research serves ('what sectors does she
work for?' is no employer question), where it gets applied, and the techniques that recur
across the papers are the research's themes, not a decline nor a list of a few papers; a
subject said with the techniques ('which RL techniques keep coming up') is still a topic,
and an employer is still declined. Each family is one need asked several ways."""

from __future__ import annotations

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant

THEMES = "Minghui Qiu's 50 listed papers fall into"
WEATHER = ("RainSeer", "Seeing Inside the Storm")


def titles(answer: Answer) -> list[str]:
    return [c.title for c in answer.citations]


def assert_themes(answer: Answer) -> None:
    assert not answer.abstained, answer.text[:200]
    assert THEMES in answer.text, answer.text[:200]
    cited = " ".join(titles(answer))
    assert all(t in cited for t in WEATHER), cited  # a theme of two papers, named with them


SERVED = [
    "which sectors does Minghui Qiu work for, application-wise?",
    "what industrys and market areas does he work for",
    "In which kinds of companies could her research be put to use?",
    "where does their work get applied in practice, say retail or hospitals?",
    "I'm curious which kinds of organisations use Qiu's research.",
    "What is her work used for, in the real world?",
]


@pytest.mark.parametrize("question", SERVED)
def test_what_the_work_serves_is_its_themes(bundled_assistant: Assistant, question: str) -> None:
    assert_themes(bundled_assistant.ask(question))


RECURRING = [
    "what methods does qiu lean on again and again?",
    "Which modelling techniques recur throughout Minghui Qiu's publications?",
    "her go-to tricks, the ones that show up paper after paper?",
    "I'd like to know which ML approaches they keep returning to",
    "which tecniques keep turning up in his work",
]


@pytest.mark.parametrize("question", RECURRING)
def test_the_techniques_that_recur_are_its_themes(
    bundled_assistant: Assistant, question: str
) -> None:
    assert_themes(bundled_assistant.ask(question))


def test_a_subject_said_with_the_techniques_stays_a_topic(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask(
        "which reinforcement learning techniques keep coming up in her papers?"
    )
    assert THEMES not in answer.text, answer.text[:200]
    assert any("Share-GRPO" in t for t in titles(answer)), titles(answer)


@pytest.mark.parametrize(
    "question",
    ["which company does she work for these days?", "Does Qiu still work for the same firm?"],
)
def test_an_employer_is_still_declined(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained and "employers" in answer.text, answer.text[:200]
