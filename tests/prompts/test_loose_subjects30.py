"""A subject no listed paper is on, asked of papers that share one of its words ('machine' of
Machine Reading Comprehension, 'text', 'point-wise', 'Alibaba Cloud', 'scoring'), is declined:
a paper only fairly close in meaning is on a subject of several words when it says the subject's
specific words (prompts/understand/onsubject.py). Each need is a family of phrasings (casual,
formal, lower case with a typo, she/he/they/the name, indirect, yes/no and list forms); the
controls are subjects the papers cover, whose papers stay, and whose loose extras go."""

from __future__ import annotations

import datetime as dt

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant
from prompts.understand.onsubject import on_subject, rare_words
from retrieval.filters import Filters
from retrieval.model import Paper
from retrieval.search import Hit, SearchResult

ABSENT = {
    "machine translation": [
        "Has Minghui Qiu published on machine translation?",
        "any machine translation papers?",
        "what has she done in machine translaton",
        "Is machine translation one of his research topics?",
        "I'm curious whether they have worked on machine translation.",
    ],
    "text-to-speech": [
        "Does he have work on text-to-speech?",
        "any text to speech papers by qiu?",
        "which papers does she have on text-to-speech synthesis?",
        "Has Minghui Qiu published on text-to-speech?",
    ],
    "point clouds": [
        "Has he worked with point cloud data?",
        "any papers on 3D point clouds?",
        "point cloud stuff from minghui qiu?",
        "Which of her papers process point cloud data?",
    ],
    "essay scoring": [
        "Has he published on automated essay scoring?",
        "any essay scoring papers?",
        "does she work on scoring essays?",
    ],
    "fraud": [
        "Has he worked on credit card fraud detection?",
        "any fraud detection papers?",
        "Which of Qiu's papers detect financial fraud?",
    ],
}

# subject: (phrasings, titles that must be cited, titles that must not: they share a word)
COVERED = {
    "text classification": (
        [
            "Has he published on text classification?",
            "which of her papers do text classification?",
            "any text classifcation papers?",
        ],
        ["Meta-Learning Siamese Network", "Towards Unified Prompt Tuning"],
        ["Reverse Modeling", "One-shot Text Field Labeling"],
    ),
    "knowledge distillation": (
        [
            "Has Qiu worked on knowledge distillation?",
            "which papers are on knowledge distilation?",
            "list his knowledge distillation papers",
        ],
        ["HRKD", "Meta-KD", "Learning to Augment"],
        [],
    ),
    "session-based recommendation": (
        [
            "any session-based recommendation papers?",
            "Has he worked on session-based recommendation?",
        ],
        ["Exploring Global Information", "Global Context Enhanced"],
        [],
    ),
}


def declined(answer: Answer, question: str) -> None:
    """A decline with no paper cited as matching; a yes/no led by 'No'."""
    assert answer.abstained, answer.text
    assert not answer.citations, answer.text
    assert not answer.text.startswith("Yes"), answer.text
    if question.casefold().startswith(("has ", "does ", "is ")):
        assert answer.text.startswith("No"), answer.text


@pytest.mark.parametrize(
    "question", [q for family in ABSENT.values() for q in family], ids=lambda q: q[:40]
)
def test_subject_sharing_a_word_with_papers_is_declined(
    bundled_assistant: Assistant, question: str
) -> None:
    declined(bundled_assistant.ask(question), question)


@pytest.mark.parametrize(
    ("question", "kept", "dropped"),
    [(q, kept, dropped) for family, kept, dropped in COVERED.values() for q in family],
    ids=lambda q: q[:40] if isinstance(q, str) else "",
)
def test_covered_subject_keeps_its_papers_without_loose_ones(
    bundled_assistant: Assistant, question: str, kept: list[str], dropped: list[str]
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    cited = [c.title for c in answer.citations]
    for title in kept:
        assert any(t.startswith(title) or title in t for t in cited), (title, answer.text)
    for title in dropped:
        assert not any(title in t for t in cited), (title, answer.text)


def _hit(title: str, abstract: str, similarity: float, named: bool = False) -> Hit:
    paper = Paper(
        id=title,
        n=1,
        title=title,
        authors=["A. Author"],
        authors_truncated=False,
        category="CL",
        date=dt.date(2024, 1, 1),
        abstract=abstract,
    )
    return Hit(
        paper=paper,
        score=0.1,
        similarity=similarity,
        lexical=3.0,
        evidence=abstract,
        relevant=True,
        names_topic=named,
    )


def test_gate_keeps_close_named_and_specific_papers(bundled_assistant: Assistant) -> None:
    """Of the hits found for 'machine translation': one only sharing 'machine' goes; one saying
    both words stays, as do one close in meaning and one naming the subject."""
    lexicon = bundled_assistant.lexicon
    assert rare_words("machine translation", lexicon) == ["translation"]
    hits = [
        _hit("MRC", "Machine reading comprehension answers questions.", 0.40),
        _hit("MT", "We improve neural machine translation between languages.", 0.45),
        _hit("Close", "Systems that render sentences into another tongue.", 0.62),
        _hit("Named", "A study of reading.", 0.35, named=True),
    ]
    result = SearchResult(query="machine translation", filters=Filters(), hits=hits)
    kept = {h.paper.id for h in on_subject("machine translation", result, lexicon).relevant_hits}
    assert kept == {"MT", "Close", "Named"}
    # one content word, or generic words only: nothing to tell apart, the result as found
    assert on_subject("translation", result, lexicon) == result
