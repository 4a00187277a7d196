"""Needs put in words the papers never use: an overview asked for as 'the big picture', the
recent direction, the paper that 'dates back the farthest', the busiest year 'output-wise',
a range of short month names; and questions no paper answers (the person's life, a kind of
a topic no paper names) declined rather than answered with a paper sharing a word. Each
need is asked several ways; the answers must agree. Bundled profile (Minghui Qiu, 50 papers)."""

from __future__ import annotations

import datetime as dt

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant


def cited(answer: Answer) -> frozenset[str]:
    return frozenset(c.paper_id for c in answer.citations)


OVERVIEW = [
    "What's the executive summary of Minghui Qiu's work?",
    "Could you give me a synopsis of the researcher's publications?",
    "whats the bottom line of thier work",
    "Sum up the gist of his research for me.",
    "I'm curious what the headline of Dr. Qiu's work would be.",
]


@pytest.mark.parametrize("question", OVERVIEW)
def test_an_overview_in_other_words_gives_the_themes(
    bundled_assistant: Assistant, question: str
) -> None:
    plain = bundled_assistant.ask("What are her main research areas?")
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text[:200]
    assert "main themes" in answer.text, answer.text[:200]
    assert cited(answer) == cited(plain), answer.text[:300]


RECENT_DIRECTION = [
    "Which themes prevail in their newest papers?",
    "what's the thrust of her recent research",
    "wich themes prevail in his newest papers",
    "I'm curious which subjects Minghui Qiu's latest papers revolve around.",
]


@pytest.mark.parametrize("question", RECENT_DIRECTION)
def test_the_recent_direction_gives_the_recent_themes(
    bundled_assistant: Assistant, question: str
) -> None:
    plain = bundled_assistant.ask("What is she working on lately?")
    recent = plain.text.split("\n- ")[1].split(" (")[0]  # the recent papers' main theme
    latest = max(p.year for p in bundled_assistant.profile.papers)
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text[:200]
    # the recent themes, or how the work moved to them: either way the recent work is named
    assert recent in answer.text, (recent, answer.text[:300])
    assert any(c.date.year >= latest - 1 for c in answer.citations), answer.text[:300]


FURTHEST_BACK = [
    "Which of her papers dates back the farthest?",
    "what's the furthest back his publications go",
    "Which paper by Minghui Qiu reaches back furthest?",
    "their paper that goes back the farthest, which one is it?",
    "I'm curious which of Dr. Qiu's publications dates back farthest.",
]


@pytest.mark.parametrize("question", FURTHEST_BACK)
def test_furthest_back_is_the_earliest_paper(bundled_assistant: Assistant, question: str) -> None:
    earliest = min(bundled_assistant.profile.papers, key=lambda p: p.date)
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text[:200]
    first = min(answer.citations, key=lambda c: c.n)
    assert first.paper_id == earliest.id, answer.text[:200]


BUSIEST_WISE = [
    "Output-wise, which was her busiest year?",
    "which year was biggest paper-wise for him",
    "I'm curious which year was the most productive publication-wise for Dr. Qiu.",
    "Which year was Minghui Qiu's peak, publications-wise?",
    "wich year was their busiest paper-wise",
]


@pytest.mark.parametrize("question", BUSIEST_WISE)
def test_a_wise_word_keeps_the_busiest_year(bundled_assistant: Assistant, question: str) -> None:
    years = [p.year for p in bundled_assistant.profile.papers]
    busiest = max(set(years), key=years.count)
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text[:200]
    assert answer.text.startswith(f"{busiest} is the busiest year"), answer.text[:200]


SHORT_MONTHS = [
    ("How many papers did she put out from feb to may 2025?", (2025, 2, 1), (2025, 5, 31)),
    ("papers between mar and aug 2024?", (2024, 3, 1), (2024, 8, 31)),
    ("Count Minghui Qiu's publications from Jan. through Apr. 2025.", (2025, 1, 1), (2025, 4, 30)),
    ("from sept to dec 2020 how many papers did they publish", (2020, 9, 1), (2020, 12, 31)),
    ("I'm curious how many of his papers came out jul to oct 2025.", (2025, 7, 1), (2025, 10, 31)),
]


@pytest.mark.parametrize(("question", "start", "end"), SHORT_MONTHS)
def test_short_month_names_make_a_range(
    bundled_assistant: Assistant,
    question: str,
    start: tuple[int, int, int],
    end: tuple[int, int, int],
) -> None:
    first, last = dt.date(*start), dt.date(*end)
    inside = {p.id for p in bundled_assistant.profile.papers if first <= p.date <= last}
    answer = bundled_assistant.ask(question)
    assert inside, "the range should hold papers"
    assert not answer.abstained, answer.text[:200]
    assert answer.text.startswith(f"{len(inside)} of the 50"), answer.text[:200]
    assert cited(answer) == inside


PRIVATE_LIFE = [
    "What's his personal life like?",
    "I'm curious about Dr. Qiu's family life.",
    "Describe the researcher's private life.",
    "whats her persnal life like",
    "Can you tell me about Minghui Qiu's life away from research?",
]


@pytest.mark.parametrize("question", PRIVATE_LIFE)
def test_the_persons_life_is_declined(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, answer.text[:200]
    assert not answer.citations, answer.text[:200]


# A kind no paper names ('quantum'), of a subject the papers do cover ('neural networks').
UNNAMED_KIND = [
    "Has Minghui Qiu published on quantum neural networks?",
    "any quantum language model papers?",
    "I'm curious whether she has done quantum image classification.",
    "did they work on quantum graph neural networks",
    "Does he have papers on quantum knowledge distillation?",
    "Tell me about her quantum work.",
    "What does he do on blockchain?",
]


@pytest.mark.parametrize("question", UNNAMED_KIND)
def test_a_kind_no_paper_names_is_no(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, answer.text[:200]
    assert not answer.text.startswith("Yes"), answer.text[:200]
    assert "main themes" not in answer.text, answer.text[:200]
