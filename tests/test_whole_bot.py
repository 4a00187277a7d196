"""The whole bot: the real `profilebot discord` process against a local Discord (issue 6);
tests/discord_launcher.py points the process's discord.py at it, then runs the command line.

It connects, answers /ask and @mentions, survives gateway disconnects and a failing LLM, and
exits 0 on SIGTERM, with no traceback and no token in its log.
"""

from __future__ import annotations

import json
import signal
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from tests.bot.discord_harness import check_all
from tests.fake_discord import BOT_TOKEN, BotProcess, LocalDiscord, Outcome, ingest, people
from tests.openai_server import OpenAIServer, Reply, error, extractive

QUESTIONS = [
    "What has he published on few-shot text classification?",
    "Which papers are about knowledge distillation?",
    "What did he do on video understanding with large language models?",
]
MENTION = "what are his papers on question answering?"
UNAVAILABLE = "LLM unavailable"
HOSTILE = Path(__file__).parent / "hostile_questions.jsonl"
WEBHOOK = r"/webhooks/\d+/[^/]+(?:/messages/@original)?"  # a follow-up, or an edit


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data directory with the bundled profile indexed by `profilebot ingest`."""
    path = tmp_path_factory.mktemp("whole-bot") / "data"
    path.mkdir()
    ingest(path)
    return path


@pytest.fixture
async def discord() -> AsyncIterator[LocalDiscord]:
    fake = LocalDiscord(heartbeat_ms=500)  # short, so heartbeats and ACKs really happen
    await fake.start()
    yield fake
    await fake.stop()


async def start_bot(
    discord: LocalDiscord, data_dir: Path, tmp_path: Path, **settings: Any
) -> BotProcess:
    bot = BotProcess(discord, data_dir, tmp_path / "bot.log", **settings)
    await bot.start()
    return bot


def check_answer(outcome: Outcome, kind: str) -> dict[str, Any]:
    """Answered the way Discord users see it; returns the answer's first embed."""
    assert outcome.status == "answered", outcome
    first, last = outcome.calls[0], outcome.calls[-1]
    if kind == "ask":
        assert first.path.endswith("/callback") and first.json == {"type": 5}  # deferred first
        assert last.path.startswith("/webhooks/")
    else:
        assert first.path.endswith("/threads")  # a mention opens a thread for the chat
    assert last.json["allowed_mentions"]["parse"] == []
    embed: dict[str, Any] = last.json["embeds"][0]
    assert embed["description"]
    return embed


def check_log(bot: BotProcess) -> str:
    log = bot.log()
    assert "Traceback" not in log
    assert BOT_TOKEN not in log and "itoken-" not in log  # bot and interaction tokens
    return log


async def test_the_real_bot_answers_survives_gateway_drops_and_stops_on_sigterm(
    discord: LocalDiscord, data_dir: Path, tmp_path: Path
) -> None:
    bot = await start_bot(discord, data_dir, tmp_path)
    try:
        users = people(3)
        events = [await discord.ask(q, u) for q, u in zip(QUESTIONS, users, strict=True)]
        events.append(await discord.mention(MENTION, users[0]))
        for event, outcome in zip(events, await discord.answered(events), strict=True):
            check_answer(outcome, event.kind)

        await discord.disconnect(4000)  # a resumable close, as Discord does on its restarts
        await discord.until(lambda: discord.resumes == 1)
        after_close = await discord.ask(QUESTIONS[0], users[1])
        check_answer((await discord.answered([after_close]))[0], "ask")

        discord.drop()  # the network fails: no close frame
        while_down = await discord.ask(QUESTIONS[1], users[2])  # replayed on RESUME
        await discord.until(lambda: discord.resumes == 2)
        check_answer((await discord.answered([while_down]))[0], "ask")

        assert discord.identifies == 1  # resumed both times, never a fresh session
        assert discord.heartbeats >= 1
        code = await bot.stop()
    finally:
        await bot.stop()
    assert code == 0
    log = check_log(bot)
    assert log.count("interface=discord command=ask ") == 5 and "command=chat " in log
    assert "successfully RESUMED" in log


