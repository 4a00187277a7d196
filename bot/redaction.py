"""Every log line goes out without credentials: the configured keys and tokens, URL
passwords, bearer tokens (see retrieval/redact.py for the patterns)."""

from __future__ import annotations

import logging

from bot.settings import Settings
from retrieval.redact import redact


class SecretsFilter(logging.Filter):
    """Redacts each record's message and traceback before any handler writes it."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = secrets

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        clean = redact(text, self.secrets)
        if clean != text:
            record.msg, record.args = clean, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, self.secrets)
        return True


def secrets_of(settings: Settings) -> list[str]:
    """The configured secret values (keys and tokens; URL passwords match a pattern)."""
    values = [settings.openai_api_key, settings.discord_token]
    return [v.get_secret_value().strip() for v in values if v is not None]


def redact_logs(settings: Settings) -> None:
    """Put one SecretsFilter (replacing an earlier one) on every handler of the root logger."""
    fresh = SecretsFilter(secrets_of(settings))
    for handler in logging.getLogger().handlers:
        for old in [f for f in handler.filters if isinstance(f, SecretsFilter)]:
            handler.removeFilter(old)
        handler.addFilter(fresh)
