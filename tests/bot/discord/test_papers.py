"""/papers pages with buttons, /paper with title autocomplete: deterministic, no LLM."""

from __future__ import annotations

import pytest

from bot.discord.cards import PAGE_SIZE, page_count, paper_card, papers_page
from prompts.assistant import Assistant
from retrieval.filters import Filters
from tests.bot.discord_harness import (
    APP_ID,
    OTHER_USER,
    autocomplete,
    check_all,
    press,
    running_bot,
    slash,
)

TOPIC = "few-shot learning"


def buttons(previous_disabled: bool, next_disabled: bool) -> list[dict[str, object]]:
    return [
        {
            "type": 1,
            "components": [
                {
                    "type": 2,
                    "style": 2,
                    "disabled": previous_disabled,
                    "label": "◀ Previous",
                    "custom_id": "profilebot:papers:previous",
                },
                {
                    "type": 2,
                    "style": 2,
                    "disabled": next_disabled,
                    "label": "Next ▶",
                    "custom_id": "profilebot:papers:next",
                },
            ],
        }
    ]


async def test_papers_shows_the_first_page_and_the_buttons_turn_pages(
    bundled_assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = [h.paper for h in bundled_assistant.search(TOPIC, Filters(), 50).hits if h.relevant]
    pages = page_count(len(found))
    assert pages >= 3, "the demo profile has many few-shot papers"
    heading = f"Papers about “{TOPIC}”"
    async with running_bot(bundled_assistant, monkeypatch) as h:
        payload = slash("papers", topic=TOPIC)
        defer, first = await h.interact(payload)
        message = h.fake.messages[max(h.fake.messages)]
        [turned] = await h.interact(press("profilebot:papers:next", message))
        [again] = await h.interact(press("profilebot:papers:next", message))
        [back] = await h.interact(press("profilebot:papers:previous", message))

    assert defer.json == {"type": 5}
    assert first.path == f"/webhooks/{APP_ID}/{payload['token']}"
    assert first.json == {
        "tts": False,
        "embeds": [papers_page(found, 0, heading).to_dict()],
        "components": buttons(True, False),
        "allowed_mentions": {"parse": []},
    }
    assert [f["name"] for f in first.json["embeds"][0]["fields"]] == [
        f"{p.n}. {p.title}" for p in found[:PAGE_SIZE]
    ]
    assert first.json["embeds"][0]["footer"]["text"] == f"Page 1/{pages} · {len(found)} paper(s)"
    assert turned.json["type"] == 7  # update the message in place
    assert turned.json["data"]["embeds"] == [papers_page(found, 1, heading).to_dict()]
    assert turned.json["data"]["components"] == buttons(False, pages == 2)
    assert again.json["data"]["embeds"][0]["footer"]["text"].startswith(f"Page 3/{pages}")
    assert back.json["data"]["embeds"] == [papers_page(found, 1, heading).to_dict()]
    check_all([first, turned, again, back])


async def test_only_the_person_who_asked_can_turn_the_pages(
    bundled_assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running_bot(bundled_assistant, monkeypatch) as h:
        await h.interact(slash("papers", topic=TOPIC))
        message = h.fake.messages[max(h.fake.messages)]
        [refusal] = await h.interact(press("profilebot:papers:next", message, author=OTHER_USER))

    assert refusal.json["type"] == 4
    assert refusal.json["data"]["flags"] == 64
    assert refusal.json["data"]["content"].startswith("Only the person who ran /papers")


async def test_papers_filters_by_year_category_and_code(
    bundled_assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running_bot(bundled_assistant, monkeypatch) as h:
        _, first = await h.interact(
            slash("papers", topic=TOPIC, since=2022, category="CL", has_code=True)
        )
    embed = first.json["embeds"][0]
    assert embed["title"] == f"Papers about “{TOPIC}” (CL, since 2022, with code)"
    assert embed["fields"]
    for field in embed["fields"]:
        date, category, code = field["value"].split("\n")[0].split(" · ")[:3]
        assert date >= "2022" and category.startswith("CL") and code.startswith("code: <http")


async def test_papers_says_so_when_nothing_matches_and_rejects_year_with_since(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running_bot(assistant, monkeypatch) as h:
        _, empty = await h.interact(slash("papers", topic="quantum chemistry", year=2022))
        [both] = await h.interact(slash("papers", topic="graphs", year=2022, since=2020))

    assert empty.json["content"] == "No papers about “quantum chemistry” (in 2022) in the profile."
    assert both.json == {
        "type": 4,
        "data": {
            "tts": False,
            "content": "Use either `year` or `since`, not both.",
            "flags": 64,
            "allowed_mentions": {"parse": []},
        },
    }


async def test_title_autocomplete_offers_at_most_25_matching_titles(
    bundled_assistant: Assistant, assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running_bot(bundled_assistant, monkeypatch) as h:
        [everything] = await h.interact(autocomplete("paper", "title", ""))
        [meta] = await h.interact(autocomplete("paper", "title", "meta-learning"))
    async with running_bot(assistant, monkeypatch) as h:
        [graph] = await h.interact(autocomplete("paper", "title", "  GRAPH "))

    assert everything.json["type"] == 8
    choices = everything.json["data"]["choices"]
    assert len(bundled_assistant.profile.papers) > 25 and len(choices) == 25
    assert all(1 <= len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in choices)
    meta_titles = [c["name"] for c in meta.json["data"]["choices"]]
    assert all("meta-learning" in t.lower() for t in meta_titles)  # titles starting with it first
    starts = [t.lower().startswith("meta-learning") for t in meta_titles]
    assert starts[0] and sorted(starts, reverse=True) == starts and not all(starts)
    graphsum = assistant.profile.papers[0]
    assert graph.json == {
        "type": 8,
        "data": {"choices": [{"name": graphsum.title, "value": graphsum.id}]},
    }


async def test_paper_shows_one_card_directly_and_explains_an_unknown_title(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    graphsum = assistant.profile.papers[0]
    async with running_bot(assistant, monkeypatch) as h:
        [by_choice] = await h.interact(slash("paper", title=graphsum.id))
        [by_typing] = await h.interact(slash("paper", title="graphsum"))
        [unknown] = await h.interact(slash("paper", title="A Paper Nobody Wrote"))

    assert by_choice.json == {
        "type": 4,
        "data": {
            "tts": False,
            "content": None,
            "embeds": [paper_card(graphsum).to_dict()],
            "allowed_mentions": {"parse": []},
        },
    }
    card = by_choice.json["data"]["embeds"][0]
    assert card["title"] == graphsum.title
    assert {f["name"]: f["value"] for f in card["fields"]} == {
        "Date": "2021-03-03",
        "Category": "CL (Computation and Language)",
        "Affiliation": "mit",
        "Authors": "Ada Example, Bo Li, Cy Chen et al.",
        "Code": "<https://github.com/example/graphsum>",
    }
    assert card["description"].startswith("Long documents are hard to summarize.")
    assert by_typing.json == by_choice.json
    assert unknown.json["data"]["flags"] == 64
    assert unknown.json["data"]["content"].startswith("No paper titled “A Paper Nobody Wrote”")


async def test_expired_buttons_are_removed_with_a_token_that_is_still_valid(
    bundled_assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running_bot(bundled_assistant, monkeypatch) as h:
        payload = slash("papers", topic=TOPIC)
        await h.interact(payload)
        message_id = max(h.fake.messages)
        store = h.bot._connection._view_store
        view = store._synced_message_views[message_id]
        start = h.mark()
        await view.on_timeout()  # what discord.py calls after 10 idle minutes
        before_click = h.fake.since(start)

        click = press("profilebot:papers:next", h.fake.messages[message_id])
        await h.interact(click)
        start = h.mark()
        await view.on_timeout()
        after_click = h.fake.since(start)

    # The follow-up is edited with the command's own token (well within its 15 minutes)...
    [edit] = before_click
    assert (edit.method, edit.path) == (
        "PATCH",
        f"/webhooks/{APP_ID}/{payload['token']}/messages/{message_id}",
    )
    assert edit.json["components"] == []
    # ...but after a page turn, with the newer token of that button press.
    [edit] = after_click
    assert (edit.method, edit.path) == (
        "PATCH",
        f"/webhooks/{APP_ID}/{click['token']}/messages/@original",
    )
    assert edit.json["components"] == []