def llm_script(phase: dict[str, str]) -> Any:
    """The scripted LLM: a careful extractive model, or the fault the test switched on."""

    def reply(request: dict[str, Any]) -> Reply:
        if phase["now"] == "500":
            return error(500)
        if phase["now"] == "hang":
            return Reply(hang=True)
        if phase["now"] == "malformed":
            return Reply(raw="{not json")
        return Reply(text=extractive(request))

    return reply


async def test_llm_faults_fall_back_to_offline_answers_with_a_notice_and_the_bot_stays_up(
    discord: LocalDiscord, data_dir: Path, tmp_path: Path
) -> None:
    phase = {"now": "ok"}
    footers: dict[str, str] = {}
    with OpenAIServer(llm_script(phase), keep_alive=False) as server:
        bot = await start_bot(
            discord,
            data_dir,
            tmp_path,
            llm_base_url=server.base_url,
            llm_timeout=1,
            llm_max_retries=0,
        )
        try:
            for step in ("ok", "500", "hang", "malformed", "refused"):
                phase["now"] = step
                if step == "refused":
                    server.close()  # the port now refuses connections
                event = await discord.ask(QUESTIONS[0], people(5)[len(footers)])
                embed = check_answer((await discord.answered([event]))[0], "ask")
                assert "[1]" in embed["description"]  # cited either way
                footers[step] = embed.get("footer", {}).get("text", "")
            code = await bot.stop()
        finally:
            await bot.stop()

    assert code == 0
    assert len(server.received) == 4  # one request per step while it listened
    assert UNAVAILABLE not in footers["ok"]
    assert footers["500"].startswith(f"{UNAVAILABLE} (HTTP 500)")
    assert footers["hang"].startswith(f"{UNAVAILABLE} (timeout after 1 s)")
    assert footers["malformed"].startswith(f"{UNAVAILABLE} (malformed response)")
    assert footers["refused"].startswith(f"{UNAVAILABLE} (cannot connect to")
    check_log(bot)


def hostile_questions() -> list[str]:
    rows = [json.loads(line) for line in HOSTILE.read_text(encoding="utf-8").splitlines()]
    return [row["question"] * row.get("repeat", 1) for row in rows]


async def test_discord_rate_limits_and_outages_are_retried_and_hostile_input_stays_contained(
    discord: LocalDiscord, data_dir: Path, tmp_path: Path
) -> None:
    lifted = {"discord_user_rate": 1000, "discord_max_concurrent": 1000}

    def posts_failed() -> int:
        return sum(call.method == "POST" for call in discord.failed)

    bot = await start_bot(discord, data_dir, tmp_path, **lifted)
    try:
        # On whichever answer request comes first: a follow-up, or an edit when a slow answer
        # showed its progress first.
        discord.fail("*", WEBHOOK, 429)  # Discord's rate limit
        discord.fail("*", WEBHOOK, 502)  # a Discord outage on the next one
        discord.fail("POST", r"/channels/\d+/messages", 429)  # on the answer in a thread
        retried = [await discord.ask(QUESTIONS[0]), await discord.ask(QUESTIONS[1])]
        retried.append(await discord.mention(MENTION))
        for event, outcome in zip(retried, await discord.answered(retried), strict=True):
            check_answer(outcome, event.kind)
            assert sum(bool(c.json.get("embeds")) for c in outcome.calls) == 1  # no duplicate
        assert len(discord.failed) == 3 and not any(f.times for f in discord.faults)

        # A slow answer edits its status first (PATCH); those fail too, and are not counted.
        # (Which of the first answers were edits depends on the machine's speed: count from here.)
        before = posts_failed()
        lost = [await discord.ask_expiring(QUESTIONS[2])]
        await discord.until(lambda: posts_failed() == before + 2)  # the answer, the apology
        discord.fail("POST", r"/channels/\d+/messages", 403)  # no permission in the thread
        lost.append(await discord.mention(MENTION))
        await discord.until(lambda: posts_failed() == before + 3)
        hostile = [await discord.ask(q[:500]) for q in hostile_questions() if q]
        hostile += [await discord.mention(q[:1900]) for q in hostile_questions()]
        outcomes = await discord.answered(hostile)
        code = await bot.stop()
    finally:
        await bot.stop()

    assert code == 0
    assert {o.status for o in outcomes} <= {"answered", "refused"}
    for outcome in outcomes:
        check_all(outcome.calls)  # within Discord's limits, and pings nobody
    assert [discord.outcome(e).status for e in lost] == ["pending", "pending"]
    log = check_log(bot)  # one warning line each, no traceback: not a bug in the bot
    assert "command /ask: a request to Discord failed: NotFound: 404 Not Found" in log
    assert "could not tell the user about an error in /ask: NotFound: 404 Not Found" in log
    assert "a request to Discord failed: Forbidden: 403 Forbidden" in log


