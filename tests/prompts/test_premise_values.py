"""A property with more than two values, given one named paper one way by the question and
another by its abstract, is corrected first, citing that paper's own sentence: how many
stages or phases its method has, and which natural language its data is in. The value the
abstract does give is confirmed, not corrected; 'single' of a method is no marital status."""

from __future__ import annotations

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant

CORRECTED = ("No: ", "That premise does not hold: ")


def corrected(answer: Answer, paper: str, stated: str) -> None:
    assert answer.text.startswith(CORRECTED), answer.text
    assert not answer.abstained, answer.text
    assert stated in answer.text.split("\n")[0].casefold(), answer.text
    assert [c.title[: len(paper)] for c in answer.citations] == [paper], answer.text


STAGES = [
    ("Since CURE is trained in one stage only, what is optimised there?", "CURE", "two-stage"),
    ("i guess CURE has just a single phase, how does it avoid entropy colapse", "CURE", "two"),
    ("Qiu's K-frames pipeline is one-stage, correct?", "K-frames", "three-stage"),
    ("I'm curious how SpanProto does everything in a single stage.", "SpanProto", "two-stage"),
    ("Given that SpanProto is a one-phase method, what does it predict?", "SpanProto", "two"),
    ("Their CURE method is single-stage, right?", "CURE", "two-stage"),
]


@pytest.mark.parametrize(("question", "paper", "stated"), STAGES, ids=lambda v: str(v)[:40])
def test_a_stage_count_the_abstract_gives_otherwise_is_corrected(
    bundled_assistant: Assistant, question: str, paper: str, stated: str
) -> None:
    corrected(bundled_assistant.ask(question), paper, stated)


LANGUAGES = [
    "the CMedMRC data is english, right? how big is it?",
    "Given that the CMedMRC dataset is in English, what does it cover?",
    "I'm curious what English texts the CMedMRC dataset holds.",
    "Qiu's CMedMRC is an English-language resource, correct?",
    "was cmedmrc built from japanese medical texts?",
]


@pytest.mark.parametrize("question", LANGUAGES)
def test_a_language_the_abstract_gives_otherwise_is_corrected(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(CORRECTED) or "No: " in answer.text, answer.text
    assert "chinese" in answer.text.casefold(), answer.text
    assert any(c.title.startswith("Knowledge-Empowered") for c in answer.citations), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "CURE has two stages, right? what happens in each?",
        "SpanProto is a two-stage method: what are the stages?",
        "K-frames trains with a three-stage curriculum, correct?",
        "Is the CMedMRC dataset Chinese?",
    ],
)
def test_the_value_the_abstract_gives_is_not_corrected(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.text.startswith(CORRECTED), answer.text
    assert "opposite" not in answer.text, answer.text
    assert answer.citations, answer.text


@pytest.mark.parametrize("question", ["Is Minghui Qiu single?", "is she single", "Is he married?"])
def test_single_of_a_person_is_still_a_private_matter(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, answer.text
    assert not answer.citations, answer.text


# Who labels the data, a method never used, one modality alone: the abstract's own sentence
# saying otherwise leads the answer (a negated mention, 'without any human annotations', is
# no use of annotations).
OTHERWISE = [
    ("Learning to Expand needs lots of manual labels, right? how many?", "Learning to Expand"),
    ("since learning to expand was trained on hand-labelled PRF terms, who labelled them?",
     "Learning to Expand"),
    ("I'm curious how the annotators labelled terms for Learning to Expand.",
     "Learning to Expand"),
    ("CMedMRC was built automatically, right?", "Knowledge-Empowered"),
    ("Since GThinker is trained with no reinforcement learning, what supervision does it use?",
     "GThinker"),
    ("Their GThinker model never uses reinforcement learning, correct?", "GThinker"),
    ("gthinker skips reinforcement learning entirely?", "GThinker"),
    ("FashionLOGO treats logos as a pure vision problem, yeah?", "FashionLOGO"),
    ("I'm curious how FashionLOGO gets logo embeddings from visual features alone.",
     "FashionLOGO"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "paper"), OTHERWISE, ids=lambda v: str(v)[:40])
def test_what_the_abstract_says_otherwise_leads_the_answer(
    bundled_assistant: Assistant, question: str, paper: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    lines = answer.text.split("\n")
    assert any("abstract says" in line for line in lines[:2]), answer.text  # said first
    assert any(c.title.startswith(paper) for c in answer.citations), answer.text
    assert not answer.text.startswith("Yes"), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Is the CMedMRC dataset manually constructed?",
        "Does GThinker use reinforcement learning?",
        "Valley3 handles text and images, right?",
    ],
)
def test_what_the_abstract_says_the_same_way_is_not_corrected(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "opposite" not in answer.text and "It does use" not in answer.text, answer.text
    assert answer.citations, answer.text
