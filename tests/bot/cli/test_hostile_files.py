"""Hostile and unlucky profile files, in every format, through `profilebot ingest` (issue 16).

Each case: exit code, one `error:` line naming what to fix, no traceback, nothing lost (the
profile that was there exports exactly as before).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from bot.main import app
from retrieval.ingest.limits import MAX_AUTHORS
from retrieval.ingest.load import load_profile, profile_to_json
from tests.conftest import SMALL_PROFILE, cli_env
from tests.openai_server import OpenAIServer, Reply

runner = CliRunner()
PROFILEBOT = Path(sys.executable).with_name("profilebot")


@pytest.fixture
def data(tmp_path: Path, home: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str | None]:
    """A fresh data dir with the small profile ingested from its JSON form."""
    monkeypatch.chdir(tmp_path)
    env = cli_env(home, tmp_path / "data")
    assert invoke(env, "ingest", str(profile_json(tmp_path / "ada.json"))).exit_code == 0
    return env


def invoke(env: dict[str, str | None], *args: str) -> Result:
    return runner.invoke(app, list(args), env=env)


def small() -> dict[str, Any]:
    path = Path("small.txt")
    path.write_text(SMALL_PROFILE, encoding="utf-8")
    loaded: dict[str, Any] = json.loads(profile_to_json(load_profile(path, captured_year=2026)))
    return loaded


def profile_json(path: Path, change: Callable[[dict[str, Any]], object] | None = None) -> Path:
    profile = small()
    if change:
        change(profile)
    path.write_text(json.dumps(profile), encoding="utf-8")
    return path


def export(env: dict[str, str | None], profile: str | None = None) -> str:
    result = invoke(env, "export", *(["--profile", profile] if profile else []))
    assert result.exit_code == 0, result.output
    return result.stdout


def assert_one_line_error(result: Result, *needles: str, code: int = 1) -> None:
    assert result.exit_code == code, result.output
    assert isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    assert result.stderr.startswith("error: "), result.stderr
    for needle in needles:
        assert needle in result.stderr, result.stderr


# Item 1: a huge author list


def bibtex_with_authors(n: int) -> str:
    names = " and ".join(f"Number{i}, Author" for i in range(n))
    return (
        "@article{big, title = {A Paper With Very Many Authors}, "
        f"author = {{Example, Ada and {names}}}, year = {{2021}}, "
        "abstract = {We measured the mass of a particle. It was heavy.}}\n"
        "@article{small, title = {A Small Paper}, author = {Example, Ada}, year = {2022}}\n"
    )


@pytest.mark.parametrize("fmt", ["json", "bib"])
def test_ten_thousand_authors_are_cut_to_et_al_and_the_profile_stays_readable(
    fmt: str, data: dict[str, str | None], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / f"big.{fmt}"
    if fmt == "json":
        many = [f"Author Number{i}" for i in range(10_000)]
        profile_json(path, lambda p: p["papers"][1].update(authors=many))
    else:
        path.write_text(bibtex_with_authors(10_000), encoding="utf-8")
    result = invoke(data, "ingest", "--profile", "big", str(path))
    assert result.exit_code == 0, result.output
    assert f"authors; the first {MAX_AUTHORS:,} are kept, then 'et al.'" in caplog.text
    exported = json.loads(export(data, "big"))
    paper = next(p for p in exported["papers"] if len(p["authors"]) > 100)
    assert len(paper["authors"]) == MAX_AUTHORS and paper["authors_truncated"]
    for command in (["stats"], ["ask", "How many papers are listed?"]):
        assert invoke(data, *command, "--profile", "big").exit_code == 0
    # Re-ingesting the same file works too (it used to fail the same way, for good).
    assert invoke(data, "ingest", "--profile", "big", str(path)).exit_code == 0


# Item 2: credentials in logs and in the store


def test_a_password_in_a_url_is_never_logged_nor_printed(home: Path, tmp_path: Path) -> None:
    """A real `profilebot -v ask` (its own logging set-up) against a local LLM endpoint."""
    reply = Reply("PixelGuard detects adversarial patches with a frequency filter [1].")
    with OpenAIServer([reply]) as server:
        url = server.base_url.replace("http://", "http://alice:hunter2secret@")
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PROFILEBOT_", "OPENAI"))}
        env |= {k: v for k, v in cli_env(home, tmp_path / "data").items() if v is not None}
        env |= {"PROFILEBOT_LLM_BASE_URL": url, "OPENAI_API_KEY": "sk-testkey1234567890"}
        done = subprocess.run(
            [str(PROFILEBOT), "-v", "ask", "Which papers are about adversarial patches?"],
            env=env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=300,
        )
    assert done.returncode == 0, done.stderr
    assert "HTTP Request: POST http://***@127.0.0.1" in done.stderr  # the line is still there
    for secret in ("hunter2secret", "sk-testkey1234567890"):
        assert secret not in done.stdout + done.stderr


def test_the_openai_embedder_config_chroma_may_store_has_no_password(tmp_path: Path) -> None:
    from retrieval.index.embedder import make_embedder

    embedder = make_embedder(
        "openai:text-embedding-3-small",
        base_url="http://alice:hunter2secret@127.0.0.1:9/v1",
    )
    config = json.dumps(embedder.get_config())  # what Chroma persists with a collection
    assert "127.0.0.1:9/v1" in config and "hunter2secret" not in config


# Item 4: profile names


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("a/b/c", "'a/b/c'"),
        ("a.b.c", "'a.b.c'"),
        ("[/x]", "'[/x]'"),
        ("Zoë", "'Zoë'"),
        ("x" * 49, "'xxxxxxxx"),
        ("", "''"),
        ("..", "'..'"),
        ("../x", "'../x'"),
        (" ada", "' ada'"),
    ],
)
def test_invalid_profile_names_say_which_characters_are_allowed(
    name: str, shown: str, data: dict[str, str | None], tmp_path: Path
) -> None:
    for command in (["ingest", str(tmp_path / "ada.json")], ["ask", "hi"], ["stats"]):
        result = invoke(data, *command, "--profile", name)
        assert_one_line_error(result, f"invalid profile name {shown}", "letters, digits")


def test_names_differing_only_in_case_are_refused_not_merged(
    data: dict[str, str | None], tmp_path: Path
) -> None:
    other = profile_json(tmp_path / "other.json", lambda p: p.update(name="Someone Else"))
    assert invoke(data, "ingest", "--profile", "Alice", str(other)).exit_code == 0
    before = export(data, "Alice")
    result = invoke(data, "ingest", "--profile", "alice", str(tmp_path / "ada.json"))
    assert_one_line_error(result, "profile 'alice' is the profile 'Alice'", "--profile Alice")
    result = invoke(data, "ingest", "--rebuild", "--profile", "ALICE", str(other))
    assert_one_line_error(result, "profile 'ALICE' is the profile 'Alice'")
    assert export(data, "Alice") == before
    assert export(data, "alice") == before  # reading it under either spelling is fine


# Item 5: the same size limits for every format


def huge_json(path: Path) -> str:
    profile_json(path, lambda p: p["papers"][0].update(abstract="Short. " * 3_000_000))
    return "paper #1 ('GraphSum: Summarizing Long Documents with Graph Attention'): the "


def huge_openalex(path: Path) -> str:
    work = {
        "id": "https://openalex.org/W1",
        "title": "T" * 5_000,
        "publication_year": 2020,
        "authorships": [{"author": {"display_name": "Ada Example"}}],
    }
    path.write_text(json.dumps({"results": [work]}), encoding="utf-8")
    return "the title is 5,000 characters long; at most 1,000"


def huge_bibtex(path: Path) -> str:
    path.write_text(
        "@article{a, title = {T}, author = {Example, Ada}, year = {2020}, "
        f"abstract = {{{'word ' * 10_000}}}}}\n",
        encoding="utf-8",
    )
    return "the abstract is 49,999 characters long; at most 20,000"


def surrogate_title(path: Path) -> str:
    profile_json(path)
    path.write_text(path.read_text().replace("GraphSum:", "Graph\\ud800Sum:"), encoding="utf-8")
    return "contains an invalid character (lone surrogate U+D800)"


def surrogate_name(path: Path) -> str:
    profile_json(path)
    path.write_text(path.read_text().replace('"Ada Example"', '"Ada \\udc80"', 1))
    return "the researcher's name contains an invalid character"


def papers_null(path: Path) -> str:
    profile_json(path, lambda p: p.update(papers=None))
    return "'papers' must be a list"


def papers_empty(path: Path) -> str:
    profile_json(path, lambda p: p.update(papers=[]))
    return "the file lists no papers"


def header_only(path: Path) -> str:
    path.write_text(SMALL_PROFILE[: SMALL_PROFILE.index("CLMar 3")], encoding="utf-8")
    return "the file lists no papers"


def duplicate_ids(path: Path) -> str:
    profile_json(path, lambda p: p["papers"][2].update(id=p["papers"][0]["id"]))
    return "has the same id"


def year_99999(path: Path) -> str:
    work = {
        "id": "https://openalex.org/W1",
        "title": "A paper",
        "publication_year": 99999,
        "authorships": [{"author": {"display_name": "Ada Example"}}],
    }
    path.write_text(json.dumps([work]), encoding="utf-8")
    return "publication_year 99999 is not a year"


def year_minus_5(path: Path) -> str:
    year_99999(path)
    path.write_text(path.read_text().replace("99999", "-5"), encoding="utf-8")
    return "publication_year -5 is not a year"


def year_0001(path: Path) -> str:
    profile_json(path, lambda p: p["papers"][0].update(date="0001-01-01"))
    return "the year 1 is out of range (1800 to 2100)"


def year_9999(path: Path) -> str:
    profile_json(path, lambda p: p["papers"][0].update(date="9999-12-31"))
    return "the year 9999 is out of range"


def deep_nesting(path: Path) -> str:
    path.write_text('{"name": "x", "papers": ' + "[" * 100_000 + "]" * 100_000 + "}")
    return "invalid JSON: nested too deeply"


def long_number(path: Path) -> str:
    profile_json(path)
    path.write_text(path.read_text().replace('"h_index": 12', '"h_index": ' + "9" * 5000))
    return "invalid JSON: a number is too long"


def huge_h_index(path: Path) -> str:
    profile_json(path, lambda p: p.update(h_index=10**20))
    return "h_index 100000000000000000000 is out of range"


def escape_sequence(path: Path) -> str:
    profile_json(path, lambda p: p["papers"][1].update(title="PixelGuard \x1b]0;pwned\x07"))
    return "paper #2 ('PixelGuard \\x1b]0;pwned\\x07'): the title contains a terminal escape"


def device(path: Path) -> str:
    os.mkfifo(path)  # reading it would wait forever
    return "not a regular file"


def bibtex_1mb_line(path: Path) -> str:
    title = "x" * 1_000_000  # on one line; decoding its LaTeX took 65 s before the bound
    path.write_text(f"@article{{a, title = {{{title}}}, author = {{Ada}}, year = {{2020}}}}")
    return "entry 'a': the title is 1,000,000 characters long; at most 20,000"


def bibtex_unbalanced(path: Path) -> str:
    path.write_text("@article{a, title = {T {unbalanced, author = {Example, Ada}, year = {2020}}\n")
    return "line 1: broken BibTeX entry: Unexpectedly reached end of file."


def bibtex_crossref_cycle(path: Path) -> str:
    path.write_text(
        "@article{x, title = {T}, author = {Ada}, year = {2020}, crossref = {y}}\n"
        "@proceedings{y, title = {P}, crossref = {x}}\n"
    )
    return "line 2: entry 'y' has no authors"


def text_latin1(path: Path) -> str:
    path.write_bytes(SMALL_PROFILE.replace("Bo Li", "Bö Li").encode("latin-1"))
    line = SMALL_PROFILE[: SMALL_PROFILE.index("Bo Li")].count("\n") + 1
    return f"line {line}: not UTF-8 text (byte 0xF6; Latin-1 or Windows-1252?): save the file"


def json_duplicate_keys(path: Path) -> str:
    profile_json(path)
    text = path.read_text().replace('"name": "Ada Example"', '"name": "Ada", "name": "Eve"', 1)
    path.write_text(text, encoding="utf-8")
    return 'invalid JSON: the key "name" appears twice in one object'


def openalex_wrong_types(path: Path) -> str:
    work = {"id": "W1", "title": None, "publication_year": "2020", "authorships": "x"}
    path.write_text(json.dumps({"results": [work]}), encoding="utf-8")
    return "work #1, field authorships: Input should be a valid list; expected OpenAlex works"


def openalex_missing_fields(path: Path) -> str:
    path.write_text(json.dumps({"results": [{"id": "https://openalex.org/W1"}]}))
    return "work #1 (https://openalex.org/W1) has no title"


def directory(path: Path) -> str:
    path.mkdir()
    return "cannot read the file: Is a directory"


def symlink_loop(path: Path) -> str:
    other = path.with_name("other.json")
    path.symlink_to(other)
    other.symlink_to(path)
    return "cannot read the file: Too many levels of symbolic links"


BAD: dict[str, Callable[[Path], str]] = {
    "1MB-line-bibtex": bibtex_1mb_line,
    "unbalanced-braces-bibtex": bibtex_unbalanced,
    "crossref-cycle-bibtex": bibtex_crossref_cycle,
    "latin-1-text": text_latin1,
    "duplicate-keys": json_duplicate_keys,
    "openalex-wrong-types": openalex_wrong_types,
    "openalex-missing-fields": openalex_missing_fields,
    "a-directory": directory,
    "symlink-loop": symlink_loop,
    "escape-sequence-title": escape_sequence,
    "fifo": device,
    "20MB-abstract-json": huge_json,
    "5k-title-openalex": huge_openalex,
    "50k-abstract-bibtex": huge_bibtex,
    "surrogate-title": surrogate_title,
    "surrogate-name": surrogate_name,
    "papers-null": papers_null,
    "papers-empty": papers_empty,
    "header-only-text": header_only,
    "duplicate-ids": duplicate_ids,
    "openalex-year-99999": year_99999,
    "openalex-year-minus-5": year_minus_5,
    "date-0001": year_0001,
    "date-9999": year_9999,
    "100k-nested-brackets": deep_nesting,
    "5000-digit-number": long_number,
    "20-digit-h-index": huge_h_index,
}


@pytest.mark.parametrize("case", BAD)
def test_hostile_file_is_refused_in_one_line_and_changes_nothing(
    case: str, data: dict[str, str | None], tmp_path: Path
) -> None:
    before = export(data)
    path = tmp_path / f"{case}.{'txt' if 'text' in case else 'bib' if 'bibtex' in case else 'json'}"
    expected = BAD[case](path)
    result = invoke(data, "ingest", str(path))
    assert_one_line_error(result, str(path), expected, "the index was not changed")
    assert len(result.stderr) < 600
    assert export(data) == before


def as_windows_writes_it(path: Path) -> None:
    """The small profile as Notepad may save it: a byte order mark, CRLF, tabs."""
    text = SMALL_PROFILE.replace("Ada Example, Bo Li", "Ada Example,\tBo Li")
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())


def json_with_bom(path: Path) -> None:
    profile_json(path)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())


def utf16_text(path: Path) -> None:
    path.write_bytes(SMALL_PROFILE.encode("utf-16"))  # Windows' "Unicode": BOM + UTF-16


@pytest.mark.parametrize("write", [as_windows_writes_it, json_with_bom, utf16_text])
def test_byte_order_marks_crlf_and_tabs_read_as_the_clean_file(
    write: Callable[[Path], None], data: dict[str, str | None], tmp_path: Path
) -> None:
    path = tmp_path / f"{write.__name__}.{'json' if 'json' in write.__name__ else 'txt'}"
    write(path)
    result = invoke(data, "ingest", str(path), "--profile", "windows")
    assert result.exit_code == 0, result.output
    assert export(data, "windows") == export(data)  # the same papers, the same text


def test_a_broken_bibtex_entry_is_one_line_on_stderr(home: Path, tmp_path: Path) -> None:
    """bibtexparser's own multi-line warning about the entry does not reach the operator."""
    path = tmp_path / "broken.bib"
    bibtex_unbalanced(path)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PROFILEBOT_", "OPENAI"))}
    env |= {k: v for k, v in cli_env(home, tmp_path / "data").items() if v is not None}
    done = subprocess.run(
        [str(PROFILEBOT), "ingest", str(path)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 1 and done.stdout == ""
    [error, hint] = done.stderr.splitlines()
    assert error.startswith(f"error: {path}, line 1: broken BibTeX entry"), done.stderr
    assert hint.startswith("Fix the file and run `profilebot ingest FILE` again")


# Item 6: a truncated file


def test_a_file_that_would_remove_most_papers_asks_for_yes(
    data: dict[str, str | None], tmp_path: Path
) -> None:
    before = export(data)
    cut = profile_json(tmp_path / "cut.json", lambda p: p.update(papers=p["papers"][:1]))
    result = invoke(data, "ingest", str(cut))
    assert_one_line_error(
        result, "this would remove 3 of the 4 papers of profile 'default'", "--yes"
    )
    assert export(data) == before
    result = invoke(data, "ingest", "--yes", str(cut))
    assert result.exit_code == 0 and "3 removed" in result.stdout
    assert [p["title"][:8] for p in json.loads(export(data))["papers"]] == ["GraphSum"]


def test_removing_one_paper_needs_no_confirmation(
    data: dict[str, str | None], tmp_path: Path
) -> None:
    fewer = profile_json(tmp_path / "fewer.json", lambda p: p.update(papers=p["papers"][:3]))
    result = invoke(data, "ingest", str(fewer))
    assert result.exit_code == 0 and "1 removed" in result.stdout


def test_an_abstract_of_many_short_sentences_is_bounded_in_chunks(
    data: dict[str, str | None], tmp_path: Path
) -> None:
    from bot.app import open_index
    from bot.settings import Settings
    from retrieval.index.chunks import MAX_SENTENCE_CHUNKS

    tiny = " ".join(f"Go {i}." for i in range(2_000))  # 2,000 sentences in 16,889 characters
    path = profile_json(tmp_path / "tiny.json", lambda p: p["papers"][0].update(abstract=tiny))
    result = invoke(data, "ingest", "--profile", "tiny", str(path))
    assert result.exit_code == 0, result.output
    settings = Settings(_env_file=None, data_dir=Path(str(data["PROFILEBOT_DATA_DIR"])))  # type: ignore[call-arg]
    chunks = open_index(settings, "tiny").all_chunks()
    first = [c for c in chunks if c.metadata["title"].startswith("GraphSum")]
    assert len(first) == 1 + MAX_SENTENCE_CHUNKS
    exported = json.loads(export(data, "tiny"))
    assert exported["papers"][0]["abstract"] == tiny  # nothing of it lost


MARKUP = {"name": "[/x] [bold]Evil", "title": "[/] [red]Title [link=http://x]y", "author": "[/x]A"}


def test_markup_in_profile_text_is_shown_literally_everywhere(
    data: dict[str, str | None], tmp_path: Path
) -> None:
    def hostile(p: dict[str, Any]) -> None:
        p.update(name=MARKUP["name"], main_category="[/b]")
        p["papers"][0].update(title=MARKUP["title"], category="[/c]")
        p["papers"][0]["authors"][1] = MARKUP["author"]

    path = profile_json(tmp_path / "markup.json", hostile)
    assert invoke(data, "ingest", "--profile", "markup", str(path)).exit_code == 0
    for command, shown in [
        (["stats"], MARKUP["name"]),
        (["timeline"], MARKUP["name"]),
        (["coauthors"], MARKUP["author"]),
        (["coauthors", MARKUP["author"]], MARKUP["title"]),
        (["papers", "--topic", "graph summarization"], "[/] [red]Title"),
        (["ask", "Which papers are about graph attention for summarization?"], MARKUP["title"]),
        (["export"], json.dumps(MARKUP["title"])),
    ]:
        result = invoke(data, *command, "--profile", "markup")
        assert result.exit_code == 0, (command, result.output)
        assert shown in result.stdout, (command, result.stdout)
    chat = runner.invoke(app, ["chat", "--profile", "markup"], input="/quit\n", env=data)
    assert chat.exit_code == 0 and MARKUP["name"] in chat.stdout, chat.output
