"""A decline comes only when the profile lacks what is asked, not when the words the search
found nothing for are the request's own ('tl;dr of his whole profile?', 'a rhyme that sums up
what she researches', 'busiest month? if it's a tie name both'). Each family asks one need
several ways (casual, formal, terse, he/she/they/the name); each is paired with unanswerable
siblings in the same shape, whose words name a subject no paper is on, that stay declined.
Expected months are computed here from the bundled profile's records."""

from __future__ import annotations

import calendar
from collections import Counter

import pytest

from prompts.assistant import Assistant
from prompts.understand.request_words import said_as_subject, whole_research_asked

THEMES = "Minghui Qiu's 50 listed papers fall into"

# --- an overview asked in words no paper uses ---

OVERVIEW_WORDED = [
    "Compose a quick rhyme that sums up what Minghui Qiu researches.",
    "gimme the gist of his whole profile",
    "tl;dr of their entire profile?",
    "Could you write a sonnet capturing what this researcher's work is about?",
    "tl;dr of her whole profile pls",
    "Write a haiku that sums up what they research.",
]
OVERVIEW_SIBLINGS = [
    "tl;dr of his work on quantum chemistry?",
    "Compose a quick rhyme about Qiu's gardening research.",
    "Could you summarise his whole research in a limerick about beekeeping?",
    "gimme the gist of her salary",
    "Write a haiku about her papers on volcanoes.",
    "Does his work address fairness across ethnic groups?",
]


@pytest.mark.parametrize("question", OVERVIEW_WORDED, ids=lambda q: q[:40])
def test_an_overview_in_the_askers_words_is_the_themes(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text[:200]
    assert answer.text.startswith(THEMES), answer.text[:200]
    assert answer.citations


@pytest.mark.parametrize("question", OVERVIEW_SIBLINGS, ids=lambda q: q[:40])
def test_an_overview_of_a_subject_no_paper_is_on_stays_declined(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained or answer.text.startswith("No"), answer.text[:200]
    assert not answer.text.startswith(THEMES)


# --- the busiest month of a year, with words of how to answer ---

BUSIEST_WORDED = [
    "{y}: busiest month for her? if two months tie, name both",
    "For {y}, which month(s) shine with the most papers from Qiu?",
    "{y} — peak month for her? (should two months draw, give me both)",
    "Which month of {y} tops the chart for him, ties included?",
    "{y}: what month did they crank out the most papers? if equal, name them all",
    "In {y} which month leaps out as the most productive for Minghui Qiu?",
]
BUSIEST_SIBLINGS = [
    "busiest month of {y} for his blockchain work?",
    "In {y}, which month had the most papers on protein folding?",
    "{y}: which month had the most of her quantum computing papers?",
    "which month of {y} did his robotics output peak in?",
    "busiest month in {y} for her volcano research?",
]


def _busiest(assistant: Assistant, year: int) -> tuple[list[str], set[str]]:
    """The busiest months of `year` (names) and their papers' ids, from the records."""
    papers = [p for p in assistant.profile.papers if p.year == year]
    per = Counter(p.date.month for p in papers)
    top = max(per.values())
    months = sorted(m for m, n in per.items() if n == top)
    return [calendar.month_name[m] for m in months], {
        p.id for p in papers if p.date.month in months
    }


@pytest.mark.parametrize("year", [2021, 2025])
@pytest.mark.parametrize("shape", BUSIEST_WORDED, ids=lambda q: q[:30])
def test_the_busiest_month_asked_with_words_of_how(
    bundled_assistant: Assistant, shape: str, year: int
) -> None:
    months, ids = _busiest(bundled_assistant, year)
    answer = bundled_assistant.ask(shape.format(y=year))
    assert not answer.abstained, answer.text[:200]
    first = answer.text.split("\n")[0]
    assert all(m in first for m in months), first
    assert f"({year})" in first, first
    assert {c.paper_id for c in answer.citations} == ids


@pytest.mark.parametrize("shape", BUSIEST_SIBLINGS, ids=lambda q: q[:30])
def test_the_busiest_month_of_a_subject_no_paper_is_on_stays_declined(
    bundled_assistant: Assistant, shape: str
) -> None:
    answer = bundled_assistant.ask(shape.format(y=2025))
    assert answer.abstained or answer.text.startswith("No"), answer.text[:200]
    assert "busiest" not in answer.text.split("\n")[0]


# --- the sentence's structure, alone ---


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("has she worked on quantum chemistry", "quantum chemistry"),
        ("any blockchain papers by him?", "blockchain"),
        ("busiest month, counting only robotics?", "robotics"),
        ("does their work address fairness across groups", "fairness"),
        ("which of her papers fine-tune Llama?", "fine-tune Llama"),
        ("busiest month for his blockchain stuff", "blockchain"),
    ],
)
def test_a_subject_is_read_from_where_it_is_said(question: str, topic: str) -> None:
    assert said_as_subject(question, topic)


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("tl;dr of his whole profile?", "whole"),
        ("Write me a poem that sums up what she researches.", "poem sums"),
        ("what connects those papers?", "connects"),
        ("2025 busiest month? if it's a tie tell me both", "tie"),
        ("which month(s) stand out with the highest count?", "stand"),
    ],
)
def test_the_requests_own_words_are_no_subject(question: str, topic: str) -> None:
    assert not said_as_subject(question, topic)


def test_an_overview_asks_of_the_research_and_no_yes_or_no() -> None:
    assert whole_research_asked("a limerick that sums up what Qiu researches")
    assert whole_research_asked("the gist of her 2022 output")
    assert not whole_research_asked("Does his work address fairness?")
    assert not whole_research_asked("Where does the researcher live now?")
