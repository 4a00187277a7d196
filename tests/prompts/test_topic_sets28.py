"""One need, one set of papers: a subject described in everyday words ('a small student model
taught by a big teacher', 'LLMs that can see', 'learn to reason', 'a handful of labelled
examples') cites the papers its field's term cites, however the asker frames it. Subjects of the
bundled profile (Minghui Qiu); phrasings of our own, with controls that must not change."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from prompts.understand.plain import in_field_words

FAMILIES = {
    "What has Minghui Qiu published on knowledge distillation?": [
        "any work on teaching a small student model from a big teacher?",
        "teacher-student training papers?",
        "has she distilled a big teacher model into a smaller student?",
        "small models that learn from big ones - anything by qiu?",
    ],
    "What papers does Qiu have about multimodal large language models?": [
        "Which of their works are about LLMs that can see?",
        "papers on large language models that can see images?",
        "any vision LLMs?",
        "does he work on language models which look at pictures",
    ],
    "Has she worked on multimodal models reasoning with reinforcement learning?": [
        "Has she taught multimodal models to reason with reinforcement learning?",
        "has he been teaching multimodal models reasoning through reinforcement learning",
    ],
    "What has Qiu published on few-shot learning?": [
        "learning from only a handful of labelled examples - any papers?",
        "Could you list her work on training with just a few labeled samples?",
        "learning from few labelled examples",
    ],
}


def _cited(assistant: Assistant, question: str) -> set[str]:
    answer = assistant.ask(question)
    assert not answer.abstained, question
    return {c.paper_id for c in answer.citations}


@pytest.mark.parametrize(
    ("term", "phrasing"), [(term, p) for term, family in FAMILIES.items() for p in family]
)
def test_a_described_subject_cites_what_its_term_cites(
    bundled_assistant: Assistant, term: str, phrasing: str
) -> None:
    assert _cited(bundled_assistant, phrasing) == _cited(bundled_assistant, term), phrasing


@pytest.mark.parametrize(
    "question",
    [
        "papers where models are trained with rewards to reason better",
        "papers where language models learn to reason through reinforcement learning",
    ],
)
def test_to_reason_keeps_the_reasoning_papers_and_no_unrelated_ones(
    bundled_assistant: Assistant, question: str
) -> None:
    titles = [c.title for c in bundled_assistant.ask(question).citations]
    assert any("R1-ShareVL" in t for t in titles), titles
    assert any("GThinker" in t for t in titles), titles
    assert not any(t.startswith(("Knowledge Prompting", "Meta Fine-Tuning")) for t in titles)


@pytest.mark.parametrize(
    "question",
    [
        "Has he looked at making neural networks cheaper to run?",
        "has she worked on shrinking neural networks down to a fraction of their size?",
    ],
)
def test_making_neural_networks_cheaper_reads_as_compression(
    bundled_assistant: Assistant, question: str
) -> None:
    titles = [c.title for c in bundled_assistant.ask(question).citations]
    assert any("HRKD" in t for t in titles), titles
    assert any("Meta-KD" in t for t in titles), titles
    assert not any(t.startswith(("CODA", "FashionBERT")) for t in titles), titles


@pytest.mark.parametrize(
    "question",
    [
        "what is the reason for his move to multimodal work?",
        "Is there a reason to use RL here?",
        "papers with a few examples of code",
        "how many papers in the last few years?",
        "is the student in this paper a PhD student?",
        "few-shot NER papers",
        "has she worked on training classifiers?",
    ],
)
def test_nearby_wordings_are_read_as_typed(question: str) -> None:
    assert in_field_words(question) == (question, {}), question


def test_a_narrow_topic_stays_narrow(bundled_assistant: Assistant) -> None:
    titles = [c.title for c in bundled_assistant.ask("conversational question answering").citations]
    assert any("Open-Retrieval Conversational" in t for t in titles), titles
    assert len(titles) <= 6, titles


def test_an_uncovered_subject_is_still_declined(bundled_assistant: Assistant) -> None:
    assert bundled_assistant.ask("has he worked on robots that can see?").abstained
