"""A place among a paper's authors ('who is first writer of valley2') is no ranking claim to
correct; a ranking said of a paper ('Valley2 ranked first among small models?') still is.
Needs of the bundled profile (Minghui Qiu), in words of no eval set."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant


@pytest.mark.parametrize(
    "question",
    [
        "who is first writer of valley2",
        "Who is first author on Valley2?",
        "valley2: who is first named?",
    ],
)
def test_an_author_place_is_no_ranking(bundled_assistant: Assistant, question: str) -> None:
    text = bundled_assistant.ask(question).text
    assert "not ranked" not in text, text[:200]
    assert "Ziheng Wu" in text.splitlines()[0], text[:200]


def test_a_ranking_claim_is_still_corrected(bundled_assistant: Assistant) -> None:
    text = bundled_assistant.ask("Valley2 ranked first among small models?").text
    assert "not ranked first" in text.splitlines()[0] and "ranks second" in text
