"""Where the CLI's errors and files go: one safe way to say what failed and to write a file."""

from __future__ import annotations

import atexit
import errno
import os
import re
import sys
from pathlib import Path
from types import TracebackType
from typing import NoReturn

import typer
from rich.console import Console
from rich.text import Text

from retrieval.redact import redact

err = Console(stderr=True)
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
OUTPUT_ERRNOS = (errno.ENOSPC, errno.EPIPE, errno.EIO, errno.EDQUOT)


def printable(text: str) -> str:
    """Text any terminal can show as is: no lone surrogates, no control or escape sequences,
    no credentials."""
    text = text.encode("utf-8", "replace").decode("utf-8")
    return redact(CONTROL.sub(lambda m: repr(m[0])[1:-1], text))


def fail(message: str, code: int = 1) -> NoReturn:
    """Print 'error: MESSAGE' (never read as markup: '[/x]' stays as typed) and exit."""
    line = Text.assemble(("error:", "red"), " ", printable(message))
    err.print(line, highlight=False, soft_wrap=True)  # paths stay whole
    raise typer.Exit(code)


def catch_output_errors() -> None:
    """Make a failed write of the terminal output (stdout redirected to a full disk, a closed
    pipe) one line instead of a traceback; any other error goes to the hook that was there.
    Output still buffered at exit (stdout to a file is block-buffered) is flushed here, so that
    its failure is the same line and exit code 1, not Python's 'Exception ignored' and 120."""
    previous = sys.excepthook
    said = False

    def report(error: OSError) -> None:
        nonlocal said
        if not said:
            sys.stderr.write(f"error: cannot write the output: {error.strerror}\n")
            sys.stderr.flush()
        said = True

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if isinstance(value, OSError) and value.errno in OUTPUT_ERRNOS:
            report(value)
            return
        previous(kind, value, tb)

    def flush_at_exit() -> None:
        try:
            sys.stdout.flush()
        except OSError as error:
            if error.errno not in OUTPUT_ERRNOS:
                raise
            report(error)
            os._exit(1)  # the buffer cannot be written: do not let Python try again

    sys.excepthook = hook
    atexit.register(flush_at_exit)


def write_file(path: Path, data: str | bytes) -> None:
    """Write an output file; a missing folder or a directory given as the file is one line."""
    try:
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")
    except OSError as error:
        reason = error.strerror or type(error).__name__
        if error.errno == errno.ENOSPC:
            fail(f"cannot write {path}: {reason}; free some space or write to another disk")
        fail(f"cannot write {path}: {reason}; give a file path in an existing folder")
    err.print(Text(f"Wrote {printable(str(path))}"), highlight=False)
