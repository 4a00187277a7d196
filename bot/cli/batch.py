"""`ask --jsonl`: one answer line per input line; a bad line gets its own error line (with
its id when one can be read, exactly as given) and the batch goes on."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

from bot.cli.render import jsonl_fields
from prompts.answer.model import Answer
from prompts.assistant import MAX_QUESTION_CHARS

log = logging.getLogger(__name__)

EXPECTED = 'expected {"id": ..., "question": "..."}'
MAX_SHOWN = 80  # characters of a bad line quoted back
# A line is read up to this; beyond, the rest is skipped without being held in memory (a
# 100 MB line took 680 MB and 18 s to answer from its first 1,000 characters).
MAX_LINE_BYTES = 2**20
# The id of a line cut short, when it comes first: '{"id": 7, ...' or '{"id": "a", ...'.
LEADING_ID = re.compile(r'\ufeff?\s*\{\s*"id"\s*:\s*(-?\d[\d.eE+-]*|"(?:[^"\\]|\\.)*")\s*,')


class LongLine(bytes):
    """The start of an input line longer than MAX_LINE_BYTES (the rest was skipped)."""


def bounded_lines(stream: IO[bytes], limit: int = MAX_LINE_BYTES) -> Iterator[bytes]:
    """stream's lines; one longer than limit bytes comes as a LongLine of its first ones."""
    while line := stream.readline(limit + 1):
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        while (rest := stream.readline(limit)) and not rest.endswith(b"\n"):
            pass  # skip to the end of the long line, a bounded piece at a time
        yield LongLine(line[:limit])


def _long_line(raw: bytes) -> tuple[str, str | None, str | None]:
    """As read_line, for a LongLine: the id as written if it leads the line, else null."""
    found = LEADING_ID.match(raw[:4096].decode("utf-8", "replace"))
    qid = found[1] if found and _is_json(found[1]) else "null"
    size = f"{MAX_LINE_BYTES // 2**20} MB"
    return (
        qid,
        None,
        f"the line is over {size}; a question is read up to {MAX_QUESTION_CHARS:,} "
        "characters: shorten it",
    )


def _is_json(text: str) -> bool:
    try:
        json.loads(text, parse_int=RawNumber, parse_float=RawNumber, parse_constant=_no_constant)
    except (ValueError, RecursionError):
        return False
    return True


class RawNumber(str):
    """A JSON number kept as written, so '1e400' or a 5,000-digit id comes back unchanged."""


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def dump(value: Any) -> str:
    """JSON for an id as it was given (numbers verbatim, strings ASCII-escaped)."""
    if isinstance(value, RawNumber):
        return str(value)
    if isinstance(value, list):
        return "[" + ",".join(dump(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ",".join(f"{json.dumps(k)}:{dump(v)}" for k, v in value.items()) + "}"
    return json.dumps(value)


def read_line(raw: bytes) -> tuple[str, str | None, str | None]:
    """(the id as JSON, the question, an error): exactly one of question and error is set."""
    try:
        line = raw.decode("utf-8").lstrip("\ufeff")
    except UnicodeDecodeError:
        return "null", None, "the line is not UTF-8 text"
    try:
        item = json.loads(
            line, parse_int=RawNumber, parse_float=RawNumber, parse_constant=_no_constant
        )
    except RecursionError:
        return "null", None, f"the line is nested too deeply; {EXPECTED}"
    except ValueError:
        shown = json.dumps(line.strip()[:MAX_SHOWN])
        return "null", None, f"bad input line (not JSON): {shown}; {EXPECTED}"
    if not isinstance(item, dict):
        return "null", None, f"the line is not a JSON object; {EXPECTED}"
    try:
        qid = dump(item.get("id"))
    except RecursionError:
        return "null", None, "the id is nested too deeply"
    question = item.get("question")
    if not isinstance(question, str):
        got = "no question" if question is None else f"a {type(question).__name__} question"
        return qid, None, f'got {got}; "question" must be a text string'
    return qid, question, None


def with_id(qid: str, record: dict[str, Any]) -> str:
    """The output line: the id verbatim first, then the record's fields."""
    body = json.dumps(record, ensure_ascii=False)
    try:
        body.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate echoed back: escape it
        body = json.dumps(record, ensure_ascii=True)
    return '{"id": ' + qid + ", " + body[1:]


def answer_lines(lines: Iterable[bytes], ask: Callable[[str], Answer]) -> Iterator[str]:
    """One output line per non-blank input line, in order; nothing stops the batch."""
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        qid, question, error = _long_line(raw) if isinstance(raw, LongLine) else read_line(raw)
        if question is not None:
            try:
                yield with_id(qid, jsonl_fields(ask(question)))
                continue
            except Exception as exc:  # one failed question must not end a batch of thousands
                log.warning("line %d: could not answer (%s)", number, type(exc).__name__)
                error = f"could not answer this question ({type(exc).__name__})"
        yield with_id(qid, {"error": f"line {number}: {error}"})
