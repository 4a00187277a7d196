"""A count on a topic within some years asks the keyword index for the papers of those years
only (issue 12: at 100k papers the topic's words are in ~10,000 papers, a year holds ~700 of
them): the number and the papers cited are those of the years asked, as when every paper
naming the topic is read and the years are applied after."""

from __future__ import annotations

import re

import pytest

from prompts.assistant import Assistant
from retrieval.index import columns as columns_module
from retrieval.index.keyword import KeywordIndex
from tests.prompts import synthetic

NAMING = 60  # papers naming the topic, dated in turn over 2000-2025 (synthetic.profile_text)


def profile_text() -> str:
    papers = []
    for i in range(NAMING):
        title = f"Molecula{i}: Learning on Molecules, Variant {i}"
        abstract = (
            f"Variant {i} studies message passing. We train graph neural networks (GNNs) on "
            f"setting {i}. Results improve over baselines."
        )
        papers.append((title, abstract))
    return synthetic.profile_text(papers, "LG", others=25, kinds=2)


def naming_in(first: int, last: int) -> int:
    """How many of the papers naming the topic are dated from `first` to `last` (years)."""
    return sum(first <= 2000 + i % 26 <= last for i in range(NAMING))


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return synthetic.opened(tmp_path_factory.mktemp("dated"), profile_text())


QUESTIONS = [  # (question, first year, last year)
    ("How many papers on graph neural networks in 2003?", 2003, 2003),
    ("how many paper did she writ about graph neural networks in 2004", 2004, 2004),
    ("What's the number of graph neural network papers from 2010 to 2012?", 2010, 2012),
    (
        "I'm curious how many of their papers since 2020 are about graph neural networks.",
        2020,
        2025,
    ),
    ("Number of GNN papers Example published before 2002?", 2000, 2001),
    ("How many papers on graph neural networks did they write between 2005 and 2006?", 2005, 2006),
]


@pytest.mark.parametrize(("question", "first", "last"), QUESTIONS)
def test_a_dated_count_reads_only_the_matches_of_its_years(
    bot: Assistant, question: str, first: int, last: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    years: list[int] = []
    real = KeywordIndex._papers
    dated = {p.id: p.date.year for p in bot.profile.papers}

    def found(self: KeywordIndex, query: object, *rest: object) -> object:
        got = real(self, query, *rest)  # type: ignore[arg-type]
        years.extend(dated[i] for i in got)
        return got

    monkeypatch.setattr(KeywordIndex, "_papers", found)
    answer = bot.ask(question)
    number = re.match(r"(\d+) ", answer.text)
    assert number and int(number[1]) == naming_in(first, last), answer.text
    assert answer.citations
    assert all(first <= dated[c.paper_id] <= last for c in answer.citations)
    assert years and all(first <= y <= last for y in years)  # was every year's matches

    monkeypatch.setattr(KeywordIndex, "_papers", real)
    monkeypatch.setattr(columns_module.PaperColumns, "days", lambda self, keep: None)
    again = bot.ask(question)  # the engine not narrowing: the same answer
    assert again.text == answer.text
    assert [c.paper_id for c in again.citations] == [c.paper_id for c in answer.citations]
