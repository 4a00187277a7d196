"""Another researcher's own work asked for with their name typed in lower case ('yoshua bengio
papers list?'), first in the question, or after the question word ('Has Demis Hassabis
published on ...?'): declined, as the profile holds the owner's papers only; the owner and
co-authors are still answered. A field left out in more words ("isn't for NLP", 'anything
but NLP', 'beyond NLP'): the papers of the other fields. Each need asked several ways."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant

DECLINE = "holds Minghui Qiu's papers only"

OTHERS_WORK = [
    ("yoshua bengio papers list?", "Yoshua Bengio"),
    ("what has andrej karpathy published", "Andrej Karpathy"),
    ("what has andrej karpathy published recently?", "Andrej Karpathy"),
    ("Has Demis Hassabis published on reinforcement learning?", "Demis Hassabis"),
    ("Ilya Sutskever papers, newest first?", "Ilya Sutskever"),
    ("I'm curious what ilya sutskever has published.", "Ilya Sutskever"),
    ("did yoshua bengio publish on few-shot learning?", "Yoshua Bengio"),
]


@pytest.mark.parametrize(("question", "who"), OTHERS_WORK)
def test_another_researchers_work_in_any_case_is_declined(
    bundled_assistant: Assistant, question: str, who: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained and DECLINE in answer.text, answer.text[:200]
    assert who in answer.text


OWNER_OR_COAUTHOR = [
    "what has minghui qiu published on distillation?",
    "has chengyu wang published with her?",
    "knowledge distillation papers list?",
    "what has she published on few-shot learning",
]


@pytest.mark.parametrize("question", OWNER_OR_COAUTHOR)
def test_the_owner_and_coauthors_are_still_answered(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained and answer.citations, answer.text[:200]


FIELD_LEFT_OUT = [
    "distillation papers that aren't for NLP?",
    "anything but NLP on knowledge distillation?",
    "her distillation work beyond NLP",
    "non-NLP papers on distillation",
    "I'm curious whether she has distillation papers that are not for nlp.",
    "any distilation papers that isnt for NLP",
]


@pytest.mark.parametrize("question", FIELD_LEFT_OUT)
def test_a_field_left_out_in_more_words(bundled_assistant: Assistant, question: str) -> None:
    query, _ = bundled_assistant.understand(question)
    assert query.filters.exclude_categories == ["CL"] and not query.filters.categories
    answer = bundled_assistant.ask(question)
    papers = {p.id: p for p in bundled_assistant.profile.papers}
    cited = [papers[c.paper_id] for c in answer.citations]
    assert cited and all(p.category != "CL" for p in cited), answer.text[:200]


FIELD_KEPT = ["distillation papers for NLP", "papers for NLP on distillation?"]


@pytest.mark.parametrize("question", FIELD_KEPT)
def test_a_field_asked_for_is_not_left_out(bundled_assistant: Assistant, question: str) -> None:
    query, _ = bundled_assistant.understand(question)
    assert not query.filters.exclude_categories
