"""Questions the profile cannot answer are declined (the answer abstains) and say what the
profile does hold, however they are worded: a detail a named paper's abstract does not give,
someone else's papers without the owner, the person's stance on something. Each need is asked
as a family of phrasings (formal, casual, typo, he/she/they/the name, indirect) that must
agree; a neighbouring question the profile does answer is not declined."""

from __future__ import annotations

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant


def declined(answer: Answer) -> None:
    assert answer.abstained, answer.text
    assert answer.text.startswith("The profile does not answer this"), answer.text


# How a named paper was trained or run: no abstract of these papers gives hardware,
# hyperparameters, training time or cost.
SETUP = [
    ("What learning rate was HRKD trained with?", "HRKD"),
    ("how many epochs did retizero pretrain for", "Enhancing Diagnostic Accuracy"),
    ("Which GPUs did the GThinker team train on?", "GThinker"),
    ("I'm curious how long SpanProto took to train.", "SpanProto"),
    ("kecp batch size?", "KECP"),
    ("How costly was CURE to train, in GPU hours?", "CURE"),
]


# A model's size: GThinker's and K-frames' abstracts give no parameter count.
MODEL_SIZE = [
    ("How many parameters does GThinker have?", "GThinker"),
    ("gthinker param count?", "GThinker"),
    ("What's the model size of K-frames?", "K-frames"),
    ("I'm curious how many params the GThinker model has.", "GThinker"),
    ("number of parameters in k-frames", "K-frames"),
]


@pytest.mark.parametrize(("question", "paper"), SETUP + MODEL_SIZE)
def test_a_training_detail_no_abstract_gives_is_declined_citing_only_that_paper(
    bundled_assistant: Assistant, question: str, paper: str
) -> None:
    answer = bundled_assistant.ask(question)
    declined(answer)
    assert "abstract does not state" in answer.text, answer.text
    # what the profile does hold: the paper's own closest sentence, cited, and no other paper
    assert [c.title[: len(paper)] for c in answer.citations] == [paper], answer.text


def test_a_model_size_the_abstract_gives_is_quoted(bundled_assistant: Assistant) -> None:
    for question in (
        "How many parameters does the model in Seeing is Believing have?",
        "CURE model size?",
    ):
        answer = bundled_assistant.ask(question)
        assert not answer.abstained, answer.text
        assert "7B" in answer.text, answer.text


def test_a_detail_the_abstract_does_give_is_still_answered(
    bundled_assistant: Assistant,
) -> None:
    for question in (
        "How many fundus images was RetiZero pretrained on?",
        "retizero training data size?",
    ):
        answer = bundled_assistant.ask(question)
        assert not answer.abstained, answer.text
        assert "341,896" in answer.text, answer.text


# Someone else's papers apart from the owner: the profile lists only Minghui Qiu's papers.
WITHOUT_OWNER = [
    ("Which papers has Ziheng Wu written without Minghui Qiu?", "Ziheng Wu"),
    ("ziheng wu solo papers?", "Ziheng Wu"),
    ("What did Jianing Wang publish on her own, apart from Qiu?", "Jianing Wang"),
    ("list taolin zhang's papers that dont include her", "Taolin Zhang"),
    ("I'm curious what Cen Chen has worked on independently of this researcher.", "Cen Chen"),
    ("Has Ziheng Wu published anything in 2023 that Qiu wasn't on?", "Ziheng Wu"),
    ("Which papers did Jianing Wang write that he didn't co-author with them?", "Jianing Wang"),
]


@pytest.mark.parametrize(("question", "person"), WITHOUT_OWNER)
def test_someone_elses_papers_without_the_owner_are_declined(
    bundled_assistant: Assistant, question: str, person: str
) -> None:
    answer = bundled_assistant.ask(question)
    declined(answer)
    assert "only Minghui Qiu's papers" in answer.text, answer.text
    # what it does hold: how many listed papers that person shares with the owner
    assert f"{person} co-authored" in answer.text, answer.text
    assert not answer.citations


def test_the_papers_shared_with_someone_or_left_without_them_are_still_listed(
    bundled_assistant: Assistant,
) -> None:
    shared = bundled_assistant.ask("Which papers did Qiu write with Ziheng Wu?")
    assert not shared.abstained and len(shared.citations) == 5, shared.text
    apart = bundled_assistant.ask("Which of her papers are not co-authored with Chengyu Wang?")
    assert not apart.abstained and len(apart.citations) > 20, apart.text


# The person's stance on something: an opinion, which no paper states.
STANCE = [
    "Does Minghui Qiu support open-sourcing large language models?",
    "is she in favour of releasing model weights publicly?",
    "Would they endorse a ban on facial recognition?",
    "I'm curious whether this researcher agrees with the push for AI safety laws.",
    "Is qiu against scraping web data for traning?",
    "Does he oppose autonomous weapons research?",
]


@pytest.mark.parametrize("question", STANCE)
def test_a_stance_of_the_person_is_declined_as_an_opinion(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    declined(answer)
    assert "opinions" in answer.text, answer.text
    assert not answer.text.startswith("Yes"), answer.text


def test_what_a_paper_supports_is_asked_of_the_paper_not_declined(
    bundled_assistant: Assistant,
) -> None:
    answer = bundled_assistant.ask("Does Valley2 support video input?")
    assert not answer.abstained, answer.text
    assert [c.title[:7] for c in answer.citations] == ["Valley2"], answer.text
