"""Shared fixtures: a real embedder, real Chroma stores in tmp dirs, real Assistants."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from chromadb.utils.embedding_functions.onnx_mini_lm_l6_v2 import ONNXMiniLM_L6_V2

from bot.app import build_assistant
from bot.settings import BUNDLED_PROFILE, Settings
from prompts.assistant import Assistant
from retrieval.index.embedder import MiniLMEmbedding
from tests.chroma_server import chroma_server

# A small profile in the text format, with facts the tests check.
SMALL_PROFILE = """Ada Example

CL
h-index12
9papers
1,234citations
Novelty40%
AI Score55

9 Papers

CLMar 3, 2021Code
GraphSum: Summarizing Long Documents with Graph Attention

Ada Example, Bo Li, Cy Chen et al. · mit

Long documents are hard to summarize. We propose GraphSum, a graph attention model over sentence graphs. GraphSum improves ROUGE-L by 4.2 points on the arXiv dataset. Code is at https://github.com/example/graphsum.

CVJun 10, 2022
PixelGuard: Detecting Adversarial Patches in Street Scenes

Bo Li, Ada Example, Dee Park

Adversarial patches can fool object detectors. PixelGuard detects patches with a lightweight frequency filter. On the Cityscapes benchmark it blocks 93% of attacks while keeping detection accuracy.

CLJan 20, 2023
Few-shot Relation Extraction with Prompt Ensembles

Cy Chen, Ada Example, Bo Li et al.

Relation extraction needs many labels. We ensemble several prompts for few-shot relation extraction. The method reaches 71.5 F1 on FewRel with only five examples per relation.

LGFeb 14Code
RainNet: Forecasting Rainfall from Radar with Diffusion Models

Ada Example, Eve Stone, Fay Wu et al.

Short-term rainfall forecasting matters for flood warnings. RainNet is a diffusion model trained on 12 years of radar images from Germany. It lowers the forecast error by 18% against optical-flow baselines.
"""


@pytest.fixture(scope="session", autouse=True)
def model_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One folder for MiniLM's optimized graph across the session (and the CLI processes it
    starts), instead of a ~90 MB copy in every test's data dir; no whole words' table (~17 s
    of CPU to build: the same vectors as the runs, tested in tests/retrieval/index)."""
    folder = tmp_path_factory.mktemp("models")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PROFILEBOT_MODEL_CACHE_DIR", str(folder))
        patch.setenv("PROFILEBOT_WORD_TABLE", "0")
        yield folder


@pytest.fixture(scope="session")
def embedder() -> MiniLMEmbedding:
    """MiniLM from the offline-model extra (the test extra installs it): no download."""
    return MiniLMEmbedding(source="package")


def make_settings(
    data_dir: Path, profile_file: Path = BUNDLED_PROFILE, **extra: object
) -> Settings:
    """Settings isolated from the developer's environment and .env."""
    return Settings(  # type: ignore[call-arg]
        _env_file=None,
        data_dir=data_dir,
        profile_file=profile_file,
        captured_year=2026,
        openai_api_key=None,
        llm_base_url=None,
        discord_token=None,
        chroma_url=None,
        **{"embedding_model_dir": None, **extra},
    )


def cli_env(home: Path, data: Path | None = None) -> dict[str, str | None]:
    """Environment for running the CLI as a user: the small profile as the default, a data
    dir of its own, no keys, no LLM, no server (None unsets the developer's values)."""
    return {
        "PROFILEBOT_DATA_DIR": str(data or home / "data"),
        "PROFILEBOT_PROFILE_FILE": str(home / "ada.txt"),
        "PROFILEBOT_CAPTURED_YEAR": "2026",
        "OPENAI_API_KEY": None,
        "PROFILEBOT_LLM_BASE_URL": None,
        "PROFILEBOT_PROFILE": None,
        "PROFILEBOT_CHROMA_URL": None,
        "PROFILEBOT_CHROMA_PATH": None,
        "PROFILEBOT_EMBEDDING_MODEL_DIR": None,
    }


@pytest.fixture
def small_profile_file(tmp_path: Path) -> Path:
    path = tmp_path / "ada.txt"
    path.write_text(SMALL_PROFILE, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """A real Assistant over SMALL_PROFILE (real Chroma on disk, real MiniLM)."""
    root = tmp_path_factory.mktemp("small")
    path = root / "ada.txt"
    path.write_text(SMALL_PROFILE, encoding="utf-8")
    return build_assistant(make_settings(root / "data", path))


@pytest.fixture(scope="session")
def bundled_assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """A real Assistant over the bundled demo profile (indexed once per test session)."""
    return build_assistant(make_settings(tmp_path_factory.mktemp("bundled") / "data"))


@pytest.fixture(scope="session")
def chroma_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real `chroma run` (shipped with chromadb) on a free 127.0.0.1 port, data in a tmp dir."""
    with chroma_server(tmp_path_factory.mktemp("chroma-server") / "db") as server:
        yield server.url


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any connection attempt fails at once, as on a machine that reaches no model hub."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network unreachable (blocked by the test)")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)


@pytest.fixture
def empty_chroma_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Chroma's download cache (~/.cache/chroma/onnx_models/...) is an empty folder."""
    cache = tmp_path / "chroma-cache"
    monkeypatch.setattr(ONNXMiniLM_L6_V2, "DOWNLOAD_PATH", cache)
    return cache
