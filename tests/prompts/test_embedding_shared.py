"""Understanding a question embeds each text once, however many steps read it.

The intent classifier reads the question's vector; a topic word no paper uses is searched for
(the closest papers) and then compared with their title words; a topic mostly in such words
is searched again as a whole. Each of those texts goes through MiniLM once per question.
"""

from __future__ import annotations

from collections import Counter

import pytest

from prompts.assistant import Assistant
from tests.retrieval.index.test_embedder import CountingSession

# One need (has the profile any work on agriculture?), asked several ways; no paper uses
# the topic's words, so each is read as the closest papers' words.
AGRICULTURE = [
    "Has she worked on agriculture?",
    "any agriculture papers from him?",
    "I'm curious whether Minghui Qiu has published anything about agriculture.",
    "wat have they done in agricultre",
    "Which of his papers are not about agriculture?",
    "Could you list the publications on farming and crop yields, please?",
]


@pytest.mark.parametrize("question", AGRICULTURE)
def test_each_text_of_a_question_runs_through_the_model_once(
    bundled_assistant: Assistant, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    embedder = bundled_assistant.searcher.embedder
    counting = CountingSession(embedder.model)  # type: ignore[attr-defined]
    monkeypatch.setitem(embedder.__dict__, "model", counting)
    bundled_assistant.understand(question)
    again = [ids for ids, n in Counter(counting.texts).items() if n > 1]
    assert not again, [embedder.tokenizer.decode(list(ids)) for ids in again]  # type: ignore[attr-defined]
