"""A subject no listed paper is on, asked of papers that share only its generic words ('image',
'data', 'detection', 'learning'), is declined as such: flagged as a decline, a yes/no led by
'No', the nearest papers named as the closest rather than listed as matching. Subjects the
papers cover, asked in other words, are still answered with their papers. Each behaviour is a
family of phrasings (casual, formal, lower case with a typo, she/he/they/the name, indirect);
none of these subjects or phrasings is in an eval set."""

from __future__ import annotations

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant
from prompts.understand.coverage import Coverage

UNCOVERED = {
    "volcanoes": [
        "Has Minghui Qiu published on volcano eruption forecasting?",
        "any volcanoe eruption papers?",
        pytest.param(
            "I'm curious whether they've done anything on volcanic activity detection.",
            marks=pytest.mark.xfail(
                strict=True,
                reason="one far word among two the papers use ('activity', 'detection') is "
                "not the topic's core: the rule for far words among generic ones declined "
                "as many answerable questions as it gained (bench/coverage_gate.py)",
            ),
        ),
        "Does she work on predicting volcanic eruptions?",
        "volcano monitoring research by qiu?",
    ],
    "galaxies": [
        "Has Qiu worked on galaxy image classification?",
        "any astronomy papers, like classifying galaxies?",
        "I'm curious whether he has done telescope image analysis for galaxies.",
        "Does this researcher publish on galaxy morphology?",
        "galaxy classifcation work by them?",
    ],
    "batteries": [
        "Has Minghui Qiu worked on lithium battery lifetime prediction?",
        "any battery degradation papers?",
        "I'm curious whether she models battery electrolytes.",
        "Does he do research on batteries?",
        "battery chemistry research from qiu?",
    ],
}

COVERED = {
    # making models smaller: the distillation / compression papers
    "compression": (
        [
            "Has Minghui Qiu worked on making language models smaller?",
            "any papers on shrinking big models into small ones?",  # read as compression
            "I'm curious whether they compress pre-trained language models.",
            "does she do model compresion?",
            "Which of his papers are about smaller, faster language models?",
        ],
        ("HRKD", "Meta-KD"),
    ),
    # learning from a few labelled examples
    "few examples": (
        [
            "Has Qiu published on learning from only a few labelled examples?",
            "any work on classifying text with very few examples?",
            "I'm curious whether she has papers on few-shot learning.",
            "does he do fewshot stuff?",
            "Which papers learn new tasks from a handful of samples?",
        ],
        ("Few-shot", "Few-Shot", "One-shot", "Data-Scarce"),
    ),
    # rain from radar: the weather papers
    "rain": (
        [
            "Has Minghui Qiu worked on forecasting rainfall?",
            "any papers on predicting rain from radar?",
            "I'm curious whether they do precipitation nowcasting.",
            "does she have weather forcasting papers?",
            "Which of his papers are about storms and rain?",
        ],
        ("RainSeer", "Storm"),
    ),
}


def declined_subject(answer: Answer, question: str) -> None:
    """A decline, said first; papers only as the closest or as on another part of the
    question ('no listed paper mentions X. Papers on the rest ...'), never as a Yes."""
    assert answer.abstained, answer.text
    assert not answer.text.startswith("Yes"), answer.text
    if question.casefold().startswith(("has ", "does ", "is ")):
        assert answer.text.startswith(("No", "Right")), answer.text


@pytest.mark.parametrize(
    "question", [q for family in UNCOVERED.values() for q in family], ids=lambda q: q[:40]
)
def test_subject_no_paper_is_on_is_declined(bundled_assistant: Assistant, question: str) -> None:
    declined_subject(bundled_assistant.ask(question), question)


@pytest.mark.parametrize(
    ("question", "titles"),
    [
        pytest.param(q.values[0], titles, marks=q.marks) if hasattr(q, "marks") else (q, titles)
        for family, titles in COVERED.values()
        for q in family
    ],
    ids=lambda q: q[:40] if isinstance(q, str) else "",
)
def test_covered_subject_in_other_words_is_answered(
    bundled_assistant: Assistant, question: str, titles: tuple[str, ...]
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    cited = " ".join(c.title for c in answer.citations)
    assert any(t in cited for t in titles), answer.text


def test_gate_reads_the_core_of_the_topic() -> None:
    """Far words as the topic's core, or around generic words only, decline; a paper naming
    the topic, or one close in meaning, or a specific word found, keeps the answer."""
    far = (("diffusion", 0.4),)
    assert Coverage(far, (0.3,), 0.35, named=False).uncovered()  # 'diffusion image'
    assert Coverage((("protein", 0.3), ("folding", 0.4)), (0.3,), 0.3, False).uncovered()
    assert not Coverage(far, (0.3,), 0.35, named=True).uncovered()
    assert not Coverage(far, (0.3,), 0.6, named=False).uncovered()
    assert not Coverage(far, (0.3, 0.02, 0.04), 0.35, named=False).uncovered()
    assert not Coverage((("handful", 0.5),), (0.7, 0.04), 0.35, named=False).uncovered()
    # far words among generic words only ('jailbreaking large language models') decline;
    # among a word fewer papers use, they need not be the core
    assert Coverage(far, (0.3, 0.5), 0.35, named=False).uncovered()
    assert not Coverage(far, (0.3, 0.1), 0.35, named=False).uncovered()
    assert not Coverage(far, (0.3, 0.5), 0.35, named=False).uncovered(generic=None)
    # a relevant paper titled with a specific word of the topic ('Rainfall') is on part of it
    assert not Coverage(far, (0.04,), 0.35, named=False, titled=True).uncovered()
    assert Coverage(far, (0.3, 0.5), 0.35, named=False).uncovered(generic=0.2)
