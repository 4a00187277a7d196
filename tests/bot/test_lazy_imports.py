"""openai and LangChain load only when an LLM is configured; the Discord library only for the
Discord bot: an offline question never imports them, and the LLM path still works when used."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import SMALL_PROFILE

ROOT = Path(__file__).resolve().parents[2]
LATE = ("openai", "langchain_core", "langchain_openai", "discord")

SCRIPT = """
import json, sys
from pathlib import Path
from bot.app import build_assistant
from bot.settings import Settings
import bot.cli.main, bot.main  # the CLI's commands, as `profilebot ask` imports them

root = Path(sys.argv[1])
late = sys.argv[2].split(",")
def settings(**llm):
    return Settings(
        _env_file=None, data_dir=root / "data", profile_file=root / "ada.txt",
        captured_year=2026, openai_api_key=None, chroma_url=None, **llm,
    )
loaded = lambda: sorted(m for m in late if m in sys.modules)
seen = {"imported": loaded()}
offline = build_assistant(settings(llm_base_url=None))
answer = offline.ask(sys.argv[3])
seen["offline"] = {"loaded": loaded(), "llm": offline.llm is not None, "text": answer.text}
# An LLM on a port nothing listens on: the LLM path loads, fails, and says so.
online = build_assistant(settings(llm_base_url="http://127.0.0.1:9/v1", llm_max_retries=0))
answer = online.ask(sys.argv[3])
seen["llm"] = {"loaded": loaded(), "llm": online.llm is not None, "text": answer.text,
               "notice": answer.notice}
print(json.dumps(seen))
"""


def test_an_offline_question_never_imports_the_llm_or_discord_libraries(tmp_path: Path) -> None:
    (tmp_path / "ada.txt").write_text(SMALL_PROFILE, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path), ",".join(LATE), "whats ada's work on rain?"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
        check=True,
    )
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    assert seen["imported"] == [] and seen["offline"]["loaded"] == []
    assert seen["offline"]["llm"] is False and "RainNet" in seen["offline"]["text"]
    # The LLM's libraries load with the LLM, and its path runs (here: to its fallback).
    assert seen["llm"]["llm"] is True
    assert set(seen["llm"]["loaded"]) == {"openai", "langchain_core", "langchain_openai"}
    assert seen["llm"]["notice"].startswith("LLM unavailable (cannot connect")
    assert seen["llm"]["text"] == seen["offline"]["text"]
