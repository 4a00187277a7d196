"""The CLI's conventions for scripting (issue 13, after simonw/llm): stdin questions, --json
on every fact command, --version, `profiles`, --offline and -m, `chat --continue`, logs."""

from __future__ import annotations

import json
import logging
import os
import pty
import re
import subprocess
from importlib import metadata
from pathlib import Path

import pytest
from pydantic import SecretStr
from typer.testing import CliRunner

from bot.logs import setup_logging
from bot.main import app
from bot.redaction import redact_logs
from tests.bot.cli.test_faults import bigger_profile
from tests.conftest import cli_env, make_settings
from tests.fake_discord import PROFILEBOT, REPO, clean_env
from tests.openai_server import OpenAIServer, Reply, extractive

runner = CliRunner()
PATCHES = "Which papers are about adversarial patches?"


def in_terminal(args: list[str], env: dict[str, str | None], cwd: Path, typed: str = "") -> str:
    """Run `profilebot ARGS` in a pseudo-terminal (stdin, stdout and stderr are a TTY) as a
    user at a shell would, typing `typed`; returns all it wrote."""
    full = clean_env() | {"PYTHONPATH": str(REPO), "COLUMNS": "200"}
    full |= {k: v for k, v in env.items() if v is not None}
    controller, terminal = pty.openpty()
    proc = subprocess.Popen(
        [str(PROFILEBOT), *args], stdin=terminal, stdout=terminal, stderr=terminal, env=full,
        cwd=cwd,
    )  # fmt: skip
    os.close(terminal)
    if typed:
        os.write(controller, typed.encode())
    out = b""
    while True:
        try:
            chunk = os.read(controller, 4096)
        except OSError:  # EIO: the process closed the terminal
            break
        if not chunk:
            break
        out += chunk
    os.close(controller)
    proc.wait(timeout=120)
    return f"exit={proc.returncode}\n" + out.decode("utf-8", "replace")


def test_ask_reads_a_piped_question(env: dict[str, str | None]) -> None:
    result = runner.invoke(app, ["ask"], input=PATCHES + "\n", env=env)
    assert result.exit_code == 0, result.output
    assert "Sources:\n[1] PixelGuard" in result.stdout


def test_ask_at_a_terminal_without_a_question_prints_the_usage(
    env: dict[str, str | None], home: Path
) -> None:
    out = in_terminal(["ask"], env, home)
    assert out.startswith("exit=2\n")
    assert 'profilebot ask "' in out and 'echo "..." | profilebot ask' in out
    assert "Traceback" not in out


def test_fact_commands_print_json(env: dict[str, str | None]) -> None:
    stats = json.loads(runner.invoke(app, ["stats", "--json"], env=env).stdout)
    assert stats["h_index"] == 12 and stats["citations"] == 1234
    assert stats["papers_listed"] == 4 and stats["categories"] == {"CL": 2, "CV": 1, "LG": 1}

    timeline = json.loads(runner.invoke(app, ["timeline", "--json"], env=env).stdout)
    years = {y["year"]: y for y in timeline["years"]}
    assert years[2021]["categories"] == {"CL": 1} and years[2026]["year_inferred"]
    assert sum(y["total"] for y in timeline["years"]) == 4

    people = json.loads(runner.invoke(app, ["coauthors", "--json"], env=env).stdout)
    assert people["coauthors"][0] == {"name": "Bo Li", "papers": 3}
    assert people["note"]  # some author lists end in 'et al.'
    shared = json.loads(runner.invoke(app, ["coauthors", "Cy Chen", "--json"], env=env).stdout)
    assert [p["title"][:8] for p in shared["papers"]] == ["GraphSum", "Few-shot"]

    found = runner.invoke(app, ["papers", "--topic", "rainfall", "--json"], env=env)
    papers = json.loads(found.stdout)
    assert papers[0]["title"].startswith("RainNet") and papers[0]["has_code"] is True
    assert "rainfall" in papers[0]["evidence"].lower() and papers[0]["date"] == "2026-02-14"
    none = runner.invoke(
        app, ["papers", "--topic", "rainfall", "--year", "2022", "--json"], env=env
    )
    assert none.exit_code == 0 and json.loads(none.stdout) == []


