"""The `profilebot` entry point: the CLI's commands plus `profilebot discord`.

The CLI and the Discord bot do not import each other; this module joins them.
"""

from __future__ import annotations

import logging
import sys
from typing import Annotated


def _preflight() -> None:
    """Checked before the heavy imports: chromadb reads .env when it is imported (a broken
    one was a traceback there)."""
    from bot.settings import check_env_file

    if problem := check_env_file():
        sys.stderr.write(f"error: {problem}\n")
        raise SystemExit(1)


try:  # Ctrl-C while the libraries load is no crash
    _preflight()
    import typer

    from bot.cli.main import app, load_settings
except KeyboardInterrupt:
    sys.stderr.write("interrupted while starting: nothing was changed\n")
    raise SystemExit(130) from None

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
    """Run the Discord bot (needs DISCORD_TOKEN; see README, 'Discord').

    Logs go to stderr at INFO: start, index loaded, gateway connected,
    invite link, one line per question. Set PROFILEBOT_LOG_LEVEL,
    PROFILEBOT_LOG_FORMAT=json (log shippers), PROFILEBOT_LOG_QUESTIONS.

    PROFILEBOT_HEALTH_PORT serves GET /health: 200 when connected with the
    index loaded, else 503; the LLM's state; questions answered and failed."""
    from bot.discord.client import run_discord  # discord.py loads only for this command

    settings = load_settings(default_level=logging.INFO)
    raise typer.Exit(run_discord(settings, sync=sync, print_schema=print_schema))
