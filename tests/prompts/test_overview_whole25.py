"""A question about the research as a whole gets the themes overview however it is worded: its
big picture, how one would characterise it, what the recent work is mostly about (the recent
papers' themes). Controls: the same words said of one subject or one paper keep that subject's
papers or that paper."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from tests.prompts import synthetic
from tests.prompts.test_overview_domains24 import profile_text  # the same five papers and kinds

THEMES = "Ada Example's"
FALL_INTO = "fall into"


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return synthetic.opened(tmp_path_factory.mktemp("whole25"), profile_text())


def themes_lead(text: str) -> str:
    first = text.splitlines()[0]
    assert first.startswith(THEMES) and FALL_INTO in first, text[:300]
    return first


WHOLE = [
    "What's the big picture of Ada Example's research?",
    "big picture: what does ada work on?",
    "whats the big-picture view of her research",
    "For a newcomer, what's the big picture of their work?",
    "how would you characterize her research?",
    "How would you characterise Ada Example's work?",
    "In a word or two, how would u characterize this researcher's work",
]


@pytest.mark.parametrize("question", WHOLE)
def test_the_research_as_a_whole_gets_the_themes(bot: Assistant, question: str) -> None:
    answer = bot.ask(question)
    lead = themes_lead(answer.text)
    assert "(since" not in lead  # all of it, not a period
    assert not answer.abstained


# on a profile whose papers say 'image' where the asker says 'picture'
BIG_PICTURE = [
    "What's the big picture of her research?",
    "big picture: what does qiu work on?",
    "whats the big-picture view of his work",
]


@pytest.mark.parametrize("question", BIG_PICTURE)
def test_the_big_picture_is_the_themes(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    areas = bundled_assistant.ask("What are her main research areas?")
    assert answer.text.splitlines()[0] == areas.text.splitlines()[0], answer.text[:300]


RECENT = [
    "I'm curious what his most recent work is mainly about.",
    "what is her recent research mostly about",
    "what are qiu's latest papers mostly about?",
    "Her most recent publications: what are they generally about?",
    "what is Minghui Qiu's current work largely about",
]


@pytest.mark.parametrize("question", RECENT)
def test_the_recent_work_as_a_whole_gets_the_recent_themes(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    lately = bundled_assistant.ask("what is she working on lately?")
    # the recent papers' themes: not the trend, not the one latest paper
    assert "(since" in lately.text.splitlines()[0]
    assert answer.text.splitlines()[0] == lately.text.splitlines()[0], answer.text[:300]


@pytest.mark.parametrize(
    "question",
    ["What is his most recent paper mainly about?", "what's qiu's latest paper about"],
)
def test_the_latest_paper_asked_is_that_paper(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert FALL_INTO not in answer.text, answer.text[:300]
    assert len(answer.citations) == 1


def test_the_big_picture_of_one_subject_lists_its_papers(bot: Assistant) -> None:
    answer = bot.ask("What's the big picture of her work on protein folding?")
    assert FALL_INTO not in answer.text.splitlines()[0], answer.text[:300]
    assert answer.citations and all(c.title.startswith("FoldIt") for c in answer.citations)


def test_the_most_recent_work_on_a_subject_is_its_latest_paper(bot: Assistant) -> None:
    answer = bot.ask("What was her most recent work on robot grasping?")
    assert FALL_INTO not in answer.text, answer.text[:300]
    assert answer.citations and answer.citations[0].title.startswith("GraspBot")


SUBJECT_OVERVIEWS = [
    ("Give a short overview of her papers aimed at product listings.", "ShopRank"),
    ("summarise ada's papers that rank product listings", "ShopRank"),
    ("Give me an overview of her work on real-world rainfall forecasting.", "RainNet"),
    ("overview of their papers geared towards medical scans?", "ScanDx"),
]


@pytest.mark.parametrize(("question", "prefix"), SUBJECT_OVERVIEWS)
def test_an_overview_of_one_subject_lists_its_papers(
    bot: Assistant, question: str, prefix: str
) -> None:
    answer = bot.ask(question)
    assert FALL_INTO not in answer.text.splitlines()[0], answer.text[:300]
    assert answer.citations and all(c.title.startswith(prefix) for c in answer.citations)


@pytest.mark.parametrize(
    "question",
    ["Give me an overview of her papers.", "summarise ada's work", "overview of their research?"],
)
def test_an_overview_of_the_papers_is_the_themes(bot: Assistant, question: str) -> None:
    themes_lead(bot.ask(question).text)


# the asker's own frame ('I don't read papers', 'a retail company') names no subject
FRAMED_WHOLE = [
    "I'm a product manager at a retail company, I don't read papers. Without going paper by "
    "paper, what are Ada Example's core strengths?",
    "we're a small startup and we never read papers - what are this researcher's main strengths?",
    "Would you describe her publication record as theoretical or application-driven?",
    "would u describe ada's research record as applied?",
]


@pytest.mark.parametrize("question", FRAMED_WHOLE)
def test_a_framed_question_on_the_whole_gets_the_themes(bot: Assistant, question: str) -> None:
    answer = bot.ask(question)
    themes_lead(answer.text)
    assert not answer.abstained


@pytest.mark.parametrize(
    ("question", "prefix"),
    [
        ("Would you describe her protein structure prediction papers as applied?", "FoldIt"),
        ("describe her work on robot grasping", "GraspBot"),
    ],
)
def test_strengths_or_work_on_one_subject_list_its_papers(
    bot: Assistant, question: str, prefix: str
) -> None:
    answer = bot.ask(question)
    assert FALL_INTO not in answer.text.splitlines()[0], answer.text[:300]
    assert answer.citations and all(c.title.startswith(prefix) for c in answer.citations)


# two periods set against each other: the course of the whole span, not a range that crosses
ERAS = [
    "How does her research differ between the period up to 2008 and the period from 2009 onwards?",
    "Not year by year, just two eras: what changed in ada's work from the pre-2009 years to "
    "2009 onwards?",
    "how is their work up to 2007 different from their work since 2008?",
]


@pytest.mark.parametrize("question", ERAS)
def test_two_periods_set_against_each_other_get_the_trend(bot: Assistant, question: str) -> None:
    answer = bot.ask(question)
    trend = bot.ask("how has her research changed over the years?")
    assert answer.text.splitlines()[0] == trend.text.splitlines()[0], answer.text[:300]
    assert answer.citations


def test_one_period_keeps_its_dates(bot: Assistant) -> None:
    answer = bot.ask("what did she work on from 2003 to 2005?")
    assert answer.citations
    assert all(2003 <= c.date.year <= 2005 for c in answer.citations), answer.text[:300]


def test_an_amount_asked_of_two_periods_is_no_trend(bot: Assistant) -> None:
    answer = bot.ask("how many papers did she write up to 2007 compared with since 2008?")
    assert "changed" not in answer.text.splitlines()[0]
    trend = bot.ask("how has her research changed over the years?")
    assert answer.text.splitlines()[0] != trend.text.splitlines()[0], answer.text[:300]
