"""`profilebot ask` and `chat` with an LLM configured: a scripted server on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.main import app
from tests.conftest import SMALL_PROFILE
from tests.openai_server import OpenAIServer, Reply, cited, error, extractive

runner = CliRunner()
PATCHES = "Which papers are about adversarial patches?"
GOOD = (
    "PixelGuard detects adversarial patches in street scenes with a lightweight frequency "
    "filter [1]. On the Cityscapes benchmark it blocks 93% of attacks [1]."
)
SOURCES = "Sources:\n[1] PixelGuard: Detecting Adversarial Patches in Street Scenes (2022-06-10)"


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("home")
    (root / "ada.txt").write_text(SMALL_PROFILE, encoding="utf-8")
    return root


def env_for(home: Path, server: OpenAIServer, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.chdir(home)  # no developer .env
    for key in ("OPENAI_API_KEY", "PROFILEBOT_PROFILE", "PROFILEBOT_CHROMA_URL"):
        monkeypatch.delenv(key, raising=False)
    return {
        "PROFILEBOT_DATA_DIR": str(home / "data"),
        "PROFILEBOT_PROFILE_FILE": str(home / "ada.txt"),
        "PROFILEBOT_CAPTURED_YEAR": "2026",
        "PROFILEBOT_LLM_BASE_URL": server.base_url,
        "PROFILEBOT_LLM_MODEL": "scripted-model",
        "PROFILEBOT_LLM_MAX_RETRIES": "0",
    }


def test_ask_prints_the_verified_answer_then_lists_sources(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with OpenAIServer([Reply(GOOD)]) as server:
        result = runner.invoke(app, ["ask", PATCHES], env=env_for(home, server, monkeypatch))
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{GOOD}\n\n{SOURCES}\n"


def test_ask_never_shows_a_sentence_the_check_removed(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fabricated = "It was bought by Tesla for 40 million dollars in 2019 [1]."
    with OpenAIServer([Reply(f"{GOOD} {fabricated}")]) as server:
        result = runner.invoke(app, ["ask", PATCHES], env=env_for(home, server, monkeypatch))
    assert "Tesla" not in result.output
    assert result.stdout == (
        "note: 1 of 3 sentences of the LLM answer were removed: not supported by the cited "
        f"sources\n{GOOD}\n\n{SOURCES}\n"
    )


def test_ask_json_is_the_whole_answer(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with OpenAIServer([Reply(GOOD)]) as server:
        result = runner.invoke(
            app, ["ask", "--json", PATCHES], env=env_for(home, server, monkeypatch)
        )
    data = json.loads(result.stdout)
    assert data["text"] == GOOD and data["notice"] is None and data["llm_outcome"] == "kept"
    assert [c["title"][:10] for c in data["citations"]] == ["PixelGuard"]
    # Which abstract sentence backed which sentence of the answer.
    backing = data["citations"][0]["backing"]
    assert [b["claim"] for b in backing] == [
        "PixelGuard detects adversarial patches in street scenes with a lightweight frequency "
        "filter.",
        "On the Cityscapes benchmark it blocks 93% of attacks.",
    ]
    assert (
        backing[0]["evidence"] == "PixelGuard detects patches with a lightweight frequency filter."
    )
    assert backing[1]["evidence"].startswith("On the Cityscapes benchmark it blocks 93% of attacks")


def test_eval_reports_each_llm_answer_against_the_offline_one(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [
        {"id": "patches", "category": "topic", "question": PATCHES,
         "gold_titles": ["PixelGuard: Detecting Adversarial Patches in Street Scenes"],
         "must_include": ["PixelGuard"]},
        {"id": "rain", "category": "topic", "question": "Which papers are about rainfall forecasting?",
         "must_include": ["RainNet"]},
        {"id": "h", "category": "metadata", "question": "What is her h-index?"},
    ]  # fmt: skip
    questions = home / "few.jsonl"
    questions.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")

    def reply(request: dict[str, object]) -> Reply:
        if "PixelGuard" in user_text(request):
            return cited(("PixelGuard detects adversarial patches in street scenes", [1]))
        return cited()  # declines, although RainNet was found

    with OpenAIServer([], cited=reply) as server:
        env = env_for(home, server, monkeypatch)
        result = runner.invoke(app, ["eval", "--questions", str(questions), "--json"], env=env)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    rows = {row["id"]: row for row in report["questions"]}
    assert rows["patches"]["outcome"] == "kept" and rows["patches"]["precision"] == "1.00 / 1.00"
    assert rows["rain"]["outcome"] == "fallback" and "do not answer" in rows["rain"]["notice"]
    assert rows["rain"]["must_include"] == "1.00 / 1.00"
    assert rows["h"]["outcome"] == "not asked"
    summary = report["llm"]
    assert summary["llm_asked"] == 2 and summary["kept"] == 1 and summary["fallback"] == 1
    assert summary["kept_or_trimmed"] == 0.5 and summary["false_abstentions"] == 0


def test_failing_llm_prints_the_offline_answer_with_one_line(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with OpenAIServer([error(500)]) as server:
        result = runner.invoke(app, ["ask", PATCHES], env=env_for(home, server, monkeypatch))
    assert result.exit_code == 0 and "Traceback" not in result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "note: LLM unavailable (HTTP 500): showing the offline answer"
    assert lines[1] == "1 listed paper matches this question:"
    assert SOURCES in result.stdout


def test_chat_condenses_a_follow_up(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def reply(request: dict[str, object]) -> Reply:
        if "standalone question" in str(request["messages"]):
            return Reply("Which of the papers on rainfall forecasting have code?")
        return Reply(extractive(request))

    typed = "Which papers are about rainfall forecasting?\nand which of those have code?\n/quit\n"
    with OpenAIServer(reply) as server:
        result = runner.invoke(app, ["chat"], input=typed, env=env_for(home, server, monkeypatch))
    assert result.exit_code == 0, result.output
    assert (
        result.stdout.count("RainNet: Forecasting Rainfall from Radar with Diffusion Models") >= 4
    )
    condense = server.received[1]
    assert "User: Which papers are about rainfall forecasting?" in str(condense.body["messages"])
    assert "Which of the papers on rainfall forecasting have code?" in str(
        server.received[2].body["messages"]
    )


def test_eval_claims_prints_one_verdict_per_claim_and_names_bad_input(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    title = "PixelGuard: Detecting Adversarial Patches in Street Scenes"
    claims = home / "claims.jsonl"
    claims.write_text(
        json.dumps({"id": "ok", "claim": "PixelGuard blocks 93% of attacks.", "paper_title": title})
        + "\n"
        + json.dumps(
            {"id": "no", "claim": "PixelGuard blocks 39% of attacks.", "paper_title": title}
        )
        + "\n",
        encoding="utf-8",
    )
    with OpenAIServer([Reply(GOOD)]) as server:
        env = env_for(home, server, monkeypatch)
        result = runner.invoke(app, ["eval", "claims", str(claims)], env=env)
        bad = home / "bad.jsonl"
        bad.write_text('{"id": "x", "claim": "no title"}\n', encoding="utf-8")
        failed = runner.invoke(app, ["eval", "claims", str(bad)], env=env)
    assert result.exit_code == 0, result.output
    ok, no = (json.loads(line) for line in result.stdout.splitlines())
    assert (
        ok["id"] == "ok"
        and ok["supported"] is True
        and set(ok) == {"id", "supported", "score", "evidence"}
    )
    assert ok["evidence"][0].startswith("On the Cityscapes benchmark it blocks 93% of attacks")
    assert no["supported"] is False
    assert server.received == []  # the check never asks the LLM
    assert failed.exit_code == 1
    assert "bad.jsonl line 1" in failed.output and "paper_title" in failed.output


def user_text(request: dict[str, object]) -> str:
    messages = request["messages"]
    assert isinstance(messages, list)
    return str(messages[-1]["content"])
