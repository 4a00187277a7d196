"""Credentials out of any text that may be logged, stored or shown: one place, every layer."""

from __future__ import annotations

import re
from collections.abc import Iterable

HIDDEN = "***"
# user:password@ (or token@) in a URL; a bearer token; OpenAI-style keys.
PATTERNS = (
    re.compile(r"(?<=://)[^/@\s]+@"),
    re.compile(r"(?<=Bearer )[^\s'\"]+", re.IGNORECASE),
    re.compile(r"\bsk-[A-Za-z0-9_-]{8,}"),
)
MIN_SECRET = 6  # shorter "secrets" (a test's "x") would blank out ordinary words


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """The text with URL credentials, bearer tokens, API keys and the given secrets hidden."""
    for secret in secrets:
        if len(secret) >= MIN_SECRET:
            text = text.replace(secret, HIDDEN)
    for pattern in PATTERNS:
        text = pattern.sub(lambda m: HIDDEN + ("@" if m[0].endswith("@") else ""), text)
    return text
