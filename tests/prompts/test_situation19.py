"""The asker's situation said before the question, whoever they are, is never the topic, a
premise or a reason to decline: the need is read from the clause that asks. Roles, jobs and
situations of no eval set (a beekeeper, a crossing guard, a sommelier, a tax auditor, a
glassblower, a lighthouse keeper, a locksmith, a falconer), said in each shape (a label
before 'here', "I'm a ...", 'not a ...' after it, 'As a ... I ...', a first-person statement,
a stage direction, a caller's name, 'um'), with he / she / they / the name. Controls keep
what is a subject or a slot: 'As a first author', 'For 2023 only:', "I'm looking for papers
on X", a request that leans on the context ('anything like that?')."""

from __future__ import annotations

import re

import pytest

from prompts.assistant import Assistant
from prompts.understand.situation import Judges, without_situation

NUMBER = re.compile(r"\b\d+\b")

# (plain need, the same need wrapped in a situation of the asker)
WRAPPED = [
    # a label before 'here', then 'not a ...'
    (
        "Which of her papers are about knowledge distillation?",
        "beekeeper here, not a scientist: which of her papers are about knowledge distillation?",
    ),
    (
        "Which of his papers are about medical text?",
        "sommelier here - not a chemist: which of his papers are about medical text?",
    ),
    (
        "How many papers did Minghui Qiu publish in 2022?",
        "a lighthouse keeper here. how many papers did Minghui Qiu publish in 2022?",
    ),
    # "I'm a ...", with what they are not
    (
        "How many papers did Minghui Qiu publish in 2022?",
        "I'm a tax auditor, not a programmer: how many papers did Minghui Qiu publish in 2022?",
    ),
    (
        "Which of their papers are about knowledge distillation?",
        "im a glassblower; which of their papers are about knowledge distillation?",
    ),
    # 'As a ... I ...': a sentence about what the asker does
    (
        "Does Minghui Qiu have a paper that evaluates generated videos step by step?",
        "As a beekeeper I check every frame of the hive, not only the queen. Does Minghui Qiu"
        " have a paper that evaluates generated videos step by step?",
    ),
    (
        "Does she have work on long video understanding?",
        "As a crossing guard I watch every child cross the road, not just the first one. Does"
        " she have work on long video understanding?",
    ),
    # a first-person statement of the asker's world
    (
        "Which of his papers are about medical text?",
        "we sell honey at a farmers market and I keep the books. which of his papers are about"
        " medical text?",
    ),
    # a stage direction, a caller's name, fillers and spoken years
    (
        "How many papers does Qiu have in 2021?",
        "(dictated note) hello it's Priya from the parish newsletter uh how many papers does"
        " Qiu have in twenty twenty one",
    ),
    (
        "How many papers did they publish in 2023 and 2024 together?",
        "[forwarded voicemail] hi this is Tomas at the falconry club um how many papers did"
        " they publish in twenty twenty three and twenty twenty four together",
    ),
]


def _judges(a: Assistant) -> Judges:
    return Judges(a._stands, a._used, a._named)


def _cited(assistant: Assistant, question: str) -> tuple[bool, set[str], set[str]]:
    got = assistant.ask(question)
    return got.abstained, {c.paper_id for c in got.citations}, set(NUMBER.findall(got.text))


@pytest.mark.parametrize(("plain", "wrapped"), WRAPPED)
def test_the_situation_keeps_the_answer(
    bundled_assistant: Assistant, plain: str, wrapped: str
) -> None:
    want = _cited(bundled_assistant, plain)
    assert not want[0] and (want[1] or want[2]), plain
    assert _cited(bundled_assistant, wrapped) == want, wrapped


# Context describing the subject before 'that kind of ...': words no paper uses add nothing;
# the request names its subject itself.
POINTED = [
    "I'm a sommelier; wines come in region > appellation > vineyard levels. Has he done work"
    " exploiting that kind of hierarchical structure?",
    "locksmith here. keys are cut master > sub-master > single door. does Minghui Qiu have work"
    " where a model exploits this sort of hierarchical structure?",
    "As a falconer I rank birds by order, family and species. Has she done work on such"
    " hierarchical structure in models?",
]


@pytest.mark.parametrize("question", POINTED)
def test_that_kind_of_after_a_situation_reads_its_own_subject(
    bundled_assistant: Assistant, question: str
) -> None:
    got = bundled_assistant.ask(question)
    assert not got.abstained, got.text[:300]
    assert any(c.title.startswith("HRKD") for c in got.citations), got.text[:300]


@pytest.mark.parametrize(
    ("asked", "core"),
    [
        (
            "Glassblower here: we want to tag colours in free-text orders but only have a"
            " handful of labelled ones. Which Qiu paper is closest?",
            "we want to tag colours in free-text orders but only have a handful of labelled"
            " ones. Which Qiu paper is closest?",
        ),
        (
            "crossing guard here, not a techie: which papers are about medical text?",
            "which papers are about medical text?",
        ),
        (
            "(voicemail transcript) hi it's Dana from the alumni desk um could you tell me how"
            " many papers she has in 2023",
            "could you tell me how many papers she has in 2023",
        ),
        (
            "As a beekeeper I check every frame, not only the queen. Which papers evaluate"
            " generated videos?",
            "Which papers evaluate generated videos?",
        ),
    ],
)
def test_the_request_alone(bundled_assistant: Assistant, asked: str, core: str) -> None:
    assert without_situation(asked, _judges(bundled_assistant)) == core


# What is a subject or a slot of the question, or what the request leans on, stays.
KEPT = [
    "As a first author, which 2021 papers does Qiu have?",
    "For 2023 only: which papers have code?",
    "I'm looking for papers on knowledge distillation. Which ones have code?",
    "We build session-based recommenders for ferry tickets. Does he have anything like that?",
    "I'm writing a survey on reinforcement learning. Which of his papers should I cite?",
    "I read that KEML uses WordNet. Is that right?",
    "Not a survey: which of her papers propose a method for medical text?",
    "I'm a first-year student in 2024: which papers came out that year?",
    # a request naming no subject of the papers' own leans on the situation
    "We want to tag colours in free-text glass orders but only have a handful of labelled"
    " ones. Which Qiu paper is closest?",
    "We run a locksmith shop and want to sort customer emails by urgency. Which of her papers"
    " would help us?",
    # a belief to check, a list of papers named
    "I bet she never touched graph neural networks. Which papers, then?",
    "my reading list so far = kaleido-bert, fashionbert. what other fashion papers am i missing?",
]


@pytest.mark.parametrize("question", KEPT)
def test_a_subject_or_a_slot_said_first_stays(bundled_assistant: Assistant, question: str) -> None:
    assert without_situation(question, _judges(bundled_assistant)) == question


def test_a_filler_goes_wherever_it_is() -> None:
    def never(_: str) -> bool:
        return False

    judges = Judges(never, never, never)
    assert without_situation("how many um papers in 2022?", judges) == "how many papers in 2022?"
    assert without_situation("Umbrella papers?", judges) == "Umbrella papers?"
