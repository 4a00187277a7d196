"""Needs about something a publication profile does not hold are declined as such (the answer
abstains and says what the profile holds) rather than answered with papers that share a word
in another sense ('teacher' models, a 'curriculum', a paper's date for a birth date): the
person's teaching, service and birth, the tools they code with; a paper's framework and how
reviewers judged it, its size when the abstract gives none; papers picked by their own
citations. Each need is a family of
phrasings (casual, formal, typo, he/she/they/the name, indirect) that must agree; neighbouring
questions the papers do answer are not declined."""

from __future__ import annotations

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant


def declined(answer: Answer) -> None:
    assert answer.abstained, answer.text
    assert answer.text.startswith("The profile does not answer this"), answer.text


# What the person does away from the papers: teaching, reviewing and editing, birth, coding.
LIFE = {
    "teaching": [
        "what classes does minghui qiu teach these days",
        "whcih courses does he teach",
        "I'm curious whether they give lectures to undergrads.",
        "their teaching load this semester?",
        "Does she teach any university courses?",
        "Is Qiu a lecturer somewhere?",
    ],
    "service": [
        "Is Minghui Qiu an area chair?",
        "does qiu reveiw for conferences?",
        "Has she served on a program committee?",
        "I'm curious whether they sit on an editorial board.",
        "Has he ever been a reviewer for NeurIPS?",
    ],
    "birth": [
        "Minghui Qiu's date of birth",
        "birth year of the researcher?",
        "brith date of qiu?",
        "What year was she born?",
        "I'm curious where they were born.",
    ],
    "advising": [
        "Does she take on grad students?",
        "how many phd students does qiu advise",
        "Who are his current PhD students?",
        "I'm curious whether they mentor students.",
        "is Minghui Qiu acepting new students?",
    ],
    "coding": [
        "does qiu code mostly in python?",
        "fav programing language of hers?",
        "What's his favourite programming language?",
        "Does she prefer PyTorch over TensorFlow?",
        "they program in java or c++?",
    ],
}


@pytest.mark.parametrize(
    "question", [q for family in LIFE.values() for q in family], ids=lambda q: q[:40]
)
def test_a_need_about_the_persons_life_is_declined_as_one(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    declined(answer)
    # says why: what the profile holds, not 'nothing in the papers addresses it'
    assert "papers and header statistics only" in answer.text, answer.text
    assert not answer.citations, answer.text


# What a paper's record never carries unless its abstract says it: these abstracts name no
# framework or language and say nothing of reviews or decisions.
NOT_RECORDED = [
    ("Is HRKD implemented in PyTorch?", "HRKD"),
    ("what DL framework did the KECP authors use", "KECP"),
    ("spanproto tensorflow or pytorch?", "SpanProto"),
    ("I'm curious which library SpanProto was written in.", "SpanProto"),
    ("Which programming language is Meta-KD's code in?", "Meta-KD"),
    ("kecp review scores?", "KECP"),
    ("Was SpanProto accepted or rejected?", "SpanProto"),
    ("I'm curious how the GThinker paper was received by reviewers.", "GThinker"),
    ("meta-review for CURE?", "CURE"),
    ("For a cost estimate I need GThinker's parameter count, what is it?", "GThinker"),
    ("Is K-frames a 7B model?", "K-frames"),
]


@pytest.mark.parametrize(("question", "paper"), NOT_RECORDED)
def test_what_a_papers_record_does_not_carry_is_declined_citing_only_that_paper(
    bundled_assistant: Assistant, question: str, paper: str
) -> None:
    answer = bundled_assistant.ask(question)
    declined(answer)
    assert [c.title[: len(paper)] for c in answer.citations] == [paper], answer.text


PAPER_CITATIONS = [
    "How many of her papers have more than 50 citations?",
    "how often has HRKD been citted?",
    "which papers have over 100 citations each?",
    "how many papers with 10+ citations does qiu have",
    "What is their i10-index?",
]


@pytest.mark.parametrize("question", PAPER_CITATIONS)
def test_papers_picked_by_their_own_citations_are_declined(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, answer.text
    assert "no per-paper citation counts" in answer.text, answer.text


def test_neighbouring_questions_the_papers_answer_are_not_declined(
    bundled_assistant: Assistant,
) -> None:
    for question in (
        "Which papers teach a student model with a teacher?",
        "Does she teach LLMs to reason?",
        "What framework does UPT propose?",
        "Has she used a model as a reviewer to judge answers?",
        "How many citations does she have?",
    ):
        answer = bundled_assistant.ask(question)
        assert not answer.abstained, (question, answer.text)
    # about the papers' systems, not the person's life (whatever else they are answered with)
    for question in ("Did they build a reviewer model?", "Did they release code in their repo?"):
        answer = bundled_assistant.ask(question)
        assert "header statistics only" not in answer.text, (question, answer.text)
