"""Date ranges in any words: months with short years ("feb '21 thru jun '22"), the end of a
month, two-digit year ranges after a word for papers ("pubs 21-23"), the first years of the
decade, a month of last year, and the word for the span said next to it ("the window ...").
Each need is asked several ways (casual, formal, typo, he/she/they/the name, indirect); the
answers must agree. Counts are of the bundled profile's 50 listed papers (captured 2026)."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant

# February 2021 to June 2022: 10 papers (Kaleido-BERT ... UPT).
FEB21_TO_JUN22 = [
    "how many papers did she write from feb '21 thru jun '22?",
    "Count Minghui Qiu's publications between February 2021 and the end of June 2022.",
    "papers betwen feb 2021 and end of jun 2022, how many?",
    "I'm curious how many papers they released from Feb ’21 to June ’22.",
    "How many did he publish in the window February 2021 to June 2022?",
]


@pytest.mark.parametrize("question", FEB21_TO_JUN22)
def test_a_month_range_in_any_words(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("10 of the 50 listed papers match 2021-02-01 to 2022-06-30"), (
        answer.text[:200]
    )
    assert "topic" not in answer.text


# 2021 to 2023: 18 papers; outside it, 32.
Y2021_TO_2023 = [
    "papers 21-23 qiu?",
    "How many papers did she publish from 2021 to 2023 inclusive?",
    "pubs from 21-23, count pls",
    "I'm wondering how much Minghui Qiu put out over the stretch 2021 to 2023.",
    "how many papres did they write in the span 2021 through 2023",
]


@pytest.mark.parametrize("question", Y2021_TO_2023)
def test_a_year_range_in_any_words(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("18 of the 50 listed papers match 2021-2023"), answer.text[:200]


# The first two years of the decade the profile was captured in: 2020 and 2021, 19 papers.
DECADE_START = [
    "How many papers did she publish in the first two years of the decade?",
    "count his papers from the opening two years of this decade",
    "I'm curious how many papers they had in the first 2 years of the 2020s.",
    "how many papers did Minghui Qiu write during the first two years of the decade",
    "papers in the frist two years of the decade?",
]


@pytest.mark.parametrize("question", DECADE_START)
def test_the_first_years_of_the_decade(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("19 of the 50 listed papers match 2020-2021"), answer.text[:200]


# Since March of last year (the profile is of 2026): from 2025-03-01, 16 papers.
SINCE_MARCH_LAST_YEAR = [
    "How many papers has she published since March of last year?",
    "papers since march last year?",
    "I'm curious how many papers they've put out from March of the previous year onwards.",
    "count of Minghui Qiu's papers since Mar. of last year",
    "how many papers did he publish after February last year",
]


@pytest.mark.parametrize("question", SINCE_MARCH_LAST_YEAR)
def test_a_month_of_last_year(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("16 of the 50 listed papers match since 2025-03-01"), answer.text[
        :200
    ]


# The gist of one year (2021: 7 papers) is that year's themes, not the list of its papers;
# a number asked briefly is still the number.
RECAP_2021 = [
    "what was she up to in 2021, briefly?",
    "Give me a one-minute recap of Minghui Qiu's 2021 research.",
    "tl;dr of thier 2021 research",
    "I'm curious what their 2021 papers were about, in short.",
    "Summarise this researcher's output from 2021.",
    "his 2021 work in a nutshell?",
]


@pytest.mark.parametrize("question", RECAP_2021)
def test_the_gist_of_a_year_is_its_themes(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("Minghui Qiu's 7 listed papers (2021) fall into"), answer.text[
        :200
    ]


def test_a_count_asked_briefly_stays_a_count(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("How many papers did she publish in 2021, briefly?")
    assert answer.text.startswith("7 of the 50 listed papers match 2021"), answer.text[:200]