def test_version(env: dict[str, str | None]) -> None:
    result = runner.invoke(app, ["--version"], env=env)
    assert result.exit_code == 0
    assert result.stdout.strip() == f"profilebot {metadata.version('profilebot')}"


def test_profiles_lists_and_removes_with_confirmation(
    env: dict[str, str | None], home: Path
) -> None:
    ingested = runner.invoke(app, ["ingest", str(home / "ada.txt"), "-p", "Spare"], env=env)
    assert ingested.exit_code == 0, ingested.output
    listed = json.loads(runner.invoke(app, ["profiles", "--json"], env=env).stdout)
    spare = next(p for p in listed if p["profile"] == "Spare")
    assert spare["papers"] == 4 and spare["chunks"] > 4 and spare["complete"]
    assert spare["embedder"] and re.match(r"\d{4}-\d\d-\d\dT", spare["ingested_at"])
    table = runner.invoke(app, ["profiles"], env=env | {"COLUMNS": "200"}).stdout
    assert "Spare" in table and "default (default)" in table

    unasked = runner.invoke(app, ["profiles", "remove", "spare"], env=env)
    assert unasked.exit_code == 1 and "run again with --yes" in unasked.stderr
    assert "Spare" in runner.invoke(app, ["profiles"], env=env | {"COLUMNS": "200"}).stdout

    declined = in_terminal(["profiles", "remove", "spare"], env, home, typed="n\n")
    assert "Remove profile 'Spare' (4 papers" in declined and "nothing was removed" in declined
    accepted = in_terminal(["profiles", "remove", "spare"], env, home, typed="y\n")
    assert accepted.startswith("exit=0") and "Removed profile 'Spare'" in accepted
    after = json.loads(runner.invoke(app, ["profiles", "--json"], env=env).stdout)
    assert "Spare" not in [p["profile"] for p in after] and after  # the default is still there

    missing = runner.invoke(app, ["profiles", "remove", "Spare", "--yes"], env=env)
    assert missing.exit_code == 1 and "no profile named 'Spare'" in missing.stderr


def scripted_llm(request: dict[str, object]) -> Reply:
    return Reply(text=extractive(request))


def test_offline_never_calls_the_llm_and_model_picks_another(
    env: dict[str, str | None],
) -> None:
    with OpenAIServer(scripted_llm) as server:
        llm_env = env | {"PROFILEBOT_LLM_BASE_URL": server.base_url}
        offline = runner.invoke(app, ["ask", "--offline", PATCHES], env=llm_env)
        assert offline.exit_code == 0 and "PixelGuard" in offline.stdout
        assert server.received == [] and server.structured_received == []
        chat = runner.invoke(app, ["chat", "--offline"], input=PATCHES + "\n/quit\n", env=llm_env)
        assert "PixelGuard" in chat.stdout and server.received == []

        other = runner.invoke(app, ["ask", "-m", "other-model", PATCHES], env=llm_env)
        assert other.exit_code == 0, other.output
        sent = server.received + server.structured_received + server.cited_received
        assert sent and {r.body["model"] for r in sent} == {"other-model"}
    no_llm = runner.invoke(app, ["ask", "--model", "gpt-4o", PATCHES], env=env)
    assert no_llm.exit_code == 2 and "needs an LLM: set OPENAI_API_KEY" in no_llm.stderr


