"""An unlucky operator (issue 16): bad settings, bad output paths, bad servers, Ctrl-C, two
processes at once, a hostile batch. Each: exit code, one line naming what to fix, no
traceback, nothing lost."""

from __future__ import annotations

import io
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from bot.cli.batch import LongLine, bounded_lines
from bot.main import app
from bot.settings import BUNDLED_PROFILE
from retrieval.index import store
from tests.conftest import cli_env

runner = CliRunner()
PROFILEBOT = Path(sys.executable).with_name("profilebot")


def assert_one_line_error(result: Result, *needles: str, code: int = 1) -> None:
    assert result.exit_code == code, result.output
    assert isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output and result.stderr.startswith("error: ")
    assert len(result.stderr.strip().splitlines()) <= 2, result.stderr
    for needle in needles:
        assert needle in result.stderr, result.stderr


@pytest.fixture(autouse=True, scope="module")
def indexed(home: Path) -> None:
    """The small profile indexed first, so no first-use progress bar shows in the output."""
    cwd = os.getcwd()
    os.chdir(home)
    try:
        assert runner.invoke(app, ["ingest"], env=cli_env(home)).exit_code == 0
    finally:
        os.chdir(cwd)


def test_error_text_is_not_read_as_markup(env: dict[str, str | None]) -> None:
    result = runner.invoke(app, ["ask", "--profile", "[/x]", "hi"], env=env)
    assert_one_line_error(result, "invalid profile name '[/x]'")
    result = runner.invoke(app, ["ask", "--profile", "[bold]x[/bold]", "hi"], env=env)
    assert_one_line_error(result, "'[bold]x[/bold]'")


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("PROFILEBOT_LLM_TIMEOUT", "0"),
        ("PROFILEBOT_LLM_TIMEOUT", "-1"),
        ("PROFILEBOT_LLM_TIMEOUT", "nan"),
        ("PROFILEBOT_LLM_TIMEOUT", "inf"),
        ("PROFILEBOT_LLM_MAX_RETRIES", "-1"),
        ("PROFILEBOT_LLM_MAX_RETRIES", "1000000"),
        ("PROFILEBOT_LLM_CONTEXT_TOKENS", "0"),
        ("PROFILEBOT_LLM_CONTEXT_TOKENS", "-1"),
        ("PROFILEBOT_LLM_TEMPERATURE", "nan"),
        ("PROFILEBOT_CAPTURED_YEAR", "12345678901234567890"),
        ("PROFILEBOT_DISCORD_USER_WINDOW", "inf"),
    ],
)
def test_a_setting_out_of_bounds_is_named(
    variable: str, value: str, env: dict[str, str | None]
) -> None:
    env = env | {variable: value, "PROFILEBOT_LLM_BASE_URL": "http://127.0.0.1:9/v1"}
    result = runner.invoke(app, ["ask", "What is the h-index?"], env=env)
    assert_one_line_error(result, f"invalid setting ({variable}: ", ".env")


def test_blank_settings_are_unset_and_values_are_trimmed(env: dict[str, str | None]) -> None:
    """Lines copied from .env.example with nothing after '=' (or a space), and values pasted
    with spaces around them: the defaults, and the values themselves, not errors or an LLM
    enabled by a key of blanks."""
    env = env | {
        "PROFILEBOT_LLM_TIMEOUT": "",
        "PROFILEBOT_LLM_BASE_URL": " \t",
        "OPENAI_API_KEY": "  ",
        "PROFILEBOT_CHROMA_URL": "",
        "PROFILEBOT_DISCORD_CHANNEL_IDS": "",
        "PROFILEBOT_PROFILE": "  default  ",
        "PROFILEBOT_CAPTURED_YEAR": " 2026 ",
    }
    result = runner.invoke(app, ["ask", "How many papers are listed?"], env=env)
    assert result.exit_code == 0, result.output
    assert "4 papers are listed" in result.stdout and "LLM" not in result.output


