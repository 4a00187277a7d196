"""What the profile cannot tell is declined, whatever the wording; what it can is answered.
A measure a paper's abstract never names (its F1, its sensitivity) or a figure it never gives
(its results said in words only) is declined with what the abstract does report, never another
number in its place; a named paper's price or citation count, co-authors' countries and why the
researcher took up the field are held by no field of the profile. Each decline has controls
that must still be answered: a measure or figure stated, the researcher's total citations, her
co-authors, a premise about her fields."""

from __future__ import annotations

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant

GTHINKER = "GThinker: Towards General Multimodal Reasoning via Cue-Guided Rethinking"
VALLEY = "Valley: Video Assistant with Large Language model Enhanced abilitY"
META_SN = "Meta-Learning Siamese Network for Few-Shot Text Classification"
KALEIDO = "Kaleido-BERT: Vision-Language Pre-training on Fashion Domain"


def _cited(answer: Answer) -> set[str]:
    return {c.title for c in answer.citations}


# GThinker's abstract gives '81.5% on ... M3CoT' and names no F1, BLEU, AUC or recall.
MEASURE_NOT_NAMED = [
    "What F1 does GThinker get on M3CoT?",
    "gthinker bleu score??",
    "I'm curious what AUC Minghui Qiu's GThinker model reports.",
    "Could you tell me the recall@5 that GThinker reaches?",
    "Not its overall percentage: what's the exact-match score of GThinker?",
    "GThinker mean reciprocal rank, according to Qiu's paper",
]


@pytest.mark.parametrize("question", MEASURE_NOT_NAMED)
def test_a_measure_the_abstract_never_names_is_declined_with_what_it_reports(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, answer.text
    assert "does not state its" in answer.text, answer.text
    assert "81.5" not in answer.text.split("The closest it says")[0], answer.text
    assert _cited(answer) == {GTHINKER}, answer.text


# Valley's and Meta-SN's abstracts claim results in words ('clear superiority', 'has the
# potential'), with no figure.
FIGURE_NOT_GIVEN = [
    "What exact score did Valley reach on video question answering?",
    "valley video assistant - precise numbers pls",
    "I'd like the concrete figures behind Meta-SN's superiority claim.",
    "Meta-SN: what accuracy number did it post?",
    "What numeric result does Qiu's Valley paper report?",
]


@pytest.mark.parametrize("question", FIGURE_NOT_GIVEN)
def test_a_figure_asked_of_results_said_in_words_is_declined(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, answer.text
    assert "in words only" in answer.text, answer.text
    assert _cited(answer) & {VALLEY, META_SN}, answer.text


# Controls: the measure or the figure is in the abstract.
STATED = [
    ("What exact score does GThinker reach on M3CoT?", "81.5"),
    ("precise number for perception-time scaling on DisTANCE?", "64.7"),
    ("Kaleido-BERT recall@1 gain on text retrieval?", "4.03"),
    ("what R@1 improvement did kaleido bert get for image retrieval", "7.13"),
    ("I'm curious about RetiZero's top-5 accuracy on the 15 diseases.", "0.843"),
    ("Kaleido-BERT bleu for fashion captioning?", "1.2"),
]


@pytest.mark.parametrize(("question", "figure"), STATED)
def test_a_measure_or_figure_the_abstract_states_is_answered(
    bundled_assistant: Assistant, question: str, figure: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    assert figure in answer.text, answer.text
    assert "does not state" not in answer.text, answer.text


# No record holds what a paper's model or tool costs.
PRICED = [
    "how much would running HRKD cost us per month?",
    "What's the price of using Qiu's EasyTransfer platform?",
    "Is Kaleido-BERT free or paid?",
    "As a funder I wonder how much money went into training GThinker.",
]


@pytest.mark.parametrize("question", PRICED)
def test_a_named_papers_price_is_declined(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, answer.text
    assert "does not state" in answer.text, answer.text
    assert "no prices" in answer.text, answer.text


# The header holds the researcher's total only: one paper's count is declined with it.
PER_PAPER_CITES = [
    "How many cites does Meta-KD have?",
    "kaleido-bert citation count?",
    "I'm curious how often the SpanProto paper has been cited.",
    "number of cites for qiu's HRKD paper",
    "Could you tell me the citation total of Minghui Qiu's CODA paper?",
    # a paper picked out by its citations is one paper's count too
    "top cited qiu paper?",
    "his paper with the highest citation count?",
    "Which single paper brought her the most citations?",
    "which of their works is the least cited?",
    "What is Minghui Qiu's most-cited paper and how many citations does it have?",
    "I'd like to mention the work of theirs with the biggest number of citations.",
]


@pytest.mark.parametrize("question", PER_PAPER_CITES)
def test_one_papers_citations_are_declined_with_the_total(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, answer.text
    assert "no per-paper citation counts" in answer.text, answer.text
    assert "11,029" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "How many citations does Minghui Qiu have?",
        "qiu total citation count?",
        "I'm curious how often this researcher has been cited overall.",
    ],
)
def test_the_researchers_total_citations_are_still_given(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    assert "11,029" in answer.text or "11029" in answer.text, answer.text


# Author lines carry names only: no co-author's country or institution.
COAUTHOR_PLACES = [
    "Which fraction of Qiu's co-authors sit in Europe?",
    "how many of her collaborators are from china vs abroad",
    "I'm curious what universities his coauthors belong to.",
    "Does Minghui Qiu mainly collaborate with researchers in Asia?",
    "Are most of their colleagues on these papers based in Singapore?",
]


@pytest.mark.parametrize("question", COAUTHOR_PLACES)
def test_where_co_authors_are_is_declined(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, answer.text
    assert "does not answer" in answer.text, answer.text
    assert not answer.citations, answer.text


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Who are Qiu's most frequent co-authors?", "Chengyu Wang"),
        (
            "which co-authors wrote the Chinese medical reading comprehension paper with her",
            "Taolin Zhang",
        ),
    ],
)
def test_co_authors_themselves_are_still_listed(
    bundled_assistant: Assistant, question: str, name: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    assert name in answer.text, answer.text


# Why the researcher took up research or a field is biography, not a paper's motivation.
TOOK_UP = [
    "Why did Minghui Qiu first go into machine learning?",
    "what got her into research?",
    "What inspired him to pursue a career in AI?",
    "I'm curious what attracted them to computer vision in the first place.",
    "why'd qiu choose academia over industry jobs — career choices?",
]


@pytest.mark.parametrize("question", TOOK_UP)
def test_why_the_researcher_took_up_the_field_is_declined(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, answer.text
    assert "does not answer" in answer.text, answer.text


def test_a_premise_about_her_shift_of_fields_is_still_corrected(
    bundled_assistant: Assistant,
) -> None:
    answer = bundled_assistant.ask("What pushed this researcher to move from vision to NLP lately?")
    assert not answer.abstained, answer.text
    assert "CV" in answer.text, answer.text


# 'recall' the verb asks nothing of a measure: the question is answered from the abstract.
RECALL_THE_VERB = [
    "I'm trying to recall which knowledge base GThinker's authors built on - what does it use?",
    "can't recall what dataset GThinker was trained on, can you remember?",
    "Do you recall what GThinker stands for?",
    "i dont recall the name of the benchmark gthinker reports, which is it?",
    "Help me recall what GThinker's abstract says it does.",
]


@pytest.mark.parametrize("question", RECALL_THE_VERB)
def test_recall_the_verb_is_no_measure(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert "does not state its recall" not in answer.text, answer.text
