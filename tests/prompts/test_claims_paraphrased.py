"""A true statement about a named paper is confirmed when its content words are said in one
sentence of the abstract (the title's words count as said), in any inflection, in a common
paraphrase ('recasts' for 'transforms'), or as the paper's own abbreviation ('EQA' for
'Extractive Question Answering', 'extractive QA' for it too); the owner's name in it ('Minghui
Qiu's KECP') is no word to find. A statement the abstract contradicts or does not say stays
unconfirmed or is corrected. Bundled profile; claims in words of our own."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant

TRUE = [
    ("is it true that KECP reformulates extractive QA as an MLM generation problem?", "KECP"),
    ("is it true that kecp reformulates eqa as an mlm generation problem", "KECP"),
    ("Is it true that Minghui Qiu's KECP casts EQA as masked language modelling?", "KECP"),
    ("I'm curious whether KECP converts EQA into masked language modeling", "KECP"),
    ("I heard KECP trains jointly on MLM and contrastive objectives", "KECP"),
    ("my labmate says EasyTransfer is a toolkit for deep TL algorithms in NLP applications",
     "EasyTransfer"),
    ("the CMedMRC paper builds a medical MRC dataset by hand, right?", "Knowledge-Empowered"),
]  # fmt: skip

FALSE = [
    ("KECP turns EQA into an image captioning problem, correct?", "KECP"),
    ("KECP casts extractive question answering as image captioning, right?", "KECP"),
    ("is it true that KECP adds pointer heads to PLMs?", "KECP"),
    ("my labmate says EasyTransfer is a toolkit for quantum TL algorithms in robotics "
     "applications", "EasyTransfer"),
    ("Is it true that EasyTransfer trains 9.0x faster than the community version of "
     "distributed training?", "EasyTransfer"),
    ("correct me if im wrong but SRGI ignores item transitions from other sessions",
     "Exploring Global Information"),
    ("the CMedMRC paper builds a legal MRC dataset by crowdsourcing, right?",
     "Knowledge-Empowered"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "paper"), TRUE)
def test_a_claim_said_in_other_words_is_confirmed(
    bundled_assistant: Assistant, question: str, paper: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("Yes"), answer.text[:300]
    assert answer.citations[0].title.startswith(paper), answer.text[:200]


@pytest.mark.parametrize(("question", "paper"), FALSE)
def test_a_claim_the_abstract_does_not_say_is_not_confirmed(
    bundled_assistant: Assistant, question: str, paper: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(("No", "Not confirmed")), answer.text[:300]
    assert answer.citations[0].title.startswith(paper), answer.text[:200]
