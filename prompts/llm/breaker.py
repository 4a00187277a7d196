"""A circuit breaker per LLM endpoint: after a few failures in a row, questions are answered
offline at once (with the notice) instead of each waiting for its own retries; after a pause
one question tries the endpoint again."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

FAILURES = 3  # consecutive failed calls (each after the client's own retries) that open it
PAUSE = 30.0  # seconds without calling the endpoint once open


class Breaker:
    """Closed: calls go through. Open: `blocked()` says why, until the pause is over; then one
    call may try (a success closes it, a failure opens it again)."""

    def __init__(
        self,
        failures: int = FAILURES,
        pause: float = PAUSE,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.failures, self.pause, self.clock = failures, pause, clock
        self._lock = threading.Lock()
        self._count = 0
        self._until = 0.0
        self._reason = ""

    def blocked(self) -> str | None:
        """Why the endpoint is not to be called now, or None (then the call may go ahead)."""
        with self._lock:
            if self._count < self.failures:
                return None
            now = self.clock()
            if now >= self._until:
                self._until = now + self.pause  # this caller is the one trial; others wait
                return None
            left = self._until - now
            return f"{self._reason}; not tried again for {left:.0f} s"

    def failed(self, reason: str) -> None:
        with self._lock:
            self._count += 1
            self._reason = reason
            if self._count >= self.failures:
                self._until = self.clock() + self.pause

    def succeeded(self) -> None:
        with self._lock:
            self._count = 0


_BREAKERS: dict[str, Breaker] = {}
_REGISTRY = threading.Lock()


def breaker_for(endpoint: str) -> Breaker:
    """The process's breaker for an endpoint: every assistant (one per profile on Discord)
    calling the same server shares what is known about it."""
    with _REGISTRY:
        return _BREAKERS.setdefault(endpoint, Breaker())