def test_a_data_dir_that_is_a_file_is_named(env: dict[str, str | None], tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    for data_dir in (tmp_path / "file", tmp_path / "file" / "below"):
        result = runner.invoke(app, ["stats"], env=env | {"PROFILEBOT_DATA_DIR": str(data_dir)})
        assert_one_line_error(result, f"cannot use the data directory {data_dir}", "Not a dir")
        assert "Set PROFILEBOT_DATA_DIR" in result.stderr


def test_a_bad_api_key_value_is_named_without_showing_it(env: dict[str, str | None]) -> None:
    env = env | {"PROFILEBOT_DISCORD_CHANNEL_IDS": "12,sk-notanumber99"}
    result = runner.invoke(app, ["stats"], env=env)
    assert_one_line_error(result, "PROFILEBOT_DISCORD_CHANNEL_IDS")
    assert "sk-notanumber99" not in result.stderr  # a value is never shown: it may be a key


def test_an_env_file_that_is_not_utf8_is_named(home: Path, tmp_path: Path) -> None:
    (tmp_path / ".env").write_bytes(b"PROFILEBOT_PROFILE=caf\xe9\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PROFILEBOT_", "OPENAI"))}
    env |= {k: v for k, v in cli_env(home, tmp_path / "data").items() if v is not None}
    done = subprocess.run(
        [str(PROFILEBOT), "stats"], env=env, cwd=tmp_path, capture_output=True, text=True
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr == f"error: {tmp_path / '.env'} is not UTF-8 text (line 1): " + (
        "save it as UTF-8 or remove it\n"
    )


@pytest.mark.parametrize(
    "command",
    [
        ["export", "-o", "/missing/dir/x.json"],
        ["export", "-o", "."],
        ["timeline", "--png", "/missing/dir/t.png"],
        ["coauthors", "--png", "/missing/dir/c.png"],
    ],
)
def test_an_output_path_that_cannot_be_written_is_one_line(
    command: list[str], env: dict[str, str | None]
) -> None:
    result = runner.invoke(app, command, env=env)
    assert_one_line_error(result, "cannot write ", "give a file path in an existing folder")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (a full disk)")
def test_output_to_a_full_disk_is_one_line(
    env: dict[str, str | None], home: Path, tmp_path: Path
) -> None:
    """`export -o` onto a full disk, and stdout redirected to one (a real process: the
    output is written through the real file descriptor)."""
    result = runner.invoke(app, ["export", "-o", "/dev/full"], env=env)
    assert_one_line_error(result, "cannot write /dev/full: No space left on device; free some")
    run_env = {k: v for k, v in os.environ.items() if not k.startswith(("PROFILEBOT_", "OPENAI"))}
    run_env |= {k: v for k, v in env.items() if v is not None}
    run_env.pop("PYTHONUNBUFFERED", None)  # as users run it: stdout to a file is buffered
    for command in (["export"], ["ask", "What is the h-index?"]):
        with open("/dev/full", "w") as full:
            done = subprocess.run(
                [str(PROFILEBOT), *command],
                env=run_env,
                cwd=home,
                stdout=full,
                stderr=subprocess.PIPE,
                text=True,
                timeout=300,
            )
        assert done.returncode == 1
        assert done.stderr == "error: cannot write the output: No space left on device\n"


class NotChroma(BaseHTTPRequestHandler):
    """A web server that is not Chroma: an HTML page for everything."""

    def do_GET(self) -> None:
        body = b"<html><body>" + b"<p>Welcome to nginx!</p>" * 500 + b"</body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def html_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), NotChroma)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def silent_server() -> Iterator[str]:
    """Accepts connections and never answers."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    sock.close()


def test_a_chroma_url_at_a_web_server_says_what_is_there(
    env: dict[str, str | None], html_server: str
) -> None:
    result = runner.invoke(app, ["stats"], env=env | {"PROFILEBOT_CHROMA_URL": html_server})
    assert_one_line_error(result, "is not a Chroma server", "HTTP 200, text/html")
    assert "nginx" not in result.stderr


def test_a_chroma_url_that_never_answers_times_out(
    env: dict[str, str | None], silent_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store, "SERVER_TIMEOUT", 0.5)
    url = silent_server.replace("http://", "http://bob:pw-secret-1@")
    result = runner.invoke(app, ["stats"], env=env | {"PROFILEBOT_CHROMA_URL": url})
    assert_one_line_error(result, "did not answer within 0.5 s", "PROFILEBOT_CHROMA_URL")
    assert "pw-secret-1" not in result.output


def test_jsonl_batch_survives_every_bad_line_and_returns_ids_as_given(
    env: dict[str, str | None],
) -> None:
    big = "9" * 5000
    lines = [
        '\ufeff{"id": "bom", "question": "What is the h-index?"}',
        "[" * 100_000,
        f'{{"id": {big}, "question": "What is the h-index?"}}',
        '{"id": "\\ud800", "question": "What is the h-index?"}',
        '{"id": 1e400, "question": "What is the h-index?"}',
        '{"id": 2, "question": null}',
        '{"id": 3, "question": true}',
        '{"id": 4, "question": ["a"]}',
        "null",
        '{"id": 5, "question": "What is the h-index?\\udc80"}',
        "not json at all",
        '{"id": 6.50, "question": "What is the h-index?"}',
    ]
    result = runner.invoke(app, ["ask", "--jsonl"], input="\n".join(lines) + "\n", env=env)
    assert result.exit_code == 0, result.output
    out = result.stdout.splitlines()
    assert len(out) == len(lines)
    ids = [line.split(",", 1)[0].removeprefix('{"id": ') for line in out]
    expected = ['"bom"', "null", big, '"\\ud800"', "1e400", "2", "3", "4", "null", "5"]
    assert ids == [*expected, "null", "6.50"]
    parsed = [json.loads(line, parse_int=str) for line in out]  # every line is JSON
    answered = [p for p in parsed if "answer" in p]
    assert len(answered) == 6 and all("12" in p["answer"] for p in answered)
    errors = [p["error"] for p in parsed if "error" in p]
    assert len(errors) == 6 and all(e.startswith("line ") for e in errors)
    assert '"question" must be a text string' in errors[1]


def test_jsonl_line_over_the_bound_is_one_error_line_with_its_id_and_the_batch_goes_on(
    env: dict[str, str | None],
) -> None:
    """A line over 1 MB (here 3 MB, one question of 600k words; 100 MB took 680 MB of memory)
    is skipped a bounded piece at a time, reported with the id that leads it."""
    huge = '{"id": "big", "question": "' + "graph " * 500_000 + '"}'
    lines = [
        '{"id": 1, "question": "What is the h-index?"}',
        huge,
        '{"question": "' + "x" * 3_000_000 + '", "id": 9}',  # the id comes last: not read
        "y" * 2_500_000,  # no JSON at all, and no end before the next line
        '{"id": 2, "question": "What is the h-index?"}',
    ]
    result = runner.invoke(app, ["ask", "--jsonl"], input="\n".join(lines), env=env)
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == [1, "big", None, None, 2]
    assert "12" in out[0]["answer"] and "12" in out[4]["answer"]
    for n, o in enumerate(out[1:4], 2):
        assert o["error"] == (
            f"line {n}: the line is over 1 MB; a question is read up to 1,000 characters: "
            "shorten it"
        )


def test_bounded_lines_cut_only_lines_over_the_bound() -> None:
    stream = io.BytesIO(b"a" * 10 + b"\n" + b"b" * 11 + b"\n" + b"c" * 25 + b"\n" + b"d" * 30)
    lines = list(bounded_lines(stream, limit=10))
    assert lines == [b"a" * 10 + b"\n", b"b" * 10, b"c" * 10, b"d" * 10]
    assert [type(line) for line in lines] == [bytes, LongLine, LongLine, LongLine]


def run_cli(home: Path, data: Path, *args: str, stdin: int | None = None) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PROFILEBOT_", "OPENAI"))}
    env |= {k: v for k, v in cli_env(home, data).items() if v is not None}
    return subprocess.Popen(
        [str(PROFILEBOT), *args],
        env=env,
        cwd=data.parent,
        stdin=stdin,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.slow  # three real processes starting at once (~20 s)
def test_three_first_uses_at_once_all_answer(home: Path, tmp_path: Path) -> None:
    procs = [run_cli(home, tmp_path / "data", "ask", "What is the h-index?") for _ in range(3)]
    outs = [p.communicate(timeout=600) for p in procs]
    for proc, (stdout, stderr) in zip(procs, outs, strict=True):
        assert proc.returncode == 0 and "Traceback" not in stderr, stderr
        assert "12" in stdout


@pytest.mark.slow  # a real process waits for the lock this test holds
def test_a_second_ingest_of_one_profile_waits_for_the_first(
    home: Path, tmp_path: Path, env: dict[str, str | None]
) -> None:
    from bot.app import open_index
    from tests.conftest import make_settings

    data = tmp_path / "data"
    assert runner.invoke(app, ["ingest"], env=cli_env(home, data)).exit_code == 0
    index = open_index(make_settings(data), "default")
    with index.writing():  # as a first ingest holds it
        second = run_cli(home, data, "ingest", "--profile", "default")
        assert second.stderr is not None
        line = second.stderr.readline()
        assert "waiting for another process to finish writing profile 'default'" in line
        time.sleep(0.5)  # it must still be waiting: the lock is held
        assert second.poll() is None
    stdout, stderr = second.communicate(timeout=600)
    assert second.returncode == 0, stderr
    assert "Indexed profile default" in stdout


@pytest.mark.slow  # a real process interrupted
@pytest.mark.parametrize("when", ["starting", "embedding"])
def test_ctrl_c_during_ingest_says_what_state_the_profile_is_in(
    when: str, home: Path, tmp_path: Path
) -> None:
    proc = run_cli(home, tmp_path / "data", "ingest", str(BUNDLED_PROFILE))
    assert proc.stderr is not None
    if when == "embedding":  # the bundled profile takes several batches
        seen = proc.stderr.readline()
        assert seen.startswith("Embedded "), seen
    else:
        time.sleep(0.5)  # the interpreter is up, the libraries are loading
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=600)
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr
    if when == "starting":
        assert stderr.strip() in {
            "interrupted while starting: nothing was changed",
            "error: interrupted: nothing was changed",  # it landed while the file was read
        }, stderr
    else:
        assert "profile 'default' may be partly indexed (then it is marked incomplete)" in stderr


@pytest.mark.slow  # a real ingest killed, then finished (~90 s)
def test_sigterm_during_ingest_says_what_state_the_profile_is_in_and_it_stays_usable(
    home: Path, tmp_path: Path
) -> None:
    """`kill` or `docker stop` mid-ingest: one line on what state the profile is in (not a
    silent death), exit 143; the profile then answers from what was indexed, and the next
    ingest finishes it."""
    data = tmp_path / "data"
    proc = run_cli(home, data, "ingest", str(BUNDLED_PROFILE))
    assert proc.stderr is not None
    seen = proc.stderr.readline()
    assert seen.startswith("Embedded "), seen
    proc.send_signal(signal.SIGTERM)
    _, stderr = proc.communicate(timeout=600)
    assert proc.returncode == 143, stderr
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr
    [line] = [ln for ln in stderr.splitlines() if not ln.startswith("Embedded ")]
    assert line.startswith("error: interrupted: profile 'default' may be partly indexed"), line
    assert "run `profilebot ingest" in line
    env = cli_env(home, data)

    def listed() -> int:
        exported = runner.invoke(app, ["export"], env=env)
        assert exported.exit_code == 0, exported.output
        return len(json.loads(exported.stdout)["papers"])

    partly = listed()  # readable: what was indexed before the signal
    again = runner.invoke(app, ["ingest", str(BUNDLED_PROFILE)], env=env)
    assert again.exit_code == 0, again.output
    from retrieval.ingest.load import load_profile

    whole = len(load_profile(BUNDLED_PROFILE, captured_year=2026).papers)
    assert partly < whole == listed()


@pytest.mark.slow  # a real chat process, re-ingested under it (~20 s)
def test_a_running_chat_notices_a_reingest_and_reloads(home: Path, tmp_path: Path) -> None:
    from bot.app import open_index
    from retrieval.ingest.load import load_profile
    from tests.conftest import make_settings

    data = tmp_path / "data"
    assert runner.invoke(app, ["ingest"], env=cli_env(home, data)).exit_code == 0
    chat = run_cli(home, data, "chat", stdin=subprocess.PIPE)
    assert chat.stdin is not None and chat.stdout is not None
    chat.stdin.write("How many papers are listed?\n")
    chat.stdin.flush()
    before = ""
    while "listed" not in before:
        before = chat.stdout.readline()
        assert before, "chat ended early"
    assert "4 papers are listed" in before or "4 listed" in before, before
    profile = load_profile(home / "ada.txt", captured_year=2026)
    one = profile.model_copy(update={"papers": profile.papers[:1]})
    open_index(make_settings(data), "default").ingest(one, confirmed=True)
    after, _ = chat.communicate("How many papers are listed?\n/quit\n", timeout=600)
    assert chat.returncode == 0
    assert "The profile was re-indexed: now 1 papers." in after
    assert "1 paper" in after.split("re-indexed")[1] and "4 papers" not in after
