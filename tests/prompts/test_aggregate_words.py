"""Aggregate and overview needs in other words, asked by anyone, with filler around them:
who asks and what for is never the topic, filler never the topic, the low end of a ranking
and the owner's byline in everyday words, part-year dates in words, the themes of a period.
Each need is asked several ways (casual, formal, typo, he/she/they/the name, indirect); the
answers must agree. Counts are of the bundled profile's 50 listed papers."""

from __future__ import annotations

import re

import pytest

from prompts.assistant import Assistant

# Whoever asks ('my landlord', 'a podcast host'), not only the roles a list knows.
ANYONE_ASKS = [
    "My landlord wants to know: how many papers did she publish in 2022?",
    "quick q from a colleague - how many papers did he put out in 2022?",
    "Our lab manager asks: how many publications does Minghui Qiu have from 2022?",
    "My grandmother would like to know, how many papers did they write in 2022?",
    "A podcast host wonders: how many paprs came out in 2022?",
    "Asking for a friend: how many of her papers are from 2022?",
    "My boss asked me to find out: how many papers came out in 2022?",
    "On behalf of our search committee: how many 2022 papers does this researcher have?",
]


@pytest.mark.parametrize("question", ANYONE_ASKS)
def test_whoever_asks_is_no_topic(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("7 of the 50 listed papers match 2022"), answer.text[:200]
    assert "topic" not in answer.text


# The low end of the papers-per-year ranking (2024 and 2026 have 3 each), said in other words
# and after what the answer is for.
QUIETEST = [
    "For our hiring spreadsheet: in which year did she publish the least?",
    "which yr was his leanest for papers",
    "What was the weakest year for Minghui Qiu in terms of publications?",
    "I'm curious which year they had the smallest number of papers.",
    "In what year did this researcher put out the lowest number of papers?",
    "For a board deck - which year saw the slowest output from her?",
]


@pytest.mark.parametrize("question", QUIETEST)
def test_the_low_end_of_a_ranking_in_other_words(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "2024 and 2026 are tied as the quietest year" in answer.text, answer.text[:200]


# The high end of the ranking (2025 has 14), in other words.
BUSIEST = [
    "What was her best year for publications?",
    "Which year was his strongest in output?",
    "which yr had the heaviest output from minghui qiu",
    "In what year did this researcher reach the maximum number of papers?",
    "I'm curious which year was their strongest, paper-wise.",
]


@pytest.mark.parametrize("question", BUSIEST)
def test_the_high_end_of_a_ranking_in_other_words(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("2025 is the busiest year: 14"), answer.text[:200]


# Filler and hedges around a count (2 of the 4 papers of 2023 list code).
CODE_2023_FILLER = [
    "how many of his 2023 papers, say, released code?",
    "Kinda curious: how many 2023 papers of hers shipped with code?",
    "How many 2023 publications by Minghui Qiu came with code, if any?",
    "Among their 2023 papers, how many came out with code, more or less?",
    "how many of their papers from 2023 shipped w/ code tbh",
    "Basically, how many of her 2023 papers have code, in terms of a number?",
]


@pytest.mark.parametrize("question", CODE_2023_FILLER)
def test_filler_is_no_topic(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert re.match(r"2 of the (4|50) listed papers", answer.text), answer.text[:200]
    assert "topic" not in answer.text


# The owner shown on a paper's author line (the profile shows the first authors only):
# 14 of the 50 listed papers.
ON_THE_BYLINE = [
    "On how many of these papers does her name appear among the displayed authors?",
    "how many papers show minghui qiu on the byline",
    "In how many listed papers is Qiu credited as an author?",
    "Count the papers where this researcher is listed as an author.",
    "I'm curious how many papers actually have their name in the author list.",
    "how many papres list him in the author line",
]


@pytest.mark.parametrize("question", ON_THE_BYLINE)
def test_the_owner_on_the_byline_is_counted(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("14 of the 50 listed papers list Minghui Qiu"), answer.text[:200]


# July to December 2020 (7 papers), said in words.
SECOND_HALF_2020 = [
    "How many papers did she publish in the latter half of 2020?",
    "papers from the back half of 2020, how many?",
    "How many publications appeared in the last six months of 2020?",
    "From July 2020 through the end of that year, how many papers did they publish?",
    "how many papers between july 2020 and year end",
    "I'm curious how many papers Minghui Qiu released from July 2020 to the close of that year.",
]


@pytest.mark.parametrize("question", SECOND_HALF_2020)
def test_part_of_a_year_in_words(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("7 of the 50 listed papers match 2020-07-01 to 2020-12-31"), (
        answer.text[:200]
    )


# The themes of a period (2020-2021: 19 papers), not the header, not a topic.
EARLY_THEMES = [
    "Give me an overview of the 2020-21 papers.",
    "what was she researching in 2020 and 2021?",
    "overveiw of his 2020-2021 publications pls",
    "Could you provide an overview of Minghui Qiu's publications from 2020 to 2021?",
    "I'm curious what their research was like in 2020-21.",
]


@pytest.mark.parametrize("question", EARLY_THEMES)
def test_the_themes_of_a_period(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    # the themes of those years (as a whole, or year by year), not the header or a topic
    assert "Pre-trained language models (" in answer.text, answer.text[:200]
    assert "h-index" not in answer.text and "2025" not in answer.text, answer.text[:200]


# Theory or applied: the themes of the research, not the papers that say 'theory'.
THEORY_OR_APPLIED = [
    "Is his work theoretical, or applied?",
    "more empirical or more theoretical, their papers?",
    "Does Minghui Qiu do theory or applied research?",
    "would u say she's a theorist or a practitioner",
    "I'm curious whether this researcher leans theoretical or practical.",
]


@pytest.mark.parametrize("question", THEORY_OR_APPLIED)
def test_theory_or_applied_gives_the_themes(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert "50 listed papers fall into" in answer.text, answer.text[:200]
    assert not answer.text.startswith(("Yes", "No")), answer.text[:200]
