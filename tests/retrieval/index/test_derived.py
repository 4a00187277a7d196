"""What opening a profile derives is kept on disk: read back while the profile is unchanged,
derived again after a re-ingest, and never trusted when damaged."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from bot.app import build_assistant, open_index
from prompts import assistant as assistant_module
from prompts.assistant import Assistant, intent_classifier
from prompts.understand.intent import IntentClassifier
from retrieval.index.cache import DerivedCache, cached_array
from retrieval.index.papers import FILE as PAPERS
from retrieval.index.papers import PaperTable
from retrieval.index.store import DERIVED_SUFFIX, KEYWORD_DIR, collection_name
from retrieval.ingest.text_format import parse_profile
from retrieval.model import Profile
from tests.conftest import SMALL_PROFILE, make_settings

QUESTIONS = (
    "What has she published on rainfall forecasting?",
    "Tell me about GraphSum",
    "Which papers did she write with Eve Stone?",
    "How many papers does she have on summarization?",
)
NEW_PAPER = """
CVMay 5, 2024Code
GlacierWatch: Mapping Glacier Retreat from Satellite Images

Ada Example, Gus Moreau

Glaciers are retreating fast. GlacierWatch segments glacier outlines in satellite images over thirty years and measures their retreat.
"""


@pytest.fixture
def fresh_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """As in a new process: no intent classifier built yet (they are kept per process)."""
    monkeypatch.setattr(assistant_module, "_CLASSIFIERS", {})


def open_bot(data: Path, profile_file: Path) -> Assistant:
    return build_assistant(make_settings(data, profile_file))


def kept(data: Path) -> Path:
    """The folder of what opening the default profile derived."""
    return data / "chroma" / KEYWORD_DIR / (collection_name("default") + DERIVED_SUFFIX)


def same_profile(a: Profile, b: Profile) -> bool:
    """The same header and papers (a kept profile's papers are read from its table)."""
    return a.model_dump(exclude={"papers"}) == b.model_dump(exclude={"papers"}) and list(
        a.papers
    ) == list(b.papers)


def answers(bot: Assistant) -> list[tuple[str, list[str]]]:
    found = [bot.ask(q) for q in QUESTIONS]
    return [(a.text, [c.title for c in a.citations]) for a in found]


def test_a_reopened_profile_reads_what_it_derived_and_answers_the_same(
    tmp_path: Path, small_profile_file: Path, fresh_process: None
) -> None:
    data = tmp_path / "data"
    first = open_bot(data, small_profile_file)
    before = answers(first)
    parts = {p.name for p in kept(data).iterdir()}
    assert {PAPERS, "vocabulary.json", "people.json"} <= parts  # paper names: in PAPERS
    assert any(p.name.startswith("intents-") for p in kept(data).parent.iterdir())

    # The kept copy is what the next open reads (not the store): a title changed in it shows.
    path = kept(data) / PAPERS
    with sqlite3.connect(path) as db:
        db.execute("UPDATE papers SET record = replace(record, 'Summarizing', 'Condensing')")
    db.close()
    assert (
        open_bot(data, small_profile_file)
        .profile.papers[0]
        .title.startswith("GraphSum: Condensing")
    )
    path.unlink()  # and without it, the store again, with the same answers
    again = open_bot(data, small_profile_file)
    assert same_profile(again.profile, first.profile)
    assert answers(again) == before


def test_a_reingested_profile_answers_with_its_new_papers(
    tmp_path: Path, small_profile_file: Path
) -> None:
    data = tmp_path / "data"
    old = open_bot(data, small_profile_file)
    assert not old.ask("What has she published on glaciers?").citations
    profile = parse_profile(SMALL_PROFILE + NEW_PAPER, captured_year=2026)
    open_index(make_settings(data, small_profile_file)).ingest(profile)

    new = open_bot(data, small_profile_file)
    assert len(new.profile.papers) == 5
    cited = new.ask("What has she published on glaciers?").citations
    assert [c.title for c in cited] == [profile.papers[-1].title]
    # Names from the new paper are known too: its short name and its co-author.
    assert "GlacierWatch" in new.ask("Tell me about GlacierWatch").text
    assert "Gus Moreau" in new.ask("Which papers did she write with Gus Moreau?").text


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],  # a crash mid-write on a filesystem without renames
        lambda text: text.split("\n", 1)[0] + "\n{not json",
        lambda text: text.split("\n", 1)[0] + "\n" + json.dumps({"words": 3}),
        lambda text: "",
    ],
    ids=["truncated", "not-json", "wrong-shape", "empty"],
)
def test_a_damaged_copy_is_derived_again_not_trusted(
    tmp_path: Path, small_profile_file: Path, damage: object
) -> None:
    data = tmp_path / "data"
    first = open_bot(data, small_profile_file)
    before = answers(first)
    for part in kept(data).iterdir():
        text = part.read_text(encoding="latin-1")  # the papers' table is binary
        part.write_text(damage(text), encoding="latin-1")  # type: ignore[operator]
    again = open_bot(data, small_profile_file)
    assert same_profile(again.profile, first.profile)
    assert answers(again) == before
    for part in kept(data).glob("*.json"):  # rewritten whole
        stamp, _, body = part.read_text().partition("\n")
        assert len(stamp) == 64 and body and json.loads(body) is not None
    assert len(PaperTable(kept(data) / PAPERS)) == len(first.profile.papers)


