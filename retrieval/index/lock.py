"""Advisory file locks, so two processes never write one store or one profile at once."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable
from pathlib import Path
from types import TracebackType


class FileLock:
    """An exclusive flock on a file, re-entrant within one object; `on_wait` is called once
    when another process holds it (to say why this one is waiting)."""

    def __init__(self, path: Path, on_wait: Callable[[], None] | None = None) -> None:
        self.path, self.on_wait = path, on_wait
        self._fd: int | None = None
        self._depth = 0

    def __enter__(self) -> FileLock:
        if self._depth == 0:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if self.on_wait:
                    self.on_wait()
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX)  # released by the kernel if its holder dies
                except BaseException:
                    os.close(fd)
                    raise
            except BaseException:
                os.close(fd)
                raise
            self._fd = fd
        self._depth += 1
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._depth -= 1
        if self._depth == 0 and self._fd is not None:
            os.close(self._fd)  # closing the descriptor releases the flock
            self._fd = None
