"""A paper described by its title's words after a possessive ('Qiu's meta knowledge
distillation paper', 'her session recommendation study') is read as the one paper those
words name, as 'the ... paper' is: its own metadata answers, not every paper with the
field. Words that rank or judge ('her latest paper', 'his favourite paper') name no paper."""

from __future__ import annotations

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant

METAKD = "Meta-KD"
GLOBAL = "Exploring Global Information for Session-based Recommendation"


def cited(answer: Answer) -> list[str]:
    return [c.title for c in answer.citations]


# Meta-KD is listed without code: a question about its code says No and cites it alone.
CODE_OF_DESCRIBED = [
    "Is Minghui Qiu's Meta Knowledge Distillation paper marked as having code?",
    "does qiu's meta knowledge distillation paper have code",
    "Her meta knowledge distillation paper: any code with it?",
    "I'm curious whether their meta knowledge distillation paper comes with code.",
    "Is Qiu's Meta Knowledge Distillation paper not released with code?",
]


@pytest.mark.parametrize("question", CODE_OF_DESCRIBED)
def test_a_possessive_description_names_the_one_paper(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("No"), answer.text
    assert [t.split(":")[0] for t in cited(answer)] == [METAKD], cited(answer)


# A sibling field of another described paper: its date, from its own metadata.
DATE_OF_DESCRIBED = [
    "When did Qiu's global information session recommendation paper come out?",
    "their exploring global information paper - what date?",
]


@pytest.mark.parametrize("question", DATE_OF_DESCRIBED)
def test_a_possessive_description_answers_a_date(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert cited(answer) and all(t.startswith(GLOBAL) for t in cited(answer)), cited(answer)


@pytest.mark.parametrize("question", ["Qiu's latest paper?", "What is her most cited paper?"])
def test_ranking_words_after_a_possessive_name_no_paper(
    bundled_assistant: Assistant, question: str
) -> None:
    query, _ = bundled_assistant.understand(question)
    assert not query.paper_ids, query
