"""Conversation memory: a bounded window of turns, and follow-ups resolved against it."""

from __future__ import annotations

import re
from collections import deque

from pydantic import BaseModel

from prompts.answer.model import Answer

MAX_TURNS = 6
# "those", "these", "them", "which of those", "that paper", "it" at the start...
FOLLOW_UP = re.compile(
    r"\b(those|these|them|they|that one|that paper|this paper"
    r"|the (?:first|second|third|last) one)\b"
    r"|^\s*(and|also|what about|how about)\b|^\s*(it|its)\b",
    re.IGNORECASE,
)


class Turn(BaseModel):
    question: str
    answer: Answer


class Conversation:
    """The last few turns of one chat, REPL session, Discord thread or reply chain."""

    def __init__(self, max_turns: int = MAX_TURNS) -> None:
        self.turns: deque[Turn] = deque(maxlen=max_turns)

    def add(self, question: str, answer: Answer) -> None:
        self.turns.append(Turn(question=question, answer=answer))

    def __len__(self) -> int:
        return len(self.turns)

    def last_answer(self) -> Answer | None:
        return self.turns[-1].answer if self.turns else None

    def referenced_papers(self, question: str) -> list[str]:
        """Paper ids a follow-up ("which of those have code?") refers to; [] if none."""
        last = self.last_answer()
        if last is None or not last.citations or not FOLLOW_UP.search(question):
            return []
        return [c.paper_id for c in last.citations]

    def transcript(self) -> str:
        """The turns as plain text, for an LLM that condenses follow-ups."""
        return "\n".join(f"User: {t.question}\nAssistant: {t.answer.text}" for t in self.turns)
