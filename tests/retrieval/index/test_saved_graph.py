"""MiniLM's optimized graph, saved once and read back: the same vectors, made again when it
is missing, damaged or for another model; a folder that cannot be written to changes nothing."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from retrieval.index import graph
from retrieval.index.embedder import MiniLMEmbedding

TEXTS = [
    "What does she work on?",
    "whats there work on crop yeild from drones",  # typos
    "Has he not published anything on protein folding since 2019?",
    "Which of their papers use diffusion models for rainfall nowcasting, and which have code?",
    "graph attention",
    "An abstract-length text: " + "we propose a sparse mixture of experts for speech. " * 30,
]


def vectors(embedder: MiniLMEmbedding) -> np.ndarray:
    return np.asarray(embedder(TEXTS))


@pytest.fixture(scope="module")
def optimized_per_load() -> np.ndarray:
    """The vectors of a session onnxruntime optimizes at load, as without a saved graph."""
    return vectors(MiniLMEmbedding(source="package"))


def saved_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_the_saved_graph_gives_the_vectors_of_the_graph_optimized_at_load(
    tmp_path: Path, optimized_per_load: np.ndarray
) -> None:
    first = MiniLMEmbedding(source="package", graph_dir=str(tmp_path / "models"))
    saving = vectors(first)  # this load optimizes the graph, saves it, reads it back
    names = saved_files(tmp_path / "models")
    assert len(names) == 2 and {Path(n).suffix for n in names} == {".ort", ".json"}  # no .tmp
    saved = next((tmp_path / "models").glob("*.ort"))
    written = saved.stat().st_mtime_ns, saved.stat().st_ino
    reading = vectors(MiniLMEmbedding(source="package", graph_dir=str(tmp_path / "models")))
    assert (saved.stat().st_mtime_ns, saved.stat().st_ino) == written  # read, not made again
    np.testing.assert_allclose(saving, optimized_per_load, atol=1e-6, rtol=0)
    np.testing.assert_allclose(reading, optimized_per_load, atol=1e-6, rtol=0)


@pytest.mark.parametrize("damage", ["a flipped byte", "cut short", "no recorded sha256"])
def test_a_damaged_saved_graph_is_made_again_with_the_same_vectors(
    tmp_path: Path, optimized_per_load: np.ndarray, damage: str
) -> None:
    folder = tmp_path / "models"
    vectors(MiniLMEmbedding(source="package", graph_dir=str(folder)))
    saved = next(folder.glob("*.ort"))
    good = saved.read_bytes()
    if damage == "a flipped byte":  # inside the weights: the file still loads, wrongly
        at = len(good) // 2
        saved.write_bytes(good[:at] + bytes([good[at] ^ 0xFF]) + good[at + 1 :])
    elif damage == "cut short":
        saved.write_bytes(good[: len(good) // 3])
    else:
        saved.with_suffix(".json").unlink()
    assert not graph.intact(saved)
    again = vectors(MiniLMEmbedding(source="package", graph_dir=str(folder)))
    np.testing.assert_allclose(again, optimized_per_load, atol=1e-6, rtol=0)
    assert graph.intact(saved)  # made again (onnxruntime's bytes may differ run to run)
    assert saved_files(folder) == sorted([saved.name, saved.with_suffix(".json").name])


def test_another_model_runtime_or_cpu_is_kept_under_another_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    here = graph.graph_path(tmp_path, "a" * 64, "1.32.0")
    assert here == graph.graph_path(tmp_path, "a" * 64, "1.32.0")
    assert here != graph.graph_path(tmp_path, "b" * 64, "1.32.0")  # another build of the model
    assert here != graph.graph_path(tmp_path, "a" * 64, "1.33.0")  # another onnxruntime
    monkeypatch.setattr(graph, "cpu_signature", lambda: "aarch64|fp asimd")
    assert here != graph.graph_path(tmp_path, "a" * 64, "1.32.0")  # another CPU


def test_a_folder_that_cannot_be_written_to_leaves_the_vectors_unchanged(
    tmp_path: Path, optimized_per_load: np.ndarray
) -> None:
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    got = vectors(MiniLMEmbedding(source="package", graph_dir=str(blocked / "models")))
    np.testing.assert_allclose(got, optimized_per_load, atol=1e-6, rtol=0)
    assert blocked.read_text() == "" and saved_files(tmp_path) == [blocked.name]
