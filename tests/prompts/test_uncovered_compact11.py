"""A short topic (a few words, as a field is named) with one word the papers never use and
never mean is a subject no listed paper is on, however common its other words ('image',
'generation', 'training'): the answer is a No that names the closest papers without citing
them as matches. A short topic the papers do cover, in their words or near them, is answered;
so is a longer description whose odd word says how the need is put."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from prompts.understand.coverage import Coverage

UNCOVERED = [
    "Did she build diffusion-based image generators?",
    "any diffusion image synthesis from qiu",
    "Has Minghui Qiu worked on latent diffusion generation?",
    "diffusion models for images, anything by them?",
    "Has Minghui Qiu studied federated model training?",
    "did qiu ever do federated optimisation?",
]


@pytest.mark.parametrize("question", UNCOVERED)
def test_a_short_topic_with_a_word_no_paper_means_is_declined(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, answer.text
    assert answer.text.startswith("No"), answer.text
    assert not answer.citations, answer.text  # no paper offered as on the subject


@pytest.mark.parametrize(
    ("question", "paper"),
    [
        ("Has she done work on weather nowcasting with radar?", "Seeing Inside the Storm"),
        ("Any papers on retinal disease diagnosis?", "Enhancing Diagnostic Accuracy"),
        ("anything on logo grounding?", "Logo-VGR"),
        ("has he worked on ranking chatbot replies?", "Open-Retrieval Conversational"),
        (
            "Has Minghui Qiu built a model where you can switch between thinking and "
            "non-thinking modes?",
            "Valley3",
        ),
    ],
)
def test_short_topics_the_papers_cover_and_descriptions_are_answered(
    bundled_assistant: Assistant, question: str, paper: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    assert any(c.title.startswith(paper) for c in answer.citations), answer.text


def test_one_far_word_declines_a_short_topic_only() -> None:
    far = (("federated", 0.40),)
    short = Coverage(far, (0.6, 0.1), 0.38, named=False, profiled=(0.42,))
    assert short.uncovered()  # 'federated learning algorithm'
    longer = Coverage(far, (0.6, 0.1, 0.05), 0.38, named=False, profiled=(0.42,))
    assert not longer.uncovered()  # a description: the odd word may say how it is put
    near_elsewhere = Coverage(far, (0.6, 0.1), 0.38, named=False, profiled=(0.59,))
    assert not near_elsewhere.uncovered()  # a word the profile says otherwise ('shift')
    barely = Coverage((("chatbot", 0.44),), (0.06, 0.3), 0.38, named=False, profiled=(0.44,))
    assert not barely.uncovered()  # near enough to what the hits say ('conversational')
