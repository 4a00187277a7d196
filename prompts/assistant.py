"""One path for every question: clean -> follow-up -> route -> facts or retrieve -> answer."""

from __future__ import annotations

import logging
import re
import time
import unicodedata
from collections.abc import Callable

from prompts.answer.facts import answer_facts
from prompts.answer.memory import Conversation
from prompts.answer.model import Answer
from prompts.answer.offline import answer_offline, answer_outside
from prompts.llm.chain import LLMAnswerer, unavailable
from prompts.llm.client import LLMConfig, LLMError
from prompts.understand.router import parse_query
from retrieval.filters import Filters
from retrieval.model import Profile
from retrieval.search import Searcher, SearchResult

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 1000
TOP_K = 8


def clean_question(text: str) -> str:
    """Drop invisible and control characters, collapse whitespace, bound the length."""
    text = unicodedata.normalize("NFKC", text[: MAX_QUESTION_CHARS * 4])  # bound the work too
    text = "".join(
        c for c in text if unicodedata.category(c) not in ("Cf", "Cc", "Co", "Cs") or c in "\n\t"
    )
    return re.sub(r"\s+", " ", text).strip()[:MAX_QUESTION_CHARS]


class Assistant:
    """Answers questions about one profile; build once, ask many times (thread-safe reads)."""

    def __init__(
        self,
        profile: Profile,
        searcher: Searcher,
        profile_name: str = "default",
        llm: LLMConfig | None = None,
    ) -> None:
        self.profile, self.searcher, self.profile_name = profile, searcher, profile_name
        self.llm = LLMAnswerer(llm) if llm is not None else None

    def search(self, topic: str, filters: Filters | None = None, k: int = TOP_K) -> SearchResult:
        return self.searcher.search(topic, filters, k)

    def ask(
        self,
        question: str,
        conversation: Conversation | None = None,
        on_token: Callable[[str], None] | None = None,
    ) -> Answer:
        """Answer a question (a follow-up is resolved against the conversation).

        With an LLM, its tokens go to on_token as they arrive; the returned Answer is the
        verified one, which may differ from what was streamed (see Answer.notice).
        """
        start = time.perf_counter()
        asked = clean_question(question)
        if not asked:
            return Answer(
                question=question,
                route="abstain",
                abstained=True,
                text=f"Ask a question about {self.profile.name}'s papers, e.g. "
                "'What has he published on few-shot learning?'",
            )
        timings: dict[str, float] = {}
        standalone, failure = asked, None
        if self.llm is not None and conversation is not None and len(conversation):
            try:
                standalone = self.llm.condense(asked, conversation, self.profile.name)
            except LLMError as err:
                failure = err.reason
            timings["condense_ms"] = _ms(start)
        t = time.perf_counter()
        query = parse_query(standalone, self.profile)
        if conversation is not None and (ids := conversation.referenced_papers(asked)):
            query.filters.paper_ids = ids
        timings["route_ms"] = _ms(t)
        answer = None
        if query.intent == "outside":
            answer = answer_outside(asked, self.profile)
        elif query.intent != "retrieval":
            answer = answer_facts(query, self.profile, self.searcher)
        if answer is None:
            t = time.perf_counter()
            result = self.searcher.search(query.topic or standalone, query.filters, TOP_K)
            timings["retrieve_ms"] = _ms(t)
            t = time.perf_counter()
            answer = self._answer(standalone, result, failure, on_token)
            timings["answer_ms"] = _ms(t)
        else:
            timings["facts_ms"] = _ms(t) - timings["route_ms"]
        answer = answer.model_copy(update={"question": asked, "timings_ms": timings})
        log.info(
            "question route=%s citations=%d abstained=%s latency_ms=%.1f",
            answer.route,
            len(answer.citations),
            answer.abstained,
            answer.latency_ms,
        )
        if conversation is not None:
            conversation.add(asked, answer)
        return answer

    def _answer(
        self,
        question: str,
        result: SearchResult,
        failure: str | None,
        on_token: Callable[[str], None] | None,
    ) -> Answer:
        """Through the LLM when there is one and something relevant was found; else offline."""
        if self.llm is None or not result.relevant:
            return answer_offline(question, result, self.profile)
        if failure is not None:  # it just failed to condense: do not wait for it twice
            answer = answer_offline(question, result, self.profile)
            return answer.model_copy(update={"notice": unavailable(failure)})
        return self.llm.answer(question, result, self.profile, on_token)


def _ms(since: float) -> float:
    return round((time.perf_counter() - since) * 1000, 2)
