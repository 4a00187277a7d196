"""The research as a whole asked inside other words gets the same answer as asked plainly:
a period's focus ('what was she focused on in 2005?', 'her 2005 in two sentences') is that
period's themes; what she works on said inside a request ('3 bullets on what ada works on',
'what could she review?') is the themes; a number of words for the research ('three words
for her research') is that many keywords. Controls: a count of a period's subject stays a
count; a few words without a number stay the themes."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from tests.prompts import synthetic
from tests.prompts.test_overview_wholes29 import profile_text


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return synthetic.opened(tmp_path_factory.mktemp("asked29"), profile_text())


FOCUS = [
    "What was she focused on in 2005?",
    "her main thrust during 2005?",
    "ada's 2005 in two sentences?",
    "what was the focus of their 2005 research?",
]


@pytest.mark.parametrize("question", FOCUS)
def test_a_periods_focus_is_its_themes(bot: Assistant, question: str) -> None:
    text = bot.ask(question).text
    assert text.startswith("Ada Example's 1 listed paper (2005)"), text[:300]


SAID_INSIDE = [
    "what could ada review papers on?",
    "3 bullets on what ada works on?",
    "what can she review?",
    "tell me what she works on",
]


@pytest.mark.parametrize("question", SAID_INSIDE)
def test_what_she_works_on_inside_a_request_is_the_themes(bot: Assistant, question: str) -> None:
    text = bot.ask(question).text
    assert text.startswith("Ada Example's 19 listed papers fall into"), text[:300]


WORDS = [
    "three words for her research",
    "describe her research in 3 words",
    "ada in 3 keywords?",
]


@pytest.mark.parametrize("question", WORDS)
def test_a_number_of_words_is_that_many_keywords(bot: Assistant, question: str) -> None:
    text = bot.ask(question).text
    assert text.startswith("Ada Example's work in 3 keywords"), text[:300]


def test_controls_keep_their_answer(bot: Assistant) -> None:
    assert not bot.ask("How many 2005 papers focused on video?").text.startswith("Ada Example's")
    few = bot.ask("tell me about her work in a few words").text
    assert few.startswith("Ada Example's 19 listed papers fall into"), few[:300]
