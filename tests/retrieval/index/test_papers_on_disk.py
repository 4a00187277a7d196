"""An opened profile keeps its papers on disk (a table beside the keyword index) and reads
them when an answer needs them: opening does not hold every paper's record, answers are the
same as from the papers in memory, and a store kept by the earlier layout is migrated."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from bot.app import build_assistant, open_index
from prompts import assistant as assistant_module
from prompts.assistant import Assistant
from retrieval.index.papers import FILE, PaperTable
from retrieval.index.store import DERIVED_SUFFIX, KEYWORD_DIR, collection_name
from retrieval.model import Paper
from retrieval.search import Searcher
from tests.conftest import make_settings

# A family per behaviour: topic, counts with filters, people, a named paper, follow-up words.
QUESTIONS = (
    "What has she published on rainfall forecasting?",
    "what did they do on forcasting rain",
    "How many papers does Ada Example have since 2023?",
    "Which papers have code?",
    "which of her papers come without code?",
    "Which papers did she write with Eve Stone?",
    "who are her most frequent co-authors?",
    "Tell me about GraphSum",
    "What is her most recent paper?",
    "What was the first paper she published?",
    "How many CV papers are listed?",
)


@pytest.fixture(autouse=True)
def fresh_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(assistant_module, "_CLASSIFIERS", {})


def kept(data: Path) -> Path:
    return data / "chroma" / KEYWORD_DIR / (collection_name("default") + DERIVED_SUFFIX)


def answers(bot: Assistant) -> list[tuple[str, list[str]]]:
    found = [bot.ask(q) for q in QUESTIONS]
    return [(a.text, [c.title for c in a.citations]) for a in found]


def live_papers() -> int:
    gc.collect()
    return sum(isinstance(o, Paper) for o in gc.get_objects())


def test_a_reopened_profile_holds_no_paper_record_until_an_answer_needs_it(
    tmp_path: Path, small_profile_file: Path
) -> None:
    settings = make_settings(tmp_path / "data", small_profile_file)
    build_assistant(settings)  # the first open after the ingest writes the table
    gc.collect()
    before = live_papers()
    bot = build_assistant(settings)
    assert isinstance(bot.profile.papers, PaperTable)
    assert live_papers() == before  # opened: columns and names, no paper read
    assert len(bot.profile.papers) == 4
    answer = bot.ask("What has she published on rainfall forecasting?")
    assert answer.citations and answer.citations[0].title.startswith("RainNet")


def test_answers_from_the_kept_table_are_those_from_the_papers_in_memory(
    tmp_path: Path, small_profile_file: Path
) -> None:
    settings = make_settings(tmp_path / "data", small_profile_file)
    first = build_assistant(settings)  # derives and keeps the table
    from_table = build_assistant(settings)
    index = open_index(settings)
    in_memory = Assistant(
        index.load_profile(),  # no cache: every paper read from Chroma into memory
        Searcher(index.collection(), index.embedder, index.load_profile(), index.keywords()),
    )
    assert not isinstance(in_memory.profile.papers, PaperTable)
    assert answers(from_table) == answers(in_memory) == answers(first)
    assert list(from_table.profile.papers) == list(in_memory.profile.papers)
    assert from_table.profile.model_dump() == in_memory.profile.model_dump()


def test_a_store_kept_by_the_earlier_layout_is_migrated_on_open(
    tmp_path: Path, small_profile_file: Path
) -> None:
    """Before the table, the papers were kept as profile.json: an open finds no table (or
    one from another version) and writes it from the store."""
    settings = make_settings(tmp_path / "data", small_profile_file)
    before = answers(build_assistant(settings))
    table = kept(settings.data_dir) / FILE
    table.unlink()
    (kept(settings.data_dir) / "profile.json").write_text("old stamp\n{}")
    again = build_assistant(settings)
    assert table.exists() and isinstance(again.profile.papers, PaperTable)
    assert answers(again) == before


def test_the_table_reads_papers_by_position_like_a_list(
    tmp_path: Path, small_profile_file: Path
) -> None:
    settings = make_settings(tmp_path / "data", small_profile_file)
    build_assistant(settings)
    papers = open_index(settings).load_profile().papers
    table = PaperTable(kept(settings.data_dir) / FILE)
    assert len(table) == len(papers) and list(table) == papers
    assert table[-1] == papers[-1] and table[1:3] == papers[1:3]
    assert table.rows([2, 0, 2]) == [papers[2], papers[0], papers[2]]
    assert table[0] is table[0]  # one object per paper while it is held
    with pytest.raises(IndexError):
        table[len(papers)]
    # A deep copy of an opened profile is the papers themselves, changed without the disk.
    opened = build_assistant(settings).profile
    copied = opened.model_copy(deep=True)
    copied.papers[0].title = "Changed"
    assert isinstance(copied.papers, list) and opened.papers[0].title == papers[0].title
