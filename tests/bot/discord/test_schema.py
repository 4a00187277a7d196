"""The application commands obey Discord's rules, checked offline against the synced schema."""

from __future__ import annotations

import re
from typing import Any

import pytest

from bot.discord.client import command_schema
from bot.settings import Settings

NAME = re.compile(r"^[-_a-z0-9]{1,32}$")  # Discord allows more scripts; we use lowercase ASCII
OPTION_TYPES = {3: "string", 4: "integer", 5: "boolean", 10: "number"}
MAX_COMMAND_CHARS = 4000  # name + description + option names/descriptions/choice values


def schema(**settings: Any) -> list[dict[str, Any]]:
    return command_schema(Settings(_env_file=None, **settings))  # type: ignore[call-arg]


def characters(command: dict[str, Any]) -> int:
    total = len(command["name"]) + len(command["description"])
    for option in command.get("options", []):
        total += len(option["name"]) + len(option["description"])
        total += sum(len(c["name"]) + len(str(c["value"])) for c in option.get("choices", []))
    return total


def test_every_command_follows_discords_naming_length_and_ordering_rules() -> None:
    everything = schema()
    assert 1 <= len(everything) <= 100
    assert len({c["name"] for c in everything}) == len(everything)
    menus = [c for c in everything if c["type"] == 3]  # message menus: a name, nothing else
    assert [m["name"] for m in menus] == ["Ask profilebot about this"]
    assert all(1 <= len(m["name"]) <= 32 and "options" not in m for m in menus)
    commands = [c for c in everything if c["type"] != 3]
    for command in commands:
        assert command["type"] == 1
        assert NAME.fullmatch(command["name"]), command["name"]
        assert 1 <= len(command["description"]) <= 100, command["name"]
        options = command.get("options", [])
        assert len(options) <= 25
        required = [o.get("required", False) for o in options]
        assert required == sorted(required, reverse=True), f"/{command['name']}: required first"
        assert characters(command) <= MAX_COMMAND_CHARS
        for option in options:
            assert option["type"] in OPTION_TYPES
            assert NAME.fullmatch(option["name"]), option["name"]
            assert 1 <= len(option["description"]) <= 100
            choices = option.get("choices", [])
            assert len(choices) <= 25
            assert not (choices and option.get("autocomplete")), "choices or autocomplete"
            for choice in choices:
                assert 1 <= len(choice["name"]) <= 100 and len(str(choice["value"])) <= 100
            if option["type"] == 3:
                assert 0 <= option.get("min_length", 0) <= option.get("max_length", 6000) <= 6000


def test_the_options_users_see_have_the_right_types_ranges_and_helpers() -> None:
    options = {
        c["name"]: {o["name"]: o for o in c.get("options", [])} for c in schema() if c["type"] == 1
    }
    assert list(options) == [
        "ask",
        "papers",
        "paper",
        "stats",
        "coauthors",
        "timeline",
        "profile-default",
        "profilebot-settings",
        "help",
    ]
    question = options["ask"]["question"]
    assert (question["type"], question["required"], question["max_length"]) == (3, True, 500)
    for name in ("year", "since"):
        year = options["papers"][name]
        assert (year["type"], year["min_value"], year["max_value"]) == (4, 1900, 2100)
        assert year["required"] is False
    assert options["papers"]["has_code"]["type"] == 5
    categories = [c["value"] for c in options["papers"]["category"]["choices"]]
    assert {"CL", "CV", "LG"} <= set(categories)
    assert options["paper"]["title"]["autocomplete"] is True
    assert options["coauthors"]["name"]["autocomplete"] is True
    assert options["coauthors"]["name"]["required"] is False
    for command in ("ask", "papers", "paper", "stats", "coauthors", "timeline"):
        profile = options[command]["profile"]
        assert (profile["type"], profile["required"], profile["autocomplete"]) == (3, False, True)
    chosen = options["profile-default"]["name"]
    assert (chosen["required"], chosen["autocomplete"]) == (True, True)


def test_only_server_managers_can_set_defaults_and_server_settings() -> None:
    admin = ("profile-default", "profilebot-settings")
    for command in [c for c in schema() if c["name"] in admin]:
        assert int(command["default_member_permissions"]) == 1 << 5  # Manage Server
    others = [c for c in schema() if c["name"] not in admin]
    assert all(c["default_member_permissions"] is None for c in others)


@pytest.mark.parametrize(("allow_dms", "contexts"), [(False, [0]), (True, [0, 1])])
def test_commands_are_offered_in_dms_only_when_dms_are_allowed(
    allow_dms: bool, contexts: list[int]
) -> None:
    for command in schema(discord_allow_dms=allow_dms):
        assert command["contexts"] == contexts
        assert command["integration_types"] == [0]  # installed to servers, not to users