def test_chat_continue_picks_up_the_saved_conversation(
    env: dict[str, str | None], home: Path
) -> None:
    first = runner.invoke(app, ["chat"], input="Which papers did Ada Example co-author?\n", env=env)
    assert first.exit_code == 0 and (home / "data" / "chats").is_dir()

    follow_up = "which of those have code?\n/quit\n"
    later = runner.invoke(app, ["chat", "--continue"], input=follow_up, env=env)
    assert "Continuing: 1 earlier turn(s) remembered" in later.stdout
    answer = later.stdout.rsplit("which of those have code?", 1)[-1].split("Sources")[0]
    assert "GraphSum" in later.stdout and "RainNet" in answer and "PixelGuard" not in answer

    fresh = runner.invoke(app, ["chat"], input="/reset\n", env=env)
    assert fresh.exit_code == 0
    forgotten = runner.invoke(app, ["chat", "--continue"], input="/quit\n", env=env)
    assert "Continuing: 0 earlier turn(s)" in forgotten.stdout


def test_a_damaged_saved_chat_is_one_warning_and_a_fresh_start(
    env: dict[str, str | None], home: Path
) -> None:
    saved = home / "data" / "chats" / "profilebot-default.json"
    saved.parent.mkdir(parents=True, exist_ok=True)
    saved.write_text("{not json", encoding="utf-8")
    result = runner.invoke(app, ["chat", "--continue"], input=PATCHES + "\n", env=env)
    assert result.exit_code == 0 and "PixelGuard" in result.stdout
    assert "cannot read the saved chat" in result.stderr and "starting afresh" in result.stderr
    assert json.loads(saved.read_text(encoding="utf-8"))["turns"][0]["question"] == PATCHES


@pytest.mark.slow  # embeds a profile of two batches
def test_first_use_says_how_much_is_left(home: Path, tmp_path: Path) -> None:
    bigger_profile(tmp_path / "bigger.json")
    env = cli_env(home, tmp_path / "data") | {
        "PROFILEBOT_PROFILE_FILE": str(tmp_path / "bigger.json")
    }
    result = runner.invoke(app, ["stats"], env=env)
    assert result.exit_code == 0, result.output
    assert re.search(r"First use: indexing the profile .*: (\d+) chunks to embed", result.stderr)
    assert re.search(r"Embedded 64/(\d+) chunks, about \d+ s left", result.stderr)
    assert re.search(r"Embedded (\d+)/\1 chunks, done in \d+ s", result.stderr)
    again = runner.invoke(app, ["stats"], env=env)
    assert "First use" not in again.stderr  # once


def test_cli_logs_follow_the_settings(env: dict[str, str | None]) -> None:
    quiet = runner.invoke(app, ["ask", PATCHES], env=env)
    assert "question interface=cli" not in quiet.stderr  # WARNING by default
    info = runner.invoke(app, ["ask", PATCHES], env=env | {"PROFILEBOT_LOG_LEVEL": "info"})
    assert "INFO bot.logs: question interface=cli command=ask route=retrieval" in info.stderr
    as_json = runner.invoke(
        app, ["-v", "ask", PATCHES], env=env | {"PROFILEBOT_LOG_FORMAT": "JSON"}
    )
    lines = [json.loads(line) for line in as_json.stderr.splitlines() if line.startswith("{")]
    assert any(r["message"].startswith("question interface=cli") for r in lines)
    bad = runner.invoke(app, ["ask", PATCHES], env=env | {"PROFILEBOT_LOG_LEVEL": "loud"})
    assert bad.exit_code == 1 and "PROFILEBOT_LOG_LEVEL" in bad.stderr


def test_json_log_lines_are_redacted_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = make_settings(tmp_path).model_copy(
        update={"openai_api_key": SecretStr("sk-json-secret-42")}
    )
    setup_logging(logging.INFO, as_json=True)
    redact_logs(settings)
    try:
        logging.getLogger("profilebot.test").warning("calling with key sk-json-secret-42")
    finally:
        setup_logging(logging.WARNING)
    line = json.loads(capsys.readouterr().err.strip().splitlines()[-1])
    assert line["level"] == "WARNING" and "sk-json-secret-42" not in line["message"]
    assert "calling with key" in line["message"]
