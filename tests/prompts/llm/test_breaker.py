"""The LLM circuit breaker (issue 16): during an outage questions are answered offline at
once, with the notice, instead of each waiting for its own retries."""

from __future__ import annotations

from typing import Any

from prompts.assistant import Assistant
from prompts.llm.breaker import Breaker, breaker_for
from prompts.llm.client import LLMConfig, endpoint
from tests.openai_server import OpenAIServer, Reply, error, extractive

QUESTION = "Which papers are about adversarial patches?"


def test_a_failing_endpoint_is_not_called_again_for_a_while(assistant: Assistant) -> None:
    down = [error(500)]  # every endpoint: reading, structured answers, free text
    with OpenAIServer(down, structured=down, cited=down) as server:
        config = LLMConfig(model="outage", base_url=server.base_url, timeout=5, max_retries=1)
        llm = Assistant(assistant.profile, assistant.searcher, llm=config)
        answers = [llm.ask(QUESTION) for _ in range(20)]
        calls = len(server.received) + len(server.structured_received)
        calls += len(server.cited_received)
    for answer in answers:  # every one answered offline, cited, with the notice
        assert answer.citations and answer.citations[0].title.startswith("PixelGuard")
        assert answer.notice and "HTTP 500" in answer.notice
    assert "not tried again for" in str(answers[-1].notice)
    # Reading q1, answering q1, reading q2 failed (1 try + 1 retry each): then no more calls
    # (without the breaker: 20 questions x 2 calls x 2 tries = 80 requests).
    assert calls == 6, calls


def test_after_the_pause_one_question_tries_again_and_closes_it() -> None:
    now = [0.0]
    breaker = Breaker(failures=2, pause=30, clock=lambda: now[0])
    for _ in range(2):
        assert breaker.blocked() is None
        breaker.failed("HTTP 500")
    assert breaker.blocked() == "HTTP 500; not tried again for 30 s"
    now[0] = 31.0
    assert breaker.blocked() is None  # the one trial
    assert breaker.blocked() is not None  # the others still wait for it
    breaker.succeeded()
    assert breaker.blocked() is None


def test_a_recovered_endpoint_answers_again(assistant: Assistant) -> None:
    down = [True]

    def script(request: dict[str, Any]) -> Reply:
        return error(500) if down[0] else Reply(extractive(request))

    with OpenAIServer(script, structured=script) as server:
        config = LLMConfig(model="flaky", base_url=server.base_url, timeout=5, max_retries=0)
        llm = Assistant(assistant.profile, assistant.searcher, llm=config)
        assert all(llm.ask(QUESTION).notice for _ in range(4))
        down[0] = False
        breaker_for(endpoint(config))._until = 0.0  # as when the pause is over
        answer = llm.ask(QUESTION)
    assert answer.notice is None and answer.citations


def test_a_refused_request_form_does_not_open_it(assistant: Assistant) -> None:
    """HTTP 400 to the structured reading (a server without response_format) is no outage:
    the answers still come from the LLM."""
    with OpenAIServer(lambda request: Reply(extractive(request))) as server:
        config = LLMConfig(model="no-structured", base_url=server.base_url, max_retries=0)
        llm = Assistant(assistant.profile, assistant.searcher, llm=config)
        answers = [llm.ask(QUESTION) for _ in range(5)]
    assert all(a.notice is None and a.citations for a in answers)
