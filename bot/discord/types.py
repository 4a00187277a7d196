"""What the Discord modules share about the assistant: the part of it they use, its factory."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from bot.settings import Settings
from prompts.answer.memory import Conversation
from prompts.answer.model import Answer
from retrieval.filters import Filters
from retrieval.model import Profile
from retrieval.search import SearchResult


class AssistantLike(Protocol):
    """The part of prompts.chain.Assistant the bot uses."""

    @property
    def profile(self) -> Profile: ...

    def ask(
        self,
        question: str,
        conversation: Conversation | None = None,
        on_progress: Callable[[int], None] | None = None,
    ) -> Answer: ...

    def search(self, topic: str, filters: Filters, k: int) -> SearchResult: ...


AssistantFactory = Callable[[Settings], AssistantLike]
