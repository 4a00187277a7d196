"""Several profiles in one Discord bot: the `profile:` option, channel defaults, no mixing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot.app import build_assistant, ingest_file, open_index, version_reader
from bot.discord.context import BotContext
from bot.settings import Settings
from prompts.assistant import Assistant
from tests.bot.discord_harness import (
    BOT_ID,
    CHANNEL_ID,
    OTHER_CHANNEL_ID,
    Call,
    autocomplete,
    check_all,
    message_calls,
    running_bot,
    slash,
    thread_channel,
    user_message,
)
from tests.bot.test_profiles import OTHER_PROFILE
from tests.conftest import SMALL_PROFILE, make_settings

RAIN = "Which papers forecast rainfall from radar images?"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Assistant]:
    """One store with two profiles: 'ada' (the default) and 'zed' (ingested next to it)."""
    root = tmp_path_factory.mktemp("two-profiles")
    (root / "ada.txt").write_text(SMALL_PROFILE, encoding="utf-8")
    (root / "zed.txt").write_text(OTHER_PROFILE, encoding="utf-8")
    settings = make_settings(root / "data", root / "ada.txt").model_copy(update={"profile": "ada"})
    ada = build_assistant(settings)
    ingest_file(open_index(settings, "zed"), root / "zed.txt", settings)
    return root, ada


@pytest.fixture
def bot_settings(store: tuple[Path, Assistant], tmp_path: Path) -> dict[str, Any]:
    """The shared store, but channel defaults in a data directory of each test's own."""
    root, _ = store
    return {
        "data_dir": tmp_path / "data",
        "chroma_path": root / "data" / "chroma",
        "profile_file": root / "ada.txt",
        "profile": "ada",
        "captured_year": 2026,
        "openai_api_key": None,
        "llm_base_url": None,
        "chroma_url": None,
    }


def running(store: tuple[Path, Assistant], monkeypatch: Any, **settings: Any) -> Any:
    return running_bot(store[1], monkeypatch, factory=build_assistant, **settings)


def cited(calls: list[Call]) -> list[str]:
    """The source titles listed under the answers in these calls."""
    fields = [
        f
        for c in message_calls(calls)
        for e in c.data.get("embeds", [])
        for f in e.get("fields", [])
    ]
    return [
        line.split("** ", 1)[1].split(" · ")[0]
        for f in fields
        if f["name"].startswith("Sources")
        for line in f["value"].splitlines()
    ]


