"""A word said as the question's subject ('work on kelp', 'kelp stuff') is found by cues
compiled once, not by a pattern compiled per new word (~1 ms of `re`'s parsing each, in every
question whose words no paper uses): the same answer as the per-word pattern over a family of
phrasings and controls, and the same Query (issue 11, thirty-fifth part)."""

from __future__ import annotations

import re
import re._compiler

import pytest

import prompts.assistant
from prompts.assistant import Assistant
from prompts.understand.subject_cues import SUBJECT_AT, subject_said
from tests.prompts import synthetic

PAPERS = [
    (
        "KelpNet: Mapping Kelp Forests from Drone Imagery",
        "We map kelp forests along rocky shores from drone imagery.",
    ),
    (
        "TideCast: Forecasting Tidal Currents for Harbour Pilots",
        "TideCast forecasts tidal currents so that harbour pilots plan their approaches.",
    ),
]
# (question, the words read, is one of them said as the subject)
SAID = [
    ("Has she published on seaweed farming?", "seaweed farming", True),
    ("any papers about seaweed farmers lol", "seaweed farmers", True),
    ("Does Ada Example's work touch on seaweed at all?", "seaweed", True),
    ("does their research deal with sea otters", "sea otters", True),
    ("Have they investigated the ecology of otters?", "otters", False),
    ("anythng on sea-otter ecology?", "sea-otter ecology", True),
    ("seaweed stuff?", "seaweed", True),
    ("Is there any seaweed-related research by him?", "seaweed-related", True),
    ("I wonder whether otters ever show up in her projects", "otters", False),
    ("She hasn't studied seaweed, has she?", "seaweed", True),
    ("What does she explore   in  the   seaweed papers?", "seaweed", True),
    ("Any of her PAPERS cover Otters?", "Otters", True),
    ("projects on, say, whales?", "whales", False),
    ("Which papers involve the sea's  otters?", "otters", True),
]
# Controls: the words said, but not as the subject.
NOT_SAID = [
    ("Give me an elevator pitch of her work", "elevator pitch", False),
    ("what's his h-index in otters?", "h-index", False),
    ("otters", "otters", False),
    ("What hobbies does she have outside work?", "hobbies", False),
    ("ionotters research", "otters", False),
]


def reference(text: str, words: list[str]) -> bool:
    """The per-word pattern, as understanding searched it before."""
    return any(re.search(SUBJECT_AT.format(re.escape(w)), text, re.I) for w in words)


@pytest.mark.parametrize(("question", "said", "expected"), SAID + NOT_SAID)
def test_a_word_said_as_the_subject_as_the_per_word_pattern_finds_it(
    question: str, said: str, expected: bool
) -> None:
    words = said.split()
    assert subject_said(question, words) is expected
    assert reference(question, words) is expected
    for word in words:  # each word alone, too
        assert subject_said(question, [word]) is reference(question, [word])


def test_no_pattern_of_the_cues_is_compiled_for_a_new_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    compiles: list[str] = []
    compile_ = re._compiler.compile

    def counted(pattern: str, flags: int = 0) -> object:
        compiles.append(str(pattern))
        return compile_(pattern, flags)

    monkeypatch.setattr(re._compiler, "compile", counted)
    for i, (question, said, _) in enumerate(SAID):
        new = f"{said.split()[0]}{i}x"  # a word no earlier question had
        subject_said(question.replace(said.split()[0], new), [new])
    assert not [p for p in compiles if "investigat" in p]


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    text = synthetic.profile_text(PAPERS, "CV", others=5, kinds=3)
    return synthetic.opened(tmp_path_factory.mktemp("subject"), text)


def test_the_query_is_the_one_the_per_word_pattern_gives(
    bot: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    questions = [q for q, _, _ in SAID + NOT_SAID] + [
        "an elevator pitch of her research?",
        "what would she be good at?",
        "does this researcher have a family?",
    ]
    found = [bot.understand(q)[0].model_dump() for q in questions]
    monkeypatch.setattr(prompts.assistant, "subject_said", reference)
    assert [bot.understand(q)[0].model_dump() for q in questions] == found
