"""What a profile's kept overviews cost to build, once per profile (on first use): the kinds of
contribution each paper states (`HeldKinds`), what each says is open (`HeldOpen`), the title
phrases (`HeldPhrases`) and the series of versions, on a store ask_scale built. Prints CPU
seconds and the RSS each adds; a question that needs one pays its build once, later ones mask
its rows.

  nice -n 10 .venv/bin/python bench/held_build.py --workdir W/10000-stand-in
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # ask_scale, beside this file

from ask_scale import rss_mb, settings

from bot.app import build_assistant, settle


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workdir", type=Path, required=True, help="a store ask_scale built")
    args = parser.parse_args()
    bot = build_assistant(settings(args.workdir))
    settle()
    print(f"{len(bot.profile.papers)} papers; RSS after open {rss_mb()[0]:.0f} MB")
    parts: list[tuple[str, Callable[[], object]]] = [
        ("HeldKinds (the kinds each paper states)", lambda: bot.held_kinds),
        ("HeldOpen (what each paper says is open)", lambda: bot.held_open),
        ("HeldPhrases (title phrases)", lambda: bot.held_phrases),
        ("series of versions", lambda: bot.series),
    ]
    print(f"{'cpu s':>8}{'+RSS MB':>9}  part")
    for name, build in parts:
        before, start = rss_mb()[0], time.process_time()
        build()
        cpu = time.process_time() - start
        print(f"{cpu:8.2f}{rss_mb()[0] - before:9.0f}  {name}", flush=True)


if __name__ == "__main__":
    main()
