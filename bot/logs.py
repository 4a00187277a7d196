"""Where log lines go: one stderr handler, text or JSON lines (for log shippers), set up by
the entry point; and the one line each answered question gets, whatever the interface."""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from typing import TextIO

from prompts.answer.model import Answer

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
QUIET = ("chromadb", "httpx", "onnxruntime")  # chatty at INFO; their warnings stay

log = logging.getLogger(__name__)


class StderrHandler(logging.StreamHandler[TextIO]):
    """Writes to whatever sys.stderr is at the time (a test runner may swap it)."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, _value: TextIO) -> None:
        pass


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time (UTC, ISO 8601), level, logger, message, exception."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:  # already redacted by the handler's SecretsFilter
            entry["exception"] = record.exc_text
        return json.dumps(entry, ensure_ascii=False)


def setup_logging(level: int, as_json: bool = False) -> None:
    """Send every logger's lines at `level` and above to stderr, replacing an earlier setup
    (the redaction filters go on after: bot.redaction.redact_logs)."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, StderrHandler)]:
        root.removeHandler(old)
    handler = StderrHandler()
    handler.setFormatter(JsonFormatter() if as_json else logging.Formatter(TEXT_FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    for name in QUIET:
        logging.getLogger(name).setLevel(max(level, logging.WARNING))


def log_question(interface: str, command: str, answer: Answer, question: str | None = None) -> None:
    """The one INFO line of an answered question; its text only when `question` is given
    (PROFILEBOT_LOG_QUESTIONS=true)."""
    log.info(
        "question interface=%s command=%s route=%s citations=%d abstained=%s latency_ms=%.0f%s",
        interface,
        command,
        answer.route,
        len(answer.citations),
        answer.abstained,
        answer.latency_ms,
        "" if question is None else f" text={json.dumps(question, ensure_ascii=False)}",
    )
