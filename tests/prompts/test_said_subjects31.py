"""An absent subject is declined by the loose-subject gate only when the asker said it as one
phrase ('machine translation', 'text to speech'), however the question around it is framed
(a role, a purpose, a thesis, an audiobook company); words gathered from a clause or from the
asker's framing ('deciding which texts', 'podcast host: the few-shot thread') name no one
subject, and a covered subject asked with a role or purpose keeps its papers
(prompts/understand/onsubject.py)."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from prompts.understand.onsubject import names_task, said_as_one
from tests.prompts.test_loose_subjects30 import declined

# the subject said as one phrase, with a role or a purpose around it
FRAMED_ABSENT = [
    "As a PhD student in speech processing: has he done any text-to-speech work?",
    "for our audiobook company, any text to speech research?",
    "Has Minghui Qiu done machine translation research? asking for my thesis",
    "a reporter here: does this researcher work on machine translation?",
    "a translator here: did they do any machine translaton?",
]

# covered subjects asked with a role or a purpose: the papers stay
FRAMED_COVERED = [
    ("For my basketball club: any of their papers on video understanding?", "Valley"),
    ("as a hospital IT lead: anything on medical reading comprehension?", "Chinese Medical"),
    ("my kid asked me: did this researcher ever work on few-shot text classification?", "Siamese"),
    ("newsletter editor: summarise the knowledge distillation side of their research", "HRKD"),
]


@pytest.mark.parametrize(
    ("topic", "question"),
    [
        ("machine translation", "Has she published on machine translation?"),
        ("machine translation", "machine translaton work by qiu?"),
        ("text speech", "any text to speech papers?"),
        ("text-to-speech", "Did he ever work on text to speech"),
        ("LiDAR point clouds", "does she work on lidar point-clouds?"),
    ],
)
def test_subject_said_as_one_phrase(topic: str, question: str) -> None:
    assert said_as_one(topic, question)


@pytest.mark.parametrize(
    ("topic", "question"),
    [
        ("deciding texts", "any paper on deciding which texts are worth pretraining on?"),
        ("podcast host few-shot", "podcast host: walk me through the few-shot thread"),
        ("claim beat GPT-4o", "did a paper of hers claim to beat GPT-4o?"),
        ("data smartwatches", "has he used data from smartwatches?"),
        ("reasoning steps catching", "bad reasoning steps -- any paper catching those?"),
        (
            "my aunt has bad eyesight lol, did they ever do anything with eye scans?",
            "my aunt has bad eyesight lol, did they ever do anything with eye scans?",
        ),
    ],
)
def test_words_gathered_from_a_clause_are_no_phrase(topic: str, question: str) -> None:
    assert not said_as_one(topic, question)


@pytest.mark.parametrize(
    ("topic", "question", "rare", "task"),
    [
        ("machine translation", "any machine translation papers?", ["translation"], True),
        ("text speech", "any text to speech papers?", ["speech"], True),
        ("essay scoring", "essay scoring work?", ["scoring"], True),
        ("French dataset", "any French dataset in her papers?", ["french"], False),
        ("hand-written rules", "papers against hand-written rules?", ["hand"], False),
        ("beat gpt-4o", "beat gpt-4o anywhere?", ["beat"], False),
        ("vision transformer backbone", "a vision transformer backbone?", ["backbone"], False),
    ],
)
def test_a_task_is_named_by_its_rare_head(
    topic: str, question: str, rare: list[str], task: bool
) -> None:
    """The rare word heads the phrase as an act or a conversion's product: a task a paper on it
    names; a rare modifier, verb or thing is a detail put in other words."""
    assert names_task(topic, question, rare) is task


@pytest.mark.parametrize("question", FRAMED_ABSENT, ids=lambda q: q[:40])
def test_framed_absent_subject_is_declined(bundled_assistant: Assistant, question: str) -> None:
    declined(bundled_assistant.ask(question), question)


@pytest.mark.parametrize(("question", "kept"), FRAMED_COVERED, ids=lambda q: str(q)[:40])
def test_framed_covered_subject_keeps_its_papers(
    bundled_assistant: Assistant, question: str, kept: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    assert any(kept in c.title for c in answer.citations), answer.text
