"""A scripted OpenAI-compatible chat-completions server on 127.0.0.1, for tests and benches.

Each request to `/v1/chat/completions` takes the next `Reply` from the script (the last one
repeats), or asks a function for it. Replies are plain JSON or SSE streams ending in
`data: [DONE]`, with usage; errors carry a status; a hang holds the request until the server
closes. Every request is recorded so tests can assert on the prompt the model received.

Requests for structured output (a `response_format`, e.g. LangChain's with_structured_output)
go to their own script, `structured`, and are recorded apart, in `structured_received`: the
answer scripts and request counts of tests about answers stay as they were. Without that
script they get HTTP 400, as from a server that does not take a response_format.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

Script = list["Reply"] | Callable[[dict[str, Any]], "Reply"]


@dataclass
class Reply:
    """What the server answers to one request."""

    text: str = ""
    status: int = 200
    raw: str | None = None  # sent verbatim as the body (malformed output)
    hang: bool = False  # hold the request until the server closes
    delay: float = 0.0  # seconds before answering, as a slow model (cut short by close)
    headers: dict[str, str] = field(default_factory=dict)
    finish: str = "stop"  # "length": cut at the token limit


def error(status: int, message: str = "scripted error") -> Reply:
    """An OpenAI-style error body; retry-after-ms keeps the client's backoff short."""
    body = json.dumps({"error": {"message": message, "type": "server_error", "code": status}})
    return Reply(status=status, raw=body, headers={"retry-after-ms": "10"})


@dataclass
class Received:
    """One request as the server saw it."""

    path: str
    headers: dict[str, str]
    body: dict[str, Any]

    @property
    def prompt(self) -> str:
        """All message contents, in order, as one string."""
        return "\n".join(str(m.get("content", "")) for m in self.body.get("messages", []))


SOURCE = re.compile(r'<source n="(\d+)">\s*Title: (.*?)\n.*?Abstract: (.*?)\n</source>', re.DOTALL)


def sources_in(prompt: str) -> list[tuple[int, str, str]]:
    """(n, title, abstract) of each fenced source in a prompt, in order."""
    return [(int(n), title, abstract) for n, title, abstract in SOURCE.findall(prompt)]


QUESTION = re.compile(r"<question>\n(.*?)\n</question>", re.DOTALL)
SENTENCE_END = re.compile(r"(?<=[a-z0-9)][.!?])\s+(?=[A-Z])")


def first_sentence(text: str) -> str:
    return SENTENCE_END.split(text, maxsplit=1)[0].rstrip(".")


def focused_sentence(text: str, question: str) -> str:
    """The sentence sharing most words with the question (the first one on a tie)."""
    asked = set(re.findall(r"[a-z0-9]{3,}", question.lower()))
    sentences = SENTENCE_END.split(text)
    best = max(sentences, key=lambda s: len(asked & set(re.findall(r"[a-z0-9]{3,}", s.lower()))))
    return best.rstrip(".")


def extractive(request: dict[str, Any], limit: int = 8, focused: bool = False) -> str:
    """What a careful model would write: one cited sentence per source, from the source
    (its first sentence, or with `focused` the one closest to the question)."""
    prompt = "\n".join(str(m.get("content", "")) for m in request.get("messages", []))
    asked = QUESTION.findall(prompt)
    lines = []
    for n, title, abstract in sources_in(prompt)[:limit]:
        said = (
            focused_sentence(abstract, asked[-1]) if focused and asked else first_sentence(abstract)
        )
        lines.append(f"- {title}: {said} [{n}].")
    return "\n".join(lines)


def is_cited(body: dict[str, Any]) -> bool:
    """A request for an answer as a CitedAnswer (JSON schema)."""
    schema = (body.get("response_format") or {}).get("json_schema") or {}
    return bool(schema.get("name") == "CitedAnswer")


def cited(*sentences: tuple[str, list[int]]) -> Reply:
    """A CitedAnswer reply: (text, source numbers) per sentence."""
    items = [{"text": text, "sources": list(numbers)} for text, numbers in sentences]
    return Reply(json.dumps({"sentences": items}))


def cited_extractive(request: dict[str, Any], limit: int = 8) -> Reply:
    """`extractive` as a CitedAnswer: one sentence per source, from the source."""
    prompt = "\n".join(str(m.get("content", "")) for m in request.get("messages", []))
    return cited(
        *[
            (f"{title}: {first_sentence(abstract)}.", [n])
            for n, title, abstract in sources_in(prompt)[:limit]
        ]
    )


def tokens(text: str) -> list[str]:
    """Split text into stream pieces (words with their following space)."""
    return re.findall(r"\S+\s*|\s+", text) or [""]


