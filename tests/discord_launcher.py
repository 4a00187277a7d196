"""`profilebot` with discord.py sent to a local Discord: the bot process of the whole-bot
tests and of bench/discord_load.py.

    python -m tests.discord_launcher API_BASE GATEWAY_URL -v discord

In-process tests hand ProfileBot a connector to their fake instead (FakeDiscord.connector).
"""

from __future__ import annotations

import sys

import discord
import yarl

from bot.main import app


def point_discord_py_at(api_base: str, gateway: str) -> None:
    """Send all of this process's Discord traffic to a fake Discord at these URLs.

    discord.py builds its URLs from two class attributes: Route.BASE (REST calls, and the
    interaction callbacks and webhooks, which bypass the client's HTTPClient) and
    DiscordWebSocket.DEFAULT_GATEWAY (the first gateway connection); it has no per-client
    URL. Its per-client `connector` could take the traffic instead, but only to a Unix socket
    (https over TCP means TLS, which the fake does not speak). This process is the bot alone,
    so setting the attributes changes nothing else, and the bot keeps its real way to
    Discord: TCP to a host it resolves (bench/discord_load.py --host localhost).
    """
    discord.http.Route.BASE = api_base.rstrip("/")
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway)


def main() -> None:
    """Point discord.py at the fake, then run the real `profilebot` command line."""
    api_base, gateway, *args = sys.argv[1:]
    point_discord_py_at(api_base, gateway)
    app(args, prog_name="profilebot")


if __name__ == "__main__":
    main()
