"""Premises and comparisons that hold under rewording (bundled profile).

Each family is one need asked several ways (casual, formal, typo or lower case, he/she/they
or the name, indirect 'I'm curious ...'); the family must agree. The needs: a move between
fields the question takes as given, checked against the papers' categories early vs late; a
named paper's premise checked against its abstract (a need it does without, a model it is
said to beat that the abstract does not name, a field it is said to lack); a comparison that
names one paper and describes the other."""

from __future__ import annotations

import re

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant

REFUTED = "That premise does not hold"


def short_names(answer: Answer) -> set[str]:
    return {c.title.split(":")[0] for c in answer.citations}


# The papers went from CL to CV (2020-2022: mostly CL; 2023-2026: mostly CV).
WRONG_WAY = [
    "what made minghui qiu pivot away from vision towards nlp?",
    "Could you explain the reasons behind this researcher's transition from computer vision to "
    "natural language processing?",
    "why did she ditch image work for text",
    "they moved from CV to NLP at some point, what drove that?",
    "I'm curious why he abandoned vision research in favour of language.",
    "qiu swiched from cv to nlp, how come",
]


@pytest.mark.parametrize("question", WRONG_WAY)
def test_a_move_the_papers_do_not_show_is_refuted_from_years_and_categories(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    first = answer.text.splitlines()[0]
    assert first.startswith(REFUTED), first
    assert "2023-2026: CV 12" in first, first  # the recent papers' categories, counted
    assert answer.citations


RIGHT_WAY = [
    "has her work shifted from language to vision?",
    "Did Minghui Qiu move from NLP towards computer vision?",
    "they went from text to images, didn't they",
    "I'm curious whether he pivoted from nlp to vision.",
]


@pytest.mark.parametrize("question", RIGHT_WAY)
def test_a_move_the_papers_show_is_confirmed_not_refuted(
    bundled_assistant: Assistant, question: str
) -> None:
    first = bundled_assistant.ask(question).text.splitlines()[0]
    assert first.startswith("The papers' categories show that move"), first


DONE_WITHOUT = [
    ("How much manual prompt engineering does CP-Tuning require?", "manual engineering"),
    ("cp-tuning needs hand-crafted verbalizers right?", "verbalizer"),
    ("I assume CP-Tuning still relies on engineered task-specific prompts. Which ones?", "manual"),
    ("How many human annotations did the Learning to Expand paper need?", "human annotations"),
    ("For SueNes she still needed gold reference summaries, correct?", "reference summaries"),
    ("I'm curious what reference summaries they collected for SueNes.", "reference summaries"),
]


@pytest.mark.parametrize(("question", "without"), DONE_WITHOUT)
def test_a_need_the_abstract_says_the_paper_does_without_is_corrected_first(
    bundled_assistant: Assistant, question: str, without: str
) -> None:
    answer = bundled_assistant.ask(question)
    first = answer.text.splitlines()[0]
    # a statement put up for confirmation is answered No with the correction
    # (a question built on it says so first: 'That premise does not hold: it works without')
    said = first.removeprefix("That premise does not hold: ")
    assert re.match(r"(?:No: i|I|i)t works without", said) and without in first, first
    assert len(answer.citations) >= 1 and "[1]" in first


OTHER_MODEL = [
    "did GThinker beat Gemini-1.5 on M3CoT? by how much",
    "How far ahead of GPT-4V was GThinker?",
    "I'm curious how much better GThinker is than LLaVA-1.5.",
    "gthinker lead over claude-3 on m3cot??",
    "What was the margin of GThinker over InternVL2 according to the paper?",
]


@pytest.mark.parametrize("question", OTHER_MODEL)
def test_a_model_the_abstract_does_not_compare_with_is_said_with_the_one_it_names(
    bundled_assistant: Assistant, question: str
) -> None:
    first = bundled_assistant.ask(question).text.splitlines()[0]
    said = first.removeprefix("That premise does not hold: ")  # a question built on it
    assert said.casefold().startswith("the abstract does not compare gthinker with"), first
    assert "O4-mini" in first, first


LACKS_A_FIELD = [
    "FashionBERT is a text-only model, right?",
    "Does FashionBERT lack image input?",
    "FashionBERT can't see images, can it?",
    "I'm curious how FashionBERT copes with being text only.",
    "fashionbert only does text, so how does it match product photos?",
]


@pytest.mark.parametrize("question", LACKS_A_FIELD)
def test_a_field_the_abstract_says_the_paper_has_is_not_taken_as_lacking(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    said = [line for line in answer.text.splitlines() if "FashionBERT's abstract says" in line]
    assert said and "image" in said[0], answer.text[:200]
    assert short_names(answer) >= {"FashionBERT"}


COMPARED = "Compared from their abstracts: "
# One paper named, the other described by its title's words or by a name only its abstract
# gives ('CMedBERT' is the model of the CMedMRC paper).
ONE_NAMED = [
    ("Meta-SN or the adversarial domain adaptation network, which does what?", "Meta-Learning"),
    ("how is meta-sn different from the earlier adversarial one", "Meta-Learning"),
    ("I'm curious how Meta-SN improves on the adversarial meta-learning network.", "Meta-Learning"),
    ("Compare CMedBERT with SMedBERT, please.", "Knowledge-Empowered"),
    ("cmedbert vs smedbert, whats the diffrence", "Knowledge-Empowered"),
    ("Is RainSeer better than the nowcasting one?", "Seeing Inside the Storm"),
]


@pytest.mark.parametrize(("question", "other"), ONE_NAMED)
def test_a_comparison_naming_one_paper_cites_the_other_described(
    bundled_assistant: Assistant, question: str, other: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(COMPARED), answer.text[:150]
    cited = [c.title for c in answer.citations]
    assert len(cited) == 2 and any(t.startswith(other) for t in cited), cited


def test_a_model_outside_the_profile_is_no_second_paper(bundled_assistant: Assistant) -> None:
    # 'vs gpt-4o': no paper of the profile is GPT-4o, so nothing is compared side by side
    answer = bundled_assistant.ask("the seeing is believing paper vs gpt-4o")
    assert not answer.text.startswith(COMPARED)
