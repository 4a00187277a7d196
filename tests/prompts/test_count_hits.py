"""A count on a topic reads only the hits its search finds relevant (issue 12: at 100k papers a
count in one year searches the year's ~7,000 papers, and the ~100 candidates the search returns
were each read from disk and made a hit, though a count takes only the relevant ones). What it
counts, lists, cites and quotes is what it was with every candidate made, however the question
is put; a search asked for the relevant hits only gives the same relevant hits, leaders
included, as one that makes them all."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from prompts.assistant import Assistant
from retrieval.filters import Filters
from retrieval.index.papers import PaperTable
from retrieval.model import Paper
from retrieval.search import LEADERS, Searcher, SearchResult, with_leaders
from tests.prompts import synthetic

# (title, abstract): papers naming the topic, near it in meaning, sharing one of its words, and
# (synthetic.OTHERS) far from it; dated in turn over 2000-2025
PAPERS = (
    [
        (
            f"Clear{i}: Speech Enhancement for Hearing Aids, Room {i}",
            f"We apply speech enhancement {i}.",
        )
        for i in range(12)
    ]
    + [
        (f"Hush{i}: Denoising Voice Recordings, Street {i}", f"Noisy voice recordings cleaned {i}.")
        for i in range(8)
    ]
    + [
        (f"Boost{i}: Contrast Enhancement of Photographs, Lens {i}", f"Photo enhancement {i}.")
        for i in range(8)
    ]
    + [
        (f"Talk{i}: Speech Recognition for Meetings, Hall {i}", f"Speech transcribed in halls {i}.")
        for i in range(8)
    ]
)

QUESTIONS = [
    "How many papers on speech enhancement?",
    "how many speech enhancement papers did she put out",  # casual
    "How many papers on speech enhancement since 2005?",  # within years
    "Count Ada Example's papers on speech enhancment.",  # the name, a typo
    "What was her first paper on speech enhancement?",  # the earliest
    "What is her latest paper on speech enhancement?",  # the latest
    "Which papers are on speech enhancement?",  # a list
    "How many of her papers are not about speech enhancement?",  # negated
    "How many papers on voice recordings in 2010?",  # a topic no title names
    "How many papers on enhancement?",  # one word, shared with the photographs
]


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    text = synthetic.profile_text(PAPERS, "SD", others=10, kinds=2)
    return synthetic.opened(tmp_path_factory.mktemp("count-hits"), text)


def answer(bot: Assistant, question: str) -> tuple[str, list[tuple[str, str]]]:
    got = bot.ask(question)
    return got.text, [(c.paper_id, c.evidence) for c in got.citations]


def every_hit(monkeypatch: pytest.MonkeyPatch) -> None:
    """Searches make every hit, whatever they are asked for (as before)."""
    search = Searcher.search

    def made(
        self: Searcher, text: str, filters: Filters | None = None, k: int = 8, **_: object
    ) -> SearchResult:
        return search(self, text, filters, k)

    monkeypatch.setattr(Searcher, "search", made)


@pytest.mark.parametrize("question", QUESTIONS)
def test_a_count_on_a_topic_answers_as_when_every_hit_was_made(
    bot: Assistant, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    relevant_only = answer(bot, question)
    with monkeypatch.context() as m:
        every_hit(m)
        assert answer(bot, question) == relevant_only
    assert relevant_only[0]


def relevant(result: SearchResult) -> list[dict[str, object]]:
    return [h.model_dump() for h in with_leaders(result).relevant_hits]


@pytest.mark.parametrize(
    ("topic", "filters"),
    [
        ("speech enhancement", Filters()),
        ("speech enhancement", Filters(year_from=2005, year_to=2015)),
        ("denoising voice recordings", Filters()),
        ("enhancement", Filters()),
        ("hearing aids", Filters(year_from=2010)),
        ("rainfall radar", Filters()),
        ("quantum chromodynamics", Filters()),  # nothing relevant
    ],
)
def test_a_search_for_the_relevant_hits_gives_those_of_every_hit(
    bot: Assistant, topic: str, filters: Filters
) -> None:
    k = len(bot.profile.papers)
    whole = bot.searcher.search(topic, filters, k)
    few = bot.searcher.search(topic, filters, k, relevant_only=True)
    assert relevant(few) == relevant(whole)
    assert few.hits[: min(LEADERS, len(whole.hits))] == whole.hits[:LEADERS]  # leaders kept
    assert max((h.lexical for h in few.hits), default=0) == max(
        (h.lexical for h in whole.hits), default=0
    )
    assert [h for h in few.hits if h.relevant] == [h for h in whole.hits if h.relevant]


def test_a_count_reads_the_papers_of_its_relevant_hits_not_of_every_candidate(
    bot: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[int] = []
    rows = PaperTable.rows

    def reading(table: PaperTable, wanted: Iterable[int]) -> list[Paper]:
        read.extend(wanted := list(wanted))
        return rows(table, wanted)

    monkeypatch.setattr(PaperTable, "rows", reading)
    k = len(bot.profile.papers)
    whole = bot.searcher.search("enhancement", Filters(), k)
    read_whole, read[:] = list(read), []
    few = bot.searcher.search("enhancement", Filters(), k, relevant_only=True)
    read_few = list(read)
    assert len(whole.hits) > len(few.hits) + 5
    assert len(read_few) < len(read_whole)
    assert set(read_few) <= set(read_whole)
