"""Bad profile files and index faults through `profilebot`, as a user would meet them.

Each case: a one-line error that names the line or the setting to change, exit code 1, no
traceback, and the index that was there before answers exactly as before.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from bot.main import app
from bot.settings import BUNDLED_PROFILE
from retrieval.index.store import PaperIndex
from retrieval.ingest.load import MAX_FILE_BYTES, load_profile, profile_to_json
from tests.conftest import SMALL_PROFILE, cli_env, make_settings

runner = CliRunner()
PROFILEBOT = Path(sys.executable).with_name("profilebot")
QUESTIONS = ("adversarial patches in street scenes", "What is the h-index?")
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
BIG = 50 * 2**20


def index_of(data: Path, profile: str = "default") -> PaperIndex:
    from bot.app import open_index

    return open_index(make_settings(data), profile)


def snapshot(env: dict[str, str | None]) -> tuple[int, list[str]]:
    """What a user observes of the index: its chunk count, a search answer, a header fact."""
    count = index_of(Path(str(env["PROFILEBOT_DATA_DIR"]))).collection().count()
    answers = []
    for q in QUESTIONS:
        result = runner.invoke(app, ["ask", "--json", q], env=env)
        assert result.exit_code == 0, result.output
        answers.append(json.loads(result.stdout)["text"])
    return count, answers


@pytest.fixture(scope="module")
def before(home: Path) -> tuple[int, list[str]]:
    env = cli_env(home)
    cwd = os.getcwd()
    os.chdir(home)
    try:
        assert runner.invoke(app, ["ingest"], env=env).exit_code == 0
        return snapshot(env)
    finally:
        os.chdir(cwd)


def assert_clean_failure(result: Result, *needles: str) -> None:
    """Exit 1, one readable message on stderr, no traceback anywhere."""
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output and result.stderr.startswith("error: ")
    for needle in needles:
        assert needle in result.stderr, result.stderr


def truncated(path: Path) -> str:
    cut = SMALL_PROFILE.index("Bo Li, Ada Example, Dee Park")  # entry 2: head and title only
    path.write_text(SMALL_PROFILE[:cut], encoding="utf-8")
    title_line = SMALL_PROFILE[:cut].count("\n") - 1
    return f"line {title_line}: entry #2 is incomplete"


def png(path: Path) -> str:
    path.write_bytes(PNG + os.urandom(4096))
    return "line 1: a binary file, not a profile"


def nul_bytes(path: Path) -> str:
    lines = SMALL_PROFILE.splitlines(keepends=True)
    lines[18] = lines[18][:5] + "\x00\x00" + lines[18][5:]
    path.write_text("".join(lines), encoding="utf-8")
    return "line 19: this is a binary file"


def bad_utf8(path: Path) -> str:
    raw = SMALL_PROFILE.encode()
    at = raw.index(b"Adversarial patches can fool")
    path.write_bytes(raw[:at] + b"\xff\xfe\xc3" + raw[at:])
    line = raw[:at].count(b"\n") + 1
    return (
        f"line {line}: not UTF-8 text (byte 0xFF; Latin-1 or Windows-1252?): save the file as UTF-8"
    )


def huge_abstract(path: Path) -> str:
    head = SMALL_PROFILE[: SMALL_PROFILE.index("Short-term rainfall forecasting")]
    with path.open("w", encoding="utf-8") as f:
        f.write(head)
        chunk = "lorem ipsum dolor sit amet " * 40_000
        for _ in range(BIG // len(chunk) + 1):
            f.write(chunk)
        f.write("\n")
    abstract_line = head.count("\n") + 1
    return f"line {abstract_line}: the line is 5"


def huge_binary(path: Path) -> str:
    with path.open("wb") as f:
        f.write(PNG)
        f.truncate(BIG)  # sparse: 50 MB of NULs after a PNG signature
    return "line 1: a binary file, not a profile"


def too_big(path: Path) -> str:
    with path.open("wb") as f:
        f.write(SMALL_PROFILE.encode())
        f.truncate(MAX_FILE_BYTES + 1)  # sparse, never read
    return "the file is 64.0 MB, over the 64 MB a profile file may have"


def empty(path: Path) -> str:
    path.write_text("\n \n", encoding="utf-8")
    return "line 1: the file is empty"


def directory(path: Path) -> str:
    path.mkdir()
    return "cannot read the file: Is a directory"


BAD_FILES: dict[str, Callable[[Path], str]] = {
    "truncated": truncated,
    "png": png,
    "nul-bytes": nul_bytes,
    "invalid-utf8": bad_utf8,
    "50MB-abstract": huge_abstract,
    "50MB-binary": huge_binary,
    "over-64MB": too_big,
    "empty": empty,
    "directory": directory,
}


@pytest.mark.parametrize("case", BAD_FILES)
def test_bad_profile_file_is_refused_by_line_and_changes_nothing(
    case: str,
    env: dict[str, str | None],
    tmp_path: Path,
    before: tuple[int, list[str]],
) -> None:
    path = tmp_path / f"{case}.txt"
    expected = BAD_FILES[case](path)
    result = runner.invoke(app, ["ingest", str(path)], env=env)
    assert_clean_failure(result, f"{path}", expected, "the index was not changed")
    assert len(result.stderr) < 600  # one message, not the file echoed back
    assert snapshot(env) == before


def test_the_same_bad_file_also_fails_cleanly_with_rebuild(
    env: dict[str, str | None], tmp_path: Path, before: tuple[int, list[str]]
) -> None:
    path = tmp_path / "bad.txt"
    expected = truncated(path)
    result = runner.invoke(app, ["ingest", "--rebuild", str(path)], env=env)
    assert_clean_failure(result, expected)
    assert snapshot(env) == before


def test_data_dir_that_cannot_be_created_names_the_setting(
    env: dict[str, str | None], tmp_path: Path
) -> None:
    (tmp_path / "a-file").write_text("not a directory\n")
    env = {**env, "PROFILEBOT_DATA_DIR": str(tmp_path / "a-file" / "data")}
    for command in (["ask", "What is the h-index?"], ["ingest"], ["stats"]):
        result = runner.invoke(app, command, env=env)
        assert_clean_failure(result, "Not a directory", "PROFILEBOT_DATA_DIR")


def test_chroma_path_that_is_a_file_names_the_setting(
    env: dict[str, str | None], tmp_path: Path
) -> None:
    (tmp_path / "chroma").write_text("not a directory\n")
    env = {**env, "PROFILEBOT_CHROMA_PATH": str(tmp_path / "chroma")}
    result = runner.invoke(app, ["ask", "What is the h-index?"], env=env)
    assert_clean_failure(result, f"cannot open the index at {tmp_path / 'chroma'}")
    assert "PROFILEBOT_CHROMA_PATH" in result.stderr


def test_corrupt_index_file_is_reported_not_crashed_on(
    env: dict[str, str | None], home: Path, tmp_path: Path, before: tuple[int, list[str]]
) -> None:
    shutil.copytree(home / "data" / "chroma", tmp_path / "chroma")
    (tmp_path / "chroma" / "chroma.sqlite3").write_bytes(b"this is not sqlite" * 512)
    env = {**env, "PROFILEBOT_CHROMA_PATH": str(tmp_path / "chroma")}
    for command in (["ask", "What is the h-index?"], ["ingest"]):
        result = runner.invoke(app, command, env=env)
        assert_clean_failure(result, "cannot open the index", "PROFILEBOT_CHROMA_PATH")


def test_missing_index_for_a_named_profile_says_what_to_run(env: dict[str, str | None]) -> None:
    result = runner.invoke(app, ["ask", "--profile", "nobody", "What is the h-index?"], env=env)
    assert_clean_failure(result, "no index for profile 'nobody'", "profilebot ingest FILE")


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """Make a directory tree unwritable, also for root (chattr +i), or skip."""
    if os.geteuid() != 0:
        modes = {p: p.stat().st_mode for p in [path, *path.rglob("*")]}
        for p in modes:
            p.chmod(modes[p] & ~0o222)
        try:
            yield
        finally:
            for p, mode in modes.items():
                p.chmod(mode)
        return
    chattr = shutil.which("chattr")
    if (
        not chattr
        or subprocess.run([chattr, "-R", "+i", str(path)], capture_output=True).returncode
    ):
        subprocess.run([chattr or "true", "-R", "-i", str(path)], capture_output=True)
        pytest.skip("running as root and this filesystem has no immutable flag (chattr +i)")
    try:
        yield
    finally:
        subprocess.run([chattr, "-R", "-i", str(path)], check=True)


def test_read_only_index_is_refused_clearly_and_left_intact(
    env: dict[str, str | None], home: Path, tmp_path: Path, before: tuple[int, list[str]]
) -> None:
    shutil.copytree(home / "data" / "chroma", tmp_path / "chroma")
    env = {**env, "PROFILEBOT_CHROMA_PATH": str(tmp_path / "chroma")}
    changed = tmp_path / "changed.txt"
    changed.write_text(SMALL_PROFILE.replace("93% of attacks", "95% of attacks"), encoding="utf-8")
    with read_only(tmp_path / "chroma"):  # Chroma writes when it opens a store, even to read
        for command in (["ask", QUESTIONS[0]], ["ingest", str(changed)]):
            result = runner.invoke(app, command, env=env)
            assert_clean_failure(result, "cannot open the index", "PROFILEBOT_CHROMA_PATH")
    result = runner.invoke(app, ["ask", "--json", QUESTIONS[0]], env=env)
    assert json.loads(result.stdout)["text"] == before[1][0]  # writable again: as it was


def bigger_profile(path: Path, papers: int = 10) -> int:
    """The first papers of the bundled profile (>1 ingest batch), in profilebot's JSON form."""
    profile = load_profile(BUNDLED_PROFILE, captured_year=2026)
    profile = profile.model_copy(update={"papers": profile.papers[:papers]})
    path.write_text(profile_to_json(profile), encoding="utf-8")
    return papers


