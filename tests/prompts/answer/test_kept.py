"""The overviews' readings of every paper (the title phrases, the kinds each paper states, what
each says is open) are made once per profile version and kept with its other derived files: a
later process reads them back instead of reading every paper again (at 100k papers each is tens
of seconds of CPU), answers the same, and never trusts a damaged or stale copy."""

from __future__ import annotations

import zipfile
from pathlib import Path

import numpy as np
import pytest

from bot.app import build_assistant
from bot.settings import Settings
from prompts import assistant as assistant_module
from prompts.answer import kinds, open_problems
from prompts.assistant import Assistant
from retrieval.index.cache import DerivedCache
from retrieval.index.store import DERIVED_SUFFIX, KEYWORD_DIR, collection_name
from retrieval.themes import held as held_module
from tests.kept_papers import cited, kept_settings
from tests.prompts import test_held_kinds as of_kinds
from tests.prompts.test_held_phrases import CONSTANT, PAPERS, STARTING, STOPPING

FILE = "held-phrases.npz"
ASKED = [*STOPPING, *STARTING, *CONSTANT]
# the kinds of work and the open problems, worded as users do (test_held_kinds' profile)
KINDS = [*of_kinds.BY_KIND, *(q for q, _ in of_kinds.ONE_KIND), *of_kinds.BOTH_KINDS]
OPEN = of_kinds.OPEN


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return kept_settings(tmp_path_factory, "held-kept", PAPERS)


@pytest.fixture(scope="module")
def first(settings: Settings) -> dict[str, tuple[str, set[str]]]:
    """Each question's answer from the process that built the phrases."""
    bot = build_assistant(settings)
    return {q: (a.text, cited(a)) for q in ASKED for a in [bot.ask(q)]}


@pytest.fixture(scope="module")
def kinds_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return kept_settings(tmp_path_factory, "kinds-kept", of_kinds.PAPERS)


@pytest.fixture(scope="module")
def kinds_first(kinds_settings: Settings) -> dict[str, tuple[str, set[str]]]:
    """Each kinds or open question's answer from the process that read every paper."""
    bot = build_assistant(kinds_settings)
    return {q: (a.text, cited(a)) for q in [*KINDS, *OPEN] for a in [bot.ask(q)]}


@pytest.fixture(autouse=True)
def fresh_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(assistant_module, "_CLASSIFIERS", {})


def kept_file(settings: Settings) -> Path:
    folder = settings.data_dir / "chroma" / KEYWORD_DIR
    return folder / (collection_name(settings.profile) + DERIVED_SUFFIX) / FILE


def unbuildable(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the builds of the phrases (a later process should read them instead)."""
    builds: list[int] = []
    build = held_module._Build.__init__

    def counted(self: held_module._Build, *args: object) -> None:
        builds.append(1)
        build(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(held_module._Build, "__init__", counted)
    return builds


@pytest.mark.parametrize("question", ASKED)
def test_a_later_process_reads_the_phrases_kept_and_answers_the_same(
    settings: Settings,
    first: dict[str, tuple[str, set[str]]],
    question: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert kept_file(settings).exists()
    builds = unbuildable(monkeypatch)
    bot: Assistant = build_assistant(settings)  # a new process's bot on the same store
    answer = bot.ask(question)
    assert (answer.text, cited(answer)) == first[question]
    assert not builds  # before: every process read every paper to build them (fails before)


@pytest.mark.parametrize(
    ("question", "reader"),
    [
        *((q, (kinds, "stated_kinds")) for q in KINDS),
        *((q, (open_problems, "strongest")) for q in OPEN),
    ],
)
def test_a_later_process_reads_the_kinds_and_open_problems_kept(
    kinds_settings: Settings,
    kinds_first: dict[str, tuple[str, set[str]]],
    question: str,
    reader: tuple[object, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    module, name = reader
    read: list[int] = []
    each = getattr(module, name)
    monkeypatch.setattr(module, name, lambda paper: read.append(1) or each(paper))
    answer = build_assistant(kinds_settings).ask(question)
    assert (answer.text, cited(answer)) == kinds_first[question]
    # before: every process read every paper for them on its first such question (fails before)
    assert len(read) < len(of_kinds.PAPERS), read


def test_the_kept_rows_are_int32_and_read_without_pickle(
    settings: Settings, first: dict[str, tuple[str, set[str]]]
) -> None:
    with np.load(kept_file(settings), allow_pickle=False) as kept:
        for name in ("said", "held", "rank", "by_lines", "by_threads"):
            assert kept[name].dtype == np.int32, name


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # a crash mid-write without renames
        lambda data: b"not a zip file",
        lambda data: b"",
    ],
    ids=["truncated", "garbage", "empty"],
)
def test_a_damaged_copy_is_built_again_not_trusted(
    settings: Settings,
    first: dict[str, tuple[str, set[str]]],
    damage: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = kept_file(settings)
    path.write_bytes(damage(path.read_bytes()))  # type: ignore[operator]
    builds = unbuildable(monkeypatch)
    question = STOPPING[0]
    answer = build_assistant(settings).ask(question)
    assert (answer.text, cited(answer)) == first[question]
    assert builds == [1]
    with zipfile.ZipFile(path) as rewritten:  # rewritten whole
        assert rewritten.testzip() is None


def test_arrays_are_kept_per_version_and_only_when_the_profile_held_still(
    tmp_path: Path,
) -> None:
    def parts(value: int) -> dict[str, np.ndarray]:
        return {"rows": np.array([value, 2], dtype=np.int32), "text": np.array("x y")}

    moving = DerivedCache(tmp_path, "v1", current=lambda: False)
    assert moving.arrays("part", lambda: parts(1))["rows"].tolist() == [1, 2]
    assert not (tmp_path / "part.npz").exists()  # read while an ingest changed it: not kept
    settled = DerivedCache(tmp_path, "v1")
    settled.arrays("part", lambda: parts(1))
    again = settled.arrays("part", lambda: parts(3))  # read back, not built
    assert again["rows"].tolist() == [1, 2] and str(again["text"]) == "x y"
    assert again["rows"].dtype == np.int32
    assert DerivedCache(tmp_path, "v2").arrays("part", lambda: parts(4))["rows"][0] == 4
    # a file without a stamp (or with objects in it) is never trusted nor unpickled
    np.savez(tmp_path / "part.npz", rows=np.array([{"a": 1}], dtype=object))
    assert DerivedCache(tmp_path, "v2").arrays("part", lambda: parts(5))["rows"][0] == 5
    assert DerivedCache(tmp_path, "").arrays("none", lambda: parts(6))["rows"][0] == 6
    assert not (tmp_path / "none.npz").exists()
