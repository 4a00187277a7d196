"""A real `chroma run` server on a free 127.0.0.1 port, for tests and benchmarks.

The server is the Rust CLI that ships in the chromadb wheel (what `.venv/bin/chroma` runs),
started through the current interpreter so it works wherever chromadb is installed.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

LAUNCH = "import sys; from chromadb.cli.cli import app; sys.argv[0] = 'chroma'; app()"
START_TIMEOUT = 60.0


class ChromaServerError(RuntimeError):
    """`chroma run` exited or never answered its heartbeat."""


@dataclass
class ChromaServer:
    url: str
    process: subprocess.Popen[bytes]
    log: Path

    def peak_rss_mb(self) -> float:
        """The server's peak resident memory so far (Linux), in MiB."""
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        return float("nan")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _alive(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1) as response:
            return response.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


@contextmanager
def chroma_server(path: Path, timeout: float = START_TIMEOUT) -> Iterator[ChromaServer]:
    """Run `chroma run --path PATH` until the block ends; data stays in PATH."""
    path.mkdir(parents=True, exist_ok=True)
    port = free_port()
    log = path.parent / f"{path.name}-chroma-{port}.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [
                sys.executable,
                "-c",
                LAUNCH,
                "run",
                "--path",
                str(path),
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    server = ChromaServer(f"http://127.0.0.1:{port}", process, log)
    try:
        deadline = time.monotonic() + timeout
        while not _alive(server.url):
            try:  # doubles as the poll interval and the check that it is still running
                process.wait(timeout=0.1)
            except subprocess.TimeoutExpired:
                if time.monotonic() > deadline:
                    raise ChromaServerError(
                        f"chroma run did not answer in {timeout:.0f} s"
                    ) from None
            else:
                tail = log.read_text(errors="replace")[-2000:]
                raise ChromaServerError(f"chroma run exited with {process.returncode}:\n{tail}")
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
