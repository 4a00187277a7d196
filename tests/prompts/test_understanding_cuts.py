"""Work understanding skips or keeps changes no Query (issue 11, thirty-first part). A topic
said beside a paper's name is not compared in meaning with the titles' phrases (one MiniLM
run): a named paper's topic is never read as a phrase of theirs. The patterns built from a
question's words are kept by `retrieval.text.compiled`: the Query is the same whatever the
caches hold. A synthetic profile and phrasings of our own: formal, casual, a typo, he / she /
they / the name, indirect, negated."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import pytest

from prompts.assistant import Assistant
from retrieval.text import compiled
from tests.prompts import synthetic

PAPERS = [
    (
        "KelpNet: Mapping Kelp Forests from Drone Imagery",
        "We map kelp forests along rocky shores from drone imagery. Code is at "
        "https://github.com/ada/kelpnet.",
    ),
    (
        "ShoalSense: Counting Fish Shoals with Sonar",
        "ShoalSense counts fish shoals in sonar sweeps of coastal bays.",
    ),
    (
        "TideCast: Forecasting Tidal Currents for Harbour Pilots",
        "TideCast forecasts tidal currents so that harbour pilots plan their approaches.",
    ),
]
# A paper named, with words no paper uses beside it ('seaweed farmers', 'winter storms').
NAMED = [
    "What does KelpNet say about seaweed farmers?",
    "kelpnet and winter storms?",
    "Did Ada Example's ShoalSense paper discuss lobster fishermen?",
    "does shoalsense mention lobsters lol",
    "I'm curious whether TideCast helps ferry timetables.",
    "Has she used TideCast for cruise liners?",
    "what did they find in kelpnet about sea otters",
    "Could you tell me if ShoalSense covers whale sogns?",
    "TideCast isn't about ferry timetables, is it?",
]
# No paper named: the same words are compared with the titles' phrases as before.
UNNAMED = [
    "What has Ada Example published on seaweed farming?",
    "any papers about lobster fishermen?",
]
# Shapes whose cues are patterns built from the question's words or read by variable: a
# subject set aside, a negation before the topic, a paper named after 'since' / 'after',
# categories, tallies, picks, a person negated, an addressed request.
SHAPES = [
    "Which papers are on kelp forests but not on drone imagery?",
    "papers that don't use sonar",
    "How many papers since TideCast?",
    "papers after ShoalSense with code",
    "which CV papers are not about kelp",
    "papers per year on tidal currents",
    "What is her third-latest paper?",
    "which papers did Ada Example write without Bo Li?",
    "@bot quick one: anything on harbour pilots?",
    "Leaving sonar aside, which papers map forests?",
]


def profile_text() -> str:
    return synthetic.profile_text(PAPERS, "CV", others=6, kinds=3)


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return synthetic.opened(tmp_path_factory.mktemp("cuts"), profile_text())


def understood(bot: Assistant, question: str) -> tuple[dict[str, object], str]:
    query, vote = bot.understand(question)
    return query.model_dump(), vote.operation


def counting(
    bot: Assistant, monkeypatch: pytest.MonkeyPatch, answer: bool | None = None
) -> list[str]:
    """The topics compared with the titles' phrases (`answer`: what every comparison says,
    None: as measured)."""
    assert bot.phrases is not None  # a small profile keeps its title phrases' vectors
    compared: list[str] = []
    may_read = bot.phrases.may_read

    def counted(topic: str, similar: Callable[[str, list[str]], Sequence[float]]) -> bool:
        compared.append(topic)
        return may_read(topic, similar) if answer is None else answer

    monkeypatch.setattr(bot.phrases, "may_read", counted)
    return compared


@pytest.mark.parametrize("question", NAMED)
def test_a_named_papers_topic_is_not_compared_with_the_titles_phrases(
    bot: Assistant, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    query, _ = bot.understand(question)
    assert query.paper_ids, "the paper is named"
    compared = counting(bot, monkeypatch)
    measured = understood(bot, question)
    assert compared == []
    counting(bot, monkeypatch, answer=True)  # every comparison says a phrase may read it
    assert understood(bot, question) == measured


def test_a_topic_with_no_paper_named_is_still_compared(
    bot: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    compared = counting(bot, monkeypatch)
    for question in UNNAMED:
        bot.understand(question)
    assert len(compared) == len(UNNAMED)


def test_the_query_does_not_depend_on_what_the_pattern_caches_hold(bot: Assistant) -> None:
    compiled.cache_clear()
    re.purge()
    cold = [understood(bot, q) for q in SHAPES + NAMED]
    for i in range(compiled.cache_info().maxsize or 0):  # other questions' patterns, both caches
        compiled(rf"(?<![\w-])flood{i}(?![\w-])", re.IGNORECASE)
        re.search(rf"flood{i}x", "text")
    assert [understood(bot, q) for q in SHAPES + NAMED] == cold
    assert [understood(bot, q) for q in SHAPES + NAMED] == cold  # every pattern kept
