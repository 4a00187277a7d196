"""A question is answered by the operation it asks for, whatever form it is phrased in: a count
asked as a blank to fill, a rate, the odds, a tally or a share of no noun; a count after a
frame that ends at a sentence or at 'I need' (the frame's words are no topic); the profile's
scores asked as its scores; the co-authors asked 'with whom' or early and late; the research's
arc asked by its two ends. Controls: a rate or a blank a paper's detail fills, a frame naming a
subject, a score a paper reports."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant

# SMALL_PROFILE: 4 listed papers (9 claimed); GraphSum (2021) and RainNet (2026) with code;
# PixelGuard 2022, Few-shot Relation Extraction 2023; Bo Li on 3, Cy Chen on 2; Novelty 40%,
# AI Score 55.
CODE_COUNTS = [
    "Fill in: papers with code = ___",
    "papers with code = ?",
    "code availability rate across the profile?",
    "code release rate?",
    "Tally of her papers with public code?",
    "out of all her papers, what share have a code link? a % is fine",
    "If I picked one of her papers at random, what are the odds it has a Code tag?",
    "assert share_with_code(ada) == ???  # percent or x/4",
    "For an open-science report I need the count of her papers flagged with code.",
]


@pytest.mark.parametrize("question", CODE_COUNTS)
def test_a_count_asked_as_a_form_is_counted(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.text.startswith("2 of the 4 listed papers"), answer.text[:300]
    assert len(answer.citations) == 2


FRAMED_YEARS = [
    ("For a retrospective I need the number of her papers from 2022 and 2023.", "2022-2023"),
    ("I'm checking a grant report covering 2021 and 2022. How many of her papers fall in that "
     "period?", "2021-2022"),
    ("For the department newsletter we need the number of her papers from 2021 through 2022",
     "2021-2022"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "span"), FRAMED_YEARS)
def test_a_frame_before_a_count_is_no_topic(assistant: Assistant, question: str, span: str) -> None:
    answer = assistant.ask(question)
    assert answer.text.startswith(f"2 of the 4 listed papers match {span}"), answer.text[:300]
    assert "topic" not in answer.text.split("\n")[0]


def test_a_frame_naming_a_subject_keeps_it(assistant: Assistant) -> None:
    answer = assistant.ask(
        "I'm curious about relation extraction. How many of her papers are on it?"
    )
    assert answer.text.startswith("1 of the 4 listed papers matches topic 'relation extraction'")


NOT_COUNTS = [
    "what is the error rate of PixelGuard?",
    "For the workshop slides: GraphSum's model = ?",
]


@pytest.mark.parametrize("question", NOT_COUNTS)
def test_a_rate_or_blank_of_a_detail_is_no_count(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert "of the 4 listed papers" not in answer.text, answer.text[:300]


SCORES = [
    "profile scores?",
    "the two scores at the top of her profile",
    "What are Ada Example's novelty and AI scores?",
    "Please report the two scores at the top of her profile (novelty, AI).",
    "what are her profile's scores",
]


@pytest.mark.parametrize("question", SCORES)
def test_the_profiles_scores_are_its_header_scores(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert "Novelty 40%" in answer.text and "AI Score 55" in answer.text, answer.text[:300]
    assert not answer.abstained


def test_a_score_a_paper_reports_is_no_header_score(assistant: Assistant) -> None:
    answer = assistant.ask("what score does PixelGuard reach on Cityscapes?")
    assert "93%" in answer.text and "Novelty" not in answer.text


COAUTHORS = [
    "with whom has Ada Example published the most?",
    "with whom does she write most often?",
    "collaborators over time - who early, who later?",
    "I'd like a sense of which people she worked with early on versus recently.",
]


@pytest.mark.parametrize("question", COAUTHORS)
def test_people_asked_with_whom_or_early_and_late_are_coauthors(
    assistant: Assistant, question: str
) -> None:
    answer = assistant.ask(question)
    assert answer.text.startswith("Ada Example's most frequent co-authors"), answer.text[:300]
    assert "- Bo Li: 3 papers" in answer.text


ARCS = [
    "her research arc, early vs recent, in 2-3 sentences?",
    "'then vs now' for her research?",
    "her work early on versus now?",
    "What's the arc of her research?",
]


@pytest.mark.parametrize("question", ARCS)
def test_the_research_arc_is_the_shift_over_time(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert "period by period" in answer.text.split("\n")[0], answer.text[:300]
    assert "The first listed paper: GraphSum" in answer.text


def test_a_frame_naming_a_metric_asks_for_no_metric(assistant: Assistant) -> None:
    answer = assistant.ask("For a bibliometrics exercise: number of her papers dated 2022.")
    assert answer.text.startswith("1 of the 4 listed papers"), answer.text[:300]
    assert "h-index" not in answer.text


LATELY = ["whats she doing lately", "What has Ada Example been up to these days?"]


@pytest.mark.parametrize("question", LATELY)
def test_what_she_does_lately_is_her_recent_research(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained, answer.text[:300]
    assert [c.title.split(":")[0] for c in answer.citations] == ["RainNet"], answer.text[:300]


YEARS_UNMARKED = ["this years papers count", "how many of this years papers?"]


@pytest.mark.parametrize("question", YEARS_UNMARKED)
def test_this_years_without_its_apostrophe_is_the_year(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.text.startswith("1 of the 4 listed papers matches 2026"), answer.text[:300]
