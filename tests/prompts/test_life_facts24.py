"""A fact of a person's life that no publication profile holds (issue 11) is declined however it
is asked, never answered with papers sharing a word of it: where to reach them, how many
students they advise or how big their group is, whether they are at a university or a
company, where a co-author went to school asked tersely, and whether they write letters of
recommendation. Papers on students (a student model), on a place to find papers, and on a
university's data keep their answers. Papers and phrasings are made up: no eval set holds
them."""

from __future__ import annotations

from pathlib import Path

import pytest

from prompts.assistant import Assistant
from tests.prompts.synthetic import opened, profile_text

DISTIL = (
    "DistilKit: Teacher-Student Distillation for Small Models",
    "DistilKit trains a small student model from a large teacher model and keeps most of its "
    "accuracy on university exam questions.",
)


@pytest.fixture(scope="module")
def ada(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    text = profile_text([DISTIL], "CL", others=2, kinds=3)
    return opened(Path(tmp_path_factory.mktemp("ada")), text)


LIFE = [
    "Where can I reach Ada Example directly?",
    "where could we contact her?",
    "number of phd students advised by ada example?",
    "How many doctoral students does she supervise?",
    "students she mentored -- how many?",
    "how big is her group?",
    "does ada have a big lab?",
    "Is she at a university or a company these days?",
    "company or academia for ada example?",
    "bo li school?",
    "Would she write recommendation letters for interns?",
    "I'm curious whether they give letters of reference.",
]


@pytest.mark.parametrize("question", LIFE)
def test_a_life_fact_is_declined_not_answered_with_papers(ada: Assistant, question: str) -> None:
    answer = ada.ask(question)
    assert answer.abstained, answer.text
    assert answer.text.startswith("The profile does not answer this"), answer.text
    assert "papers and header statistics only" in answer.text, answer.text  # what it holds
    assert not answer.citations, answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Which papers train a student model?", "DistilKit"),
        ("where can i find her papers on distillation?", "DistilKit"),
        ("Does any paper use university exam questions?", "DistilKit"),
        ("How does DistilKit reach its accuracy?", "DistilKit"),
    ],
)
def test_papers_asked_near_those_words_are_answered(
    ada: Assistant, question: str, said: str
) -> None:
    answer = ada.ask(question)
    assert not answer.abstained, answer.text
    assert said in answer.text, answer.text


def test_the_askers_own_lab_is_no_life_question(ada: Assistant) -> None:
    answer = ada.ask("I run a small lab and we distil models; did she ever train a student model?")
    assert "header statistics only" not in answer.text, answer.text
    assert "DistilKit" in answer.text, answer.text
