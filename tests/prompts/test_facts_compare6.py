"""A named paper's fact by the type of thing asked, and the people two named papers share.

The kinds of something asked ('what kinds of modalities') are answered by the sentence that
lists them ('including text, images, and videos'), the method a paper is compared with or
built on by the sentence naming it after 'based on', 'vanilla', 'compared with' ('GPT-3.5'),
a person asked of two named papers ('who is on both X and Y?') by the co-authors they
share, and a comparison finds both papers when one name is typed in lower case ('dgrc vs
cure'). Each need is asked as a family of phrasings (casual, formal, typo, he/she/they/the
name, indirect) that must agree."""

from __future__ import annotations

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant

MMLONGCITE = (
    "MMLongCite: A Benchmark for Evaluating Fidelity of Long-Context Vision-Language Models"
)
CODA = "CODA: A COst-efficient Test-time Domain Adaptation Mechanism for HAR"
DOCASREF = (
    "DocAsRef: An Empirical Study on Repurposing Reference-Based Summary Quality Metrics "
    "Reference-Freely"
)
SPANPROTO = (
    "SpanProto: A Two-stage Span-based Prototypical Network for Few-shot Named Entity Recognition"
)
DGRC = "From Atoms to Chains: Divergence-Guided Reasoning Curriculum for Unlabeled LLM Domain Adaptation"
CURE = "CURE: Critical-Token-Guided Re-Concatenation for Entropy-Collapse Prevention"
KECP = "KECP: Knowledge Enhanced Contrastive Prompting for Few-shot Extractive Question Answering"


def _cited(answer: Answer) -> set[str]:
    return {c.title for c in answer.citations}


def _lead(answer: Answer) -> str:
    """The answer's first quoted sentence: what a reader takes as the answer."""
    return answer.text.split("[1]")[0]


# MMLongCite: '... incorporates diverse modalities, including text, images, and videos.'
MODALITIES = [
    "What kinds of modalities does MMLongCite incorporate?",
    "which types of modality does mmlongcite include",
    "I'm curious what sorts of input the long-context fidelity benchmark mixes.",
    "what kinds of inputs did she put into the MMLongCite benchmark?",
    "MMLongCite: wich kinds of modalities are in it?",
    "What types of modalities do they cover in MMLongCite?",
]


@pytest.mark.parametrize("question", MODALITIES)
def test_kinds_asked_lead_with_the_sentence_listing_them(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "text, images, and videos" in _lead(answer), answer.text
    assert _cited(answer) == {MMLONGCITE}, answer.text


# CODA: '... evaluations across diverse datasets, including phone-based, watch-based, and
# integrated sensor-based sensing tasks ...'
SENSING = [
    "Which types of sensing data did CODA get evaluated on?",
    "coda: what kinds of sensors?",
    "What sorts of sensing tasks does the CODA paper cover?",
    "I'm curious what kinds of devices CODA's evaluation spans.",
    "wat kinds of sensing tasks did they test CODA on",
    "Which kinds of sensing setups did Minghui Qiu's CODA paper evaluate?",
]


@pytest.mark.parametrize("question", SENSING)
def test_kinds_of_sensing_lead_with_the_list(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert "watch-based" in _lead(answer), answer.text
    assert _cited(answer) == {CODA}, answer.text


# DocAsRef: '... closely competes with zero-shot summary evaluators based on GPT-3.5.'
BASELINE = [
    "Which baseline does DocAsRef compete with?",
    "docasref - compared against which evaluators?",
    "What does DocAsRef compare itself against?",
    "which baseline did the reference-free summary metric study go up against",
    "I'm curious which evaluators DocAsRef is compared with.",
    "DocAsRef: wich model are the zero-shot evaluators it competes with based on?",
]


@pytest.mark.parametrize("question", BASELINE)
def test_a_baseline_asked_leads_with_the_method_named(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "GPT-3.5" in _lead(answer), answer.text
    assert _cited(answer) == {DOCASREF}, answer.text


# SpanProto and KECP share two co-authors of the owner: Chengyu Wang and Jianing Wang.
SHARED = [
    "Which author appears on both SpanProto and KECP?",
    "is someone listed on both SpanProto and KECP?",
    "who's on SpanProto and KECP besides her?",
    "I'm curious who links SpanProto and KECP in terms of authors.",
    "shared author betwen SpanProto & KECP?",
    "Is there anyone Minghui Qiu wrote both SpanProto and KECP with?",
]


@pytest.mark.parametrize("question", SHARED)
def test_a_person_asked_of_two_named_papers_is_who_they_share(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "Chengyu Wang" in answer.text, answer.text
    assert "Jianing Wang" in answer.text, answer.text
    assert _cited(answer) == {SPANPROTO, KECP}, answer.text
    assert "was written by" not in answer.text, answer.text


def test_the_authors_of_both_papers_are_each_papers_line(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("Who are the authors of both SpanProto and KECP?")
    assert "SpanProto was written by" in answer.text, answer.text
    assert "KECP was written by" in answer.text, answer.text


# A comparison typing the second name in lower case: 'cure' is CURE's own name, not the
# word, once said beside the other paper's name.
PAIR_TYPED_LOW = [
    "dgrc vs cure?",
    "DGRC or cure for reasoning?",
    "Compare DGRC and cure.",
    "how does DGRC differ from cure",
    "I'm curious how their DGRC and cure papers compare.",
    "diffrence between dgrc & cure pls",
]


@pytest.mark.parametrize("question", PAIR_TYPED_LOW)
def test_a_comparison_finds_a_name_typed_low_beside_the_other(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert _cited(answer) == {DGRC, CURE}, answer.text
