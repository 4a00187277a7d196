"""One need, one set of papers: two papers apart from the rest of the profile in meaning (the
bundled profile's rainfall and nowcasting papers, its two session-based recommendation papers)
are listed together whichever of them a phrasing lands on, when the other is near the subject
too; a subject only one of them treats keeps to it. Phrasings of our own: casual, formal, typo,
he/she/they/the name, framed by a role, yes/no."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant

RAIN = "RainSeer"
STORM = "Seeing Inside the Storm"
SESSIONS = ("Exploring Global Information for Session", "Global Context Enhanced Graph")

WEATHER = [
    "Has Qiu done any work on weather prediction?",
    "I run a farm and care about rainfall; which of his papers predict precipitation?",
    "papers on weather forecasting",
    "wether papers?",
    "work on predicting rain and storms",
    "did she ever look at forecasting the weather",
]


def _titles(assistant: Assistant, question: str) -> list[str]:
    answer = assistant.ask(question)
    assert not answer.abstained, question
    return [c.title for c in answer.citations]


@pytest.mark.parametrize("question", WEATHER)
def test_either_weather_paper_brings_the_other(bundled_assistant: Assistant, question: str) -> None:
    titles = _titles(bundled_assistant, question)
    assert any(t.startswith(RAIN) for t in titles), (question, titles)
    assert any(t.startswith(STORM) for t in titles), (question, titles)
    assert len(titles) == 2, (question, titles)


@pytest.mark.parametrize(
    "question",
    [
        "papers on session-based recommendation",
        "Did he publish on recommender systems?",
        "session recommendation work",
    ],
)
def test_the_recommendation_pair_stays_whole(bundled_assistant: Assistant, question: str) -> None:
    titles = _titles(bundled_assistant, question)
    assert all(any(t.startswith(s) for t in titles) for s in SESSIONS), (question, titles)


def test_a_subject_one_sibling_treats_keeps_to_it(bundled_assistant: Assistant) -> None:
    # 'nowcasting' is said by the storm paper only; the rainfall paper is far from it
    titles = _titles(bundled_assistant, "nowcasting research")
    assert [t for t in titles if t.startswith((RAIN, STORM))] == [
        t for t in titles if t.startswith(STORM)
    ], titles


@pytest.mark.parametrize(
    "question",
    ["papers using reinforcement learning", "papers on conversational question answering"],
)
def test_papers_among_many_alike_bring_no_sibling(
    bundled_assistant: Assistant, question: str
) -> None:
    titles = _titles(bundled_assistant, question)
    assert not any(t.startswith((RAIN, STORM, *SESSIONS)) for t in titles), (question, titles)


def test_a_subject_no_paper_covers_is_still_declined(bundled_assistant: Assistant) -> None:
    assert bundled_assistant.ask("has he worked on volcano eruptions?").abstained


def test_a_count_reads_the_list(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("how many papers has Qiu written on weather prediction?")
    assert "2" in answer.text.split("\n")[0], answer.text
