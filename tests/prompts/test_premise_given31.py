"""A premise taken as given in a clause of a question that asks something else is checked
against the listing and, when it does not hold, corrected first; the rest is then answered as
it would be asked alone. Kinds: a named paper's year ('Since PixelTag came out in 2023, what
did it tag?'), a number of papers ('which of her 10 papers from 2022 ...'), a category
('the NLP paper ShapeSeg'), and the order of two named papers ('Since ClipCut came before
GradStep, ...'). Families of phrasings (casual, formal, typo, she/her/the name, clause before
or after the question) on a synthetic profile, with true-premise controls that are answered
as asked, never corrected."""

from __future__ import annotations

from pathlib import Path

import pytest

from prompts.assistant import Assistant
from tests.prompts.synthetic import opened
from tests.prompts.test_premise_ends24 import ada_text  # the same small profile (Ada Example)

LEAD = "That premise does not hold"


@pytest.fixture(scope="module")
def ada(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return opened(Path(tmp_path_factory.mktemp("given31")), ada_text())


def _titles(ada: Assistant, question: str) -> set[str]:
    return {c.title.split(":")[0] for c in ada.ask(question).citations}


# a named paper's year given in a clause; the answer: its own date first, then the paper
MISDATED = [
    "Since PixelTag came out in 2023, what did it tag?",
    "since pixeltag was published in 2018, what does it tag?",
    "PixelTag came out in 2023, so what model does it use?",
    "Given that PixelTag appeared back in 2022, what fields does it tag?",
    "What fields does PixelTag tag, given that it was released in 2021?",
    "As Ada's PixelTag was published in 2023, what did it tag?",
]


@pytest.mark.parametrize("question", MISDATED)
def test_a_paper_misdated_in_a_clause_is_corrected_then_answered(
    ada: Assistant, question: str
) -> None:
    answer = ada.ask(question)
    first = answer.text.split("\n")[0]
    assert first.startswith(LEAD) and "9 April 2020" in first, answer.text
    assert _titles(ada, question) == {"PixelTag"}, answer.text


@pytest.mark.parametrize(
    "question",
    ["Since PixelTag came out in 2020, what did it tag?", "Given that PixelTag appeared in 2020, "
     "what fields does it tag?"],
)  # fmt: skip
def test_a_paper_dated_rightly_is_answered_without_a_correction(
    ada: Assistant, question: str
) -> None:
    answer = ada.ask(question)
    assert LEAD not in answer.text and "not 2020" not in answer.text, answer.text
    assert _titles(ada, question) == {"PixelTag"}, answer.text


def test_that_year_is_the_papers_own_year_once_corrected(ada: Assistant) -> None:
    answer = ada.ask("Since QueryMix came out in 2020, what else did she publish that year?")
    assert answer.text.startswith(LEAD) and "8 August 2022" in answer.text, answer.text
    assert {c.title.split(":")[0] for c in answer.citations} == {"ShapeSeg", "QueryMix"}


# a number of a year's papers taken as given (2 listed in 2022)
MISCOUNTED = [
    "which of her 5 papers from 2022 are about retrieval?",
    "Ada's three 2022 papers, which one is about retrieval?",
    "summarize her four papers from 2022",
    "tell me about the single paper she wrote in 2022",
    "what are their 6 papers from 2022 about?",
]


@pytest.mark.parametrize("question", MISCOUNTED)
def test_a_wrong_number_of_papers_is_corrected_first(ada: Assistant, question: str) -> None:
    answer = ada.ask(question)
    first = answer.text.split("\n")[0]
    assert first.startswith(LEAD) and "2 listed papers" in first, answer.text
    assert _titles(ada, question) <= {"ShapeSeg", "QueryMix"} and answer.citations


@pytest.mark.parametrize(
    "question",
    ["what are her two papers from 2022 about?", "summarize both of her 2022 papers",
     "name 3 papers of hers", "what are her two latest papers?"],
)  # fmt: skip
def test_a_number_that_holds_or_is_asked_for_is_no_premise(ada: Assistant, question: str) -> None:
    assert LEAD not in ada.ask(question).text


@pytest.mark.parametrize(
    "question",
    ["In the NLP paper ShapeSeg, what is segmented?", "the nlp paper ShapeSeg: what does it segment?"],
)  # fmt: skip
def test_a_paper_in_another_category_is_corrected_first(ada: Assistant, question: str) -> None:
    answer = ada.ask(question)
    first = answer.text.split("\n")[0]
    assert first.startswith(LEAD) and "CV" in first, answer.text
    assert _titles(ada, question) == {"ShapeSeg"}, answer.text


# the order of two named papers (GradStep 2023, ClipCut 2024)
MISORDERED = [
    "Since ClipCut came before GradStep, how does GradStep differ from it?",
    "Given that GradStep came out after ClipCut, what did GradStep change?",
    "since clipcut preceded gradstep, how are they different?",
    "Because GradStep followed ClipCut, what does GradStep add?",
]


@pytest.mark.parametrize("question", MISORDERED)
def test_a_wrong_order_of_two_papers_is_corrected_first(ada: Assistant, question: str) -> None:
    answer = ada.ask(question)
    first = answer.text.split("\n")[0]
    assert first.startswith(LEAD), answer.text
    assert "ClipCut (7 July 2024) came out after GradStep (4 February 2023)" in first


@pytest.mark.parametrize(
    "question",
    ["Since GradStep came before ClipCut, how does ClipCut differ from it?",
     "Given that ClipCut came out after GradStep, what did ClipCut change?"],
)  # fmt: skip
def test_a_right_order_is_no_premise(ada: Assistant, question: str) -> None:
    assert not ada.ask(question).text.startswith(LEAD)


# all of the person's work said to be in one category (3 of the 8 listed papers are CV)
ONLY_CV = [
    "Given that Ada only works on computer vision, what has she done on video?",
    "since she only publishes CV papers, what are her video papers?",
    "Because all of her papers are computer vision, which ones use video?",
]


@pytest.mark.parametrize("question", ONLY_CV)
def test_an_only_claim_in_a_clause_is_corrected(ada: Assistant, question: str) -> None:
    assert ada.ask(question).text.startswith(LEAD)


def test_an_only_claim_is_corrected_then_the_rest_answered(ada: Assistant) -> None:
    answer = ada.ask(ONLY_CV[0])
    first = answer.text.split("\n")[0]
    assert first.startswith(LEAD) and "3 of the 8 listed papers are CV" in first, answer.text
    assert _titles(ada, ONLY_CV[0]) == {"ClipCut"}, answer.text


def test_a_category_said_without_only_is_no_premise(ada: Assistant) -> None:
    answer = ada.ask("Given that Ada works on computer vision, what has she done on video?")
    assert not answer.text.startswith(LEAD), answer.text
