"""A claim that every paper of a year is without code, put up however it is said ('all 2026
qiu papers code-free?', 'every 2026 paper of hers lacks a code link, right?'), is answered
with its verdict and the share among that year's papers, not the year's code-free papers as a
list; said negated ("all have no code, right?"), it holds when no paper of the year
has code. Needs of the bundled profile (Minghui Qiu: 2024 has 3 papers, none with code; 2026 has
3, one with code), in words of no eval set."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from prompts.understand.cues import claim_question

CLAIMS = [
    "all {year} qiu papers code-free?",
    "every {year} paper of hers lacks a code link, right?",
    "Every one of his {year} papers is without code, correct?",
    "all {year} papers of theirs r code free?",
    "Minghui Qiu's {year} papers all come without code, right?",
]


@pytest.mark.parametrize("claim", CLAIMS)
def test_a_year_all_without_code_is_confirmed(bundled_assistant: Assistant, claim: str) -> None:
    answer = bundled_assistant.ask(claim.format(year=2024))
    assert answer.text.startswith("Yes"), answer.text[:200]
    assert "3" in answer.text.split("\n")[0], answer.text[:200]


@pytest.mark.parametrize("claim", CLAIMS)
def test_a_year_with_code_breaks_the_claim(bundled_assistant: Assistant, claim: str) -> None:
    answer = bundled_assistant.ask(claim.format(year=2026))
    head = answer.text.split("\n")[0]
    assert answer.text.startswith("No"), answer.text[:200]
    assert "2 of the 3" in head, head  # the share among the year's papers, not the listing's
    assert "Valley3" in answer.text, answer.text[:400]  # the paper that has code


@pytest.mark.parametrize(
    "question", ["which 2026 papers are code-free?", "how many of her 2026 papers are code-free?"]
)
def test_asking_for_the_code_free_papers_claims_nothing(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.text.startswith(("Yes", "No")), answer.text[:200]
    assert len(answer.citations) == 2, answer.text[:300]


# The same claim said with a negation: 'all have no code' is 'none has code', so one paper with
# code breaks it and none keeps it ('all have code' negated would be another claim)
NEGATED = [
    "all her {year} papers have no code, right?",
    "every {year} paper of his has no code, correct?",
    "all of Qiu's {year} papers have no code link, right?",
    "each of their {year} papers has no code, true?",
]


@pytest.mark.parametrize("claim", NEGATED)
def test_a_negated_claim_about_every_paper_holds_when_none_breaks_it(
    bundled_assistant: Assistant, claim: str
) -> None:
    answer = bundled_assistant.ask(claim.format(year=2024))
    assert answer.text.startswith("Right"), answer.text[:200]


@pytest.mark.parametrize("claim", NEGATED)
def test_a_negated_claim_about_every_paper_fails_on_one_that_breaks_it(
    bundled_assistant: Assistant, claim: str
) -> None:
    answer = bundled_assistant.ask(claim.format(year=2026))
    assert answer.text.startswith("No, that is not right"), answer.text[:200]
    assert [c.title for c in answer.citations] == [
        "Valley3: Scaling Omni Foundation Models for E-commerce"
    ], answer.text[:300]


@pytest.mark.parametrize(
    "claim",
    [
        "she didn't publish a paper in every quarter of 2022, did she?",
        "he has no paper in each month of 2025, right?",
    ],
)
def test_every_of_something_else_is_no_claim_about_every_paper(claim: str) -> None:
    checked = claim_question(claim)
    assert checked is not None and "any" not in checked[0].split(), checked
