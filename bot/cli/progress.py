"""Progress the CLI shows while it embeds: a bar at a terminal, plain lines in a pipe or log."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from bot.cli.output import err

FIRST_USE = "First use: indexing the profile (once; later runs start at once)"


def progress_bar() -> Progress:
    """Chunks embedded of all, time so far, and time left once a batch has been timed."""
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("left:"),
        TimeRemainingColumn(),
        console=err,
        transient=False,
    )


@contextmanager
def first_use_progress() -> Iterator[Callable[[int, int], None]]:
    """Shown only if the index has to be built first: how much there is to embed at once,
    then progress and the time left (a bar at a terminal, a line a batch elsewhere)."""
    bar = progress_bar()
    task: TaskID | None = None
    started: float | None = None

    def update(done: int, total: int) -> None:
        nonlocal task, started
        if started is None:
            started = time.monotonic()
            if err.is_terminal:
                bar.start()
                task = bar.add_task(FIRST_USE, total=total)
            else:
                err.print(Text(f"{FIRST_USE}: {total} chunks to embed"), soft_wrap=True)
        if task is not None:
            bar.update(task, completed=done, total=total)
        elif done:
            spent = time.monotonic() - started
            left = spent / done * (total - done)
            when = f"about {left:.0f} s left" if done < total else f"done in {spent:.0f} s"
            err.print(Text(f"Embedded {done}/{total} chunks, {when}"), soft_wrap=True)

    try:
        yield update
    finally:
        if task is not None:
            bar.stop()