async def test_the_profile_option_answers_from_that_profile_only(
    store: tuple[Path, Assistant], bot_settings: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running(store, monkeypatch, **bot_settings) as h:
        zed = await h.interact(slash("ask", question=RAIN, profile="zed"))
        ada = await h.interact(slash("ask", question=RAIN))
        stats = await h.interact(slash("stats", profile="Zed"))
        papers = await h.interact(slash("papers", topic="adversarial patches", profile="zed"))
        patches = await h.interact(
            slash("ask", question="What work is there on adversarial patches?", profile="zed")
        )

    assert cited(zed)[0].startswith("StormCast") and cited(ada)[0].startswith("RainNet")
    zed_text = json.dumps([c.data for c in message_calls(zed + patches + papers)])
    assert not [t for t in ("RainNet", "PixelGuard", "GraphSum", "Ada Example") if t in zed_text]
    assert cited(patches)[0].startswith("PatchShield")
    [card] = message_calls(stats)
    assert card.data["embeds"][0]["title"] == "Zed Other: profile statistics"
    listed = json.dumps(message_calls(papers)[0].data["embeds"])
    assert "PatchShield" in listed and "PixelGuard" not in listed
    check_all(zed + ada + stats + papers + patches)


async def test_profile_autocomplete_lists_the_indexed_profiles(
    store: tuple[Path, Assistant], bot_settings: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running(store, monkeypatch, **bot_settings) as h:
        [every] = await h.interact(autocomplete("ask", "profile", "", question=RAIN))
        [typed] = await h.interact(autocomplete("timeline", "profile", "z"))
        [admin] = await h.interact(autocomplete("profile-default", "name", "A"))

    def names(call: Call) -> list[str]:
        assert call.json["type"] == 8
        return [c["value"] for c in call.json["data"]["choices"]]

    assert (names(every), names(typed), names(admin)) == (["ada", "zed"], ["zed"], ["ada"])


async def test_an_unknown_profile_is_refused_privately_with_the_available_ones(
    store: tuple[Path, Assistant], bot_settings: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running(store, monkeypatch, **bot_settings) as h:
        [refusal] = await h.interact(slash("ask", question=RAIN, profile="nobody"))
        [admin] = await h.interact(slash("profile-default", name="nobody"))

    for call in (refusal, admin):
        assert call.json["type"] == 4 and call.data["flags"] == 64
        assert call.data["content"] == "No profile named “nobody”. Available: `ada`, `zed`."
    assert not (Path(bot_settings["data_dir"]) / "discord_channels.json").exists()


async def test_a_channel_default_switches_that_channel_and_survives_a_restart(
    store: tuple[Path, Assistant], bot_settings: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running(store, monkeypatch, discord_mentions=True, **bot_settings) as h:
        [confirm] = await h.interact(slash("profile-default", name="zed"))
        here = await h.interact(slash("ask", question=RAIN))
        there = await h.interact(slash("ask", question=RAIN, channel_id=OTHER_CHANNEL_ID))
        chosen = await h.interact(slash("ask", question=RAIN, profile="ada"))
        mention = await h.message(user_message(f"<@{BOT_ID}> {RAIN}", mentions_bot=True))
        settings = h.bot.ctx.settings

    assert confirm.json["type"] == 4 and "`zed`" in confirm.data["content"]
    assert cited(here)[0].startswith("StormCast")
    assert cited(there)[0].startswith("RainNet")  # another channel keeps the bot's default
    assert cited(chosen)[0].startswith("RainNet")  # the option wins over the channel default
    assert cited(mention)[0].startswith("StormCast")  # chat follows the channel default too
    restarted = BotContext.from_settings(settings)
    assert restarted.channel_profile(CHANNEL_ID) == "zed"
    assert restarted.channel_profile(OTHER_CHANNEL_ID) == "ada"


async def test_a_conversation_remembers_each_profile_separately(
    store: tuple[Path, Assistant], bot_settings: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running(store, monkeypatch, discord_mentions=True, **bot_settings) as h:
        opened = await h.message(user_message(f"<@{BOT_ID}> {RAIN}", mentions_bot=True))
        thread_id = int(message_calls(opened)[0].path.split("/")[2])
        # What Discord sends next over the gateway: the thread, with its parent channel.
        h.bot._connection.parse_thread_create(thread_channel(thread_id, CHANNEL_ID, RAIN))  # type: ignore[arg-type]
        await h.interact(slash("profile-default", name="zed"))
        follow = await h.message(user_message("which of those have code?", channel_id=thread_id))
        chats = h.bot.ctx.conversations

    assert cited(opened)[0].startswith("RainNet")
    # The thread's parent now defaults to zed: the follow-up is zed's, with none of ada's
    # turns in its memory (they stay under ada's key).
    assert cited(follow) == ["StormCast: Nowcasting Rainfall from Radar with Transformers"]
    assert chats.chat((thread_id, "ada")).turns and chats.chat((thread_id, "zed")).turns
    assert chats.chat((thread_id, "ada")) is not chats.chat((thread_id, "zed"))


@pytest.fixture(scope="module")
def four_profiles(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Assistant]:
    """A store with 'ada' (the default) and three others: 'zed', 'kay' and 'lee'."""
    root = tmp_path_factory.mktemp("four-profiles")
    (root / "ada.txt").write_text(SMALL_PROFILE, encoding="utf-8")
    settings = make_settings(root / "data", root / "ada.txt").model_copy(update={"profile": "ada"})
    ada = build_assistant(settings)
    for name in ("zed", "kay", "lee"):
        path = root / f"{name}.txt"
        path.write_text(OTHER_PROFILE.replace("Zed Other", f"{name.title()} Other"), "utf-8")
        ingest_file(open_index(settings, name), path, settings)
    return root, ada


async def test_beyond_the_loaded_limit_the_least_recently_asked_profile_is_loaded_again(
    four_profiles: tuple[Path, Assistant], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root, ada = four_profiles
    built: list[str] = []

    def factory(settings: Settings) -> Assistant:
        built.append(settings.profile)
        return build_assistant(settings)

    settings = {
        "data_dir": tmp_path / "data",
        "chroma_path": root / "data" / "chroma",
        "profile": "ada",
        "captured_year": 2026,
        "openai_api_key": None,
        "llm_base_url": None,
        "chroma_url": None,
        "discord_max_profiles_loaded": 3,  # ada, which stays, and two others
        "discord_user_rate": 10,  # seven questions from one user
    }
    async with running_bot(ada, monkeypatch, factory=factory, **settings) as h:
        asked = [
            await h.interact(slash("ask", question=RAIN, profile=name))
            for name in ("zed", "kay", "zed", "lee", "zed", "kay")
        ]
        default = await h.interact(slash("ask", question=RAIN))

    # lee pushed out kay, the least recently asked (zed was asked after it), not zed, the
    # first loaded; kay is loaded again when asked again. The default profile stays loaded.
    assert built == ["ada", "zed", "kay", "lee", "kay"]
    assert [cited(calls)[0].split(":")[0] for calls in asked] == ["StormCast"] * 6
    assert cited(default)[0].startswith("RainNet")
    check_all([c for calls in asked for c in calls] + default)


async def test_a_profile_re_ingested_by_the_cli_is_answered_from_at_the_next_question(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bot reads the index's version stamp before answering: papers a re-ingest removed
    (in another process, as `profilebot ingest` does) are cited no more, without a restart;
    the default profile and a profile named with `profile:` alike."""
    (tmp_path / "ada.txt").write_text(SMALL_PROFILE, encoding="utf-8")
    (tmp_path / "zed.txt").write_text(OTHER_PROFILE, encoding="utf-8")
    settings = make_settings(tmp_path / "data", tmp_path / "ada.txt").model_copy(
        update={"profile": "ada"}
    )
    ingest_file(open_index(settings, "zed"), tmp_path / "zed.txt", settings)
    built: list[str] = []

    def factory(s: Settings) -> Assistant:
        built.append(s.profile)
        return build_assistant(s)

    overrides = settings.model_dump(include={"data_dir", "profile_file", "profile"})
    async with running_bot(
        None,  # type: ignore[arg-type]  # every assistant comes from the factory
        monkeypatch,
        factory=factory,
        versions=version_reader(settings),
        captured_year=2026,
        **overrides,
    ) as h:
        before = await h.interact(slash("ask", question=RAIN))
        zed_before = await h.interact(slash("ask", question=RAIN, profile="zed"))
        again = await h.interact(slash("ask", question=RAIN))  # nothing changed: no reload
        # The operator re-ingests both files without their rainfall paper.
        rain = "LGFeb 14Code\nRainNet"
        (tmp_path / "ada.txt").write_text(SMALL_PROFILE.split(rain)[0], encoding="utf-8")
        storm = OTHER_PROFILE.split("AO-PHApr 2, 2020Code\n")
        (tmp_path / "zed.txt").write_text(storm[0] + storm[1].split("\n\n", 3)[3], "utf-8")
        ingest_file(open_index(settings), tmp_path / "ada.txt", settings)
        ingest_file(open_index(settings, "zed"), tmp_path / "zed.txt", settings)
        stats = await h.interact(slash("stats"))  # answered at once, unless it must reload
        after = await h.interact(slash("ask", question=RAIN))
        zed_after = await h.interact(slash("ask", question=RAIN, profile="zed"))

    assert cited(before)[0].startswith("RainNet") and cited(again)[0].startswith("RainNet")
    assert cited(zed_before)[0].startswith("StormCast")
    shown = json.dumps([c.data for c in message_calls(after + zed_after + stats)])
    assert "RainNet" not in shown and "StormCast" not in shown
    # Answered from the new index (a stale one fails: its papers' chunks are gone).
    assert "its 3 listed papers" in shown and "went wrong" not in shown
    assert stats[0].json["type"] == 5  # deferred first: a reload takes seconds
    listed = message_calls(stats)[0].data["embeds"][0]["fields"]
    assert {"inline": True, "name": "Papers (listed)", "value": "3"} in listed
    assert built == ["ada", "zed", "ada", "zed"]  # each reloaded once, after its re-ingest
    check_all(before + after + zed_before + zed_after + stats)