@pytest.mark.slow  # ~10-20 s: a real process to kill, then two ingests to compare
def test_kill_9_during_ingest_then_reingest_gives_the_clean_index(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    bigger_profile(tmp_path / "bigger.json")
    killed, clean = tmp_path / "killed", tmp_path / "clean"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PROFILEBOT_", "OPENAI_"))}
    env.update({k: v for k, v in cli_env(home, killed).items() if v is not None})
    proc = subprocess.Popen(
        [str(PROFILEBOT), "ingest", str(tmp_path / "bigger.json")],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    watchdog = threading.Timer(300, proc.kill)  # a hung child fails the test, not the run
    watchdog.start()
    try:
        assert proc.stderr is not None
        seen = ""
        for line in proc.stderr:  # "Embedded 64/107 chunks" once the first batch is written
            seen += line
            if line.startswith("Embedded "):
                proc.send_signal(signal.SIGKILL)
                break
        assert proc.wait() == -signal.SIGKILL, seen
    finally:
        watchdog.cancel()
    done, total = map(int, seen.split("Embedded ")[1].split()[0].split("/"))
    half = index_of(killed)
    assert not half.exists() and 0 < half.collection().count() < total  # killed mid-way
    env_killed = cli_env(home, killed)
    result = runner.invoke(app, ["ingest", str(tmp_path / "bigger.json")], env=env_killed)
    assert result.exit_code == 0, result.output
    assert f"Embedded {total - done}/{total - done} chunks" in result.stderr  # only the rest
    env_clean = cli_env(home, clean)
    assert (
        runner.invoke(app, ["ingest", str(tmp_path / "bigger.json")], env=env_clean).exit_code == 0
    )
    repaired, fresh = index_of(killed), index_of(clean)
    assert repaired.exists() and fresh.exists()
    assert sorted(c.id for c in repaired.all_chunks()) == sorted(c.id for c in fresh.all_chunks())
    assert repaired.load_profile() == fresh.load_profile()
    for q in ("Which papers are about logo recognition?", "How many papers are listed?"):
        a = runner.invoke(app, ["ask", "--json", q], env=env_killed)
        b = runner.invoke(app, ["ask", "--json", q], env=env_clean)
        assert json.loads(a.stdout)["text"] == json.loads(b.stdout)["text"]
        assert json.loads(a.stdout)["citations"] == json.loads(b.stdout)["citations"]
