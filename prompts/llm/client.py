"""The LLM backend: its configuration, the LangChain chat model, and failures named for users.

Any OpenAI-compatible endpoint works (OpenAI, Ollama, llama.cpp's server, vLLM). Retries of
timeouts, 429 and 5xx with bounded exponential backoff are the openai client's (max_retries);
what still fails becomes an `LLMError` whose `reason` is one short phrase for the notice.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field, SecretStr

from prompts.llm.breaker import breaker_for

if TYPE_CHECKING:  # openai and LangChain (~50 MB) load when an LLM is used, not for offline
    import openai
    from langchain_core.messages import BaseMessage
    from langchain_core.runnables import Runnable
    from langchain_openai import ChatOpenAI

log = logging.getLogger(__name__)

# Local servers (Ollama, llama.cpp) ignore the key, but the client insists on one.
PLACEHOLDER_KEY = "not-needed"
# What the output parsers raise on a body that is not a chat completion.
MALFORMED = (ValueError, TypeError, KeyError, AttributeError, IndexError)


class LLMConfig(BaseModel):
    """How to reach the chat model; built by the composition root from Settings."""

    model: str = "gpt-4o-mini"
    base_url: str | None = None
    api_key: SecretStr | None = None
    timeout: float = Field(default=30.0, gt=0, description="Seconds per request attempt.")
    max_retries: int = Field(default=2, ge=0, description="Retries of timeouts, 429 and 5xx.")
    temperature: float = 0.0
    context_tokens: int = Field(default=8000, ge=256, description="The model's context window.")
    max_answer_tokens: int = Field(default=700, ge=16, description="Room kept for the reply.")


class LLMError(RuntimeError):
    """The LLM failed after its retries, or answered with something that is not an answer."""

    def __init__(self, reason: str, outage: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.outage = outage  # the endpoint failed (not its reply): counts for the breaker


class Reply(BaseModel):
    """The model's text and what it cost."""

    text: str
    usage: dict[str, Any] = Field(default_factory=dict)
    first_token_ms: float | None = None


def make_chat_model(config: LLMConfig) -> ChatOpenAI:
    """A LangChain chat model for the endpoint (no request is made here)."""
    from langchain_openai import ChatOpenAI

    key = config.api_key or SecretStr(PLACEHOLDER_KEY)
    return ChatOpenAI(
        model=config.model,
        base_url=config.base_url,
        api_key=key,
        timeout=config.timeout,
        max_retries=config.max_retries,
        temperature=config.temperature,
        max_tokens=config.max_answer_tokens,
        stream_usage=True,
        # `streaming` stays unset: invoke() sends one request, stream() streams. Setting it
        # to False would make stream() quietly fall back to a single response.
    )


def describe(error: Exception, config: LLMConfig) -> str:
    """A short phrase naming what failed (never the key, never a traceback)."""
    import openai

    if isinstance(error, openai.APITimeoutError):
        return f"timeout after {config.timeout:g} s"
    if isinstance(error, openai.APIConnectionError):
        where = re.sub(r"//[^/@]*@", "//", config.base_url or "the OpenAI API")  # no user:pass
        return f"cannot connect to {where}"
    if isinstance(error, openai.AuthenticationError):
        return "API key refused, HTTP 401"
    if isinstance(error, openai.RateLimitError):
        return "rate limited, HTTP 429"
    if isinstance(error, openai.APIStatusError):
        return f"HTTP {error.status_code}"
    return "malformed response"


def is_outage(error: openai.APIError) -> bool:
    """The endpoint is down or overloaded (not: it refused this request's form)."""
    import openai

    if isinstance(error, openai.APIStatusError):
        return error.status_code >= 500 or error.status_code == 429
    return isinstance(error, openai.APITimeoutError | openai.APIConnectionError)


def run(
    chain: Runnable[dict[str, Any], BaseMessage],
    inputs: dict[str, Any],
    config: LLMConfig,
    on_token: Callable[[str], None] | None = None,
) -> Reply:
    """Invoke the chain (streaming tokens to on_token if given); failures become LLMError.
    While the endpoint's breaker is open, LLMError at once, without a request."""
    breaker = breaker_for(endpoint(config))
    if reason := breaker.blocked():
        raise LLMError(reason)
    try:
        reply = _run(chain, inputs, config, on_token)
    except LLMError as err:
        if err.outage:
            breaker.failed(err.reason)
        else:  # it answered, if not usefully: it is up
            breaker.succeeded()
        raise
    breaker.succeeded()
    return reply


def endpoint(config: LLMConfig) -> str:
    """What a breaker is kept for: the server (and model) the requests go to."""
    return f"{config.base_url or 'openai'} {config.model}"


def _run(
    chain: Runnable[dict[str, Any], BaseMessage],
    inputs: dict[str, Any],
    config: LLMConfig,
    on_token: Callable[[str], None] | None,
) -> Reply:
    import openai
    from langchain_core.messages import AIMessage, AIMessageChunk

    start = time.perf_counter()
    first: float | None = None
    try:
        if on_token is None:
            message = chain.invoke(inputs)
        else:
            chunks: AIMessageChunk | None = None
            for chunk in chain.stream(inputs):
                if not isinstance(chunk, AIMessageChunk):
                    raise TypeError(f"unexpected stream item {type(chunk).__name__}")
                piece = _text(chunk)
                if piece:
                    first = first or (time.perf_counter() - start) * 1000
                    on_token(piece)
                chunks = chunk if chunks is None else chunks + chunk
            if chunks is None:
                raise ValueError("empty stream")
            message = chunks
    except openai.APIError as err:
        raise LLMError(describe(err, config), outage=is_outage(err)) from err
    except MALFORMED as err:
        log.warning("LLM returned a malformed response: %s", type(err).__name__)
        raise LLMError("malformed response") from err
    if not isinstance(message, AIMessage | AIMessageChunk):
        raise LLMError("malformed response")
    usage = dict(message.usage_metadata or {})
    return Reply(
        text=_text(message),
        usage=usage,
        first_token_ms=round(first, 1) if first is not None else None,
    )


def _text(message: BaseMessage) -> str:
    """The text of a message (content may be a string or a list of parts)."""
    content = message.content
    if isinstance(content, str):
        return content
    return "".join(p if isinstance(p, str) else str(p.get("text", "")) for p in content)
