"""A question opening on 'Since <paper> <clause about it>, ...' gives a reason, not a date:
it is about that paper, never 'papers since <paper>' (which would leave the paper out and
answer that it is dated before the window). 'Since <paper> came out' and 'since <paper>,
how many ...' stay dates."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant

REASONS = [
    ("Since Meta-KD distills within a single domain, what teacher does it use?", "Meta-KD"),
    ("since meta-kd distils across domains, what does its teacher learn?", "Meta-KD"),
    ("Since SpanProto relies on prototypes, how are its spans found?", "SpanProto"),
    ("Since GCE-GNN builds a global graph, what is in that graph?", "Global Context Enhanced"),
    ("Since RetiZero learns from fundus images, how many diseases does it know?", "Enhancing"),
    ("since k-frames picks clips, how does it pick them", "K-frames"),
]


@pytest.mark.parametrize(("question", "title"), REASONS)
def test_since_a_paper_does_something_is_about_it(
    bundled_assistant: Assistant, question: str, title: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "not since" not in answer.text, answer.text[:160]
    assert answer.citations and answer.citations[0].title.startswith(title), answer.text[:160]


@pytest.mark.parametrize(
    "question",
    ["Since Valley2 came out, what has she published?", "since Valley2, how many papers?"],
)
def test_since_a_paper_alone_is_a_date(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert "since 2025-01-11" in answer.text, answer.text[:160]
    assert not any(c.title.startswith("Valley2") for c in answer.citations), answer.text[:160]
