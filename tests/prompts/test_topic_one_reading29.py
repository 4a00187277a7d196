"""One need is read as one topic however it is asked: the profile's phrase said as a doing in
another order ('understanding videos', 'adapting models to new domains'), how far it is asked
for ('in some form', 'focus on') and an acronym in a compound ('RL-based reasoning') give the
papers its own words give. Families on the bundled profile (Minghui Qiu), in words of no eval
set, with controls: a noun phrase in the titles' order is kept, a subject no paper is about
is still declined."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from prompts.understand.canon import PhraseForms

TITLES = [
    "K-frames: Keyframe Selection for Long Video Understanding",
    "Beyond the Last Frame: Process-aware Evaluation for Generative Video Reasoning",
    "Meta-Learning Adversarial Domain Adaptation Network for Text Classification",
    "Making Pre-trained Language Models End-to-end Few-shot Learners",
    "Repurposing Summary Quality Metrics",
]
RANK = {"learning": 0, "video": 1, "learners": 50}


def forms() -> PhraseForms:
    return PhraseForms(TITLES, lambda word: False)


@pytest.mark.parametrize(
    ("topic", "phrase"),
    [
        ("understanding videos", "video understanding"),
        ("understanding long videos", "long video understanding"),
        ("adapting domains", "domain adaptation"),
        ("learning few-shot", "few-shot learning"),  # the doing as the papers mostly say it
        ("quality summaries", "summary quality"),  # 'the quality of summaries'
    ],
)
def test_a_doing_in_another_order_is_the_titles_phrase(topic: str, phrase: str) -> None:
    assert forms().phrase(topic, lambda w: RANK.get(w, 99)) == phrase


@pytest.mark.parametrize(
    "topic",
    [
        "video understanding",  # said as the titles say it
        "video generation",  # no 'generative video': a noun phrase keeps its order
        "qualities summarised",  # no doing: only the titles' words are read in their order
        "few-shot learning",  # the same order, another form: the search reads either
        "understanding graphs",  # no title says it
        "selecting frames keyframe",  # more words than any phrase with them
    ],
)
def test_a_topic_no_title_says_otherwise_is_kept(topic: str) -> None:
    assert forms().phrase(topic, lambda w: RANK.get(w, 99)) is None


FAMILIES = {
    "video understanding": [
        "Which papers deal with video understanding?",
        "anything on understanding videos?",
        "does she work on understanding videos in some form?",
    ],
    "domain adaptation": [
        "What has he published on domain adaptation?",
        "any work on adapting models to new domains?",
        "has qiu done anything on adapting to new domains?",
    ],
    "few-shot learning": [
        "Has Qiu worked on few-shot learning?",
        "I'm a teacher; does she research few-shot learning in some form?",
        "Which of his papers focus on few-shot learning?",
    ],
    "RL for reasoning": [
        "What has he published on reinforcement learning for reasoning?",
        "RL-based reasoning research?",
        "any RL-driven reasoning work?",
    ],
    "RL": [
        "What has he published on reinforcement learning?",
        "I'm a roboticist; does he work on RL in some form?",
        "Does Qiu use reinforcement learning in any way?",
    ],
}


@pytest.mark.parametrize("family", list(FAMILIES))
def test_every_phrasing_of_a_need_lists_the_same_papers(
    bundled_assistant: Assistant, family: str
) -> None:
    first, *others = FAMILIES[family]
    listed = bundled_assistant.ask(first)
    assert not listed.abstained and listed.citations, listed.text
    papers = {c.title for c in listed.citations}
    for question in others:
        answer = bundled_assistant.ask(question)
        assert {c.title for c in answer.citations} == papers, (question, answer.text)


def test_a_narrower_need_keeps_its_qualifier(bundled_assistant: Assistant) -> None:
    """'RL for reasoning' is not 'RL': fewer papers, all among RL's."""
    rl = {c.title for c in bundled_assistant.ask(FAMILIES["RL"][0]).citations}
    reasoning = {c.title for c in bundled_assistant.ask("RL-based reasoning research?").citations}
    assert reasoning and reasoning != rl


@pytest.mark.parametrize(
    "question",
    [
        "does she work on quantum computing in some form?",
        "any papers that focus on protein folding?",
        "has he done anything on forecasting earthquakes in any way?",
    ],
)
def test_a_subject_no_paper_is_about_is_still_declined(
    bundled_assistant: Assistant, question: str
) -> None:
    assert bundled_assistant.ask(question).abstained, question


# The subject said only in who asks and why, the request naming none ('what did she
# contribute?'): the subject's papers, not the profile's themes.
SAID_BEFORE = [
    "I'm putting together a reading list on knowledge distillation; what did this researcher "
    "contribute?",
    "For a reading group on knowledge distillation: what did Minghui Qiu contribute?",
]
DISTILLATION = ["HRKD", "Meta-KD", "Learning to Augment"]


@pytest.mark.parametrize("question", SAID_BEFORE)
def test_a_subject_said_before_the_request_is_its_subject(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "main themes" not in answer.text, answer.text
    cited = " ".join(c.title for c in answer.citations)
    assert all(title in cited for title in DISTILLATION), (question, answer.text)


def test_a_request_of_its_own_slots_stands_after_who_asks(bundled_assistant: Assistant) -> None:
    framed = bundled_assistant.ask("I'm writing a report; how many papers did she publish in 2023?")
    alone = bundled_assistant.ask("how many papers did she publish in 2023?")
    assert framed.text.split("\n")[0] == alone.text.split("\n")[0], framed.text
