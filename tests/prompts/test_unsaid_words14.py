"""A word no paper uses, in the setting of a topic ('compression for low-cost hardware',
'retrieval in chats'), is only the asker's wording when a paper found for the topic says a
word meaning nearly the same ('devices', 'conversations'): the found papers answer the
question, not a decline 'no listed paper mentions X'. The decision is read from the found
papers' own words by meaning (prompts/understand/unsaid.py), not from a list of words. A word
nothing found means ('chess', 'spreadsheets', 'molecules') still declines, with the papers on
the rest of the question listed.
"""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from prompts.understand.unsaid import said_otherwise

DECLINE = "no listed paper mentions"


def _titles(answer_titles: list[str], *wanted: str) -> bool:
    return any(w.casefold() in t.casefold() for t in answer_titles for w in wanted)


@pytest.mark.parametrize(
    "question",
    [
        "any work by qiu on model compression for low-cost hardware?",
        "I'm curious whether they distilled BERT for inexpensive deployment.",
        "papers on compressing language models for budget hardware pls",
        "Has Minghui Qiu looked at knowledge distillation for cheaper inference?",
        "has she worked on compressing BERT for low-end hardware?",
    ],
)
def test_compression_for_cheap_hardware_is_answered_with_the_compression_papers(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    titles = [c.title for c in answer.citations]
    assert not answer.abstained, (question, answer.text[:300])
    assert DECLINE not in answer.text, (question, answer.text[:300])
    assert _titles(titles, "Knowledge Distillation", "Compression"), (question, titles)


@pytest.mark.parametrize(
    "question",
    [
        "any research on answer retrieval in chats?",
        "papers about retrieving evidence for chats?",
        "I'd like papers on question answering in chat sessions.",
        "anything on retrieving answers in chats with customers?",
        "Did Qiu publish on answer retrieval for chats?",
    ],
)
def test_retrieval_in_chats_is_answered_with_the_conversational_papers(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    titles = [c.title for c in answer.citations]
    assert not answer.abstained, (question, answer.text[:300])
    assert DECLINE not in answer.text, (question, answer.text[:300])
    assert _titles(titles, "Conversational", "Information-seeking Conversations"), (
        question,
        titles,
    )


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("knowledge distillation for spreadsheets?", "spreadsheets"),
        ("reinforcement learning for chess engines?", "chess"),
        ("Does she have research on reinforcement learning for board games?", "games"),
        ("knowledge distillation for tabular records - anything?", "tabular"),
        ("Has Minghui Qiu worked on language models for chemistry molecules?", "molecules"),
    ],
)
def test_a_word_nothing_found_means_still_declines(
    bundled_assistant: Assistant, question: str, word: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, (question, answer.text[:300])
    assert word in answer.text, (question, answer.text[:300])


@pytest.mark.parametrize(
    ("word", "title", "said"),
    [
        ("hardware", "HRKD", True),  # 'resource-limited devices'
        ("chats", "Learning to Expand", True),  # "information-seeking conversations"
        ("cheaper", "Meta-KD", False),
        ("chess", "CURE", False),
        ("spreadsheets", "HRKD", False),
        ("molecules", "KEML", False),
    ],
)
def test_said_otherwise_reads_the_found_papers_words_by_meaning(
    bundled_assistant: Assistant, word: str, title: str, said: bool
) -> None:
    papers = [p for p in bundled_assistant.profile.papers if p.title.startswith(title)]
    assert papers, title
    assert said_otherwise(word, papers, bundled_assistant.lexicon) is said


def test_no_papers_found_say_nothing_otherwise(bundled_assistant: Assistant) -> None:
    assert not said_otherwise("hardware", [], bundled_assistant.lexicon)
