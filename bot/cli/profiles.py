"""`profilebot profiles`: the indexed profiles, and `profiles remove NAME`."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from bot.app import delete_profile, profile_summaries
from bot.cli.history import chat_file, forget_chat
from bot.cli.output import fail, printable
from bot.settings import Settings
from retrieval.index.store import IndexSummary, collection_name


def profiles_table(found: list[IndexSummary], default: str) -> Table:
    table = Table(title="Indexed profiles")
    for column in ("Profile", "Papers", "Chunks", "Embedder", "Last ingest (UTC)"):
        table.add_column(column, justify="right" if column in ("Papers", "Chunks") else "left")
    for s in found:
        name = escape(s.profile) + (" (default)" if s.profile.lower() == default.lower() else "")
        when = (s.ingested_at or "not recorded").replace("T", " ").removesuffix("+00:00")
        if not s.complete:
            when += " [yellow](unfinished: run `profilebot ingest` again)[/]"
        table.add_row(name, f"{s.papers:,}", f"{s.chunks:,}", escape(s.embedder or "?"), when)
    return table


def register(
    app: typer.Typer,
    load_settings: Callable[[], Settings],
    friendly_errors: Callable[[], AbstractContextManager[None]],
    err: Console,
) -> None:
    """Add `profiles` (list) and `profiles remove` to the CLI."""
    profiles_app = typer.Typer(no_args_is_help=False)
    app.add_typer(profiles_app, name="profiles")

    @profiles_app.callback(invoke_without_command=True)
    def profiles(
        ctx: typer.Context,
        as_json: Annotated[bool, typer.Option("--json", help="Print the list as JSON.")] = False,
    ) -> None:
        """List the indexed profiles: papers, chunks, embedder, last ingest.

        Remove one with `profilebot profiles remove NAME`."""
        if ctx.invoked_subcommand is not None:
            return
        settings = load_settings()
        with friendly_errors():
            found = profile_summaries(settings)
        if as_json:
            print(json.dumps([s.model_dump() for s in found], indent=2, ensure_ascii=False))
        elif not found:
            err.print("No profile indexed yet: run `profilebot ingest FILE` (or ask a question: "
                      "the bundled demo is indexed on first use).", markup=False)  # fmt: skip
        else:
            Console().print(profiles_table(found, settings.profile))

    @profiles_app.command("remove")
    def remove(
        name: Annotated[
            str, typer.Argument(help="The profile to remove (see `profilebot profiles`).")
        ],
        yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask first.")] = False,
    ) -> None:
        """Delete a profile's index and its saved chat; asks first unless --yes.

        Its source file is not touched: `profilebot ingest FILE --profile NAME`
        builds it again."""
        settings = load_settings()
        with friendly_errors():
            key = collection_name(name)
            found = next(
                (s for s in profile_summaries(settings) if collection_name(s.profile) == key), None
            )
        if found is None:
            fail(f"no profile named {name!r}: `profilebot profiles` lists them")
        what = f"profile {found.profile!r} ({found.papers:,} papers, {found.chunks:,} chunks)"
        if not yes:
            if not (sys.stdin.isatty() and err.is_terminal):
                fail(f"not removing {what} without confirmation: run again with --yes")
            if not typer.confirm(f"Remove {printable(what)}?", err=True):
                fail("nothing was removed", 1)
        with friendly_errors():
            wait = lambda: err.print(Text(f"waiting for an ingest of {found.profile!r} to finish"))  # noqa: E731
            delete_profile(settings, found.profile, wait)
        forget_chat(chat_file(settings, found.profile))
        err.print(Text(f"Removed {what}."))
