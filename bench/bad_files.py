"""Bad and huge profile files through `profilebot ingest`: how fast they fail, how much memory.

Usage: .venv/bin/python bench/bad_files.py [--mb 50]

Each file is made in a temporary dir and given to a fresh `profilebot ingest FILE` process
(a fresh data dir, so nothing is cached). Prints exit code, wall time and the child's peak
RSS (ru_maxrss from wait4), against a baseline that fails before reading anything (a missing
file): the difference is what reading and rejecting the file cost.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.settings import BUNDLED_PROFILE  # noqa: E402

PROFILEBOT = Path(sys.executable).with_name("profilebot")
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"


def text_profile() -> str:
    return BUNDLED_PROFILE.read_text(encoding="utf-8")


def huge_abstract(path: Path, mb: int) -> None:
    """A valid profile whose last abstract is `mb` MB of words on one line."""
    head = text_profile().rstrip().rsplit("\n", 1)[0]
    chunk = "lorem ipsum dolor sit amet " * 40_000
    with path.open("w", encoding="utf-8") as f:
        f.write(head + "\n")
        for _ in range(mb * 2**20 // len(chunk) + 1):
            f.write(chunk)
        f.write("\n")


def garbage_lines(path: Path, mb: int) -> None:
    """`mb` MB of short lines that are not a profile."""
    block = "".join(f"garbage line {i} {'x' * (i % 40)}\n" for i in range(10_000))
    with path.open("w", encoding="utf-8") as f:
        for _ in range(mb * 2**20 // len(block) + 1):
            f.write(block)


def binary(path: Path, mb: int) -> None:
    path.write_bytes(PNG + os.urandom(mb * 2**20))


def nul_text(path: Path, mb: int) -> None:
    path.write_bytes(text_profile().encode() + b"\0" * (mb * 2**20))


def truncated(path: Path, mb: int) -> None:
    text = text_profile()
    path.write_text(text[: len(text) // 2].rsplit("\n", 3)[0] + "\n", encoding="utf-8")


def over_limit(path: Path, mb: int) -> None:
    with path.open("wb") as f:
        f.write(text_profile().encode())
        f.truncate(65 * 2**20)  # sparse: never read


CASES: dict[str, Callable[[Path, int], None]] = {
    "truncated mid-entry (bundled, cut in half)": truncated,
    "{mb} MB abstract on one line": huge_abstract,
    "{mb} MB of short garbage lines": garbage_lines,
    "{mb} MB binary (PNG header + random)": binary,
    "{mb} MB of NUL bytes after a valid profile": nul_text,
    "65 MB sparse file (over the 64 MB limit)": over_limit,
}


def ingest(path: Path, data_dir: Path) -> tuple[int, float, float, str]:
    """Exit code, wall seconds, peak RSS in MB and the first error line of one ingest."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PROFILEBOT_", "OPENAI_"))}
    env.update(PROFILEBOT_DATA_DIR=str(data_dir), COLUMNS="200")
    data_dir.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    proc = subprocess.Popen(
        [str(PROFILEBOT), "ingest", str(path)],
        env=env,
        cwd=data_dir,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stderr
    errors = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    first = next((ln for ln in errors.splitlines() if ln.strip()), "")
    return proc.returncode, wall, usage.ru_maxrss / 1024, first


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=50)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        base = ingest(root / "missing.txt", root / "data-missing")
        rows.append(("baseline: missing file (startup only)", "-", *base))
        for i, (label, make) in enumerate(CASES.items()):
            path = root / f"case{i}.txt"
            make(path, args.mb)
            size = f"{path.stat().st_size / 2**20:.1f}"
            code, wall, rss, first = ingest(path, root / f"data{i}")
            rows.append((label.format(mb=args.mb), size, code, wall, rss, first))
            path.unlink()
    print(f"\nprofilebot ingest FILE, fresh process each (baseline peak RSS {base[2]:.0f} MB)")
    print("| file | MB | exit | wall s | peak RSS MB | +RSS vs baseline | error (first line) |")
    print("|---|---|---|---|---|---|---|")
    for label, size, code, wall, rss, first in rows:
        extra = f"{rss - base[2]:+.0f}"
        print(f"| {label} | {size} | {code} | {wall:.1f} | {rss:.0f} | {extra} | {first[:110]} |")


if __name__ == "__main__":
    main()
