"""Overviews through a lens (bundled profile): the research with a subject set aside ('besides
e-commerce, what else?') is the themes of the other papers, said with how many were set aside;
a catalogue's need (disciplines, subject headings) is the themes, not a decline; the newest or
first paper asked for in a nutshell is that paper described. Each family is one need asked
several ways (casual, formal, typo, he/she/they or the name, indirect); the family must agree."""

from __future__ import annotations

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant

THEMES = "Minghui Qiu's 50 listed papers fall into"
WEATHER = ("RainSeer", "Seeing Inside the Storm")
MEDICAL = "Fundus Diseases"  # RetiZero's title


def titles(answer: Answer) -> list[str]:
    return [c.title for c in answer.citations]


def head(answer: Answer) -> str:
    """The line that says which papers the themes are of (after any 'Reading ... as' line)."""
    return next((s for s in answer.text.splitlines() if s.startswith("Minghui Qiu's")), "")


BESIDES_SHOPPING = [
    "besides ecommerce what else does she work on",
    "Other than e-commerce, which application domains does Minghui Qiu's research serve?",
    "apart from online shoping, what areas does his work touch?",
    "I'm curious what their research covers outside of online retail.",
    "non-e-commerce application areas of Qiu's work?",
]


@pytest.mark.parametrize("question", BESIDES_SHOPPING)
def test_besides_a_subject_the_themes_of_the_other_papers_are_given(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    first = head(answer)
    assert "besides the" in first and "'e-commerce" in first, answer.text[:200]
    cited = titles(answer)
    assert all(t in " ".join(cited) for t in WEATHER), cited
    assert any(MEDICAL in t for t in cited), cited
    assert not any("E-commerce" in t for t in cited), cited  # Valley3's, set aside
    reference = bundled_assistant.ask("Besides e-commerce, what does Minghui Qiu work on?")
    assert answer.groups == reference.groups


BESIDES_A_FIELD = [
    "apart from language models, what else does he work on?",
    "Setting aside language models, what are Minghui Qiu's research themes?",
    "what does she research besides language modles",
    "I'd like to know what areas their work covers other than language models.",
]


@pytest.mark.parametrize("question", BESIDES_A_FIELD)
def test_the_subject_set_aside_is_the_one_named(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    whole = bundled_assistant.ask("What does Minghui Qiu work on?")
    first = head(answer)
    assert "besides the" in first and "'language models'" in first, answer.text[:200]
    kept = {i for group in answer.groups for i in group}
    assert kept < {i for group in whole.groups for i in group}
    assert "Reverse Modeling in Large Language Models" not in titles(answer)


def test_an_expert_word_sets_nothing_aside(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("explain her work to a non-expert")
    assert answer.text.startswith(THEMES), answer.text[:150]


CATALOGUE = [
    "which disciplines does he publish in",
    "For the department catalogue, what broad subjects does this researcher's output belong to?",
    "wich academic fields do they belong to",
    "how would you classify her research by discipline?",
    "What subject headings fit Minghui Qiu's publications?",
    "I'm curious which disciplines her papers would be catalogued under.",
]


@pytest.mark.parametrize("question", CATALOGUE)
def test_a_catalogue_need_is_answered_with_the_themes(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    reference = bundled_assistant.ask("What does Minghui Qiu work on?")
    assert not answer.abstained, answer.text[:150]
    assert answer.text.startswith(THEMES), answer.text[:150]
    assert answer.groups == reference.groups


NEWEST_IN_SHORT = [
    "What's the newest paper by Qiu in a nutshell?",
    "give me the gist of her most recent paper",
    "their latest publication, briefly?",
    "Summarise the newest paper on teh profile in a couple of sentences",
    "I'm curious about a short recap of his latest paper.",
    "latest paper -- summary in one paragraph?",
]


@pytest.mark.parametrize("question", NEWEST_IN_SHORT)
def test_the_newest_paper_in_short_is_that_paper_described(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert titles(answer) == [
        "Seeing Inside the Storm: Improving Nowcasting by Integrating Meteorological Drivers"
    ], answer.text[:200]
    assert "radar" in answer.text  # what it does, from its abstract


FIRST_IN_SHORT = [
    "Summarize Minghui Qiu's very first paper in a few sentences.",
    "a short recap of the oldest paper he has?",
    "tl;dr of their earliest paper",
]


@pytest.mark.parametrize("question", FIRST_IN_SHORT)
def test_the_first_paper_in_short_is_that_paper_described(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    first = bundled_assistant.ask("What was Minghui Qiu's first paper?")
    assert titles(answer) == titles(first), answer.text[:200]
    assert "Lexical relations" in answer.text  # what it does, from its abstract
