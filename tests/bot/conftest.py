"""Fixtures for running the CLI as a user would."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SMALL_PROFILE, cli_env


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A user's machine (one per test module): the small profile as the default, no keys."""
    root = tmp_path_factory.mktemp("home")
    (root / "ada.txt").write_text(SMALL_PROFILE, encoding="utf-8")
    return root


@pytest.fixture
def env(home: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str | None]:
    monkeypatch.chdir(home)  # no developer .env leaks in
    return cli_env(home)
