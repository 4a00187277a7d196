"""Details no profile records of a paper, asked of one named paper: its DOI or another
identifier, its title in another language, what it earns (revenue, profit). Declined, saying
what the profile does record, never answered with the abstract's sentences; the English title
and what the abstract does state stay answered. Families over the bundled profile in words of
no eval set."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant


@pytest.mark.parametrize(
    "question",
    [
        "what is KECP's doi",
        "Could you give me the digital object identifier of the KECP paper?",
        "kecp papr DOI pls",
        "I'm curious which DOI Minghui Qiu's KECP paper has.",
        "Not the link, the DOI: what is it for KECP?",
        "What's the Chinese title of the KEML paper?",
        "the mandarin title of their KEML paper?",
        "How does KEML's title read in Chinese?",
        "What profit has EasyTransfer made for Alibaba?",
        "How much revenue does her EasyTransfer platform bring in?",
        "easytransfer income?",
        "I'm curious what EasyTransfer is worth commercially.",
    ],
)
def test_an_unrecorded_detail_of_a_paper_is_declined(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, (question, answer.text[:300])
    assert "does not state" in answer.text, (question, answer.text[:300])


@pytest.mark.parametrize(
    "question",
    ["What is the title of KEML?", "Which business units use EasyNLP?", "When was KECP published?"],
)
def test_what_the_profile_records_stays_answered(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, (question, answer.text[:300])
