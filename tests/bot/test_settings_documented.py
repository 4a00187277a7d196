"""Every setting is listed in the README's settings table and in .env.example."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import AliasChoices

from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def env_names() -> list[str]:
    """The variable each setting is read from (its first alias, else PROFILEBOT_<NAME>)."""
    names = []
    for field, info in Settings.model_fields.items():
        alias = info.validation_alias
        names.append(
            str(alias.choices[0])
            if isinstance(alias, AliasChoices)
            else f"PROFILEBOT_{field.upper()}"
        )
    return names


def settings_table() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("\n## Settings\n") :]
    return section[: section.index("\n## ", 1)]


@pytest.mark.parametrize("name", env_names())
def test_the_setting_is_documented(name: str) -> None:
    # A row may shorten a name that shares its start with the one before: `_USER_WINDOW`.
    parts = name.split("_")
    spelled = [f"`{name}`"] + [f"`_{'_'.join(parts[k:])}`" for k in range(1, len(parts))]
    assert any(s in settings_table() for s in spelled), f"{name} is not in README's table"
    assert f"{name}=" in (ROOT / ".env.example").read_text(encoding="utf-8")
