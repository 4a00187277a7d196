"""The `profilebot` command line, run in-process as a user would run it."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from bot.main import app
from retrieval.ingest.load import load_profile, profile_from_json
from tests.conftest import SMALL_PROFILE

runner = CliRunner()


def test_ask_prints_an_answer_with_sources(env: dict[str, str | None]) -> None:
    result = runner.invoke(app, ["ask", "Which papers are about adversarial patches?"], env=env)
    assert result.exit_code == 0, result.output
    assert "PixelGuard" in result.stdout and "[1]" in result.stdout
    assert (
        "Sources:\n[1] PixelGuard: Detecting Adversarial Patches in Street Scenes (2022-06-10)"
        in result.stdout
    )


def test_ask_json_is_the_answer_value(env: dict[str, str | None]) -> None:
    result = runner.invoke(app, ["ask", "--json", "How many papers are in CV?"], env=env)
    data = json.loads(result.stdout)
    assert data["route"] == "facts" and "1" in data["text"]
    assert [c["title"][:10] for c in data["citations"]] == ["PixelGuard"]


def test_ask_jsonl_answers_every_line_in_order(env: dict[str, str | None]) -> None:
    lines = [
        {"id": "a", "question": "What is the h-index?"},
        "not json",
        {"id": 7, "question": "What F1 does the relation extraction method reach?"},
    ]
    stdin = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n"
    result = runner.invoke(app, ["ask", "--jsonl"], input=stdin, env=env)
    out = [json.loads(x) for x in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", None, 7]
    assert "12" in out[0]["answer"] and "error" in out[1]
    assert set(out[2]) == {"id", "answer", "citations", "abstained", "route", "latency_ms"}
    assert out[2]["citations"][0]["n"] == 1 and "71.5" in out[2]["answer"]


def test_ask_without_a_question_says_how(env: dict[str, str | None]) -> None:
    result = runner.invoke(app, ["ask"], env=env)
    assert result.exit_code == 2 and "profilebot ask" in result.stderr


def test_malformed_profile_names_the_line_and_changes_nothing(
    env: dict[str, str | None], home: Path
) -> None:
    assert runner.invoke(app, ["ingest"], env=env).exit_code == 0
    bad = home / "bad.txt"
    bad.write_text(SMALL_PROFILE.replace("CVJun 10, 2022", "CV sometime in June"), encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(bad)], env=env)
    assert result.exit_code == 1
    assert "bad.txt, line 19" in result.stderr and "index was not changed" in result.stderr
    still = runner.invoke(app, ["ask", "--json", "adversarial patches in street scenes"], env=env)
    assert json.loads(still.stdout)["citations"][0]["title"].startswith("PixelGuard")


def test_ingest_reports_what_changed(env: dict[str, str | None], home: Path) -> None:
    changed = home / "changed.txt"
    changed.write_text(SMALL_PROFILE.replace("93% of attacks", "95% of attacks"), encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(changed), "--profile", "ada2"], env=env)
    assert "4 added" in result.stdout
    result = runner.invoke(app, ["ingest", str(home / "ada.txt"), "--profile", "ada2"], env=env)
    assert "0 added, 1 updated, 0 removed, 3 unchanged" in result.stdout


def test_papers_table_filters(env: dict[str, str | None]) -> None:
    result = runner.invoke(app, ["papers", "--topic", "rainfall forecasting", "--code"], env=env)
    assert result.exit_code == 0 and "RainNet" in result.stdout
    none = runner.invoke(
        app, ["papers", "--topic", "rainfall forecasting", "--year", "2021"], env=env
    )
    assert "No listed paper matches" in none.stdout


def test_export_writes_the_json_form(env: dict[str, str | None], home: Path) -> None:
    result = runner.invoke(app, ["export"], env=env)
    exported = profile_from_json(result.stdout)
    assert exported == load_profile(home / "ada.txt", captured_year=2026)


def test_chat_keeps_the_conversation(env: dict[str, str | None]) -> None:
    script = "/help\nWhich papers did Ada Example co-author?\nwhich of those have code?\n/quit\n"
    result = runner.invoke(app, ["chat"], input=script, env=env)
    assert result.exit_code == 0
    last = (
        result.stdout.rsplit("which of those have code?", 1)[-1]
        if "which of those" in result.stdout
        else result.stdout
    )
    assert "GraphSum" in last and "RainNet" in last and "PixelGuard" not in last.split("Sources")[0]


def test_a_bad_setting_is_named(env: dict[str, str | None]) -> None:
    result = runner.invoke(app, ["ask", "hi"], env=env | {"PROFILEBOT_LLM_TIMEOUT": "soon"})
    assert result.exit_code == 1 and "PROFILEBOT_LLM_TIMEOUT" in result.stderr
    assert "Traceback" not in result.output


def test_ingest_pronoun_is_how_answers_refer_to_the_researcher(
    env: dict[str, str | None], home: Path
) -> None:
    ingest = ["ingest", str(home / "ada.txt"), "--profile", "she", "--pronoun", "she"]
    assert runner.invoke(app, ingest, env=env).exit_code == 0
    asked = ["ask", "--profile", "she", "How has the research focus shifted over time?"]
    result = runner.invoke(app, asked, env=env)
    assert result.exit_code == 0, result.output
    assert "her" in result.stdout.casefold().replace(":", " ").split()
    bad = runner.invoke(app, [*ingest[:-1], "it"], env=env)
    assert bad.exit_code == 2 and "she" in bad.output  # the choices are named
