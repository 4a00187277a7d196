"""Windows of time asked at length: a window across a year's end counted whole, 'the stretch
from X to Y' as a window (not the gaps in it), a count asked of the same sentence after
sentences of context, and the longest gap asked as 'between which two papers'. Numbers are
computed here from the profile, the phrasings invented (not copied from any eval set)."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

import pytest

from prompts.assistant import Assistant
from retrieval.model import Paper


def _in(papers: list[Paper], start: dt.date, end: dt.date) -> list[Paper]:
    return [p for p in papers if start <= p.date <= end]


ACROSS_YEAR_END = [
    ("For our grant report covering August 2020 through July 2021: how many papers, and which?",
     dt.date(2020, 8, 1), dt.date(2021, 7, 31)),
    ("how many papers did qiu put out from october 2021 thru march 2022?",
     dt.date(2021, 10, 1), dt.date(2022, 3, 31)),
    ("I'm curious how many publications they had from September 2022 to June 2023.",
     dt.date(2022, 9, 1), dt.date(2023, 6, 30)),
    ("Count Minghui Qiu's papers between November 2024 and April 2025, please.",
     dt.date(2024, 11, 1), dt.date(2025, 4, 30)),
    # a purpose said with a comma, no colon: a frame of the count, no topic
    ("For a fiscal-year summary running April 2022 to March 2023, how many papers did he publish?",
     dt.date(2022, 4, 1), dt.date(2023, 3, 31)),
]  # fmt: skip


@pytest.mark.parametrize(("question", "start", "end"), ACROSS_YEAR_END)
def test_a_window_across_a_years_end_is_counted_whole(
    bundled_assistant: Assistant, question: str, start: dt.date, end: dt.date
) -> None:
    kept = _in(list(bundled_assistant.profile.papers), start, end)
    answer = bundled_assistant.ask(question)
    head = answer.text.splitlines()[0]
    assert head.startswith(f"{len(kept)} "), head
    assert {c.title for c in answer.citations} == {p.title for p in kept}


STRETCH = [
    ("I'm curious about the stretch from March 2021 to the end of 2022: how many papers?",
     dt.date(2021, 3, 1), dt.date(2022, 12, 31)),
    ("the stretch from june 2023 to june 2024, how many publications?",
     dt.date(2023, 6, 1), dt.date(2024, 6, 30)),
    ("Over the stretch running January 2020 to August 2020, how many papers came out?",
     dt.date(2020, 1, 1), dt.date(2020, 8, 31)),
    ("How many of Minghui Qiu's papers fall in the stretch from May 2022 to May 2023?",
     dt.date(2022, 5, 1), dt.date(2023, 5, 31)),
    ("For a talk: the stretch from October 2024 through 2025 - how many papers did they publish?",
     dt.date(2024, 10, 1), dt.date(2025, 12, 31)),
]  # fmt: skip


@pytest.mark.parametrize(("question", "start", "end"), STRETCH)
def test_the_stretch_from_one_date_to_another_is_a_window(
    bundled_assistant: Assistant, question: str, start: dt.date, end: dt.date
) -> None:
    kept = _in(list(bundled_assistant.profile.papers), start, end)
    answer = bundled_assistant.ask(question)
    assert "gap" not in answer.text.splitlines()[0], answer.text[:200]
    assert str(len(kept)) in answer.text.splitlines()[0], answer.text[:200]
    assert {c.title for c in answer.citations} == {p.title for p in kept}


CONTEXT_THEN_COUNT = [
    ("Putting together our department digest. We like to credit people. Which papers came out "
     "between March and May 2025, and how many is that?", dt.date(2025, 3, 1), dt.date(2025, 5, 31)),
    ("we run a small reading club! members love new stuff. what did qiu publish from july to "
     "september 2020, and how many are there?", dt.date(2020, 7, 1), dt.date(2020, 9, 30)),
    ("My aunt follows her work. She asked me. What appeared between January and April 2021, "
     "and how many is that in total?", dt.date(2021, 1, 1), dt.date(2021, 4, 30)),
    ("I keep a spreadsheet of AI papers. It has a tab per author. Which of Minghui Qiu's papers "
     "are from October to December 2022, and how many were there?",
     dt.date(2022, 10, 1), dt.date(2022, 12, 31)),
    ("Our podcast covers new research. Listeners ask about timing. What did they release from "
     "February to June 2023, and how many would that be?", dt.date(2023, 2, 1), dt.date(2023, 6, 30)),
]  # fmt: skip


@pytest.mark.parametrize(("question", "start", "end"), CONTEXT_THEN_COUNT)
def test_a_count_of_what_the_question_lists_after_context_sentences(
    bundled_assistant: Assistant, question: str, start: dt.date, end: dt.date
) -> None:
    kept = _in(list(bundled_assistant.profile.papers), start, end)
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text[:200]
    assert answer.text.startswith(f"{len(kept)} "), answer.text[:200]
    assert {c.title for c in answer.citations} == {p.title for p in kept}


GAP_BETWEEN_WHICH = [
    "Between which two papers is the longest gap in time?",
    "between which consecutive publications of hers was the biggest break?",
    "I'm curious between which two of Qiu's papers the longest pause falls.",
    "Between what two successive papers did they wait the longest time?",
    "betwen which 2 papers is the longest time gap for minghui qiu",
]


@pytest.mark.parametrize("question", GAP_BETWEEN_WHICH)
def test_the_longest_gap_asked_as_between_which_two_papers(
    bundled_assistant: Assistant, question: str
) -> None:
    ordered = sorted(bundled_assistant.profile.papers, key=lambda p: p.date)
    a, b = max(pairwise(ordered), key=lambda ab: (ab[1].date - ab[0].date).days)
    answer = bundled_assistant.ask(question)
    assert f"is {(b.date - a.date).days} days" in answer.text, answer.text[:200]
    assert {c.title for c in answer.citations} == {a.title, b.title}
