"""Where a message's context ends, continued: an abbreviation's 'i.e.' is not the asker's 'I';
a clause saying what is not asked qualifies the request; a request that checks a claim the
context made ('...; MERIT is that, right?') keeps that context; where the answer should come
from ('according to the profile') is no subject. Needs of the bundled profile (Minghui Qiu), in
words of no eval set."""

from __future__ import annotations

import re

import pytest

from prompts.assistant import Assistant
from prompts.understand.context import context_spans


@pytest.mark.parametrize(
    "question",
    [
        "Has she built models over graphs of items, i.e. GNNs?",
        "any work of his on squeezing big models, e.g. distillation?",
        "Does Qiu have papers on search engines, i.e. information retrieval, from 2020?",
        "they've done chatbots, e.g. dialogue systems, haven't they?",
        "papers on seeing text in pictures, viz. OCR, by Minghui Qiu?",
    ],
)
def test_an_abbreviation_is_not_the_asker(question: str) -> None:
    assert "asker" not in [s.kind for s in context_spans(question)], question


@pytest.mark.parametrize(
    "question",
    [
        "I run a pottery club, which of his papers are from 2021?",  # the asker still is
        "We sell tiles. Which papers does she have from 2021?",
    ],
)
def test_the_asker_is_still_context(question: str) -> None:
    assert "asker" in [s.kind for s in context_spans(question)], question


@pytest.mark.parametrize(
    "question",
    [
        "Not the recent reasoning papers - which was her first RL paper?",
        "Not counting the 2025 ones: how many vision papers does Qiu have?",
        "no, not logos — which fashion papers does he have?",
        "Never mind the toolkits: which of their papers are on distillation?",
        "not the medical stuff - what did qiu publish on retrieval?",
    ],
)
def test_a_clause_saying_what_is_not_asked_is_no_preamble(question: str) -> None:
    assert "preamble" not in [s.kind for s in context_spans(question)], question


def test_a_persona_said_first_is_still_a_preamble() -> None:
    question = "Night-shift baker here: which papers does she have on distillation?"
    assert [s.kind for s in context_spans(question)] == ["preamble"]


# The context makes a claim the request checks by pointing back at it: the claim's words stay.
@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("Our product team needs a five-language benchmark; MERIT is that, correct?", "benchmark"),
        ("My lab wants a logo recognition benchmark - Logo-VGR is that, right?", "logo"),
        ("I'm after an NLP toolkit, EasyNLP is that, yes?", "toolkit"),
        ("we need a fashion retrieval model; FashionBERT is this, correct?", "fashion"),
        ("I need a medical reading comprehension dataset. SMedBERT was that?", "medical"),
    ],
)
def test_a_claim_pointed_back_at_keeps_its_context(
    bundled_assistant: Assistant, question: str, word: str
) -> None:
    query, _ = bundled_assistant.understand(question)
    assert word in (query.topic or "").casefold(), (question, query.topic)


NEEDS = [
    "who did Qiu publish with most often in 2020?",
    "how many papers does she have from 2023?",
    "which of his papers are on knowledge distillation?",
    "what are her main research areas?",
]
SOURCE = [
    "{}, according to the profile",
    "{} according to the listed data",
    "As per the profile, {}",
    "Going by the records, {}",
    "{} (based on the list)",
    # read from the owner's own papers: 'according to her papers', "going by Qiu's publications"
    "According to her listed papers, {}",
    "{}, based on his publications",
    "Going by Qiu's publications, {}",
    "{}, as reflected in their papers",
]
NUMBER = re.compile(r"\b\d+\b")


@pytest.mark.parametrize("need", NEEDS)
@pytest.mark.parametrize("wrapper", SOURCE)
def test_where_the_answer_should_come_from_is_no_subject(
    bundled_assistant: Assistant, need: str, wrapper: str
) -> None:
    asked = wrapper.format(need.rstrip("?") if wrapper.endswith("}") else need)
    want, got = bundled_assistant.ask(need), bundled_assistant.ask(asked)
    assert not want.abstained and want.citations, want.text[:200]
    assert {c.paper_id for c in got.citations} == {c.paper_id for c in want.citations}, asked
    assert set(NUMBER.findall(got.text)) == set(NUMBER.findall(want.text)), asked
