"""A named paper's (or the header's) detail is answered only when it is stated: a count of a
thing no number of the abstract counts, how a header number is computed, and when a career
event happened are declined, saying what the profile does state; a count the abstract gives,
in the asked words or in words of the same kind, is still answered."""

from __future__ import annotations

import re

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant

VALLEY = "Valley: Video Assistant with Large Language model Enhanced abilitY"
KALEIDO = "Kaleido-BERT: Vision-Language Pre-training on Fashion Domain"


def _cited(answer: Answer) -> set[str]:
    return {c.title for c in answer.citations}


# Valley's abstract counts two datasets, three temporal modules and a two-phase training, and
# no people at all.
PEOPLE_UNCOUNTED = [
    "How many human raters judged Valley's answers?",
    "valley paper - how many annotaters labeled the instruction data?",
    "I'm curious how many crowdworkers helped build Valley's video datasets.",
    "Qiu's video assistant Valley: number of human annotators?",
    "Could you tell me how many participants took part in Valley's user study?",
    "how many volunteers did Minghui Qiu's Valley paper recruit",
]


@pytest.mark.parametrize("question", PEOPLE_UNCOUNTED)
def test_a_count_of_people_the_abstract_never_gives_is_declined_with_its_counts(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, answer.text
    assert "does not state how many" in answer.text, answer.text
    assert "two datasets" in answer.text, answer.text  # what it does count
    assert _cited(answer) == {VALLEY}, answer.text


# Kaleido-BERT's abstract: '... on four downstream tasks': counted in the asked words.
COUNT_STATED = [
    "How many downstream tasks was Kaleido-BERT evaluated on?",
    "kaleido bert number of downstream tasks?",
    "I'm curious how many downstream tasks Qiu's Kaleido-BERT paper reports.",
    "On how many downstream taks did they test Kaleido-BERT",
    "Kaleido-BERT: # of downstream tasks",
]


@pytest.mark.parametrize("question", COUNT_STATED)
def test_a_count_the_abstract_gives_is_answered_not_declined(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    assert "four downstream tasks" in answer.text, answer.text
    assert "does not state" not in answer.text, answer.text
    assert KALEIDO in _cited(answer), answer.text


HEADER_METHOD = [
    ("How is Minghui Qiu's h-index calculated?", "34"),
    ("what does her novelty 51% even measure", "51%"),
    ("h index = computed how??", "34"),
    ("What formula is behind the novelty score on this profile?", "51%"),
    ("What does the novelty score on this profile represent?", "51%"),
]


@pytest.mark.parametrize(("question", "value"), HEADER_METHOD)
def test_how_a_header_number_is_computed_is_declined_with_its_value(
    bundled_assistant: Assistant, question: str, value: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, answer.text
    assert "no definition or formula" in answer.text, answer.text
    assert value in answer.text, answer.text


@pytest.mark.parametrize(
    "question", ["What is Minghui Qiu's h-index?", "novelty score?", "her h index pls"]
)
def test_a_header_number_asked_is_still_given(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    assert "34" in answer.text or "51%" in answer.text, answer.text


CAREER_DATES = [
    "When was she hired by Alibaba?",
    "what year did they join DAMO Academy",
    "In which year did Minghui Qiu start working for ByteDance?",
    "i'm curious when qiu joined alibaba's PAI team",
    "he joined bytedance when exactly?",
]


@pytest.mark.parametrize("question", CAREER_DATES)
def test_when_a_career_event_happened_is_declined(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, answer.text
    assert "does not answer" in answer.text, answer.text
    assert "nothing on employers" in answer.text, answer.text


def test_when_work_on_a_topic_began_is_still_answered(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("when did she start working on knowledge distillation?")
    assert not answer.abstained, answer.text
    assert "Meta-KD" in answer.text, answer.text


# The sentence answering a fact about one paper is the one saying the asked thing, when
# another sentence shares more of the question's other words.
GCE_GNN = "Global Context Enhanced Graph Neural Networks for Session-based Recommendation"
COUNTED_BEFORE_A_VERB = [  # GCE-GNN: 'Experiments on three benchmark datasets demonstrate ...'
    "How many benchmark datasets appear in the GCE-GNN experiments?",
    "gce-gnn: how many datasets were used to test it",
    "I'm curious how many benchmark datasets show GCE-GNN beating the state of the art.",
    "GCE GNN - number of benchmark datasets used?",
    "how many benchmark datsets demonstrate that gce-gnn works",
]


@pytest.mark.parametrize("question", COUNTED_BEFORE_A_VERB)
def test_the_thing_counted_is_read_before_the_verb_after_it(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    assert "three benchmark datasets" in answer.text, answer.text
    assert GCE_GNN in _cited(answer), answer.text


# CMedBERT 'fuses medical knowledge into pre-trained language models by the dynamic fusion
# mechanism': asked with another verb of combining.
CMEDBERT = (
    "Knowledge-Empowered Representation Learning for Chinese Medical Reading Comprehension: "
    "Task, Model and Resources"
)
COMBINED_IN_OTHER_WORDS = [
    "How does CMedBERT merge medical knowledge into the language model?",
    "cmedbert - how does it combine medical knowlege with the PLM",
    "In the Chinese medical reading comprehension paper, how does CMedBERT integrate knowledge?",
    "how does the CMedBERT model aggregate medical knowledge and text?",
    "CMedBERT puts together medical knowledge and BERT how?",
]


@pytest.mark.parametrize("question", COMBINED_IN_OTHER_WORDS)
def test_a_way_of_combining_asked_is_answered_by_the_sentence_saying_it(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    assert re.search(r"\bfus(?:es|ing|ion)\b", answer.text), answer.text  # how it is combined
    assert CMEDBERT in _cited(answer), answer.text
