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


COMPRESSION = ("Knowledge Distillation", "Compression")
CONVERSATION = ("Conversational", "Information-seeking Conversations")


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        # compression for cheap hardware: the papers say 'resource-limited devices', 'cost'
        ("any work by qiu on model compression for low-cost hardware?", COMPRESSION),
        ("I'm curious whether they distilled BERT for inexpensive deployment.", COMPRESSION),
        ("papers on compressing language models for budget hardware pls", COMPRESSION),
        ("Has Minghui Qiu looked at knowledge distillation for cheaper inference?", COMPRESSION),
        ("has she worked on compressing BERT for low-end hardware?", COMPRESSION),
        # retrieval in chats: the papers say 'conversations', 'conversational'
        ("any research on answer retrieval in chats?", CONVERSATION),
        ("papers about retrieving evidence for chats?", CONVERSATION),
        ("I'd like papers on question answering in chat sessions.", CONVERSATION),
        ("anything on retrieving answers in chats with customers?", CONVERSATION),
        ("Did Qiu publish on answer retrieval for chats?", CONVERSATION),
    ],
)
def test_a_word_said_otherwise_is_answered_with_the_papers_saying_it(
    bundled_assistant: Assistant, question: str, wanted: tuple[str, ...]
) -> None:
    answer = bundled_assistant.ask(question)
    titles = [c.title.casefold() for c in answer.citations]
    assert not answer.abstained, (question, answer.text[:300])
    assert DECLINE not in answer.text, (question, answer.text[:300])
    assert any(w.casefold() in t for t in titles for w in wanted), (question, titles)


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


# (word, the paper read, whether it says the word otherwise)
SINGLE_PAPERS = [
    ("hardware", "HRKD", True),  # 'resource-limited devices'
    ("chats", "Learning to Expand", True),  # 'information-seeking conversations'
    ("cheaper", "Meta-KD", False),
    ("chess", "CURE", False),
    ("spreadsheets", "HRKD", False),
    ("molecules", "KEML", False),
]


def test_said_otherwise_reads_one_papers_words_by_meaning(bundled_assistant: Assistant) -> None:
    by_title = {p.title.split(":")[0]: p for p in bundled_assistant.profile.papers}
    got = [
        (word, title, said_otherwise(word, [by_title[title]], bundled_assistant.lexicon))
        for word, title, _ in SINGLE_PAPERS
    ]
    assert got == SINGLE_PAPERS


def test_no_papers_found_say_nothing_otherwise(bundled_assistant: Assistant) -> None:
    assert not said_otherwise("hardware", [], bundled_assistant.lexicon)
