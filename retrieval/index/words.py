"""MiniLM's vectors of its tokenizer's whole words, embedded once per machine and looked up.

A question's words that no paper uses (spelling, related words, synonyms, a topic's kin) were
each a MiniLM run (~3-4 ms of CPU). A text that the tokenizer reads as one whole word ('Medical',
' medical', 'MEDICAL' are all the token 'medical') has one vector, the same alone or in any
batch (tested to the bit), so it is embedded once for every word of the vocabulary (21,745
words, ~17 s of CPU) and read back from a file mapped into memory: the same vectors, no run.
The file is derived data kept beside MiniLM's optimized graph (`graph.py`, the model cache
folder): named by the model's sha256, the runtime's version and the CPU (what the vectors
depend on), written atomically and checked at load against the sha256 written beside it. A
table missing, damaged or unreadable is not used: the words are run as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from retrieval.index.graph import cpu_signature

log = logging.getLogger(__name__)

FORMAT = "1"  # bump when what is saved, or how, changes
DIMENSIONS = 384
BATCH = 256  # every word is 3 tokens ([CLS] word [SEP]): batches need no padding
LONGEST = 32  # a text longer than this is no one word of the vocabulary (checked cheaply)

Run = Callable[[npt.NDArray[np.int64], npt.NDArray[np.int64]], npt.NDArray[np.float32]]


def table_path(folder: Path, model_sha256: str, runtime_version: str) -> Path:
    """Where the word vectors of this model, run by this runtime on this CPU, are kept."""
    key = "|".join(("words", FORMAT, model_sha256, runtime_version, cpu_signature()))
    return folder / f"minilm-words-{hashlib.sha256(key.encode()).hexdigest()[:16]}.npy"


def word_ids(tokenizer: Any, words: Iterable[str] | None = None) -> npt.NDArray[np.int64]:
    """The vocabulary ids of the tokenizer's whole words (entries of ASCII letters, as a text
    is looked up), or of those of `words` that are whole words of it, in id order: the
    table's rows."""
    vocab = tokenizer.get_vocab()
    chosen = vocab if words is None else {w: vocab[w] for w in words if w in vocab}
    whole = {i for w, i in chosen.items() if w.isascii() and w.isalpha()}
    return np.array(sorted(whole), dtype=np.int64)


class WordTable:
    """The vectors of the vocabulary's whole words, looked up by the word a text reads as."""

    def __init__(
        self, vectors: npt.NDArray[np.float32], ids: npt.NDArray[np.int64], vocab: dict[str, int]
    ) -> None:
        self.vectors = vectors
        row_of = dict(zip(ids.tolist(), range(len(ids)), strict=True))
        self.rows = {w: row_of[i] for w, i in vocab.items() if i in row_of}

    def lookup(self, texts: Sequence[str]) -> dict[str, npt.NDArray[np.float32]]:
        """The vectors of those texts that the tokenizer reads as one whole word: MiniLM's
        (BERT's uncased) tokenizer lower-cases a text of ASCII letters and splits it at the
        spaces around it only, so such a text is the token its lower case names when the
        vocabulary has it ('Medical', ' MEDICAL ': 'medical'); any other text is run."""
        found = {}
        for text in texts:
            word = text.strip(" \t\n\r")
            if len(word) <= LONGEST and word.isascii() and word.isalpha():
                row = self.rows.get(word.lower())
                if row is not None:
                    found[text] = np.array(self.vectors[row])
        return found


def load_table(path: Path, vocab: dict[str, int]) -> WordTable | None:
    """The table kept at `path`, when it is there and is what was written."""
    recorded = _recorded(path)
    if recorded is None:
        if path.exists():
            log.warning("MiniLM's word table %s has no readable record: not used", path)
        return None
    digest, ids = recorded
    try:
        if _digest(path, ids) != digest:
            log.warning("MiniLM's word table %s does not match its sha256: not used", path)
            return None
        vectors = np.load(path, mmap_mode="r", allow_pickle=False)
    except (OSError, ValueError) as err:
        log.warning("MiniLM's word table %s cannot be read (%s): not used", path, err)
        return None
    if vectors.dtype != np.float32 or vectors.shape != (len(ids), DIMENSIONS):
        log.warning("MiniLM's word table %s has the wrong shape: not used", path)
        return None
    return WordTable(vectors, ids, vocab)


def build_table(path: Path, ids: npt.NDArray[np.int64], run: Run, cls: int, sep: int) -> bool:
    """Embed these words (`run`: one batch of ids and mask to unit vectors) and keep their
    vectors at `path`, atomically, with their ids and sha256 beside them; False when it cannot
    be written (the words are then run as before)."""
    start, cpu = time.perf_counter(), time.process_time()
    tokens = np.stack([np.full(len(ids), cls), ids, np.full(len(ids), sep)], axis=1)
    mask = np.ones_like(tokens)
    spans = range(0, len(ids), BATCH)
    with ThreadPoolExecutor(os.cpu_count() or 1) as pool:  # batches side by side, one per core
        batches = list(
            pool.map(lambda at: run(tokens[at : at + BATCH], mask[at : at + BATCH]), spans)
        )
    vectors = np.concatenate(batches) if batches else np.zeros((0, DIMENSIONS))
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    record = path.with_suffix(f".json.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with temporary.open("wb") as file:
            np.save(file, vectors.astype(np.float32), allow_pickle=False)
        kept = {"sha256": _digest(temporary, ids), "ids": ids.tolist()}
        record.write_text(json.dumps(kept), encoding="utf-8")
        os.replace(temporary, path)
        os.replace(record, path.with_suffix(".json"))
    except OSError as err:
        log.warning("MiniLM's word table cannot be saved in %s (%s)", path.parent, err)
        for leftover in (temporary, record):
            with contextlib.suppress(OSError):
                leftover.unlink()
        return False
    took = time.perf_counter() - start, time.process_time() - cpu
    log.info("MiniLM's word table: %d words in %.1f s (%.1f s CPU), %s", len(ids), *took, path)
    return True


def _digest(path: Path, ids: npt.NDArray[np.int64]) -> str:
    """The sha256 of the vectors' file and their ids."""
    with path.open("rb") as file:
        digest = hashlib.file_digest(file, "sha256")
    digest.update(np.asarray(ids, dtype="<i8").tobytes())
    return digest.hexdigest()


def _recorded(path: Path) -> tuple[str, npt.NDArray[np.int64]] | None:
    """The sha256 and ids written beside a table, or None when there is none to trust."""
    try:
        record = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        ids = np.array(record["ids"], dtype=np.int64)
        digest = record["sha256"]
    except (OSError, ValueError, TypeError, KeyError):
        return None
    if not isinstance(digest, str) or ids.ndim != 1 or (len(ids) and ids.min() < 0):
        return None
    return digest, ids
