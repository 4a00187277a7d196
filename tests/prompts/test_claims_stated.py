"""A statement put up for confirmation about one paper ('X does Y, right?', 'I heard X ...',
'is it true that ...') is confirmed with a Yes only when one of the paper's own sentences says
it: a list of the papers matching the question is no Yes to it. A percentage the paper gives
otherwise for the same measure is corrected with the paper's number. A claim that every paper
on a topic falls in a period is checked against the dates of all of them. True statements
keep their Yes."""

from __future__ import annotations

import re

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant

YES = re.compile(r"\byes\b", re.IGNORECASE)


def not_confirmed(answer: Answer, paper: str) -> None:
    assert not YES.search(answer.text), answer.text
    assert not answer.abstained, answer.text
    assert any(c.title.startswith(paper) for c in answer.citations), answer.text


UNDERSTOOD_REVERSED = [
    "reverse modeling paper: off-the-shelf pretrained LLMs read reversed text fine, right?",
    "Is it correct that in Reverse Modeling in Large Language Models, public pre-trained LLMs"
    " understand reversed inputs?",
    "i heard the reverse modelling paper found pretrained llms understand reversed input",
    "Qiu's Reverse Modeling work shows publicly available LLMs understand reversed text, true?",
    "I'm curious whether Minghui Qiu's reverse modeling study says pretrained LLMs"
    " understand reversed inputs.",
]


@pytest.mark.parametrize("question", UNDERSTOOD_REVERSED)
def test_a_claim_its_sentence_negates_is_not_confirmed(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    not_confirmed(answer, "Reverse Modeling")
    assert "cannot" in answer.text, answer.text


OTHER_DOMAIN = [
    "Kaleido-BERT was built for medical imaging, right?",
    "is it true that kaleido-bert does pre-training on satelite images?",
    "I read that Kaleido BERT targets news photos. correct?",
    "their Kaleido-BERT model is meant for remote sensing imagery, right?",
    pytest.param(
        "I'm curious whether Kaleido-BERT is pre-trained for medical scans.",
        marks=pytest.mark.xfail(strict=True, reason="an unknown word ('scans') declines first"),
    ),
]


@pytest.mark.parametrize("question", OTHER_DOMAIN)
def test_a_claim_no_sentence_states_is_not_confirmed(
    bundled_assistant: Assistant, question: str
) -> None:
    not_confirmed(bundled_assistant.ask(question), "Kaleido-BERT")


OTHER_PERCENT = [
    "viper: video models already get ~60% POC@1.0 right?",
    "Is it true that in Beyond the Last Frame state-of-the-art video models achieve POC@1.0"
    " around 90%?",
    "i read sota video models hit 50% poc@1.0 on viper. true?",
    "Qiu's VIPER benchmark shows video models reach a POC@1.0 of 75%, correct?",
    "I heard video models score 45% POC@1.0 on VIPER, is that right?",
]


@pytest.mark.parametrize("question", OTHER_PERCENT)
def test_a_percentage_the_paper_gives_otherwise_is_corrected(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    not_confirmed(answer, "Beyond the Last Frame")
    assert answer.text.startswith("No"), answer.text
    assert "20%" in answer.text, answer.text


TRUE_CLAIMS = [
    pytest.param(
        "Kaleido-BERT is pre-trained on the fashion domain, right?",
        "Kaleido-BERT",
        marks=pytest.mark.xfail(
            strict=True, reason="the citation check misses it; a Yes needs both"
        ),
    ),
    pytest.param(
        "K-frames selects keyframes driven by scenes, right?",
        "K-frames",
        marks=pytest.mark.xfail(
            strict=True, reason="the citation check misses it; a Yes needs both"
        ),
    ),
    ("I heard RetiZero was pretrained on 341,896 fundus images, true?", "Enhancing Diagnostic"),
    ("viper: state-of-the-art video models reach about 20% POC@1.0, right?", "Beyond the Last"),
    (
        "is it true that reverse modeling found llms trained from scratch with forward and reverse"
        " texts understand them?",
        "Reverse Modeling",
    ),
]


@pytest.mark.parametrize(("question", "paper"), TRUE_CLAIMS, ids=lambda v: str(v)[:40])
def test_a_claim_its_sentence_states_is_confirmed(
    bundled_assistant: Assistant, question: str, paper: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("Yes"), answer.text
    assert any(c.title.startswith(paper) for c in answer.citations), answer.text


UNNAMED = [
    "Is it true that the fundus model's training data came from one hospital?",
    "their fundus foundation model was pretrained on images from a single country, right?",
    "I read that the keyframe paper just samples frames uniformly. True?",
    "i heard qiu's keyframe selection paper picks frames at fixed intervals, is that right?",
    "Is it correct that the fashion pre-training model was trained on news pictures?",
]


@pytest.mark.parametrize("question", UNNAMED)
def test_a_claim_about_the_one_paper_found_is_checked_like_a_named_one(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not YES.search(answer.text), answer.text
    assert len({c.paper_id for c in answer.citations}) == 1, answer.text


EVERY_IN_A_PERIOD = [
    ("all of her knowledge distillation papers are from 2024 onwards, right?", 2024),
    (
        "Given that Qiu's knowledge distillation work all dates from 2023 or later, what is it?",
        2023,
    ),
    ("every reinforcement learning paper of his is from 2025 on, correct?", 2025),
    ("i think all their RL papers came out since 2025 right?", 2025),
    (
        "Since all of Minghui Qiu's distillation papers are from 2024 or later, which are they?",
        2024,
    ),
]


@pytest.mark.parametrize(("question", "bound"), EVERY_IN_A_PERIOD, ids=lambda v: str(v)[:40])
def test_a_claim_that_every_paper_falls_in_a_period_names_those_outside(
    bundled_assistant: Assistant, question: str, bound: int
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(("No", "That premise does not hold")), answer.text
    assert not YES.search(answer.text), answer.text
    years = [int(y) for y in re.findall(r"\((\d{4})-\d\d-\d\d\)", answer.text)]
    assert years and min(years) < bound, answer.text


def test_a_claim_that_every_paper_falls_in_a_period_that_holds_is_not_refuted(
    bundled_assistant: Assistant,
) -> None:
    answer = bundled_assistant.ask("all of her entropy collapse papers are from 2025 on, right?")
    assert not answer.text.startswith(("No", "That premise")), answer.text
    assert any(c.title.startswith("CURE") for c in answer.citations), answer.text
