"""The LLM path, as LangChain runnables: condense a follow-up; sources -> prompt -> model -> verify.

The Assistant routes and retrieves; this module turns the retrieved papers into an answer
through the model and never lets an unverified sentence out. Whatever fails (the endpoint,
the output, the check), the user gets the offline answer with a one-line notice.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable

import openai
from langchain_core.prompts import ChatPromptTemplate

from prompts.answer.memory import FOLLOW_UP, Conversation
from prompts.answer.model import Answer
from prompts.answer.offline import answer_abstain, answer_offline
from prompts.llm.citations import verify
from prompts.llm.client import LLMConfig, LLMError, make_chat_model, run
from prompts.llm.sources import approx_tokens, format_sources, pick_sources
from prompts.llm.structured import MalformedAnswer, declined, parse_answer, render, response_format
from prompts.llm.support import Verifier
from prompts.llm.texts import (
    ANSWER_PROMPT,
    CANNOT_ANSWER,
    CONDENSE_PROMPT,
    CONDENSE_RULES,
    STRUCTURED_PROMPT,
    STRUCTURED_RULES,
    SYSTEM_RULES,
    unavailable,
)
from retrieval.model import Profile
from retrieval.search import SearchResult

log = logging.getLogger(__name__)

MIN_KEPT_SHARE = 1 / 3  # below this share of verified sentences, the offline answer is better
MAX_TRANSCRIPT_CHARS = 3000  # the most recent turns only, for the condense prompt
MAX_STANDALONE_CHARS = 400
# A server without structured output answers a response_format with one of these.
SCHEMA_REFUSED = (openai.BadRequestError, openai.UnprocessableEntityError)
DECLINED = (
    "the LLM said its sources do not answer this, but relevant papers were found: "
    "showing the offline answer"
)
FAILED_CHECK = "the LLM answer did not hold up against its sources: showing the offline answer"


class LLMAnswerer:
    """Answers through an OpenAI-compatible chat model; build once, use from any thread."""

    def __init__(self, config: LLMConfig, verifier: Verifier) -> None:
        self.config, self.verifier = config, verifier
        model = make_chat_model(config)
        answer_prompt = ChatPromptTemplate.from_messages(
            [("system", SYSTEM_RULES), ("human", ANSWER_PROMPT)]
        ).partial(cannot_answer=CANNOT_ANSWER)
        condense_prompt = ChatPromptTemplate.from_messages(
            [("system", CONDENSE_RULES), ("human", CONDENSE_PROMPT)]
        )
        structured_prompt = ChatPromptTemplate.from_messages(
            [("system", STRUCTURED_RULES), ("human", STRUCTURED_PROMPT)]
        )
        self.answer_chain = answer_prompt | model
        self.structured_chain = structured_prompt | model.bind(response_format=response_format())
        # None until the server answers a CitedAnswer request; False once it refused one.
        self.schema_supported: bool | None = None
        self.condense_chain = condense_prompt | model

    def condense(self, question: str, conversation: Conversation, researcher: str) -> str:
        """The follow-up as a standalone question (unchanged if it is not a follow-up)."""
        if not len(conversation) or not FOLLOW_UP.search(question):
            return question
        transcript = conversation.transcript()[-MAX_TRANSCRIPT_CHARS:]
        reply = run(
            self.condense_chain,
            {
                "researcher": researcher,
                "conversation": transcript,
                "question": question,
            },
            self.config,
        )
        lines = [ln.strip() for ln in reply.text.strip().splitlines() if ln.strip()]
        standalone = (
            re.sub(r"^(standalone question:)\s*", "", lines[0], flags=re.I) if lines else ""
        )
        standalone = standalone.strip("\"'` ")
        if not standalone or len(standalone) > MAX_STANDALONE_CHARS:
            return question
        log.debug("condensed follow-up into %r", standalone)
        return standalone

    def answer(
        self,
        question: str,
        result: SearchResult,
        profile: Profile,
        on_progress: Callable[[int], None] | None = None,
        listing: bool | None = None,
    ) -> Answer:
        """A verified, cited answer from the model, or the offline one with a notice.
        `listing`: the question asks for papers on a subject (None: judged from its words),
        as for the offline answer, so both paths cite the same papers. `on_progress` gets the
        number of tokens received so far (0 when the request is sent), never their text."""
        picked = pick_sources(question, result, listing)
        if not picked:  # the LLM is never asked when nothing relevant was retrieved
            return answer_abstain(question, result, profile)
        fixed = approx_tokens(
            max(SYSTEM_RULES + ANSWER_PROMPT + CANNOT_ANSWER, STRUCTURED_RULES + STRUCTURED_PROMPT)
            + question
            + profile.name * 4
        )
        budget = self.config.context_tokens - self.config.max_answer_tokens - fixed
        sources_text, sources = format_sources(picked, budget)
        inputs = {"researcher": profile.name, "sources": sources_text, "question": question}
        titles = [h.paper.title for h in sources]
        start = time.perf_counter()
        try:
            text, refused = self._reply(inputs, titles, bool(listing), on_progress)
        except LLMError as err:
            log.warning("LLM failed: %s", err.reason)
            return _fallback(question, result, profile, unavailable(err.reason), listing)
        log.debug("LLM replied in %.0f ms", (time.perf_counter() - start) * 1000)
        if refused:
            # The model's "cannot answer" stands only when retrieval agrees.
            offline = answer_offline(question, result, profile, listing)
            if offline.abstained:
                return offline.model_copy(update={"llm_outcome": "abstained"})
            return _fallback(question, result, profile, DECLINED, listing)
        checked = verify(text, sources, self.verifier)
        kept = checked.claims - checked.dropped
        if not checked.citations or kept < MIN_KEPT_SHARE * checked.claims:
            return _fallback(question, result, profile, FAILED_CHECK, listing)
        notice = None
        if checked.trimmed:
            notice = (
                f"{checked.dropped} of {checked.claims} sentences of the LLM answer were removed: "
                "not supported by the cited sources"
            )
        return Answer(
            question=question,
            text=checked.text,
            citations=checked.citations,
            route="retrieval",
            notice=notice,
            llm_outcome="trimmed" if checked.trimmed else "kept",
        )

    def _reply(
        self,
        inputs: dict[str, str],
        titles: list[str],
        listing: bool,
        on_progress: Callable[[int], None] | None,
    ) -> tuple[str, bool]:
        """The model's answer as text with [n] markers, and whether it said the sources do not
        answer. Asked as a CitedAnswer unless the server once refused a response_format; then
        (and from then on) as free text with markers. Always streamed: the timeout is then
        the longest silence, not the whole answer's time, which slow local models need."""
        pieces: list[str] = []

        def tick(piece: str) -> None:
            pieces.append(piece)
            if on_progress is not None:
                on_progress(len(pieces))

        if on_progress is not None:
            on_progress(0)
        if self.schema_supported is not False:
            try:
                text = run(self.structured_chain, inputs, self.config, tick).text
            except openai.LengthFinishReasonError:
                text = "".join(pieces)  # cut at the token limit: its whole sentences are kept
            except openai.ContentFilterFinishReasonError as err:
                raise LLMError("answer withheld by the server's content filter") from err
            except LLMError as err:
                if not isinstance(err.__cause__, SCHEMA_REFUSED):
                    raise
                text = run(self.answer_chain, inputs, self.config, tick).text.strip()
                log.info("the server refused a JSON schema: answers are free text from now on")
                self.schema_supported = False
                return text, _cannot_answer(text)
            self.schema_supported = True
            try:
                cited = parse_answer(text)
            except MalformedAnswer as err:
                raise LLMError("malformed answer, not the JSON asked for") from err
            return render(cited, titles, listing), declined(cited)
        text = run(self.answer_chain, inputs, self.config, tick).text.strip()
        return text, _cannot_answer(text)


def _cannot_answer(text: str) -> bool:
    """The model's fixed 'cannot answer' reply, possibly with a little more said around it."""
    words = re.sub(r"[^a-z ]", "", CANNOT_ANSWER.lower())
    return words in re.sub(r"[^a-z ]", "", text.lower()) and "[" not in text


def _fallback(
    question: str, result: SearchResult, profile: Profile, notice: str, listing: bool | None
) -> Answer:
    answer = answer_offline(question, result, profile, listing)
    return answer.model_copy(update={"notice": notice, "llm_outcome": "fallback"})
