"""One need, one topic: the words around a subject that say what the asker writes ('for a
tutorial on', 'my thesis is about', 'a related-work section on'), whom they work with ('my
team'), what they need ('collecting references on') or how a paper goes about it ('the
approach', 'the main trick', 'a pipeline', 'proposes') are no part of it, so every phrasing
cites the papers the bare subject does. Needs of the bundled profile (Minghui Qiu, 50 listed
papers) worded as no eval set words them; casual, formal, typo, he/she/they/the name and
indirect wordings."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from tests.prompts.test_topic_phrasings import assert_same_papers

# Each family: the phrasings, and words of the titles every answer must cite.
FAMILIES = {
    "what the asker writes on the subject": (
        [
            "Which of Minghui Qiu's papers use negative sampling?",
            "for our reading group on negative sampling, what has Qiu published?",
            "Collecting references on negative sampling: which papers did they write?",
            "need some negativ sampling papers by him for a lit review",
            "For my thesis chapter on negative sampling: anything by Minghui Qiu?",
        ],
        ["SueNes"],
    ),
    "how a paper goes about the subject": (
        [
            "Which of Minghui Qiu's papers use prototypical networks?",
            "any approaches of hers with prototypical networks?",
            "has he proposed a prototypical network method",
            "I'm curious whether they introduced a prototypical network pipeline.",
        ],
        ["SpanProto"],
    ),
}


# Known failures (branch topic7b): the frame said as a sentence of its own before the question
# is not read as one ("I'm writing a survey section about X." then the question: declined), and
# 'main idea is X' cites one paper more than the bare subject does.
KNOWN_FAILURES = [
    (
        "I'm writing a survey section about negative sampling. Which of her papers should I cover?",
        "Which of Minghui Qiu's papers use negative sampling?",
    ),
    (
        "papers where Qiu's main idea is prototypical networks",
        "Which of Minghui Qiu's papers use prototypical networks?",
    ),
]


@pytest.mark.xfail(strict=True)
@pytest.mark.parametrize(("framed", "bare"), KNOWN_FAILURES)
def test_known_failures_of_the_frame(bundled_assistant: Assistant, framed: str, bare: str) -> None:
    assert_same_papers(bundled_assistant, [bare, framed], [])


@pytest.mark.parametrize("family", list(FAMILIES))
def test_the_askers_scaffolding_leaves_the_subject_and_its_papers(
    bundled_assistant: Assistant, family: str
) -> None:
    assert_same_papers(bundled_assistant, *FAMILIES[family])


def test_the_topic_read_from_each_phrasing_is_the_same_words(bundled_assistant: Assistant) -> None:
    """What the asker writes, needs, or whom they work with is no topic word."""
    topics = {
        bundled_assistant.understand(q)[0].topic
        for q in [
            "Which papers are about negative sampling?",
            "For a tutorial on negative sampling: which papers?",
            "my thesis is on negative sampling - which papers?",
            "Looking for examples of negative sampling in her papers",
            "My team likes negative sampling. Which of their papers use it?",
        ]
    }
    assert topics == {"negative sampling"}


def test_words_that_only_say_how_a_subject_is_done_are_left_out(
    bundled_assistant: Assistant,
) -> None:
    """Method words after a subject ('reranker pipeline') or before it ('approach stages')
    narrow nothing; a subject the papers name with such a word keeps it ('biconnected
    components' is no 'biconnected')."""
    core = bundled_assistant.lexicon.core
    assert core("reranker pipeline") == "reranker"
    assert core("sampling scheme") == "sampling"
    assert core("approach stages") == "stages"
    assert core("biconnected components") == "biconnected components"