async def test_sigterm_lets_acknowledged_questions_finish_and_turns_new_ones_away(
    discord: LocalDiscord, data_dir: Path, tmp_path: Path
) -> None:
    slow = OpenAIServer(lambda request: Reply(text=extractive(request), delay=1.0))
    with slow:
        lifted = {"discord_user_rate": 1000, "discord_max_concurrent": 1000}
        bot = await start_bot(discord, data_dir, tmp_path, llm_base_url=slow.base_url, **lifted)
        try:
            users = people(4)
            asked = [await discord.ask(QUESTIONS[i], users[i]) for i in range(3)]
            await discord.until(lambda: all(discord.calls_for(e) for e in asked))  # deferred
            bot.send(signal.SIGTERM)  # a restart while the model is thinking
            late = await discord.ask(QUESTIONS[0], users[3])
            code = await bot.exited()
        finally:
            await bot.stop()

    assert code == 0
    for outcome in [discord.outcome(e) for e in asked]:
        embed = check_answer(outcome, "ask")  # answered before the bot left
        assert UNAVAILABLE not in embed.get("footer", {}).get("text", "")
    # Sent right after the signal: answered if it beat the signal, else told to come back.
    assert discord.outcome(late).status in ("answered", "busy")
    log = check_log(bot)
    assert "question(s) in flight before closing" in log and "unanswered" not in log


def thread_answers(discord: LocalDiscord, thread_id: int) -> list[dict[str, Any]]:
    """The answers the bot posted in a thread, oldest first."""
    return [
        c.json
        for c in discord.calls
        if c.method == "POST" and c.path == f"/channels/{thread_id}/messages" and c.json
    ]


def cited(answer: dict[str, Any]) -> list[str]:
    lines = [
        line
        for e in answer["embeds"]
        for f in e.get("fields", [])
        for line in f["value"].splitlines()
    ]
    return [line.split("** ", 1)[1].split(" · ")[0] for line in lines]


async def test_a_follow_up_in_a_thread_is_understood_after_the_bot_restarts(
    discord: LocalDiscord, data_dir: Path, tmp_path: Path
) -> None:
    bot = await start_bot(discord, data_dir, tmp_path)
    try:
        asked = await discord.mention("Which papers are about knowledge distillation?")
        [outcome] = await discord.answered([asked])
        check_answer(outcome, "mention")
        code = await bot.stop()
    finally:
        await bot.stop()
    assert code == 0
    [thread_id] = discord.threads
    [first] = thread_answers(discord, thread_id)
    assert cited(first)[:2] == [
        "HRKD: Hierarchical Relational Knowledge Distillation for Cross-domain Language Model Compression",
        "Meta-KD: A Meta Knowledge Distillation Framework for Language Model Compression across Domains",
    ]

    restarted = await start_bot(discord, data_dir, tmp_path)  # a new process: nothing in memory
    try:
        await discord.say("which of those have code?", channel_id=thread_id)
        await discord.until(lambda: len(thread_answers(discord, thread_id)) == 2)
        await discord.say("tell me more about the second one", channel_id=thread_id)
        await discord.until(lambda: len(thread_answers(discord, thread_id)) == 3)
        code = await restarted.stop()
    finally:
        await restarted.stop()
    assert code == 0
    _, with_code, second = thread_answers(discord, thread_id)
    # "those" are the distillation papers of the answer before the restart, not all 13 with code.
    assert set(cited(with_code)) < set(cited(first)) and len(cited(with_code)) == 2
    assert cited(second) == [cited(with_code)[1]]  # "the second one" of the answer before
    log = check_log(restarted)
    assert "rebuilt a conversation of 1 turn(s)" in log
