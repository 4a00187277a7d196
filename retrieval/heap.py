"""Memory a process freed, handed back to the system.

glibc keeps what Python and the native libraries free in its heap for later allocations, so a
large one-off build leaves tens of MB free but resident: the model's session (onnxruntime's
optimization of the graph, ~70 MB) and a profile's open (its files parsed into columns and
indexes, ~25 MB at 100k papers). `malloc_trim(0)` returns those pages (~1 ms of CPU); where
there is no glibc (macOS, musl) this does nothing.
"""

from __future__ import annotations

import ctypes
import functools
from collections.abc import Callable


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        process = ctypes.CDLL(None)  # the symbols the process has loaded, libc's among them
    except (OSError, TypeError):  # TypeError: Windows has no process-wide handle
        return None
    trim: Callable[[int], int] | None = getattr(process, "malloc_trim", None)
    return trim


def release_freed() -> None:
    """Return the heap's free pages to the system (after a build, not per question)."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
