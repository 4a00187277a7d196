"""A real model server (llama.cpp via xllamacpp, SmolLM2-135M): run with `pytest -m slow`.

Skipped unless bench/out/llm holds the .gguf and a Python with xllamacpp (see bench/llm_e2e.py
for the two commands that fetch them). The bench script asserts the protocol path and prints
a table; this test runs it and checks that every check passed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
BENCH = ROOT / "bench" / "llm_e2e.py"
GGUF = ROOT / "bench" / "out" / "llm" / "SmolLM2-135M-Instruct.Q4_1.gguf"
SERVER_PYTHON = ROOT / "bench" / "out" / "llm" / "venv" / "bin" / "python"


def has_xllamacpp() -> bool:
    if not SERVER_PYTHON.exists():
        return False
    probe = subprocess.run([str(SERVER_PYTHON), "-c", "import xllamacpp"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.slow
def test_real_model_server_answers_are_verified_and_cited() -> None:
    if not GGUF.exists() or not has_xllamacpp():
        pytest.skip("needs bench/out/llm/ SmolLM2 .gguf and xllamacpp (see bench/llm_e2e.py)")
    done = subprocess.run(
        [sys.executable, str(BENCH)], cwd=ROOT, capture_output=True, text=True, timeout=3600
    )
    assert done.returncode == 0, done.stdout + done.stderr
    checks = [ln for ln in done.stdout.splitlines() if ln.startswith(("PASS", "FAIL"))]
    assert len(checks) >= 8 and all(ln.startswith("PASS") for ln in checks), done.stdout
    assert "over-long prompt: HTTP 400" in done.stdout
