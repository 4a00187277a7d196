"""A question that takes a clause about one named paper as given ('Given that X only ...,
what ...?') first says when the abstract does not make the clause's restriction ('only',
'single', 'every', 'all'), citing the closest sentence, then answers; a clause the abstract
bears out, or one in other words without such a restriction, is not doubted."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant

# RetiZero is trained on fundus images, not only on chest X-rays.
RESTRICTED = [
    "Given that RetiZero was trained only on chest X-rays, which diseases does it detect?",
    "Since RetiZero only ever saw chest x-rays in training, how many diseases can it name?",
    "because retizero learned solely from chest radiographs, what does it recognise?",
    "Now that RetiZero is known to learn from chest X-rays alone, how accurate is it?",
    "Seeing that RetiZero was pretrained exclusively on chest X-rays, what are its results?",
]


@pytest.mark.parametrize("question", RESTRICTED)
def test_a_restriction_the_abstract_does_not_make_is_said_first(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    first = answer.text.splitlines()[0]
    assert "RetiZero's abstract does not say that" in first, answer.text[:200]
    assert answer.citations[0].title.startswith("Enhancing Diagnostic"), answer.text[:200]


@pytest.mark.parametrize(
    "question",
    [
        "Since SpanProto is a two-stage model, what is its second stage?",
        "Given that K-frames predicts clips, how does it select keyframes?",
        "Since Kaleido-BERT is pre-trained on fashion data, what tasks does it improve?",
        "Because GCE-GNN learns item transitions over all sessions, what graphs does it build?",
    ],
)
def test_a_clause_the_abstract_bears_out_is_not_doubted(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "does not say" not in answer.text, answer.text[:200]
    assert "premise does not hold" not in answer.text, answer.text[:200]
