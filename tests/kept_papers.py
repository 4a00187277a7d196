"""A small profile kept on disk, as a large one is opened (papers read from the kept file as
they are looked at), and what a question reads of it: for tests that a question's cost does
not grow with the profile (no read of every paper), and that it answers as the papers held in
memory do."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from bot.app import build_assistant, open_index
from bot.settings import Settings
from prompts.answer.model import Answer
from prompts.assistant import Assistant
from retrieval.index.papers import PaperTable
from retrieval.model import Paper
from retrieval.search import Searcher
from tests.conftest import make_settings

Listed = tuple[str, int, str, str]  # (category, year, title, abstract)


def profile_text(papers: list[Listed]) -> str:
    """A profile page listing the papers (by Ada Example and Bo Li, each dated in March)."""
    listed = [
        f"{cat}Mar {i + 3}, {year}\n{title}\n\nAda Example, Bo Li\n\n{abstract}\n"
        for i, (cat, year, title, abstract) in enumerate(papers)
    ]
    head = (
        f"Ada Example\n\nCL\nh-index3\n{len(papers)}papers\n10citations\nNovelty40%\n"
        f"AI Score55\n\n{len(papers)} Papers\n\n"
    )
    return head + "\n".join(listed)


def kept_settings(factory: pytest.TempPathFactory, name: str, papers: list[Listed]) -> Settings:
    """Settings of the profile ingested and opened once (the first open writes the papers'
    file, so later opens read the papers from it)."""
    root = factory.mktemp(name)
    path = root / "ada.txt"
    path.write_text(profile_text(papers), encoding="utf-8")
    found = make_settings(root / "data", path)
    build_assistant(found)
    return found


def kept_assistant(settings: Settings) -> Assistant:
    """A bot on the profile kept on disk (its papers read from the kept file as looked at)."""
    bot = build_assistant(settings)
    assert isinstance(bot.profile.papers, PaperTable)
    return bot


def cited(answer: Answer) -> set[str]:
    """The cited papers' short titles."""
    return {c.title.split(":")[0] for c in answer.citations}


def asked_counting(
    bot: Assistant, question: str, monkeypatch: pytest.MonkeyPatch
) -> tuple[Answer, list[int]]:
    """The answer, and every row asked of the kept file while answering (repeats included)."""
    read: list[int] = []
    rows = PaperTable.rows

    def spy(self: PaperTable, wanted: Iterable[int]) -> list[Paper]:
        wanted = list(wanted)
        read.extend(wanted)
        return rows(self, wanted)

    with monkeypatch.context() as patch:
        patch.setattr(PaperTable, "rows", spy)
        answer = bot.ask(question)
    return answer, read


def in_memory(settings: Settings) -> Assistant:
    """The same profile with every paper read into memory (no kept file)."""
    index = open_index(settings)
    profile = index.load_profile()  # no cache: every paper read into memory
    bot = Assistant(
        profile, Searcher(index.collection(), index.embedder, profile, index.keywords())
    )
    assert not isinstance(bot.profile.papers, PaperTable)
    return bot
