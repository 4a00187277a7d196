"""A count on a topic in a year, of a profile kept on disk (issue 12: at 100k papers it counts
hundreds and lists at most MAX_LISTED), asked six ways: the number is the papers naming the
topic that year, the papers listed and cited are of that year, and asked again it answers the
same (the papers it read then are held by the table's recent reads)."""

from __future__ import annotations

import re

import pytest

from prompts.assistant import Assistant
from tests.prompts import synthetic

NAMING = 130  # papers whose abstract names the topic, dated in turn over 2000-2025 (5 a year)
YEAR = 2010


def profile_text() -> str:
    papers = []
    for i in range(NAMING):
        title = f"Quietline{i}: Cleaner Voices in Noisy Rooms, Take {i}"
        abstract = (
            f"Take {i} studies hearing aids. We apply speech enhancement to recordings of "
            f"setting {i}. Listeners prefer the result."
        )
        papers.append((title, abstract))
    return synthetic.profile_text(papers, "SD", others=30, kinds=2)


def naming_in(year: int) -> int:
    """How many of the topic's papers profile_text dates in `year` (2000 + i % 26)."""
    return sum(1 for i in range(NAMING) if 2000 + i % 26 == year)


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return synthetic.opened(tmp_path_factory.mktemp("count-rows"), profile_text())


QUESTIONS = [
    f"How many papers on speech enhancement in {YEAR}?",
    f"how many speech enhancement papers did she put out in {YEAR}",  # casual, lower case
    f"Count Ada Example's {YEAR} papers on speech enhancement.",  # the name
    f"In {YEAR}, how many of their papers were about speech enhancement?",  # they
    f"I would like to know the number of speech enhancement papers from {YEAR}.",  # indirect
    f"Number of papers about speech enhancment published in {YEAR}?",  # a typo
]


def ask(bot: Assistant, question: str) -> tuple[str, list[tuple[str, list[str]]]]:
    answer = bot.ask(question)
    return answer.text, [(c.paper_id, c.evidence) for c in answer.citations]


@pytest.mark.parametrize("question", QUESTIONS)
def test_a_count_in_a_year_counts_the_years_papers_naming_the_topic(
    bot: Assistant, question: str
) -> None:
    text, cited = ask(bot, question)
    number = re.match(r"(\d+) ", text)
    assert number and int(number[1]) == naming_in(YEAR), text
    listed = [line for line in text.splitlines() if line.startswith("- ")]
    assert listed and all(f"({YEAR}-" in line for line in listed), text
    assert len(cited) == len(listed)
    assert ask(bot, question) == (text, cited)
