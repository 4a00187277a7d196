"""A real model behind the LLM path: llama.cpp's server (the xllamacpp wheel) and a .gguf file.

Marked slow: not run in CI (pyproject deselects `slow`); minutes per question on 2 CPU cores.
Run it with a Python that has xllamacpp and a model file (docs/llm.md, 'Measured'):
    PROFILEBOT_TEST_LLAMA_PYTHON=/path/venv/bin/python PROFILEBOT_TEST_GGUF=/tmp/qwen.gguf \\
    pytest -m slow tests/prompts/llm/test_real_model.py
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from prompts.assistant import Assistant
from prompts.llm.client import LLMConfig

pytestmark = pytest.mark.slow

CONTEXT = 4096
SERVER_CODE = """
import signal, sys, xllamacpp as x
p = x.CommonParams()
p.model.path, p.n_ctx, p.port = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
p.hostnames, p.n_parallel, p.model_alias = ["127.0.0.1"], 1, {"local"}
p.cpuparams.n_threads = p.cpuparams_batch.n_threads = 2
server = x.Server(p)
signal.sigwait({signal.SIGTERM, signal.SIGINT})
"""
QUESTIONS = [
    "What has Minghui Qiu published on knowledge distillation?",
    "Which dataset was MeteoLogist evaluated on?",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _healthy(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=5) as response:
            return bool(json.loads(response.read()).get("status") == "ok")
    except OSError:
        return False


@pytest.fixture(scope="module")
def llama_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """llama.cpp's server on a free 127.0.0.1 port, stopped after the module."""
    python, gguf = (
        os.environ.get("PROFILEBOT_TEST_LLAMA_PYTHON"),
        os.environ.get("PROFILEBOT_TEST_GGUF"),
    )
    if not python or not gguf or not Path(gguf).is_file():
        pytest.skip("set PROFILEBOT_TEST_LLAMA_PYTHON (with xllamacpp) and PROFILEBOT_TEST_GGUF")
    port = _free_port()
    log = tmp_path_factory.mktemp("llama") / "server.log"
    args = [python, "-c", SERVER_CODE, gguf, str(CONTEXT), str(port)]
    process = subprocess.Popen(args, stdout=log.open("wb"), stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 300
        while not _healthy(port):
            assert process.poll() is None, log.read_text(errors="replace")[-2000:]
            assert time.monotonic() < deadline, "server not healthy after 300 s"
            time.sleep(0.5)
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        process.terminate()
        process.wait(30)


def test_a_real_model_answers_as_data_and_every_shown_sentence_is_cited(
    bundled_assistant: Assistant, llama_url: str
) -> None:
    config = LLMConfig(
        model="local", base_url=llama_url, timeout=900, max_retries=0, context_tokens=CONTEXT
    )
    bot = Assistant(bundled_assistant.profile, bundled_assistant.searcher, llm=config)
    bot.reader = None  # the answers are under test, not the reading of the question
    assert bot.llm is not None
    for question in QUESTIONS:
        offline = bundled_assistant.ask(question)
        start = time.perf_counter()
        answer = bot.ask(question)
        seconds = time.perf_counter() - start
        print(f"\n{question} [{answer.llm_outcome}, {seconds:.0f} s] {answer.notice or ''}")
        print(answer.text)
        assert bot.llm.schema_supported is True  # llama.cpp took the JSON schema
        assert not answer.abstained and not offline.abstained  # no false abstention
        assert answer.llm_outcome in ("kept", "trimmed", "fallback")
        shown = {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)}
        assert shown == {c.n for c in answer.citations} and answer.citations
        if answer.llm_outcome == "fallback":
            assert answer.notice and answer.text == offline.text
