"""MiniLM's optimized graph, saved once per model, runtime and CPU, and read back as it is.

onnxruntime optimizes a graph each time a session is built from it; for the int8 model that
leaves ~166 MB resident. A session read from the graph that optimization saved (ORT format,
not optimized again) holds ~105 MB and gives the same vectors bit for bit (docs/scale.md,
twenty-ninth part). The saved file is derived data kept beside the bot's other data: named by
the model's sha256, the runtime's version and the CPU (an optimized graph may use what the
CPU it was made on offers), and checked at every load against the sha256 written beside it.
A file missing, damaged or unreadable is made again; a folder that cannot be written to
leaves the session as onnxruntime optimized it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import platform
from collections.abc import Callable
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

FORMAT = "1"  # bump when what is saved, or how, changes
PROVIDERS = ["CPUExecutionProvider"]


def cpu_signature() -> str:
    """The machine and its CPU's feature flags (Linux), as far as they can be read."""
    flags, info = "", Path("/proc/cpuinfo")
    try:
        for line in info.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith(("flags", "Features")):
                flags = line.partition(":")[2].strip()
                break
    except OSError:
        pass
    return f"{platform.machine()}|{flags}"


def graph_path(folder: Path, model_sha256: str, runtime_version: str) -> Path:
    """Where the graph optimized from this model by this runtime on this CPU is kept."""
    key = "|".join((FORMAT, model_sha256, runtime_version, cpu_signature()))
    return folder / f"minilm-{hashlib.sha256(key.encode()).hexdigest()[:16]}.ort"


def file_sha256(path: Path) -> str:
    with path.open("rb") as file:
        return hashlib.file_digest(file, "sha256").hexdigest()


def _recorded(path: Path) -> str | None:
    """The sha256 written beside a saved graph, or None when there is none to trust."""
    try:
        return str(json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["sha256"])
    except (OSError, ValueError, TypeError, KeyError):
        return None


def intact(path: Path) -> bool:
    """The saved graph is there and is what was written (its sha256 as recorded)."""
    recorded = _recorded(path)
    try:
        return recorded is not None and file_sha256(path) == recorded
    except OSError:
        return False


def saved_session(
    ort: Any, folder: Path, model: bytes, model_sha256: str, options: Callable[[bool], Any]
) -> Any:
    """A session of `model` read from its optimized graph in `folder`, which is saved first
    when missing or damaged. `options(optimize)`: the session options, with onnxruntime's
    every optimization or none (the saved graph is optimized already)."""
    path = graph_path(folder, model_sha256, ort.__version__)
    if intact(path):
        try:
            return ort.InferenceSession(str(path), providers=PROVIDERS, sess_options=options(False))
        except Exception as err:  # onnxruntime raises its own untyped errors for bad files
            log.warning("saving MiniLM's optimized graph again: %s cannot be read (%s)", path, err)
    elif path.exists():
        log.warning("saving MiniLM's optimized graph again: %s does not match its sha256", path)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    optimized = options(True)
    optimized.optimized_model_filepath = str(temporary)
    optimized.add_session_config_entry("session.save_model_format", "ORT")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        session = ort.InferenceSession(model, providers=PROVIDERS, sess_options=optimized)
    except Exception as err:  # a folder not writable: onnxruntime's own errors, or OSError
        log.warning("MiniLM's optimized graph cannot be saved in %s (%s)", folder, err)
        _remove(temporary)
        return ort.InferenceSession(model, providers=PROVIDERS, sess_options=options(True))
    sums = path.with_suffix(f".json.{os.getpid()}.tmp")
    try:
        sums.write_text(json.dumps({"sha256": file_sha256(temporary)}), encoding="utf-8")
        os.replace(temporary, path)
        os.replace(sums, path.with_suffix(".json"))
    except OSError as err:
        log.warning("MiniLM's optimized graph cannot be saved in %s (%s)", folder, err)
        _remove(temporary, sums)
        return session
    del session  # the graph as optimized in memory: read back from the file, it holds less
    return ort.InferenceSession(str(path), providers=PROVIDERS, sess_options=options(False))


def _remove(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink()
