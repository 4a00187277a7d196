"""A list of the papers from a period the listing does not reach, when the listing leaves
papers out (its header claims more than it lists), is declined: the papers of then may be
among the unlisted ones. The decline says what the listing covers. A yes/no about the period,
or a premise about it, is still answered from the listing ('No: ... the listing spans ...'),
a period inside the listing is listed, and a complete listing answers 'None' for any period.
A list of the papers in an arXiv category no listed paper has is declined the same way."""

from __future__ import annotations

import pytest

from bot.app import build_assistant
from prompts.assistant import Assistant
from tests.conftest import SMALL_PROFILE, make_settings

# SMALL_PROFILE lists 4 papers (2021-2026, its undated one read as of the capture year) and
# its header claims 9.
LISTS_OUTSIDE = [
    "What did Ada Example publish in 2016?",  # formal, by name
    "her 2016 papers?",  # casual, she
    "his 2016 stuff pls",  # he
    "which papers did they put out in 2016",  # they
    "wat did ada publsh in 2016",  # typos
    "I'd like the titles of everything this researcher wrote in 2016, for a timeline.",
    "List the papers from before 2019.",  # a bound, not a year
    "Which of Ada's papers came out in 2031?",  # after the listing
]
YES_NO_OUTSIDE = [
    "Did Ada publish anything in 2016?",
    "any 2016 papers?",
    "Is there a paper of hers from 2016?",
]
PREMISE_OUTSIDE = ["Ada published a paper in 2016, right?"]
# a count is the listing's, with its caveat
COUNT_OUTSIDE = [
    "How many papers did Ada publish in 2016?",
    "how many of her papers are from 2031?",
]
CATEGORY_ABSENT = [
    "robotics papers by ada?",
    "Which of her papers are in robotics?",
    "list their robotics papers",
]


@pytest.fixture(scope="module")
def complete(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """The same papers, with a header that claims only those listed."""
    root = tmp_path_factory.mktemp("complete")
    path = root / "ada.txt"
    text = SMALL_PROFILE.replace("9papers", "4papers").replace("9 Papers", "4 Papers")
    path.write_text(text, encoding="utf-8")
    return build_assistant(make_settings(root / "data", path))


@pytest.mark.parametrize("question", LISTS_OUTSIDE)
def test_a_list_of_a_period_outside_a_partial_listing_is_declined(
    assistant: Assistant, question: str
) -> None:
    answer = assistant.ask(question)
    assert answer.abstained, answer.text
    assert answer.text.startswith("The profile cannot tell"), answer.text
    assert "the listing spans 2021-2026" in answer.text
    side = "latest" if "2031" in question else "earliest"
    assert f"the {side} listed paper is" in answer.text
    assert "header claims 9" in answer.text
    assert not answer.citations


@pytest.mark.parametrize("question", YES_NO_OUTSIDE + PREMISE_OUTSIDE)
def test_a_yes_no_or_premise_about_that_period_is_answered_no(
    assistant: Assistant, question: str
) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained, answer.text
    assert answer.text.startswith("No: "), answer.text
    assert "the listing spans 2021-2026" in answer.text


@pytest.mark.parametrize("question", COUNT_OUTSIDE)
def test_a_count_of_that_period_is_the_listings(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained, answer.text
    assert answer.text.startswith("None of the 4 listed papers"), answer.text
    assert "header claims 9" in answer.text


def test_a_period_inside_the_listing_is_listed(assistant: Assistant) -> None:
    answer = assistant.ask("What did Ada Example publish in 2022?")
    assert not answer.abstained
    assert [c.title for c in answer.citations] == [
        "PixelGuard: Detecting Adversarial Patches in Street Scenes"
    ]


@pytest.mark.parametrize("question", LISTS_OUTSIDE[:4])
def test_a_complete_listing_answers_none_for_that_period(
    complete: Assistant, question: str
) -> None:
    answer = complete.ask(question)
    assert not answer.abstained, answer.text
    assert answer.text.startswith("None of the 4 listed papers"), answer.text


@pytest.mark.parametrize("question", CATEGORY_ABSENT)
def test_a_list_of_a_category_no_paper_has_is_declined(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.abstained, answer.text
    assert answer.text.startswith("The profile does not answer this: none of the 4"), answer.text
    assert "RO (Robotics)" in answer.text
