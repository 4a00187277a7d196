"""Embedding functions registered with Chroma: MiniLM (ONNX, no torch) and OpenAI."""

from __future__ import annotations

import dataclasses
import json
import os
import tarfile
import threading
from collections import OrderedDict
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from functools import cached_property
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import numpy.typing as npt
from chromadb.api.types import Documents, EmbeddingFunction
from chromadb.utils.embedding_functions import register_embedding_function
from chromadb.utils.embedding_functions.onnx_mini_lm_l6_v2 import ONNXMiniLM_L6_V2

from retrieval.heap import release_freed
from retrieval.index.graph import saved_session
from retrieval.index.model_files import (
    INT8_MODEL_SHA256,
    KNOWN_MODELS,
    OFFLINE_HINT,
    EmbedderError,
    ModelFiles,
    packaged_model,
    read_cached,
    read_dir,
    read_package,
)
from retrieval.index.words import WordTable, build_table, load_table, table_path, word_ids
from retrieval.redact import redact

MINILM_NAME = "profilebot-minilm-l6-v2"
# Indexes built before the model's source was recorded: the int8 build from the same package.
LEGACY_NAME = "profilebot-minilm-l6-v2-int8"
LEGACY_IDENTITY = json.dumps([LEGACY_NAME, ""])
MAX_TOKENS = 256
# Where the files come from: a folder (PROFILEBOT_EMBEDDING_MODEL_DIR), the offline-model
# extra, or Chroma's own download (its cache, else its URL).
SOURCES = ("dir", "package", "chroma")
# Question-time texts (a question, its topic, a word no paper uses) are read by several steps
# (the intent classifier, spelling, search): the vectors of the last KEPT_TEXTS texts embedded
# in calls of at most KEPT_CALL texts are kept, so each is run through the model once. Ingest's
# large calls are not kept (their chunks are not asked for again).
KEPT_TEXTS = 2048
KEPT_CALL = 32
# A call of this many texts or fewer (a question's words) runs as one batch: a run's cost is
# mostly reading the weights, so 4 short words cost about 1.4 runs of one (CPU), against 4 runs
# when split between the cores (a larger call still is: ingest, the profile's words at open).
SMALL_CALL = 8


def chroma_variant() -> str:
    """The fp32 build Chroma downloads, named by its archive's sha256 (Chroma checks it)."""
    return f"chroma-fp32:{ONNXMiniLM_L6_V2._MODEL_SHA256[:12]}"


