"""A statement about one named paper that restricts it ('just', 'only', 'merely', 'sole') is
no "Yes" when the abstract says the thing without the restriction; a statement with a
question word after it ('... -- which one was it?') is no "Yes" on a mere match either."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant

# SpanProto has two stages (span extraction, then mention classification): 'only spans' is
# not what its abstract says, though it says span extraction.
RESTRICTED = [
    "SpanProto just does span extraction, right?",
    "I read that SpanProto only extracts spans and nothing else. True?",
    "spanproto is simply a span extractor, correct?",
    "My advisor claims SpanProto merely extracts spans. Is that what the paper says?",
    "Correct me if I'm wrong, but SpanProto's sole step is extracting spans?",
]


@pytest.mark.parametrize("question", RESTRICTED)
def test_a_restricted_statement_is_no_yes(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.text.casefold().startswith("yes"), answer.text[:160]
    assert any(c.title.startswith("SpanProto") for c in answer.citations), answer.text[:160]


def test_the_same_statement_unrestricted_is_still_yes(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("SpanProto does span extraction, right?")
    assert answer.text.startswith("Yes"), answer.text[:160]


@pytest.mark.parametrize(
    "question",
    [
        "I read ORConvQA reused an existing dataset instead of building one. Which one was it?",
        "ORConvQA reused an old dataset rather than making a new one -- which was it?",
    ],
)
def test_a_false_statement_before_a_question_word_is_no_yes(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.text.casefold().startswith("yes"), answer.text[:160]
    assert "OR-QuAC" in answer.text, answer.text[:160]
