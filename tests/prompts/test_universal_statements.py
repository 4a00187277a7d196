"""A yes/no about one named paper that stretches it to every thing ('all', 'every', 'each')
or restricts it ('only', 'limited to') is no "Yes" unless the abstract says so too, however
plainly it is asked; a universal the abstract does say stays a Yes. A restriction of one
paper is no share of the person's papers."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant

# Logo-VGR learns from 'only a small subset of brands': not from every brand.
EVERY_BRAND = [
    "Does Logo-VGR need supervision from every brand?",
    "does logo-vgr require labels for all brands",
    "Is it the case that Logo-VGR is trained with annotations of each brand it recognises?",
    "Does Logo VGR need every single brnad labelled to work?",
    "Did they train Logo-VGR on all of the brands it has to recognise?",
    "I'm curious whether Logo-VGR needs supervision from every brand.",
]


@pytest.mark.parametrize("question", EVERY_BRAND)
def test_a_universal_the_abstract_does_not_make_is_no_yes(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.text.casefold().startswith("yes"), answer.text[:160]
    assert any(c.title.startswith("Logo-VGR") for c in answer.citations), answer.text[:160]


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("Does GCE-GNN use item transitions over all sessions?", "Global Context Enhanced"),
        ("Does FashionLOGO reach state-of-the-art performance in all benchmarks?", "FashionLOGO"),
    ],
)
def test_a_universal_the_abstract_makes_is_yes(
    bundled_assistant: Assistant, question: str, title: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("Yes"), answer.text[:160]
    assert any(c.title.startswith(title) for c in answer.citations), answer.text[:160]


@pytest.mark.parametrize(
    "question",
    ["Does SpanProto only extract spans?", "Is SpanProto solely a span extractor?"],
)
def test_a_restricted_paper_is_no_share_of_the_papers(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.text.casefold().startswith("yes"), answer.text[:160]
    assert "of the 50 listed papers" not in answer.text, answer.text[:160]
    assert [c.title.split(":")[0] for c in answer.citations] == ["SpanProto"], answer.text[:160]
