"""Where MiniLM comes from: a model folder checked by sha256 at every load, the offline-model
extra, or Chroma's own download; the index records which build made its vectors."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from retrieval.index import model_files
from retrieval.index.embedder import LEGACY_IDENTITY, EmbedderError, MiniLMEmbedding
from retrieval.index.store import IndexError_, PaperIndex, open_client
from retrieval.ingest.text_format import parse_profile
from retrieval.search import Searcher
from tests.conftest import SMALL_PROFILE
from tests.model_folders import flip_a_byte, model_folder, other_build

TEXTS = ["rainfall radar forecasting", "adversarial patches in street scenes"]


def test_a_model_folder_gives_the_packaged_vectors_and_writes_nothing(
    tmp_path: Path, embedder: MiniLMEmbedding
) -> None:
    folder = model_folder(tmp_path / "model")
    before = sorted(p.name for p in folder.iterdir())
    from_folder = MiniLMEmbedding(str(folder))
    assert np.array_equal(np.array(from_folder(TEXTS)), np.array(embedder(TEXTS)))
    assert from_folder.variant == embedder.variant == "int8:8199be6f699a"
    assert sorted(p.name for p in folder.iterdir()) == before  # no links, stamps or copies


def test_an_index_reopens_offline_from_a_moved_model_folder(
    tmp_path: Path, no_network: None, empty_chroma_cache: Path
) -> None:
    folder = model_folder(tmp_path / "model")
    store = tmp_path / "store"
    PaperIndex(open_client(store), "ada", MiniLMEmbedding(str(folder))).ingest(
        parse_profile(SMALL_PROFILE, captured_year=2026)
    )
    # A rebuilt image: the folder is somewhere else now, the old one is gone.
    moved = tmp_path / "elsewhere" / "model"
    moved.parent.mkdir()
    folder.rename(moved)
    reopened = PaperIndex(open_client(store), "ada", MiniLMEmbedding(str(moved)))
    profile = reopened.load_profile()
    searcher = Searcher(reopened.collection(), reopened.embedder, profile, reopened.keywords())
    assert searcher.search("rainfall radar forecasting").hits[0].paper.title.startswith("RainNet")
    assert not empty_chroma_cache.exists()  # nothing was downloaded, or tried


def test_a_changed_model_file_is_refused_at_the_next_load(tmp_path: Path) -> None:
    folder = model_folder(tmp_path / "model")
    assert len(MiniLMEmbedding(str(folder))(TEXTS)) == 2
    flip_a_byte(folder / "model.onnx")
    with pytest.raises(EmbedderError) as refused:
        MiniLMEmbedding(str(folder))(TEXTS)
    message = str(refused.value)
    assert "\n" not in message
    assert f"{folder / 'model.onnx'} (sha256 " in message
    assert "is not a known all-MiniLM-L6-v2 build" in message and "SHA256SUMS" in message


def test_a_file_that_no_longer_matches_its_recorded_hash_is_refused(tmp_path: Path) -> None:
    folder = other_build(tmp_path / "model")
    assert len(MiniLMEmbedding(str(folder))(TEXTS)) == 2  # trusted through SHA256SUMS
    flip_a_byte(folder / "tokenizer.json")
    with pytest.raises(EmbedderError, match=r"tokenizer.json does not match its sha256 in SHA256"):
        MiniLMEmbedding(str(folder))(TEXTS)


def test_a_folder_without_the_model_says_what_to_put_there(tmp_path: Path) -> None:
    folder = model_folder(tmp_path / "model")
    (folder / "model.onnx").unlink()
    with pytest.raises(EmbedderError) as refused:
        MiniLMEmbedding(str(folder)).variant  # noqa: B018
    assert str(refused.value) == (
        f"{folder / 'model.onnx'} is missing: put all-MiniLM-L6-v2's model.onnx and "
        f"tokenizer.json in {folder}"
    )


def test_an_index_built_by_another_build_is_refused_with_the_command_to_run(
    tmp_path: Path, embedder: MiniLMEmbedding
) -> None:
    store = tmp_path / "store"
    PaperIndex(open_client(store), "ada", embedder).ingest(
        parse_profile(SMALL_PROFILE, captured_year=2026)
    )
    other = MiniLMEmbedding(str(other_build(tmp_path / "model")))
    assert other.variant.startswith("onnx:") and other.variant != embedder.variant
    with pytest.raises(IndexError_) as refused:
        PaperIndex(open_client(store), "ada", other).collection()
    message = str(refused.value)
    assert 'built with embedder ["profilebot-minilm-l6-v2", "int8:8199be6f699a"]' in message
    assert f'but ["profilebot-minilm-l6-v2", "{other.variant}"] is configured' in message
    assert "run `profilebot ingest --rebuild FILE --profile ada`" in message


def test_an_index_from_before_the_build_was_recorded_still_opens_with_the_same_build(
    tmp_path: Path, embedder: MiniLMEmbedding
) -> None:
    index = PaperIndex(open_client(tmp_path), "ada", embedder)
    index.ingest(parse_profile(SMALL_PROFILE, captured_year=2026))
    index.collection().modify(metadata={"embedder": LEGACY_IDENTITY, "complete": True})
    assert PaperIndex(open_client(tmp_path), "ada", embedder).exists()
    other = MiniLMEmbedding(str(other_build(tmp_path / "model")))
    with pytest.raises(IndexError_, match="--rebuild"):
        PaperIndex(open_client(tmp_path), "ada", other).collection()


def test_the_config_chroma_stores_rebuilds_the_same_source(tmp_path: Path) -> None:
    folder = model_folder(tmp_path / "model")
    stored = json.loads(json.dumps(MiniLMEmbedding(str(folder)).get_config()))
    rebuilt = MiniLMEmbedding.build_from_config(stored)
    assert (rebuilt.source, rebuilt.model_dir) == ("dir", str(folder))
    legacy = MiniLMEmbedding.build_from_config({"model_dir": "/old/data/models/minilm"})
    assert legacy.source == "package"  # the old layout path is not a model folder


def test_without_network_or_cache_the_default_source_says_how_to_fix_it(
    monkeypatch: pytest.MonkeyPatch, no_network: None, empty_chroma_cache: Path
) -> None:
    monkeypatch.setattr(model_files, "MODEL_PACKAGE", "profilebot_not_installed")
    default = MiniLMEmbedding()
    assert default.source == "chroma" and default.variant.startswith("chroma-fp32:")
    with pytest.raises(EmbedderError) as refused:
        default(TEXTS)
    message = str(refused.value)
    assert "\n" not in message
    assert message.startswith(
        f"the embedding model all-MiniLM-L6-v2 is not in Chroma's cache ({empty_chroma_cache}) "
        "and could not be downloaded (network unreachable (blocked by the test))"
    )
    assert message.endswith(model_files.OFFLINE_HINT)
    assert list(empty_chroma_cache.iterdir()) == []  # the failed download left nothing