def test_a_rebuild_drops_what_was_derived(tmp_path: Path, small_profile_file: Path) -> None:
    data = tmp_path / "data"
    open_bot(data, small_profile_file)
    assert kept(data).exists()
    open_index(make_settings(data, small_profile_file)).drop()
    assert not kept(data).exists()


def test_nothing_is_kept_for_papers_read_while_an_ingest_changed_them(tmp_path: Path) -> None:
    moving = DerivedCache(tmp_path, "v1", current=lambda: False)
    assert moving.text("part", lambda: [1, 2], json.dumps, json.loads) == [1, 2]
    assert not (tmp_path / "part.json").exists()
    settled = DerivedCache(tmp_path, "v1")
    assert settled.text("part", lambda: [1, 2], json.dumps, json.loads) == [1, 2]
    assert settled.text("part", lambda: [3], json.dumps, json.loads) == [1, 2]  # read back
    # Another version of the profile, or other code deriving it: derived again.
    assert DerivedCache(tmp_path, "v2").text("part", lambda: [3], json.dumps, json.loads) == [3]
    other_code = DerivedCache(tmp_path, "v2").text(
        "part", lambda: [4], json.dumps, json.loads, code="new"
    )
    assert other_code == [4]
    # A profile never written (or being written) keeps nothing.
    assert DerivedCache(tmp_path, "").text("empty", lambda: 5, json.dumps, json.loads) == 5
    assert not (tmp_path / "empty.json").exists()


def test_intent_vectors_are_kept_and_a_damaged_file_is_recomputed(tmp_path: Path) -> None:
    path = tmp_path / "intents.npy"
    calls = []

    def build() -> np.ndarray:
        calls.append(1)
        return np.ones((3, 4), dtype=np.float32)

    assert cached_array(path, build, 3).shape == (3, 4)
    assert cached_array(path, build, 3).shape == (3, 4)
    assert len(calls) == 1  # computed once, then read
    for damaged in (b"garbage", path.read_bytes()[:60]):
        path.write_bytes(damaged)
        assert cached_array(path, build, 3).tolist() == build().tolist()
    np.save(path, np.full((3, 4), np.nan, dtype=np.float32))
    assert np.isfinite(cached_array(path, build, 3)).all()
    assert cached_array(path, build, 5).shape == (3, 4)  # other exemplars: not this file
    np.save(path, np.array([{"a": 1}], dtype=object), allow_pickle=True)  # never unpickled
    assert cached_array(path, build, 3).dtype == np.float32


def test_the_intent_classifier_reads_the_same_vectors_it_computed(
    tmp_path: Path, small_profile_file: Path, fresh_process: None
) -> None:
    bot = open_bot(tmp_path / "data", small_profile_file)
    kept_file = next(kept(tmp_path / "data").parent.glob("intents-*.npy"))
    computed = intent_classifier(bot.searcher)
    read = IntentClassifier(bot.searcher.embedder, kept_file)
    assert np.allclose(read.vectors, computed.vectors)
    for question in QUESTIONS:
        assert read.classify(question) == computed.classify(question)
