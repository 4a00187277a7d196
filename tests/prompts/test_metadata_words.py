"""A category in everyday words, and the year a category peaks. The last word of a category's
name ('vision' for Computer Vision, 'language' for Computation and Language) said as the kind
of paper means that category when the profile has papers in it, and 'CL-heavy' or
'vision-focused' asks how much of a year is that category. Each need is asked several ways
(casual, formal, typo, he/she/they/the name, indirect, negated); the answers must agree.
Counts are of the bundled profile's 50 listed papers."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant

# CV papers of 2025: 10 (topic 'vision' finds 6 of them and a survey filed under AI).
VISION_2025 = [
    "How many vision papers did she publish in 2025?",
    "2025 vision papers, count?",
    "I'm curious how many of their 2025 papers are vision papers.",
    "how many of Minghui Qiu's 2025 publications were vision publications",
    "number of vison papers he put out in 2025",
]


@pytest.mark.parametrize("question", VISION_2025)
def test_vision_papers_are_the_cv_category(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("10 of the "), answer.text[:200]
    assert "CV (Computer Vision)" in answer.text.split("\n")[0], answer.text[:200]
    assert "topic" not in answer.text


# CL papers of 2021: 5; the 2021 papers that are not CL: 2.
LANGUAGE_2021 = [
    "how many language papers in 2021?",
    "Count Minghui Qiu's 2021 language publications.",
    "I'm curious how many of his 2021 papers were language papers.",
    "what number of her 2021 languge papers are there",
]


@pytest.mark.parametrize("question", LANGUAGE_2021)
def test_language_papers_are_the_cl_category(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("5 of the "), answer.text[:200]
    assert "CL (Computation and Language)" in answer.text.split("\n")[0], answer.text[:200]


def test_non_language_papers_leave_the_category_out(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("how many of their 2021 papers are not language papers?")
    assert answer.text.startswith("2 of the "), answer.text[:200]


# A word before the category's word makes it a subject of its own: searched as a topic.
def test_a_modified_field_word_stays_a_topic(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("how many multimodal vision papers?")
    assert "topic 'multimodal vision'" in answer.text, answer.text[:200]


# The year with the most CL papers: 2020 (8); with the most CV papers: 2025 (10).
CL_PEAK = [
    "when was her most CL-heavy year",
    "Which year was Minghui Qiu's most language-focused, by papers?",
    "which yr was his most nlp-heavy",
    "I'm curious in which year they published the most language papers.",
    "what year had the most CL papres from them",
]


@pytest.mark.parametrize("question", CL_PEAK)
def test_the_year_a_category_peaks(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("2020 is the busiest year (CL (Computation and Language)): 8"), (
        answer.text[:200]
    )


CV_PEAK = [
    "what was her most vision-heavy year",
    "In which year was this researcher's output most CV-focused?",
    "I'm curious which year they put out the most vision papers.",
]


@pytest.mark.parametrize("question", CV_PEAK)
def test_the_year_vision_peaks(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("2025 is the busiest year (CV (Computer Vision)): 10"), (
        answer.text[:200]
    )


# The affiliation tags (CP-Tuning 'cmu', Meta-SN 'pku'), asked by the kind of place they name.
TAGGED = [
    "which papers carry a university tag",
    "Which of her publications show an institutional affiliation?",
    "are any papers labelled with a college, e.g. cmu or pku?",
    "I'm curious whether any of their papers are marked with a university.",
    "Which of Minghui Qiu's papres list an affilation?",
    "does he have papers flagged with a school?",
]


@pytest.mark.parametrize("question", TAGGED)
def test_the_affiliation_tags_by_the_kind_of_place(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "2 of the 50 listed papers carry an affiliation tag" in answer.text, answer.text[:200]
    assert "'cmu'" in answer.text and "'pku'" in answer.text


# The profile's novelty rating (51%), asked as how original the work is rated.
NOVELTY = [
    "How original is his research according to the profile?",
    "how innovative does the profile rate her work",
    "I'm curious how novel the profile rates their research.",
    "How novel is Minghui Qiu's output, going by the profile's score?",
    "how orignal is her work per the profile",
]


@pytest.mark.parametrize("question", NOVELTY)
def test_how_original_as_the_profile_rates_it(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert "Novelty 51%" in answer.text, answer.text[:200]


def test_how_novel_one_paper_is_no_rating(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("How novel is GThinker?")
    assert "Novelty 51%" not in answer.text
    assert "GThinker" in answer.text
