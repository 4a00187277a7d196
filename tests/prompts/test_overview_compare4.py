"""Overviews and comparisons (bundled profile), each need asked several ways (casual, formal,
typo, he/she/they or the name, indirect); the family must agree. The research by kind of
contribution (methods, benchmarks and datasets, toolkits, surveys, studies), read from the
papers' own words."""

from __future__ import annotations

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant

TOOLKITS = ("EasyNLP", "EasyTransfer")  # the two papers whose titles say toolkit / platform
SURVEY = "Reinforced MLLM"  # the one title saying survey
# VIPER, VFaith-Bench, MMLongCite, MERIT, PeakClips, ...: the papers that say they introduce
# a benchmark or dataset (or whose title says so)
BENCHMARKS = "- Benchmarks and datasets (12)"


def titles(answer: Answer) -> str:
    return " | ".join(c.title for c in answer.citations)


KINDS_OF_WORK = [
    "does qiu mostly invent new methods or put out tools and datasets?",
    "How is Minghui Qiu's output divided between novel models, benchmark resources and software?",
    "is she a toolkit person or more of an algorithms person",
    "I'm curious what kinds of contributions they tend to make.",
    "his papers: new approches vs benchmarks vs surveys — what's the balance?",
    "Would you describe her as someone who builds datasets, or someone who proposes models?",
]


@pytest.mark.parametrize("question", KINDS_OF_WORK)
def test_the_research_by_kind_of_contribution_names_each_kind_with_its_papers(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text[:200]
    first = answer.text.splitlines()[0]
    assert first.startswith("Mostly methods and models"), answer.text[:300]
    for heading in ("Benchmarks and datasets", "Toolkits and platforms", "Surveys"):
        assert f"- {heading} (" in answer.text, answer.text
    cited = titles(answer)
    assert all(t in cited for t in (*TOOLKITS, SURVEY)), cited
    assert BENCHMARKS in answer.text, answer.text
    reference = bundled_assistant.ask("What kinds of contributions does Minghui Qiu make?")
    assert answer.text.splitlines()[1:] == reference.text.splitlines()[1:]


NOT_KINDS = [
    "Which of her papers build datasets for vision-language models?",
    "What benchmark does the MMLongCite paper introduce?",
    "Compare EasyNLP and EasyTransfer.",
]


@pytest.mark.parametrize("question", NOT_KINDS)
def test_a_kind_named_with_a_subject_or_a_paper_is_no_breakdown(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "By the kind of contribution" not in answer.text, answer.text[:300]


ARC = [
    "where did minghui qiu begin, and where is her research now?",
    "How did his work go from its beginnings to what he does today?",
    "Tell me the story of their research from the first papers to the newest ones.",
    "qiu's reserch journey start to finish?",
    "I'm curious how she got from her earliest topics to her current ones.",
    "From the oldest paper to the newest, how did the work develop?",
]


@pytest.mark.parametrize("question", ARC)
def test_the_arc_from_the_first_papers_to_the_latest_gives_both_ends(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("Minghui Qiu's research moved from"), answer.text[:300]
    assert "The first listed paper: KEML (2020-02-25)" in answer.text, answer.text
    assert "2020-2022" in answer.text and "2023-2026" in answer.text, answer.text
    assert "KEML" in titles(answer), titles(answer)


NOT_ARC = [
    ("What was her first paper?", "The earliest listed paper is KEML"),
    ("What are his first and latest papers?", "KEML"),
]


@pytest.mark.parametrize(("question", "said"), NOT_ARC)
def test_the_first_and_latest_papers_asked_are_those_papers(
    bundled_assistant: Assistant, question: str, said: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "research moved from" not in answer.text, answer.text[:300]
    assert said in answer.text, answer.text[:300]


THEMES = "Minghui Qiu's 50 listed papers fall into"
REVIEW_AREAS = [
    "what topics is he qualified to review?",
    "If I were a program chair, which tracks could I assign qiu to as a reviewer?",
    "In what areas could Minghui Qiu serve as a reviewer for a conference?",
    "I'm curious which submissions I could send them for refereeing.",
    "which feilds could she reveiw papers in?",
]


@pytest.mark.parametrize("question", REVIEW_AREAS)
def test_the_areas_one_could_review_are_the_themes(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text[:300]
    assert answer.text.startswith(THEMES), answer.text[:300]
    reference = bundled_assistant.ask("What are Minghui Qiu's main research areas?")
    assert answer.groups == reference.groups


def test_a_record_of_reviewing_is_still_not_held(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("Has she ever served as a reviewer for NeurIPS?")
    assert answer.abstained, answer.text[:300]


SIZED_OR_FOR_SOMETHING = [
    "4 bullets on what minghui qiu researches?",
    "I'm writing a short bio blurb for a talk -- what does she actually research?",
    "two sentences about what he works on, please",
    "I'm introducing them at a seminar next week; what are their main research threads?",
    "qiu's reserch in three short lines?",
]


@pytest.mark.parametrize("question", SIZED_OR_FOR_SOMETHING)
def test_an_overview_with_its_size_or_purpose_is_the_themes(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text[:300]
    assert answer.text.startswith(THEMES), answer.text[:300]
    reference = bundled_assistant.ask("What are Minghui Qiu's main research areas?")
    assert answer.groups == reference.groups


PERIOD_OVERVIEW = [
    "Give me an overview of what she published in 2020 and 2021.",
    "Could you outline his 2020-2021 papers?",
    "quick overveiw of qiu's work from 2020 through 2021?",
    "I'm curious what they worked on in 2020 and 2021, in a nutshell.",
    "An overview of Minghui Qiu's research over 2020-2021, please.",
]


@pytest.mark.parametrize("question", PERIOD_OVERVIEW)
def test_an_overview_of_a_period_is_that_periods_themes(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text[:300]
    assert answer.text.startswith("Minghui Qiu's 19 listed papers (2020-2021) fall into"), (
        answer.text[:300]
    )
    assert "h-index" not in answer.text, answer.text[:300]
