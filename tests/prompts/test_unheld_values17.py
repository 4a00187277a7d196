"""A value asked is answered only where the evidence holds a value of that kind for that thing.
A count of a named paper's thing is held when a number of its abstract counts it ('5
languages', 'over ten business units', 'six reasoning benchmarks'), not when the abstract
merely says the thing ('tens of thousands of brands', 'named entities'): then the answer
declines, naming the count it does not state. A paper picked out by its citations is a
per-paper citation count, which the profile does not hold: the answer declines with the
header's total. Each family has siblings that must still be answered with the value."""

from __future__ import annotations

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant

LOGO_VGR = "Logo-VGR: Visual Grounded Reasoning for Open-world Logo Recognition"
VALLEY = "Valley: Video Assistant with Large Language model Enhanced abilitY"
SPANPROTO = "SpanProto: A Two-stage Span-based Prototypical Network for Few-shot Named Entity"


def _cited(answer: Answer) -> set[str]:
    return {c.title for c in answer.citations}


# Logo-VGR's abstract says 'tens of thousands of brands' and 'a small subset of brands': the
# noun, never a number of brands.
BRANDS_UNCOUNTED = [
    "How many brands are in the Logo-VGR benchmark?",
    "logo-vgr: number of brands??",
    "how many brnads does Logo-VGR cover",
    "Could you tell me how many brands Qiu's Logo-VGR paper trains on?",
    "I'm curious how many brands they tested Logo-VGR against.",
    "For a report I need the # of brands in Logo-VGR's benchmark; she must give it somewhere?",
]


@pytest.mark.parametrize("question", BRANDS_UNCOUNTED)
def test_a_count_the_abstract_only_names_is_declined(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, answer.text
    assert "does not state" in answer.text, answer.text
    head = answer.text.split("The closest it says")[0]
    assert "brands" in head or "brnads" in head, answer.text
    assert _cited(answer) == {LOGO_VGR}, answer.text


# The same shape on other papers: Valley names its videos and SpanProto its entities, with no
# number of either.
OTHER_UNCOUNTED = [
    ("how many videos does Valley's dataset have?", VALLEY, "videos"),
    ("Valley: number of videos in its data?", VALLEY, "videos"),
    ("How many entities does SpanProto recognise?", SPANPROTO, "entities"),
    ("spanproto: number of entities it was tested on?", SPANPROTO, "entities"),
]


@pytest.mark.parametrize(("question", "paper", "noun"), OTHER_UNCOUNTED)
def test_the_same_shape_on_other_papers_is_declined(
    bundled_assistant: Assistant, question: str, paper: str, noun: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, answer.text
    assert "does not state" in answer.text, answer.text
    assert noun in answer.text.split("The closest it says")[0], answer.text
    assert any(t.startswith(paper) for t in _cited(answer)), answer.text


# Siblings: a number of the abstract counts the thing, or a thing of its kind.
COUNTED = [
    ("How many languages does MERIT cover?", "5 languages"),
    ("merit - how many langauges?", "5 languages"),
    ("How many products does the MERIT dataset have?", "135,000 products"),
    ("How many business units at Alibaba does EasyNLP power?", "ten business units"),
    ("how many reasoning benchmarks was R1-ShareVL evaluated on?", "six"),
    ("how many tasks does Valley3's e-commerce benchmark cover?", "6 tasks"),
    ("How many entries does VFaith-Bench contain?", "755 entries"),
    ("Valley, how many temporal modules?", "three different temporal modeling modules"),
]


@pytest.mark.parametrize(("question", "value"), COUNTED)
def test_a_count_the_abstract_gives_is_answered_with_it(
    bundled_assistant: Assistant, question: str, value: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    assert value in answer.text, answer.text
    assert answer.citations, answer.text


# A paper ranked by its citations: the profile gives the total only.
CITATION_RANKED = [
    "top cited qiu paper?",
    "his paper with the highest citation count?",
    "Which single paper brought her the most citations?",
    "which of their works is the least cited?",
    "What is Minghui Qiu's most-cited paper and how many citations does it have?",
    "I'd like to mention the work of theirs with the biggest number of citations.",
]


@pytest.mark.parametrize("question", CITATION_RANKED)
def test_a_paper_ranked_by_citations_is_declined_with_the_total(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, answer.text
    assert "no per-paper citation counts" in answer.text, answer.text
    assert "11,029" in answer.text, answer.text


# Controls: the researcher's total is the header's, and answered.
CITATION_TOTAL = [
    "How many citations does Minghui Qiu have in total?",
    "qiu total citation count?",
    "What is the most he has been cited overall?",
    "How often has she been cited, all papers together?",
]


@pytest.mark.parametrize("question", CITATION_TOTAL)
def test_the_total_citations_are_answered(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    assert "11,029" in answer.text, answer.text