@register_embedding_function
class MiniLMEmbedding(ONNXMiniLM_L6_V2):
    """all-MiniLM-L6-v2 run by Chroma's ONNX class, padded per batch instead of to 256 tokens;
    the files come from one source, are read once and checked by sha256 before they run."""

    def __init__(
        self,
        model_dir: str | None = None,
        source: str | None = None,
        graph_dir: str | None = None,
        word_table: bool = True,
    ) -> None:
        """`graph_dir`: where the optimized graph and the whole words' table are kept
        (`graph.py`, `words.py`), none: optimized per load, no table; `word_table`: use one."""
        super().__init__(preferred_providers=["CPUExecutionProvider"])
        if source is None:
            source = "dir" if model_dir else "package" if packaged_model() else "chroma"
        if source not in SOURCES or (source == "dir") != bool(model_dir):
            raise EmbedderError(f"unknown MiniLM source {source!r} (model dir {model_dir!r})")
        self.source, self.model_dir, self.graph_dir = source, model_dir, graph_dir
        self.word_table = word_table
        self._kept: OrderedDict[str, npt.NDArray[np.float32]] = OrderedDict()
        self._kept_lock = threading.Lock()

    @cached_property
    def files(self) -> ModelFiles:
        """The model's files from its source, checked (Chroma's own: downloaded first)."""
        if self.source == "dir":
            return read_dir(Path(str(self.model_dir)))
        if self.source == "package":
            return read_package()
        folder = Path(self.DOWNLOAD_PATH)
        try:
            super()._download_model_if_not_exists()
        except (httpx.HTTPError, OSError, ValueError, tarfile.TarError) as err:
            reason = str(err).splitlines()[0] if str(err) else type(err).__name__
            raise EmbedderError(
                f"the embedding model all-MiniLM-L6-v2 is not in Chroma's cache ({folder}) and "
                f"could not be downloaded ({redact(reason)}): {OFFLINE_HINT}"
            ) from None
        return read_cached(folder / self.EXTRACTED_FOLDER_NAME)

    @property
    def variant(self) -> str:
        """Which build the vectors come from (int8 and fp32 differ slightly: never mixed)."""
        if self.source == "package":
            return f"{KNOWN_MODELS[INT8_MODEL_SHA256]}:{INT8_MODEL_SHA256[:12]}"
        if self.source == "chroma":
            return chroma_variant()
        return self.files.variant  # a folder's build is known once its files are read

    def _download_model_if_not_exists(self) -> None:
        """Chroma calls this before every embedding: load (and check) the files once; only
        the Chroma source may download, never a configured offline one."""
        self.files  # noqa: B018

    @cached_property
    def model(self) -> Any:
        files = self.files
        try:
            if self.graph_dir is None:
                session = self.ort.InferenceSession(
                    files.model, providers=self._preferred_providers, sess_options=self._options()
                )
            else:
                session = saved_session(
                    self.ort, Path(self.graph_dir), files.model, files.model_sha256, self._options
                )
        except Exception as err:  # onnxruntime raises its own untyped errors for bad files
            raise EmbedderError(f"model.onnx cannot be loaded ({self.source}): {err}") from None
        # The session holds the weights now: the file's bytes (22 MB int8, 90 MB fp32) go, and
        # what building it freed (the graph's optimization, ~70 MB) goes back to the system.
        self.__dict__["files"] = dataclasses.replace(files, model=b"")
        release_freed()
        return session

    def _options(self, optimize: bool = True) -> Any:
        """The session's options; `optimize=False` for a graph optimized and saved already."""
        options = self.ort.SessionOptions()
        options.log_severity_level = 3
        levels = self.ort.GraphOptimizationLevel
        options.graph_optimization_level = (
            levels.ORT_ENABLE_ALL if optimize else levels.ORT_DISABLE_ALL
        )
        # One thread per run, never spinning: a question is a few ms of work, and on a busy
        # machine a run split over threads waited for each to be scheduled (one embedding
        # p50 24 -> 8 ms at load 12 on 2 cores; same vectors). Several texts use the cores
        # by running in batches side by side instead (`_forward`).
        options.intra_op_num_threads = 1
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        # No memory arena or patterns: an arena keeps the largest batch's buffers for the
        # life of the process (32 long texts, as an ingest or a first open embeds: ~600 MB
        # held after them, ~30 MB without); the same vectors, the same CPU per question.
        options.enable_cpu_mem_arena = False
        options.enable_mem_pattern = False
        return options

    @cached_property
    def tokenizer(self) -> Any:
        try:
            tokenizer = self.Tokenizer.from_str(self.files.tokenizer)
        except Exception as err:  # tokenizers raises a bare Exception for a bad file
            raise EmbedderError(f"tokenizer.json cannot be read ({self.source}): {err}") from None
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # to the batch's longest text
        return tokenizer

    def _forward(self, documents: list[str], batch_size: int = 32) -> npt.NDArray[np.float32]:
        """The texts' unit vectors, each text run through the model once: those embedded lately
        are kept (a text's vector is the same alone or in any batch, so a kept one is exact)."""
        with self._kept_lock:
            kept = {d: self._kept[d] for d in documents if d in self._kept}
            for d in kept:
                self._kept.move_to_end(d)
        todo = [d for d in dict.fromkeys(documents) if d not in kept]
        if self.words is not None and todo:  # one whole word: its vector is in the table
            kept |= self.words.lookup(todo)
            todo = [d for d in todo if d not in kept]
        fresh = dict(zip(todo, self._embed(todo, batch_size), strict=True))
        if fresh and len(todo) <= KEPT_CALL:
            with self._kept_lock:
                self._kept.update(fresh)
                while len(self._kept) > KEPT_TEXTS:
                    self._kept.popitem(last=False)
        vectors = [kept[d] if d in kept else fresh[d] for d in documents]
        return np.stack(vectors) if vectors else np.zeros((0, 384), dtype=np.float32)

    @cached_property
    def words(self) -> WordTable | None:
        """The vectors of the vocabulary's whole words, kept beside the optimized graph
        (`words.py`); none when there is no such folder or no intact table in it."""
        path = self._words_path()
        return load_table(path, self.tokenizer.get_vocab()) if path else None

    def keep_words(self, words: Iterable[str] | None = None) -> None:
        """Build the whole words' table when it is missing or damaged (once per machine:
        ~17 s of CPU), then read it; `words`: only those (tests)."""
        path = self._words_path()
        if path is None or self.words is not None:
            return
        self.model  # noqa: B018 (the session is loaded once, before the build's threads)
        vocab, ids = self.tokenizer.get_vocab(), word_ids(self.tokenizer, words)
        if build_table(path, ids, self._run, vocab["[CLS]"], vocab["[SEP]"]):
            self.__dict__.pop("words", None)

    def _words_path(self) -> Path | None:
        if self.graph_dir is None or not self.word_table:
            return None
        return table_path(Path(self.graph_dir), self.files.model_sha256, self.ort.__version__)

    def forget(self) -> None:
        """Drop the kept vectors (a benchmark times each question as if asked first)."""
        with self._kept_lock:
            self._kept.clear()

    def _embed(self, documents: list[str], batch_size: int) -> npt.NDArray[np.float32]:
        """Chroma's forward pass, but tokenising each batch together (padded to its longest),
        and the batches run side by side, one per core; a few texts run as one batch (a
        text's vector is the same in any batch)."""
        cores = os.cpu_count() or 1
        size = max(1, min(batch_size, -(-len(documents) // cores)))
        if len(documents) <= SMALL_CALL:  # a question's few texts: one run reads the weights once
            size = max(1, len(documents))
        # Tokenised here, one batch after another (the tokenizer is not shared across threads).
        batches = [self._encode(documents[at : at + size]) for at in range(0, len(documents), size)]
        if len(batches) <= 1:
            out = [self._run(*b) for b in batches]
        else:
            self.model  # noqa: B018 (the session is loaded once, before the threads)
            with ThreadPoolExecutor(min(len(batches), cores)) as pool:
                out = list(pool.map(lambda b: self._run(*b), batches))
        return np.concatenate(out) if out else np.zeros((0, 384), dtype=np.float32)

    def _encode(self, documents: list[str]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """Token ids and attention mask of one batch, padded to its longest text."""
        encoded = self.tokenizer.encode_batch(documents)
        ids = np.array([e.ids for e in encoded], dtype=np.int64)
        return ids, np.array([e.attention_mask for e in encoded], dtype=np.int64)

    def _run(
        self, ids: npt.NDArray[np.int64], mask: npt.NDArray[np.int64]
    ) -> npt.NDArray[np.float32]:
        """Unit vectors of one batch (onnxruntime runs one session from several threads)."""
        hidden = self.model.run(
            None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        )[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(1) / np.clip(weights.sum(1), 1e-9, None)
        return self._normalize(pooled).astype(np.float32)

    @staticmethod
    def name() -> str:
        return MINILM_NAME

    def get_config(self) -> dict[str, Any]:
        """What Chroma stores with a collection, so a client passing no embedder gets it back."""
        return {"source": self.source, "model_dir": self.model_dir}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> MiniLMEmbedding:
        source = config.get("source")  # none in a legacy config: this machine's default
        return MiniLMEmbedding(config.get("model_dir") if source else None, source)

    @staticmethod
    def validate_config(config: dict[str, Any]) -> None:
        return None

    def validate_config_update(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        return None


@register_embedding_function
class LegacyMiniLMEmbedding(MiniLMEmbedding):
    """The name collections built before the source was recorded carry in Chroma's config."""

    @staticmethod
    def name() -> str:
        return LEGACY_NAME


def make_embedder(
    spec: str,
    *,
    model_dir: Path | None = None,
    graph_dir: Path | None = None,
    word_table: bool = True,
    api_key: str | None = None,
    base_url: str | None = None,
) -> EmbeddingFunction[Documents]:
    """Build the embedder a setting names: 'minilm' or 'openai:MODEL'; MiniLM's files come
    from `model_dir` if given, else the offline-model extra if installed, else Chroma; its
    optimized graph and, with `word_table`, the whole words' vectors are kept in `graph_dir`
    when given (`graph.py`, `words.py`)."""
    if spec == "minilm":
        graph = str(graph_dir) if graph_dir else None
        folder = str(model_dir) if model_dir else None
        return MiniLMEmbedding(folder, graph_dir=graph, word_table=word_table)
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
    if isinstance(embedder, MiniLMEmbedding):
        return json.dumps([embedder.name(), embedder.variant])
    config = embedder.get_config() if hasattr(embedder, "get_config") else {}
    model = config.get("model_name", "") if isinstance(config, dict) else ""
    return json.dumps([embedder.name(), model])


def same_embedder(recorded: str, configured: str) -> bool:
    """An index's recorded identity matches the configured embedder's (indexes from before
    the source was recorded were built by the int8 build)."""
    if recorded == LEGACY_IDENTITY:
        recorded = json.dumps([MINILM_NAME, f"int8:{INT8_MODEL_SHA256[:12]}"])
    return recorded == configured


def whole_words(embedder: EmbeddingFunction[Documents]) -> frozenset[str]:
    """The whole English words in the embedder's tokenizer vocabulary (none for a remote
    embedder): a dictionary, so that 'later' is never taken for a typo of 'layer'."""
    tokenizer = getattr(embedder, "tokenizer", None)
    if tokenizer is None or not hasattr(tokenizer, "get_vocab"):
        return frozenset()
    return frozenset(w for w in tokenizer.get_vocab() if w.isalpha())
