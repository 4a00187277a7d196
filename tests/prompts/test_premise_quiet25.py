"""Output said to have stopped after a year in other words than an end verb ('inactive since
2023', 'went silent after 2022', 'the lack of papers after 2022', 'her last active year was
2023', 'idle since 2023'): the year is the claimed last one, checked by the latest paper over
all years, whatever is asked after it; a true claim is confirmed, and a year that filters ('what
has she published since 2023?', 'is she active since 2020?') is no claim. A yes/no said with a
claimed end year ('he stopped writing papers in 2023?') leads with one verdict, not two.
Families of phrasings (casual, formal, typo, she/they/the name, given clause, terse) on the
synthetic profile of test_premise_ends24."""

from __future__ import annotations

from pathlib import Path

import pytest

from prompts.assistant import Assistant
from tests.prompts.synthetic import opened
from tests.prompts.test_premise_ends24 import ada_text


@pytest.fixture(scope="module")
def ada(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return opened(Path(tmp_path_factory.mktemp("quiet")), ada_text())


# The latest paper is TextTrim (2025); 2024 has ClipCut.
FALSE_QUIET = [
    "Since she has been inactive since 2023, what was her last paper?",
    "Given that Ada Example has been dormant since 2023, what was the final paper?",
    "They went silent after 2023, what were they last working on?",
    "What explains the lack of papers after 2023?",
    "What explains the absence of publications after 2023 in this profile?",
    "Her last active year was 2023, why did she leave research?",
    "Last active year 2023 -- reason?",
    "ada's been idle since 2023 — true?",
    "she went quiet after 2023, right?",
    "Ada Example has had no papers after 2023, correct?",
    "she has been inactve since 2023?",
]


@pytest.mark.parametrize("question", FALSE_QUIET)
def test_a_false_claim_of_silence_after_a_year_is_corrected_with_the_latest_paper(
    ada: Assistant, question: str
) -> None:
    answer = ada.ask(question)
    first = answer.text.split("\n")[0]
    assert first.startswith(("No", "That premise does not hold")), (question, answer.text)
    assert "TextTrim" in answer.text, (question, answer.text)
    assert any(c.title.startswith("TextTrim") for c in answer.citations), (question, answer.text)


TRUE_QUIET = [
    "Since she has been inactive since 2025, what was her last paper?",
    "Her last active year was 2025, right?",
    "she went quiet after 2025, right?",
]


@pytest.mark.parametrize("question", TRUE_QUIET)
def test_a_true_claim_of_silence_is_not_corrected(ada: Assistant, question: str) -> None:
    answer = ada.ask(question)
    assert not answer.text.startswith(("No", "That premise does not hold")), answer.text
    assert "not from" not in answer.text, answer.text
    assert "TextTrim" in answer.text.split("\n")[0], answer.text


# Controls: a year that filters, and 'active since' (a start, not an end)
FILTERS = [
    ("What has she published since 2023?", ["ClipCut", "TextTrim"]),
    ("How many papers did she publish after 2022?", ["GradStep", "ClipCut", "TextTrim"]),
    ("Has Ada Example published anything since 2024?", ["ClipCut", "TextTrim"]),
]


@pytest.mark.parametrize(("question", "titles"), FILTERS)
def test_a_year_that_filters_is_no_claim_of_silence(
    ada: Assistant, question: str, titles: list[str]
) -> None:
    answer = ada.ask(question)
    assert "not from" not in answer.text and "premise" not in answer.text, answer.text
    cited = {c.title.split(":")[0] for c in answer.citations}
    assert set(titles) <= cited, (question, answer.text)


@pytest.mark.parametrize(
    "question",
    [
        "He stopped writing papers in 2023?",
        "she stopped publishing in 2023?",
        "ada quit research in 2023?",
    ],
)
def test_a_claimed_end_asked_tersely_has_one_verdict(ada: Assistant, question: str) -> None:
    answer = ada.ask(question)
    assert answer.text.startswith("No: "), answer.text
    assert not answer.text.startswith(("Yes: no", "No: no", "Yes: No")), answer.text