class OpenAIServer:
    """Run with `with OpenAIServer([...]) as server:`; `server.base_url` ends in /v1."""

    def __init__(
        self,
        script: Script,
        model: str = "scripted-model",
        keep_alive: bool = True,
        structured: Script | None = None,
        cited: Script | None = None,
    ) -> None:
        self.script, self.model = script, model
        # False: one request per connection, so once closed the port really refuses.
        self.keep_alive = keep_alive
        self.received: list[Received] = []
        self.served = 0
        self.model_lists = 0  # GET /models requests (a health check's probe)
        self.structured = structured
        self.structured_received: list[Received] = []
        self.cited = cited
        self.cited_received: list[Received] = []
        self.release = threading.Event()
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def __enter__(self) -> OpenAIServer:
        self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self.release.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    def next_reply(self, request: dict[str, Any]) -> Reply:
        with self._lock:
            self.served += 1
            if callable(self.script):
                return self.script(request)
            return self.script[min(self.served, len(self.script)) - 1]

    def next_structured(self, request: dict[str, Any]) -> Reply:
        with self._lock:
            script = self.structured
            if script is None:
                return error(400, "response_format is not scripted on this server")
            if callable(script):
                return script(request)
            return script[min(len(self.structured_received), len(script)) - 1]

    def next_cited(self, request: dict[str, Any]) -> Reply:
        with self._lock:
            script = self.cited
            if script is None:
                return error(400, "response_format is not supported by this server")
            if callable(script):
                return script(request)
            return script[min(len(self.cited_received), len(script)) - 1]

    def record(self, received: Received) -> None:
        with self._lock:
            if is_cited(received.body):
                self.cited_received.append(received)
            elif "response_format" in received.body:
                self.structured_received.append(received)
            else:
                self.received.append(received)


def completion(model: str, text: str, prompt_tokens: int) -> dict[str, Any]:
    return {
        "id": "chatcmpl-scripted",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": text}}
        ],
        "usage": _usage(prompt_tokens, text),
    }


def _usage(prompt_tokens: int, text: str) -> dict[str, int]:
    done = len(tokens(text)) if text else 0
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": done,
        "total_tokens": prompt_tokens + done,
    }


def _chunk(model: str, delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
    return {
        "id": "chatcmpl-scripted",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }


def _handler(server: OpenAIServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

        def do_GET(self) -> None:
            if self.path.rstrip("/").endswith("/models"):
                server.model_lists += 1
                self._json(
                    200,
                    {
                        "object": "list",
                        "data": [{"id": server.model, "object": "model", "owned_by": "tests"}],
                    },
                )
            else:
                self._json(404, {"error": {"message": "not found"}})

        def do_POST(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            raw = self.rfile.read(length)
            try:
                body = json.loads(raw or b"{}")
            except json.JSONDecodeError:
                body = {"unparsed": raw.decode("utf-8", "replace")}
            headers = {k.lower(): v for k, v in self.headers.items()}
            server.record(Received(self.path, headers, body))
            if not self.path.rstrip("/").endswith("/chat/completions"):
                self._json(404, {"error": {"message": "not found"}})
                return
            if is_cited(body):
                reply = server.next_cited(body)
            elif "response_format" in body:
                reply = server.next_structured(body)
            else:
                reply = server.next_reply(body)
            if reply.hang:
                server.release.wait()
                return
            if reply.delay:
                server.release.wait(reply.delay)
            if reply.raw is not None or reply.status != 200:
                self._send(reply.status, reply.raw or "", reply.headers)
            elif body.get("stream"):
                self._stream(body, reply)
            else:
                prompt = sum(len(str(m.get("content", ""))) for m in body.get("messages", []))
                self._json(200, completion(server.model, reply.text, prompt // 4))

        def _stream(self, body: dict[str, Any], reply: Reply) -> None:
            self.send_response(200)
            self.send_header("content-type", "text/event-stream")
            self.send_header("cache-control", "no-cache")
            self.send_header("connection", "close")
            self.end_headers()
            events = [_chunk(server.model, {"role": "assistant", "content": ""})]
            events += [_chunk(server.model, {"content": t}) for t in tokens(reply.text)]
            events.append(_chunk(server.model, {}, reply.finish))
            if (body.get("stream_options") or {}).get("include_usage"):
                prompt = sum(len(str(m.get("content", ""))) for m in body.get("messages", []))
                last = _chunk(server.model, {})
                last["choices"], last["usage"] = [], _usage(prompt // 4, reply.text)
                events.append(last)
            for event in events:
                self.wfile.write(f"data: {json.dumps(event)}\n\n".encode())
                self.wfile.flush()
            self.wfile.write(b"data: [DONE]\n\n")
            self.wfile.flush()
            self.close_connection = True

        def _json(self, status: int, payload: dict[str, Any]) -> None:
            self._send(status, json.dumps(payload), {})

        def _send(self, status: int, text: str, headers: dict[str, str]) -> None:
            data = text.encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            for key, value in headers.items():
                self.send_header(key, value)
            if not server.keep_alive:
                self.send_header("connection", "close")
            self.end_headers()
            self.wfile.write(data)

    return Handler
