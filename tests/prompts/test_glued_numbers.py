"""A number typed onto the word it counts ('20newsgroups', '20Newsgroups') is read as the
papers write it ('20 Newsgroups'): a detail asked about it is answered by the sentence that
says it, first. Bundled profile; phrasings of our own (casual, formal, lower-case, indirect,
they/the name)."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant

ASKED = [
    "MLADA's 5-shot result on 20newsgroups?",
    "what did the adversarial domain adaptation meta-learning paper report on 20newsgroups",
    "Accuracy on 20Newsgroups in Qiu's MLADA paper, please.",
    "i'm curious how well MLADA does on 20newsgroups with 1 shot",
    "20newsgroups 1-shot numbers for their adversarial few-shot text classifier?",
]


@pytest.mark.parametrize("question", ASKED)
def test_a_number_typed_onto_its_word_finds_the_sentence_saying_it(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.citations[0].title.startswith("Meta-Learning Adversarial"), answer.text[:200]
    assert "59.6%" in answer.text, answer.text[:300]
    opening = answer.text.find("Meta-learning has emerged")  # the abstract's first sentence
    assert opening == -1 or answer.text.find("59.6%") < opening, answer.text[:400]
