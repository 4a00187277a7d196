"""`profilebot stats`, `timeline` and `coauthors`, invoked as a user would."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from bot.cli.facts import register
from retrieval.ingest.text_format import parse_profile
from retrieval.model import Profile
from tests.retrieval.test_facts import TEXT

runner = CliRunner()


ASKED: list[str | None] = []


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    profile = parse_profile(TEXT, captured_year=2026)

    def get_profile(name: str | None) -> Profile:
        ASKED.append(name)
        return profile

    app = typer.Typer()
    register(app, get_profile)
    return app


def run(app: typer.Typer, *args: str) -> str:
    result = runner.invoke(app, list(args), env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    return result.output


def test_stats_shows_claimed_and_listed(app: typer.Typer) -> None:
    out = run(app, "stats")
    assert "h-index" in out and "1,500" in out and "40%" in out
    assert "Papers claimed (header)" in out and "20" in out and "Papers listed" in out


def test_timeline_table_and_png(app: typer.Typer, tmp_path: Path) -> None:
    chart = tmp_path / "timeline.png"
    out = run(app, "timeline", "--png", str(chart))
    assert "2022" in out and "2026*" in out and "capture year" in out
    assert chart.read_bytes().startswith(b"\x89PNG")


def test_coauthors_with_lower_bound_note(app: typer.Typer) -> None:
    out = run(app, "coauthors", "--top", "3")
    assert "Carl Wu" in out and "lower bounds" in out


def test_coauthors_name_lists_shared_papers(app: typer.Typer) -> None:
    out = run(app, "coauthors", "meiling zhao")
    assert "Meiling Zhao appears on 3 of Test Owner's listed papers" in out
    assert "Gamma: Seeing Street Scenes" in out


def test_unknown_coauthor_says_what_to_do(app: typer.Typer) -> None:
    result = runner.invoke(app, ["coauthors", "Nobody Here"])
    assert result.exit_code == 1 and "profilebot coauthors" in result.output


def test_help_is_written_for_users(app: typer.Typer) -> None:
    out = run(app, "timeline", "--help")
    assert "papers per year by category" in out and "--png" in out and "--profile" in out


def test_profile_option_picks_the_profile(app: typer.Typer) -> None:
    run(app, "stats", "--profile", "other")
    assert ASKED[-1] == "other"
