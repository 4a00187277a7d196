"""/stats, /coauthors, /timeline and /help: exact facts, answered at once or with a chart."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from tests.bot.discord_harness import APP_ID, autocomplete, check_all, running_bot, slash

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


async def test_stats_answers_at_once_with_the_profile_numbers(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running_bot(assistant, monkeypatch) as h:
        [reply] = await h.interact(slash("stats"))

    assert reply.json["type"] == 4  # no defer needed: pure metadata
    embed = reply.json["data"]["embeds"][0]
    assert embed["title"] == "Ada Example: profile statistics"
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert fields["h-index"] == "12"
    assert fields["Citations"] == "1,234"
    assert (fields["Papers (claimed)"], fields["Papers (listed)"]) == ("9", "4")
    assert fields["Main category"] == "CL (Computation and Language)"
    assert fields["Papers per category"].splitlines() == [
        "CL (Computation and Language): 2",
        "CV (Computer Vision): 1",
        "LG (Machine Learning): 1",
    ]
    assert fields["Papers per year"].startswith("2021: 1 · 2022: 1 · 2023: 1")
    check_all([reply])


async def test_coauthors_lists_the_most_frequent_and_one_persons_papers(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running_bot(assistant, monkeypatch) as h:
        [top] = await h.interact(slash("coauthors"))
        [choices] = await h.interact(autocomplete("coauthors", "name", "bo"))
        [bo] = await h.interact(slash("coauthors", name="bo li"))
        [nobody] = await h.interact(slash("coauthors", name="Zed Unknown"))

    listing = top.json["data"]["embeds"][0]
    assert listing["description"].splitlines()[:2] == [
        "**Bo Li**: 3 paper(s)",
        "**Cy Chen**: 2 paper(s)",
    ]
    assert "Ada Example" not in listing["description"]  # the researcher is not their own co-author
    assert "lower bounds" in listing["footer"]["text"]
    assert choices.json == {"type": 8, "data": {"choices": [{"name": "Bo Li", "value": "Bo Li"}]}}
    shared = bo.json["data"]["embeds"][0]
    assert shared["title"] == "Papers listing Bo Li: 3"
    assert shared["description"].splitlines()[0] == (
        "2021-03-03 · GraphSum: Summarizing Long Documents with Graph Attention"
    )
    assert nobody.json["data"]["flags"] == 64
    assert nobody.json["data"]["content"].startswith("No author named “Zed Unknown”")


async def test_timeline_defers_then_attaches_a_png_chart(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running_bot(assistant, monkeypatch) as h:
        payload = slash("timeline")
        defer, chart = await h.interact(payload)

    assert defer.json == {"type": 5}
    assert chart.path == f"/webhooks/{APP_ID}/{payload['token']}"
    assert list(chart.files) == ["timeline.png"]
    assert chart.files["timeline.png"].startswith(PNG_MAGIC)
    assert chart.json["attachments"] == [{"id": 0, "filename": "timeline.png"}]
    embed = chart.json["embeds"][0]
    assert embed["image"] == {"url": "attachment://timeline.png"}
    assert embed["title"] == "Ada Example: papers per year"
    check_all([chart])


async def test_help_lists_every_command_privately(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running_bot(assistant, monkeypatch, discord_mentions=True) as h:
        [reply] = await h.interact(slash("help"))

    data = reply.json["data"]
    assert data["flags"] == 64
    text = data["embeds"][0]["description"]
    listed = [line.split("`")[1] for line in text.splitlines() if line.startswith("`/")]
    assert listed == ["/ask", "/papers", "/paper", "/stats", "/coauthors", "/timeline", "/help"]
    assert "Mention me" in text and "Show evidence" in text
