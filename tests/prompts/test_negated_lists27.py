"""One negation over a list of subjects leaves out each of them: 'neither X nor Y', 'not
about X or Y', 'other than X or Y', 'excluding X and Y', for topics, years and categories.
Before, two topics under one negation were searched as one ('e-commerce medical', so only
the papers near both went), 'neither ... nor' was no negation at all (the e-commerce and
medical papers themselves were listed; 'neither 2022 nor 2023' listed 2022-2023), and the
left-out list read 'not CV or CL'. The papers a subject leaves out are those its own count
finds ('how many papers are about X?'). Bundled profile (Minghui Qiu, 50 listed papers);
casual, formal, typo, he/she/they/the name, lists, counts and shares."""

from __future__ import annotations

import re

import pytest

from prompts.assistant import Assistant
from tests.prompts.test_topic_phrasings import cited, short

LISTED = 50
COUNT = re.compile(r"\b(\d+) of the 50 listed papers")

NEITHER_TOPIC = [
    "papers that are neither about e-commerce nor about medicine",
    "how many papers are not about e-commerce or medicine?",
    "Which of Minghui Qiu's publications concern neither medicine nor e-commerce?",
    "list her papers other than the ones on e-commerce or medicine",
    "apart from e-commerce or medical work, what did he publish?",
    "excluding e-commerce and medicine, how many papers are there?",
    "hw many of their papers arent abt e-commerce or medicine",
]


def _on(assistant: Assistant, subject: str) -> frozenset[str]:
    """The papers a count of the subject's papers finds."""
    answer = assistant.ask(f"how many papers are about {subject}?")
    assert COUNT.search(answer.text), answer.text[:120]
    return cited(answer)


@pytest.mark.parametrize("question", NEITHER_TOPIC)
def test_each_subject_under_one_negation_leaves_its_own_papers_out(
    bundled_assistant: Assistant, question: str
) -> None:
    off = _on(bundled_assistant, "e-commerce") | _on(bundled_assistant, "medicine")
    answer = bundled_assistant.ask(question)
    titles = cited(answer)
    assert not titles & off, (question, short(titles & off))
    count = COUNT.search(answer.text)
    assert count and int(count[1]) == LISTED - len(off), (question, answer.text[:120])
    assert "neither" in answer.text.split("\n")[0], (question, answer.text[:120])


def test_three_subjects_in_a_list_each_leave_their_papers_out(
    bundled_assistant: Assistant,
) -> None:
    subjects = ["reinforcement learning", "graphs", "recommendation"]
    off = frozenset().union(*(_on(bundled_assistant, s) for s in subjects))
    for q in [
        "how many papers aren't about reinforcement learning, graphs or recommendation?",
        "Which papers by Qiu have nothing to do with reinforcement learning, graphs or"
        " recommendation?",
    ]:
        answer = bundled_assistant.ask(q)
        assert not cited(answer) & off, (q, short(cited(answer) & off))
        count = COUNT.search(answer.text)
        assert count and int(count[1]) == LISTED - len(off), (q, answer.text[:120])


NEITHER_YEAR = [
    "which papers are neither from 2022 nor from 2023?",
    "How many of his papers were published neither in 2022 nor in 2023?",
    "papers of hers that are not from 2022 or from 2023",
]


@pytest.mark.parametrize("question", NEITHER_YEAR)
def test_years_under_one_negation_are_each_left_out(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    papers = [p for p in bundled_assistant.profile.papers if p.title in cited(answer)]
    inside = [p for p in bundled_assistant.profile.papers if p.year in (2022, 2023)]
    assert papers, (question, answer.text[:120])
    assert all(p.year not in (2022, 2023) for p in papers), (question, answer.text[:120])
    count = COUNT.search(answer.text)
    assert count and int(count[1]) == LISTED - len(inside), (question, answer.text[:120])
    assert "neither 2022 nor 2023" in answer.text, (question, answer.text[:120])


NEITHER_FIELD = [
    "papers neither in computer vision nor in NLP",
    "which papers are not CV (computer vision) or CL?",
    "What share of her papers lies outside the language (CL) and vision (CV) categories?",
    "which papers are not computer vision and not NLP?",
]


@pytest.mark.parametrize("question", NEITHER_FIELD)
def test_fields_under_one_negation_are_each_left_out_and_said_so(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "14 of the 50" in answer.text, (question, answer.text[:160])  # 22 CL, 14 CV
    assert ", CV)" not in answer.text and ", CL)" not in answer.text, question
    assert re.search(r"neither C[LV] \([^)]*\) nor C[LV]", answer.text), answer.text[:160]


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("how many papers aren't from 2025?", "36 of the 50"),
        ("what has she done that isn't about language models?", "18 of the 50"),
        ("isn't it true that most of her papers are about language models?", "Yes: 32 of the 50"),
        ("how many papers are about e-commerce?", "4 of the 50"),
    ],
)
def test_single_negations_and_asks_that_set_nothing_aside_stay(
    bundled_assistant: Assistant, question: str, start: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(start), (question, answer.text[:120])


def test_not_sure_if_she_works_on_it_asks_whether_she_does(
    bundled_assistant: Assistant,
) -> None:
    on = _on(bundled_assistant, "recommendation")
    for q in [
        "not sure if she works on recommendation, does she?",
        "I'm not sure whether Qiu has done recommendation work?",
    ]:
        answer = bundled_assistant.ask(q)
        assert answer.text.startswith("Yes"), (q, answer.text[:120])
        assert cited(answer) & on, (q, answer.text[:120])
        assert "sure" not in answer.text.split("\n")[0], (q, answer.text[:120])


def test_people_under_one_negation_are_each_left_out(bundled_assistant: Assistant) -> None:
    wangs = {"Chengyu Wang", "Jianing Wang"}
    either = [p for p in bundled_assistant.profile.papers if wangs & set(p.authors)]
    for q in [
        "how many papers did he write without Chengyu Wang or Jianing Wang?",
        "papers with neither Chengyu Wang nor Jianing Wang as author",
    ]:
        answer = bundled_assistant.ask(q)
        count = COUNT.search(answer.text)
        assert count and int(count[1]) == LISTED - len(either), (q, answer.text[:120])
        assert not cited(answer) & {p.title for p in either}, q


def test_subjects_set_aside_from_a_topic_in_a_list_each_go(bundled_assistant: Assistant) -> None:
    """'X but not Y or Z': the papers naming Y and those naming Z both go, each said."""
    for q in [
        "language model papers other than the distillation and few-shot ones?",
        "Which of her language model papers are not about distillation or few-shot?",
    ]:
        answer = bundled_assistant.ask(q)
        assert cited(answer), (q, answer.text[:120])
        named = {t for t in cited(answer) if re.search(r"distillation|few-shot", t, re.I)}
        assert not named, (q, short(frozenset(named)))
        assert re.search(r"'distillation' or 'few-shot", answer.text), (q, answer.text[:120])


@pytest.mark.parametrize(
    "question",
    [
        "I'm curious whether their multimodal models go beyond vision and text to audio.",
        "do her models go beyond vision and language into audio?",
        "has qiu gone beyond images and text to speech or audio at all?",
    ],
)
def test_going_beyond_to_something_sets_nothing_aside(
    bundled_assistant: Assistant, question: str
) -> None:
    # 'beyond X to Y' reaches Y: the omni-modal paper is the answer, no paper on X left out
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("Yes"), (question, answer.text[:160])
    assert "Leaving out" not in answer.text, (question, answer.text[:160])
    assert any(c.title.startswith("Valley3") for c in answer.citations), answer.text[:300]
