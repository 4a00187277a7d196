"""What opening a profile derives from its papers, kept on local disk beside the keyword index.

Opening a profile reads every paper from Chroma and builds indexes over them (names, the
profile's vocabulary). That costs time in proportion to the profile, on every start. The
results are kept here, one file per part, each stamped with the collection's version stamp
(PaperIndex.version()) and a fingerprint of the code that derived it: a part whose stamp
differs (a re-ingest, another host's ingest, new code) or that cannot be read (a crash
mid-write, a damaged disk) is derived again and rewritten, never trusted. Files are JSON after
a one-line stamp, or numpy arrays read without pickle; writes go through a temporary file and
a rename, so a reader sees the old file or the new one.
"""

from __future__ import annotations

import functools
import hashlib
import io
import logging
import os
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt

log = logging.getLogger(__name__)

T = TypeVar("T")
FORMAT = "1"  # bump when the layout of the files changes
STAMP = "stamp"  # the array of a part's .npz file that holds its stamp


@functools.cache
def code_fingerprint(package: Path) -> str:
    """A hash of a package's Python sources: derived data is stamped with the code that
    derived it, so an upgraded install derives it again instead of trusting old files."""
    digest = hashlib.sha256(FORMAT.encode())
    for path in sorted(package.rglob("*.py")):
        digest.update(str(path.relative_to(package)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


RETRIEVAL = Path(__file__).resolve().parent.parent  # the retrieval package


class DerivedCache:
    """One profile's derived parts for one collection version; `folder=None` or an empty
    version (never written, or an ingest under way) keeps nothing: every part is derived.

    `current` says whether the collection is still at that version: a part derived from
    papers read while an ingest changed them is used once but not kept."""

    def __init__(
        self, folder: Path | None, version: str, current: Callable[[], bool] = lambda: True
    ) -> None:
        self.folder = folder if version else None
        self.version, self.current = version, current

    def shared(self, name: str) -> Path | None:
        """A file beside every profile's parts, for data that depends on no profile (the
        intent classifier's exemplar vectors, keyed by what they were computed from)."""
        return self.folder.parent / name if self.folder is not None else None

    def stamp(self, part: str, code: str = "") -> str:
        """What a part is kept under: the version, the part, the code that derived it."""
        key = f"{self.version}/{part}/{code_fingerprint(RETRIEVAL)}/{code}"
        return hashlib.sha256(key.encode()).hexdigest()

    def text(
        self,
        part: str,
        build: Callable[[], T],
        dump: Callable[[T], str],
        load: Callable[[str], T],
        code: str = "",
    ) -> T:
        """The part read from disk when its stamp matches; else built, then written.
        `dump`/`load` turn it into text and back; `code`: a fingerprint of the caller's own
        code beyond the retrieval package's (e.g. code_fingerprint of its package)."""
        if self.folder is None:
            return build()
        path, stamp = self.folder / f"{part}.json", self.stamp(part, code)
        try:
            head, _, body = path.read_text(encoding="utf-8").partition("\n")
            if head == stamp:
                return load(body)
        except FileNotFoundError:
            pass
        except (OSError, ValueError, TypeError, KeyError, IndexError) as err:
            log.warning("rebuilding %s: its cached copy cannot be read (%s)", path, err)
        value = build()
        if self.current():
            _write(path, f"{stamp}\n{dump(value)}".encode())
        return value

    def arrays(
        self, part: str, build: Callable[[], dict[str, npt.NDArray[Any]]]
    ) -> dict[str, npt.NDArray[Any]]:
        """A part made of named numpy arrays (numbers or text, read without pickle), kept in
        one .npz file: read when its stamp matches, else built, then written."""
        if self.folder is None:
            return build()
        path, stamp = self.folder / f"{part}.npz", self.stamp(part)
        try:
            with np.load(path, allow_pickle=False) as kept:
                if STAMP in kept.files and str(kept[STAMP]) == stamp:
                    return {name: kept[name] for name in kept.files if name != STAMP}
        except FileNotFoundError:
            pass
        except (OSError, ValueError, EOFError, zipfile.BadZipFile) as err:
            log.warning("rebuilding %s: its cached copy cannot be read (%s)", path, err)
        value = build()
        if self.current():
            data = io.BytesIO()
            np.savez(data, allow_pickle=False, **value, **{STAMP: np.array(stamp)})
            _write(path, data.getvalue())
        return value


def _write(path: Path, data: bytes) -> None:
    """Atomically; a folder that cannot be written only costs the next open its time."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError as err:
        log.warning("cannot keep %s for the next open: %s", path, err)
        tmp.unlink(missing_ok=True)


def cached_array(
    path: Path | None, build: Callable[[], npt.NDArray[np.float32]], rows: int
) -> npt.NDArray[np.float32]:
    """A float32 matrix of `rows` rows kept in one .npy file (read without pickle; a key in
    the file name says what it was computed from): read when it is whole, else computed and
    written."""
    if path is None:
        return build()
    try:
        kept = np.load(path, allow_pickle=False)
        whole = kept.dtype == np.float32 and kept.ndim == 2 and len(kept) == rows
        if whole and np.isfinite(kept).all():
            return np.asarray(kept)
        log.warning("rebuilding %s: it holds %s %s", path, kept.dtype, kept.shape)
    except FileNotFoundError:
        pass
    except (OSError, ValueError, EOFError) as err:
        log.warning("rebuilding %s: its cached copy cannot be read (%s)", path, err)
    value = np.asarray(build(), dtype=np.float32)
    data = io.BytesIO()
    np.save(data, value, allow_pickle=False)
    _write(path, data.getvalue())
    return value
