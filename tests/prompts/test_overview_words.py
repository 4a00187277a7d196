"""'What does X work on?' in other words gets the same themes (bundled profile): a short
summary asked for ('recap', 'tl;dr', 'the gist', 'body of work'), for the whole record or one
year, and 'X or Y person?', answered from the two fields' papers early and late, then the
themes. Each family is one need asked several ways (casual, formal, typo, he/she/they or the
name, indirect); the family must agree."""

from __future__ import annotations

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant

THEMES = "Minghui Qiu's 50 listed papers fall into"


def themes(answer: Answer) -> list[list[str]]:
    return answer.groups


WHOLE = [
    "sum up her research for me in two sentences",
    "whats the tldr on qiu's papers",
    "Could you provide a brief synopsis of this researcher's body of work?",
    "gimme the rundown on what they research",
    "I'm curious what the gist of his work is.",
    "Minghui Qiu in a nutshell?",
]


@pytest.mark.parametrize("question", WHOLE)
def test_a_short_summary_of_the_whole_record_is_the_themes(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    reference = bundled_assistant.ask("What does Minghui Qiu work on?")
    assert answer.text.startswith(THEMES), answer.text[:150]
    assert themes(answer) == themes(reference)


ONE_YEAR = [
    ("recap of her 2021 research pls", 2021),
    ("Could you give me a synopsis of his 2024 output?", 2024),
    ("qiu's 2022 in a nutshell", 2022),
    ("what were they up to in 2023, in short?", 2023),
    ("I'm curious about the gist of Minghui Qiu's 2025 papers.", 2025),
    ("tl;dr of the 2021 reserch", 2021),
]


@pytest.mark.parametrize(("question", "year"), ONE_YEAR)
def test_a_short_summary_of_one_year_is_that_years_themes(
    bundled_assistant: Assistant, question: str, year: int
) -> None:
    answer = bundled_assistant.ask(question)
    first = answer.text.splitlines()[0]
    assert first.startswith("Minghui Qiu's ") and f"({year}) fall into" in first, first
    assert answer.citations and all(c.date.year == year for c in answer.citations)


WHICH_FIELD = [
    "is she a language researcher or a vision researcher?",
    "qiu: nlp guy or cv guy?",
    "Would you classify this researcher as mainly NLP or mainly computer vision?",
    "I'm curious whether they lean more toward text or toward images.",
    "is minghui qiu more of a vison or nlp person",
    "Is his work mostly language or mostly vision?",
]


@pytest.mark.parametrize("question", WHICH_FIELD)
def test_which_of_two_fields_is_answered_by_their_papers_then_the_themes(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    lines = answer.text.splitlines()
    # both fields counted, then early vs late, not "Yes: 36 papers match CV or CL"
    assert lines[0] == "More in CL: 22 in CL against 14 in CV, 8 more.", lines[0]
    assert lines[1].startswith("Mostly CL in 2020-2022 (CL 19, CV 2), mostly CV in 2023-2026")
    reference = bundled_assistant.ask("What does Minghui Qiu work on?")
    assert lines[2].startswith(THEMES) and themes(answer) == themes(reference)


def test_papers_on_two_fields_are_still_a_list(bundled_assistant: Assistant) -> None:
    # 'text or image generation' is a subject, not the research placed in a field
    answer = bundled_assistant.ask("any papers on text or image generation?")
    assert not answer.text.startswith("By arXiv category")
