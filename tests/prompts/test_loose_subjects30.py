"""A subject no listed paper is on, asked of papers that share one of its words only in passing
('Machine' of Machine Reading Comprehension, 'text' of every text paper), is declined: when
every paper found is only fairly close in meaning and says none of the subject's rare words, nor is about one of its specific words, no listed paper is on it
(prompts/understand/onsubject.py). Each need is a family of phrasings (casual, formal, lower
case with a typo, she/he/they/the name, indirect, role-framed, yes/no and list forms); the
controls are subjects the papers cover, asked in few words, whose papers stay."""

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
        "I work on machine translation; which of his papers are relevant to me?",
    ],
    "text-to-speech": [
        "Does he have work on text-to-speech?",
        "any text to speech papers by qiu?",
        "which papers does she have on text-to-speech synthesis?",
        "Has Minghui Qiu published on text-to-speech?",
    ],
}

# subject in few words, each with the titles its answer must cite: a paper sharing a specific
# word of it that it is about ('Video' in Valley's title) keeps the answer
COVERED = {
    "text classification": (
        [
            "Has he published on text classification?",
            "which of her papers do text classification?",
            "any text classifcation papers?",
        ],
        ["Meta-Learning Siamese Network", "Towards Unified Prompt Tuning"],
    ),
    "knowledge distillation": (
        [
            "Has Qiu worked on knowledge distillation?",
            "which papers are on knowledge distilation?",
            "list his knowledge distillation papers",
        ],
        ["HRKD", "Meta-KD", "Learning to Augment"],
    ),
    "session-based recommendation": (
        [
            "any session-based recommendation papers?",
            "Has he worked on session-based recommendation?",
            "I'm preparing a lecture on session-based recommendation: which of his papers could I assign?",
        ],
        ["Exploring Global Information", "Global Context Enhanced"],
    ),
    "video": (
        ["Is there a video line in his work? Name the papers.", "any video understanding papers?"],
        ["Valley"],
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
    ("question", "kept"),
    [(q, kept) for family, kept in COVERED.values() for q in family],
    ids=lambda q: q[:40] if isinstance(q, str) else "",
)
def test_covered_subject_keeps_its_papers(
    bundled_assistant: Assistant, question: str, kept: list[str]
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    cited = [c.title for c in answer.citations]
    for title in kept:
        assert any(title in t for t in cited), (title, answer.text)


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


def test_gate_declines_only_when_every_paper_is_loose(bundled_assistant: Assistant) -> None:
    """Of the hits found for 'machine translation', one saying 'Machine' once in passing is
    loose: alone, the subject is declined; beside one saying both words, or one close in
    meaning, or one naming the subject, the result stays as found."""
    lexicon = bundled_assistant.lexicon
    assert rare_words("machine translation", lexicon) == ["translation"]
    mrc = _hit("MRC", "Machine reading comprehension answers questions.", 0.40)
    others = [
        _hit("MT", "We improve neural machine translation between languages.", 0.45),
        _hit("Close", "Systems that render sentences into another tongue.", 0.62),
        _hit("Named", "A study of reading.", 0.35, named=True),
    ]
    asked = "any machine translation papers?"
    alone = SearchResult(query="machine translation", filters=Filters(), hits=[mrc])
    assert not on_subject("machine translation", alone, lexicon, asked).relevant
    for other in others:
        found = SearchResult(query="machine translation", filters=Filters(), hits=[mrc, other])
        assert on_subject("machine translation", found, lexicon, asked) == found
    # one content word, or alternatives offered: nothing to tell apart, the result as found
    assert on_subject("translation", alone, lexicon, asked) == alone
    assert on_subject("machine or translation", alone, lexicon, "machine or translation?") == alone
