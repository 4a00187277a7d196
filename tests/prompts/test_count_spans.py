"""A count on a topic over a span of years, or every year, of a profile kept on disk (issue
12: at 100k papers such a count names thousands, whose rows are kept and ordered as arrays):
the number is the papers naming the topic in the span, the papers listed are theirs, oldest
first, each cited, and asked again it answers the same."""

from __future__ import annotations

import re

import pytest

from prompts.assistant import Assistant
from tests.prompts import synthetic
from tests.prompts.test_count_rows import NAMING, profile_text


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return synthetic.opened(tmp_path_factory.mktemp("count-spans"), profile_text())


def naming_within(first: int, last: int) -> int:
    """How many of the topic's papers profile_text dates from `first` to `last`."""
    return sum(1 for i in range(NAMING) if first <= 2000 + i % 26 <= last)


SPANS = [
    ("How many papers on speech enhancement?", 2000, 2025),
    ("how many speech enhancement papers has she written in total", 2000, 2025),
    ("How many papers on speech enhancement since 2015?", 2015, 2025),
    ("Count her speech enhancement papers from 2015 onwards.", 2015, 2025),
    ("How many papers on speech enhancement between 2005 and 2009?", 2005, 2009),
    ("number of papers about speech enhancment before 2004", 2000, 2003),  # a typo
]


@pytest.mark.parametrize(("question", "first", "last"), SPANS)
def test_a_count_over_a_span_counts_and_lists_its_papers_naming_the_topic_oldest_first(
    bot: Assistant, question: str, first: int, last: int
) -> None:
    answer = bot.ask(question)
    number = re.match(r"(\d+) ", answer.text)
    assert number and int(number[1]) == naming_within(first, last), answer.text
    dates = re.findall(r"^- .*\((\d{4}-\d\d-\d\d)", answer.text, flags=re.MULTILINE)
    assert dates and dates == sorted(dates), answer.text
    assert all(first <= int(d[:4]) <= last for d in dates), answer.text
    assert len(answer.citations) == len(dates)
    again = bot.ask(question)
    assert (again.text, again.citations) == (answer.text, answer.citations)
