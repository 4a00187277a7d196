"""Answers as data (a CitedAnswer JSON schema) against a scripted server on 127.0.0.1.

The model gives sentences with their source numbers; profilebot writes the [n] markers.
Each test asserts what the user gets and what the model was asked.
"""

from __future__ import annotations

from prompts.assistant import Assistant
from tests.openai_server import (
    OpenAIServer,
    Reply,
    cited,
    cited_extractive,
    error,
    extractive,
    sources_in,
)
from tests.prompts.llm.test_chain import GOOD, PATCHES, assert_cited, llm_assistant, user_message

DETECTS = (
    "PixelGuard detects adversarial patches in street scenes with a lightweight frequency filter"
)
BLOCKS = "On the Cityscapes benchmark it blocks 93% of attacks"
DECLINED = (
    "the LLM said its sources do not answer this, but relevant papers were found: "
    "showing the offline answer"
)
DISTILLATION = "What has he published on knowledge distillation?"


def test_the_answer_is_asked_as_a_json_schema_and_the_markers_are_rendered(
    assistant: Assistant,
) -> None:
    with OpenAIServer(
        [Reply("free text is never asked for")], cited=[cited((DETECTS, [1]), (BLOCKS, [1]))]
    ) as server:
        progress: list[int] = []
        answer = llm_assistant(assistant, server).ask(PATCHES, on_progress=progress.append)
    assert answer.text == GOOD and answer.notice is None and answer.llm_outcome == "kept"
    assert [c.title[:10] for c in answer.citations] == ["PixelGuard"]
    assert server.received == [] and progress[0] == 0 and progress[-1] > 0
    (request,) = server.cited_received
    form = request.body["response_format"]
    assert form["type"] == "json_schema" and form["json_schema"]["strict"] is True
    schema = form["json_schema"]["schema"]
    assert schema["required"] == ["sentences"] and schema["additionalProperties"] is False
    system, user = (m["content"] for m in request.body["messages"])
    assert '"sources": [1]' in system  # one example of the answer's shape
    assert user.index('<source n="1">') < user.index("<question>")  # the sources first


def test_markers_and_source_tags_the_model_writes_itself_become_one_clean_marker(
    assistant: Assistant,
) -> None:
    drifted = cited((f'{DETECTS} <source n="1">', [1]), (f"{BLOCKS} [1][1].", [1, 1]))
    with OpenAIServer([], cited=[drifted]) as server:
        answer = llm_assistant(assistant, server).ask(PATCHES)
    assert answer.text == GOOD and answer.llm_outcome == "kept"


def test_a_list_answer_keeps_one_line_per_paper(bundled_assistant: Assistant) -> None:
    """Rendered one line per sentence, marker before the full stop: the line-start marker
    problem of free text ('[1] HRKD ...') cannot arise."""
    with OpenAIServer([], cited=cited_extractive) as server:
        answer = llm_assistant(bundled_assistant, server).ask(DISTILLATION)
    given = sources_in(user_message(server.cited_received[0]))
    assert len(given) >= 2 and answer.notice is None and answer.llm_outcome == "kept"
    lines = answer.text.splitlines()
    assert len(lines) == len(given) and all(ln.startswith("- ") for ln in lines)
    assert [c.title for c in answer.citations] == [t for _, t, _ in given]
    assert_cited(answer)


def test_a_sentence_without_sources_or_with_a_wrong_number_is_trimmed(
    assistant: Assistant,
) -> None:
    reply = cited((DETECTS, [1]), (BLOCKS, [1]), ("It won a Turing Award", [9]), ("It is fast", []))
    with OpenAIServer([], cited=[reply]) as server:
        answer = llm_assistant(assistant, server).ask(PATCHES)
    assert answer.text.removeprefix("- ") == GOOD and answer.llm_outcome == "trimmed"
    assert answer.notice == (
        "2 of 4 sentences of the LLM answer were removed: not supported by the cited sources"
    )


def test_an_answer_cut_short_keeps_its_complete_sentences(assistant: Assistant) -> None:
    whole = cited((DETECTS, [1]), (BLOCKS, [1])).text
    cut = whole[: whole.index("Cityscapes") + 5]  # the token limit, mid-sentence
    for finish in ("stop", "length"):  # "length": the openai client raises on it
        with OpenAIServer([], cited=[Reply(cut, finish=finish)]) as server:
            answer = llm_assistant(assistant, server).ask(PATCHES)
        assert answer.text == f"{DETECTS} [1]." and answer.llm_outcome == "kept"


def test_a_reply_that_is_not_the_json_asked_for_gives_the_offline_answer(
    assistant: Assistant,
) -> None:
    offline = assistant.ask(PATCHES)
    with OpenAIServer([], cited=[Reply("Sure! PixelGuard detects patches [1].")]) as server:
        answer = llm_assistant(assistant, server).ask(PATCHES)
    assert answer.text == offline.text and answer.llm_outcome == "fallback"
    assert answer.notice == (
        "LLM unavailable (malformed answer, not the JSON asked for): showing the offline answer"
    )


def test_an_empty_answer_while_papers_were_found_gives_the_offline_answer(
    assistant: Assistant,
) -> None:
    offline = assistant.ask(PATCHES)
    declines = [
        cited(),
        cited(("The sources do not answer this question.", [])),
        cited(("The provided sources contain no information about this.", [])),
    ]
    for decline in declines:
        with OpenAIServer([], cited=[decline]) as server:
            answer = llm_assistant(assistant, server).ask(PATCHES)
        assert not answer.abstained and answer.notice == DECLINED
        assert answer.text == offline.text and answer.citations == offline.citations
        assert answer.llm_outcome == "fallback"


def test_a_server_without_schemas_is_detected_once_and_remembered(
    assistant: Assistant,
) -> None:
    with OpenAIServer([Reply(GOOD)]) as server:  # every response_format: HTTP 400
        bot = llm_assistant(assistant, server)
        first, second = bot.ask(PATCHES), bot.ask(PATCHES)
    assert first.text == second.text == GOOD
    assert len(server.cited_received) == 1 and len(server.received) == 2


def test_a_400_that_is_not_about_the_schema_is_not_remembered(assistant: Assistant) -> None:
    """Both requests refused (e.g. a prompt over the server's context): the next question
    asks for JSON again."""
    with OpenAIServer([error(400, "exceed_context_size_error")], cited=[error(400)]) as server:
        bot = llm_assistant(assistant, server)
        first = bot.ask(PATCHES)
        server.script, server.cited = [Reply(GOOD)], [cited((DETECTS, [1]), (BLOCKS, [1]))]
        second = bot.ask(PATCHES)
    assert first.notice == "LLM unavailable (HTTP 400): showing the offline answer"
    assert second.text == GOOD and second.llm_outcome == "kept"
    assert len(server.cited_received) == 2 and len(server.received) == 1


def test_a_schema_server_behind_a_free_text_script_is_never_asked_free_text(
    bundled_assistant: Assistant,
) -> None:
    """The same questions answered as data and as free text cite the same papers."""
    with OpenAIServer([], cited=cited_extractive) as data_server:
        as_data = llm_assistant(bundled_assistant, data_server).ask(DISTILLATION)
    with OpenAIServer(lambda r: Reply(extractive(r))) as text_server:
        as_text = llm_assistant(bundled_assistant, text_server).ask(DISTILLATION)
    assert data_server.received == []
    assert [c.paper_id for c in as_data.citations] == [c.paper_id for c in as_text.citations]
    (request,) = data_server.cited_received
    assert request.body["response_format"]["json_schema"]["name"] == "CitedAnswer"
