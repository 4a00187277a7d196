"""A sentence of context before a question must not move its topic: a closing question with a
subject of its own is searched on that subject whoever asks and why (a reading group, a hiring
committee, a podcast, a startup), and cites the papers the plain question does; a closing
question with no subject of its own ('Which of her papers would help?') takes it from the
sentence before. Needs of the bundled profile (Minghui Qiu, 50 listed papers) that the eval
sets do not ask in these words."""

from __future__ import annotations

import re

import pytest

from prompts.assistant import Assistant

CONTEXTS = [
    "Quick context: I'm putting together notes for our reading group next week.",
    "I sit on a hiring committee and we're reviewing candidates this month.",
    "We're recording a podcast episode about how researchers pick their problems.",
    "I'm a product manager at a small startup, new to all of this.",
]

# Each need asked plainly in one style (formal, casual with a typo, a pronoun, the name,
# indirect), then the same words after each context sentence.
NEEDS = {
    "distilling a big language model into a small one": (
        "Which papers distill a large language model into a smaller one?"
    ),
    "knowledge graphs": "which of her papers use knowlege graphs?",
    "reading document images": "Has Minghui Qiu taught a model to read document images?",
    "retrieval across languages": "I'm curious whether they worked on multilingual retrieval.",
    "sparse rain gauges": "What has he done on estimating rainfall from sparse gauges?",
}

CASES = [(need, context) for need in NEEDS for context in CONTEXTS]


@pytest.mark.parametrize(("need", "context"), CASES)
def test_context_before_a_topic_question_keeps_its_papers(
    bundled_assistant: Assistant, need: str, context: str
) -> None:
    plain = bundled_assistant.ask(NEEDS[need])
    assert not plain.abstained and plain.citations, plain.text[:200]
    got = bundled_assistant.ask(f"{context} {NEEDS[need]}")
    cited = {c.paper_id for c in got.citations}
    assert (got.abstained, cited) == (False, {c.paper_id for c in plain.citations}), (
        context,
        got.text[:200],
        plain.text[:200],
    )


# The need said only before a question that names no subject: the context's subject is
# searched, without who asks ('our team', 'my lab', 'a grant').
CARRIED = [
    ("Our team builds rainfall maps from sparse gauges. Which of her papers could we use?", "rain"),
    (
        "I'm writing a grant on rainfall estimation. Which of her papers would be worth citing?",
        "rain",
    ),
    ("We run a rainfall dashboard for farmers. Anything of hers that would help us?", "rain"),
    ("My startup sells clothing online. Which of her papers would help?", "fashion"),
    (
        "Our lab works on fashion retail. Which of Minghui Qiu's papers should we read first?",
        "fashion",
    ),
    # what the asker would do with a paper is no subject: 'worth reading', 'assign', 'present'
    (
        "We are a startup team working on keyframe selection for long videos. Which of his"
        " papers would be worth reading?",
        "frames",
    ),
    (
        "I teach a class on summarization evaluation. Which of their papers would be worth"
        " assigning?",
        "summari",
    ),
    (
        "I'm preparing slides on retinal image diagnosis for my lab. Which of her papers should"
        " I present?",
        "fundus",
    ),
]


@pytest.mark.parametrize(("question", "subject"), CARRIED)
def test_a_question_naming_no_subject_takes_the_context_subject(
    bundled_assistant: Assistant, question: str, subject: str
) -> None:
    got = bundled_assistant.ask(question)
    assert not got.abstained and got.citations, got.text[:200]
    first = got.citations[0].title
    assert re.search(subject, first, re.I), (question, [c.title for c in got.citations])


# A question asking by no subject (an overview, a period, the people) after sentences that
# only say who asks and why: those sentences carry no subject, and the plain answer stands.
FRAMES = [
    *CONTEXTS[:2],
    "We're recording a podcast episode next week.",
    CONTEXTS[3],
]
FRAMED_ONLY = [
    "Summarise what Minghui Qiu published in 2021.",
    "Who does she write papers with most often?",
    "What are the broad themes of Qiu's work?",
]


@pytest.mark.parametrize(("asked", "context"), [(a, c) for a in FRAMED_ONLY for c in FRAMES])
def test_a_question_asking_no_subject_after_the_askers_frame_gets_the_plain_answer(
    bundled_assistant: Assistant, asked: str, context: str
) -> None:
    plain = bundled_assistant.ask(asked)
    assert not plain.abstained and plain.citations, plain.text[:200]
    got = bundled_assistant.ask(f"{context} {asked}")
    assert (got.abstained, {c.paper_id for c in got.citations}) == (
        False,
        {c.paper_id for c in plain.citations},
    ), (context, got.text[:200], plain.text[:200])
