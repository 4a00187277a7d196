"""A long-running process keeps what its open built out of the garbage collector's full
passes (`bot.app.settle`): a full collection then walks a question's objects, not the
profile's, and answers are the same."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot import app as composition
from bot.app import build_assistant, settle
from bot.cli import main as cli
from bot.main import app
from prompts.assistant import Assistant
from tests.conftest import make_settings

# What people ask after a bot has opened (casual, formal, lower case with a typo, a count, a
# question off the profile).
QUESTIONS = [
    "What has she published on summarization?",
    "Could you list Ada Example's papers on relation extraction?",
    "any work on rainfal forecasting",
    "How many papers does Ada have since 2022?",
    "Has she written about protein folding?",
]


@pytest.fixture
def unfrozen() -> Iterator[None]:
    yield
    gc.unfreeze()  # the rest of the test session as it was


def tracked(obj: object) -> bool:
    return any(o is obj for o in gc.get_objects())


def answers(bot: Assistant) -> list[tuple[str, list[str]]]:
    return [(a.text, [c.paper_id for c in a.citations]) for a in map(bot.ask, QUESTIONS)]


def test_what_the_open_built_is_out_of_full_collections_and_answers_are_the_same(
    tmp_path: Path, small_profile_file: Path, unfrozen: None
) -> None:
    bot = build_assistant(make_settings(tmp_path / "data", small_profile_file))
    before = answers(bot)
    opened = [bot, bot.searcher, bot.searcher.columns, bot.profile]
    assert all(tracked(o) for o in opened[:2])  # a full collection walks them
    settle()
    assert gc.get_freeze_count() > 0
    assert not any(tracked(o) for o in opened)
    assert answers(bot) == before
    gc.collect()  # a full pass now: what a question makes is still collected
    asked = bot.ask(QUESTIONS[0])
    assert tracked(asked) and answers(bot) == before


def test_the_cli_settles_after_opening(
    env: dict[str, str | None], monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(cli, "settle", lambda: calls.append("settled"))
    for argv in (["ask", "What has she published on graphs?"], ["ask", "--json", "h-index?"]):
        result = CliRunner().invoke(app, argv, env=env)
        assert result.exit_code == 0, result.output
    assert calls == ["settled", "settled"]


def test_the_discord_bot_settles_after_opening_a_profile(
    tmp_path: Path, small_profile_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.discord.client import _default_factory

    calls: list[str] = []
    monkeypatch.setattr(composition, "settle", lambda: calls.append("settled"))
    bot = _default_factory(make_settings(tmp_path / "data", small_profile_file))
    assert calls == ["settled"] and bot.ask(QUESTIONS[0]).citations
