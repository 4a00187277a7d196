"""A question that asks for a Yes or No gets it first, whatever its form: a few words on their
own ('rainfall work from ada?'), a statement with a closing check ('first author Ada Example,
right?'), a 'can I ...' ('can i download the GraphSum code?'); the papers or the record that
make it Yes follow, cited. A question word, a request or a choice gets no Yes, and neither does
a record that makes it No. Asked on the small profile (GraphSum has code and is first-authored
by Ada Example; PixelGuard has no code and is first-authored by Bo Li; RainNet is on rainfall
from radar; GraphSum is tagged mit)."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from prompts.understand.yesno import asks_yes_no


@pytest.mark.parametrize(
    "question",
    [
        "can i download graphsum's source code?",
        "graphsum open source?",
        "Could we get the GraphSum code somewhere?",
        "GraphSum code? 👀",
        "is it possible to find graphsum's github repo?",
    ],
)
def test_code_asked_as_yes_no_leads_with_yes_and_the_link(
    assistant: Assistant, question: str
) -> None:
    answer = assistant.ask(question)
    assert answer.text.startswith("Yes"), answer.text[:300]
    assert "github.com/example/graphsum" in answer.text, answer.text[:300]
    assert any("GraphSum" in c.title for c in answer.citations)


@pytest.mark.parametrize(
    "question",
    ["where can I download graphsum's source code?", "give me the GraphSum code link"],
)
def test_code_asked_for_is_no_yes(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert "github.com/example/graphsum" in answer.text, answer.text[:300]
    assert not answer.text.startswith("Yes"), answer.text[:300]


@pytest.mark.parametrize(
    "question",
    [
        "GraphSum — first author Ada Example, right?",
        "graphsum first author is ada example, correct?",
        "first author of GraphSum: Example, yes?",
    ],
)
def test_first_author_checked_leads_with_yes(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.text.startswith("Yes"), answer.text[:300]
    assert "Ada Example" in answer.text
    assert any("GraphSum" in c.title for c in answer.citations)


@pytest.mark.parametrize(
    "question",
    ["PixelGuard — first author Ada Example, right?", "Who is the first author of GraphSum?"],
)
def test_first_author_otherwise_or_asked_is_no_yes(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert not answer.text.startswith("Yes"), answer.text[:300]


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("rainfall forecasting work from ada?", "RainNet"),
        ("rainfall stuff by ada??", "RainNet"),
        ("adversarial patch stuff by them? 🛡️", "PixelGuard"),
        ("Ada Example relation extraction paper?", "Few-shot Relation"),
    ],
)
def test_a_few_words_asked_are_answered_yes_with_the_papers(
    assistant: Assistant, question: str, cited: str
) -> None:
    answer = assistant.ask(question)
    assert answer.text.startswith("Yes"), answer.text[:300]
    assert any(cited in c.title for c in answer.citations), answer.text[:300]


@pytest.mark.parametrize(
    "question",
    [
        "list her rainfall papers",
        "Which paper is on rainfall?",
        "quantum chemistry paper by ada?",
    ],
)
def test_a_request_or_nothing_found_is_no_yes(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert not answer.text.startswith("Yes"), answer.text[:300]


def test_a_tag_on_one_of_her_papers_is_a_yes(assistant: Assistant) -> None:
    answer = assistant.ask("Does an mit tag show up on one of Ada's papers?")
    assert answer.text.startswith("Yes"), answer.text[:300]
    assert any("GraphSum" in c.title for c in answer.citations)


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("hydrology work from her?", True),
        ("cmu collab ada?", True),
        ("16 tasks in the benchmark, yes?", True),
        ("can I get the code?", True),
        ("rainfall or patches?", False),
        ("list rainfall papers?", False),
        ("and in 2022?", False),
        ("can you list her papers?", False),
        ("what is GraphSum about?", False),
        ("rl papers before 2025 = none?", False),
        ("no rainfall papers from ada?", False),
        ("patch paper = attacks only, no fixes?", False),
        ("glaucoma result in her retina paper?", False),
        ("bo li school?", False),
        ("top collaborator in 2022?", False),
        ("# of papers with bo li?", False),
        ("share of 2022 papers with code?", False),
        ("grpo papers?", False),
        ("Could you point me to her work on rainfall?", False),
    ],
)
def test_what_asks_for_a_yes_or_no(question: str, asks: bool) -> None:
    assert asks_yes_no(question) is asks


@pytest.mark.parametrize(
    "question",
    [
        "Has she looked at adversarial patches in machine learning?",
        "any work on adversarial patches in machine learning?",
    ],
)
def test_found_outside_a_field_named_in_the_topic_is_a_yes(
    assistant: Assistant, question: str
) -> None:
    answer = assistant.ask(question)
    assert answer.text.startswith("Yes, though not in LG"), answer.text[:300]
    assert any("PixelGuard" in c.title for c in answer.citations)


def test_found_outside_the_category_asked_is_no_yes(assistant: Assistant) -> None:
    answer = assistant.ask("Did her LG-category output include adversarial patches?")
    assert not answer.text.startswith("Yes"), answer.text[:300]
