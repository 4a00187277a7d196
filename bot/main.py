"""The `profilebot` entry point: the CLI's commands plus `profilebot discord`.

The CLI and the Discord bot do not import each other; this module joins them.
"""

from __future__ import annotations

from typing import Annotated

import typer

from bot.cli.main import app, load_settings

__all__ = ["app"]


@app.command()
def discord(
    sync: Annotated[
        bool, typer.Option("--sync", help="Register the slash commands globally, then serve.")
    ] = False,
    print_schema: Annotated[
        bool,
        typer.Option(
            "--print-schema", help="Print the commands' JSON (as sent to Discord), offline."
        ),
    ] = False,
) -> None:
    """Run the Discord bot (needs DISCORD_TOKEN; see README, 'Discord')."""
    from bot.discord.client import run_discord  # discord.py loads only for this command

    raise typer.Exit(run_discord(load_settings(), sync=sync, print_schema=print_schema))
