"""One small HTTP client for every paper source: timeouts, polite headers, and retries that
honour 429 Retry-After (the maintained clients each miss one of these; see README)."""

from __future__ import annotations

import email.utils
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

log = logging.getLogger(__name__)

RETRY_STATUS = {429, 500, 502, 503, 504}
MAX_WAIT = 120.0  # seconds: a longer Retry-After fails the fetch instead of hanging the sync
BACKOFF = 2.0  # first wait when the server gives no Retry-After; doubles each retry
KEY_SETTINGS = {"OpenAlex": "OPENALEX_API_KEY", "Semantic Scholar": "SEMANTIC_SCHOLAR_API_KEY"}
USER_AGENT = "profilebot (https://github.com/profilebot/profilebot)"


class SourceError(RuntimeError):
    """A source could not be fetched: it names the source and what to do next."""


@dataclass
class SourceConfig:
    """Where the sources live and how politely to ask them (built from Settings by the bot)."""

    openalex_url: str = "https://api.openalex.org"
    semantic_scholar_url: str = "https://api.semanticscholar.org/graph/v1"
    arxiv_url: str = "https://export.arxiv.org/api/query"
    contact_email: str | None = None
    openalex_api_key: str | None = None
    semantic_scholar_api_key: str | None = None
    timeout: float = 30.0
    max_retries: int = 4
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)


class ApiClient:
    """GETs against one API: one connection pool, retries on 429/5xx/timeouts."""

    def __init__(self, name: str, config: SourceConfig, headers: Mapping[str, str] | None = None):
        agent = USER_AGENT + (f" mailto:{config.contact_email}" if config.contact_email else "")
        self.name, self.config = name, config
        self.http = httpx.Client(
            timeout=config.timeout,
            headers={"User-Agent": agent, **(headers or {})},
            follow_redirects=True,
        )

    def __enter__(self) -> ApiClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.http.close()

    def get(self, url: str, params: Mapping[str, Any] | None = None) -> httpx.Response:
        """The response to GET url (status 200 or 404); SourceError once retries run out."""
        for attempt in range(self.config.max_retries + 1):
            last = attempt == self.config.max_retries
            try:
                response = self.http.get(url, params=params)
            except httpx.TimeoutException:
                problem, wait = f"no answer within {self.config.timeout:g} s", None
            except httpx.TransportError as err:
                problem, wait = f"cannot connect ({type(err).__name__}: {err})", None
            else:
                if response.status_code in (200, 404):
                    return response
                if response.status_code not in RETRY_STATUS:
                    hint = (
                        f" (check {KEY_SETTINGS[self.name]})"
                        if response.status_code in (401, 403) and self.name in KEY_SETTINGS
                        else ""
                    )
                    raise SourceError(
                        f"{self.name} answered HTTP {response.status_code}{hint} for {url}: "
                        f"{_excerpt(response)}"
                    )
                problem = f"HTTP {response.status_code}"
                wait = retry_after(response.headers.get("Retry-After"))
            if last:
                break
            delay = BACKOFF * 2**attempt if wait is None else wait
            if delay > MAX_WAIT:
                raise SourceError(
                    f"{self.name} asks to wait {delay:.0f} s ({problem}); try again later"
                )
            log.warning("%s: %s; retrying in %.1f s", self.name, problem, delay)
            self.config.sleep(delay)
        hint = " (rate limited: set an API key or try later)" if problem == "HTTP 429" else ""
        tries = self.config.max_retries + 1
        raise SourceError(
            f"{self.name} failed after {tries} {'try' if tries == 1 else 'tries'}: {problem}{hint}"
        )

    def get_json(self, url: str, params: Mapping[str, Any] | None = None) -> Any:
        """The JSON body of GET url; None for 404; SourceError for a body that is not JSON."""
        response = self.get(url, params)
        if response.status_code == 404:
            return None
        try:
            return response.json()
        except ValueError:
            raise SourceError(
                f"{self.name} sent something that is not JSON from {url}: {_excerpt(response)}"
            ) from None


def retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _excerpt(response: httpx.Response) -> str:
    return " ".join(response.text[:160].split()) or "(empty body)"
