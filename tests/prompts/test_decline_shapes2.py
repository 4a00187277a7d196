"""Needs the profile cannot meet, in shapes that share a word with what it does hold, are
declined rather than answered with that word's papers: the owner's work set against another
group's or lab's (the profile holds none of theirs); patents (no record carries them); a
paper's backend (its abstract does not say). Each need is a family
of phrasings (casual, formal, typo, he/she/they/the name, indirect) that must agree;
neighbouring questions the profile does answer (a subject in its own words, two of its papers
compared, its own fields compared) are not declined."""

from __future__ import annotations

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant


def declined(answer: Answer) -> None:
    assert answer.abstained, answer.text
    assert not answer.text.startswith("Yes"), answer.text


# The owner's work measured against another group, lab or team: the profile holds only hers.
OTHER_GROUP = [
    "How does her research measure up to the Berkeley AI lab's?",
    "is qiu's output better than the deepmind team?",
    "Rank this researcher against the FAIR group.",
    "I'm curious how they compare with Yann LeCun's lab.",
    "hw does minghui qiu stack up agianst the MIT CSAIL people",
    "compare him to the Google Brain team",
]


@pytest.mark.parametrize("question", OTHER_GROUP)
def test_the_owner_set_against_another_group_is_declined_naming_it(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    declined(answer)
    assert answer.text.startswith("The profile does not answer this"), answer.text
    assert "cannot compare" in answer.text, answer.text
    assert not answer.citations, answer.text


# Comparisons the profile does hold: two of its papers, two of the owner's own fields.
OWN_COMPARISONS = [
    "Compare Valley with Valley2",
    "how does her NLP work compare with her vision work?",
    "Which of her papers compare against strong baselines?",
]


@pytest.mark.parametrize("question", OWN_COMPARISONS)
def test_comparisons_within_the_profile_are_answered(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    assert answer.citations, answer.text


PATENTS = [
    "Does Minghui Qiu hold a patent?",
    "patents held by him?",
    "I'm curious whether they have patented their retrieval methods.",
    "how many patents does this researcher have",
    "Has she filed any patent applications?",
]


@pytest.mark.parametrize("question", PATENTS)
def test_patents_are_declined_as_a_record_the_profile_does_not_keep(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    declined(answer)
    assert "patents" in answer.text, answer.text  # says what it does not hold
    assert not answer.citations, answer.text


# A named paper's backend: its abstract does not say, so the answer declines citing that paper
# (not its other sentences as if they answered).
BACKEND = [
    ("Which backend does HRKD use?", "HRKD"),
    ("kecp backend?", "KECP"),
    ("I'm curious what back-end the Meta-KD code runs on.", "Meta-KD"),
    ("Valley2 backend pls", "Valley2"),
    ("what back end does GThinker run on?", "GThinker"),
]


@pytest.mark.parametrize(("question", "paper"), BACKEND)
def test_a_papers_backend_is_declined_citing_it(
    bundled_assistant: Assistant, question: str, paper: str
) -> None:
    answer = bundled_assistant.ask(question)
    declined(answer)
    assert answer.text.startswith("The profile does not answer this"), answer.text
    assert "implemented with" in answer.text, answer.text
    assert [c.title[: len(paper)] for c in answer.citations] == [paper], answer.text


# Subjects in the profile's own words with a two-word head are not declined.
OWN_SUBJECTS = [
    "Has she worked on knowledge distillation?",
    "any papers on rainfall reconstruction?",
    "Does this researcher have work on visual grounding?",
    "session-based recommendation papers?",
]


@pytest.mark.parametrize("question", OWN_SUBJECTS)
def test_subjects_the_papers_name_are_not_declined(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    assert answer.citations, answer.text
