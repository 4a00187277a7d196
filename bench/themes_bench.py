"""Research themes, old labeller against new: does each label say what most of its papers share?

Usage: nice -n 10 .venv/bin/python bench/themes_bench.py [--sizes 1000] [--baseline REV]

For the bundled profile (MiniLM vectors of the whole-paper text, as the index stores them)
and synthetic profiles (bench/synthetic.py, hashing vectors; their planted topics are the
arXiv categories), prints per theme: label, size, years (new: the bulk, and the full span),
label coverage and, for synthetic profiles, purity (the share of the theme's papers from its
most common planted topic). Label coverage: the share of the theme's papers whose title or
abstract holds every word of the label, stemmed (retrieval/text.py's tokens and stemmer; a
label "A, B" or "A and B" needs the words of both). The profile line gives the mean coverage
over themes, the share of papers in themes whose label covers at most half of them, the share
in "other topics", and the time to compute the themes (median of --repeat, old and new run
alternately). "Other topics" (new) has no label to cover:
its size is shown, and it is left out of the means.

The baseline ('old') is retrieval/themes.py as of --baseline (default: the commit before this
change), read with `git show` and run in this process on the same papers and vectors.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
import types
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import synthetic  # noqa: E402

from bot.settings import BUNDLED_PROFILE  # noqa: E402
from retrieval.index.chunks import paper_text  # noqa: E402
from retrieval.index.embedder import MiniLMEmbedding  # noqa: E402
from retrieval.ingest.load import load_profile  # noqa: E402
from retrieval.model import Paper  # noqa: E402
from retrieval.text import STOPWORDS, stem, words  # noqa: E402
from retrieval.themes import find_themes  # noqa: E402

BASELINE = "f6e6c5d"  # main before this change: retrieval/themes.py, one module


def old_themes_module(rev: str) -> types.ModuleType:
    """The old retrieval/themes.py, executed as a module of its own."""
    source = subprocess.run(
        ["git", "show", f"{rev}:retrieval/themes.py"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    module = types.ModuleType("themes_old")
    module.__dict__["__name__"] = "themes_old"
    sys.modules["themes_old"] = module  # pydantic resolves the Theme model's annotations here
    exec(compile(source, f"{rev}:retrieval/themes.py", "exec"), module.__dict__)
    return module


def stems(text: str) -> set[str]:
    return set(stem(w for w in words(text) if w not in STOPWORDS))


def coverage(label: str, members: list[Paper]) -> float:
    """The share of the papers whose title or abstract holds every word of the label."""
    need = stems(label)
    held = sum(need <= stems(f"{p.title} {p.abstract}") for p in members)
    return held / len(members)


def timed(run: Callable[[], Any]) -> tuple[Any, float]:
    start = time.perf_counter()
    return run(), time.perf_counter() - start


def report(name: str, papers: list[Paper], themes: list[Any], seconds: float) -> dict[str, float]:
    """Print one labeller's themes of one profile; return its profile-level figures."""
    by_id = {p.id: p for p in papers}
    shares, thin, other = [], 0, 0
    print(f"  {name}: {len(themes)} themes, computed in {seconds * 1000:.0f} ms")
    for theme in themes:
        members = [by_id[i] for i in theme.paper_ids]
        topic, most = Counter(p.category for p in members).most_common(1)[0]
        purity = f"  purity {most / len(members):.2f} ({topic})" if len(papers) > 100 else ""
        span = f"{theme.year_from}-{theme.year_to}"
        if hasattr(theme, "bulk_from"):
            span = f"mostly {theme.bulk_from}-{theme.bulk_to} of {span}"
        if getattr(theme, "other", False):
            other += len(members)
            print(f"    {theme.label[:48]:48} {len(members):5}  {span:24} coverage    -{purity}")
            continue
        share = coverage(theme.label, members)
        shares.append(share)
        thin += len(members) if share <= 0.5 else 0
        print(
            f"    {theme.label[:48]:48} {len(members):5}  {span:24} coverage {share:4.2f}{purity}"
        )
    mean = statistics.mean(shares) if shares else 0.0
    print(
        f"    mean label coverage {mean:.2f}; papers in themes covered at most half: "
        f"{thin}/{len(papers)}"
    )
    return {
        "mean": mean,
        "thin": thin / len(papers),
        "other": other / len(papers),
        "ms": seconds * 1000,
    }


def compare(
    label: str,
    papers: list[Paper],
    vectors: np.ndarray,
    embed: Any,
    old: types.ModuleType,
    repeat: int,
) -> tuple[dict[str, float], dict[str, float]]:
    print(f"\n{label} ({len(papers)} papers)")
    olds, news = [], []
    for _ in range(repeat):  # alternately, so that the load of other processes falls on both
        before, t_old = timed(lambda: old.find_themes(papers, vectors))
        after, t_new = timed(lambda: find_themes(papers, vectors, embed))
        olds.append(t_old)
        news.append(t_new)
    return (
        report("old", papers, before, statistics.median(olds)),
        report("new", papers, after, statistics.median(news)),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000])
    parser.add_argument("--baseline", default=BASELINE)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    old = old_themes_module(args.baseline)
    rows = []
    minilm = MiniLMEmbedding()
    bundled = load_profile(BUNDLED_PROFILE, captured_year=2026).papers
    vectors = np.asarray(minilm([paper_text(p) for p in bundled]), dtype=np.float32)
    rows.append(("bundled", *compare("bundled", bundled, vectors, minilm, old, args.repeat)))
    hashing = synthetic.HashingEmbedding()
    for size in args.sizes:
        papers = synthetic.make_profile(size).papers
        vectors = np.asarray(hashing([paper_text(p) for p in papers]), dtype=np.float32)
        name = f"synthetic {size}"
        rows.append((name, *compare(name, papers, vectors, hashing, old, args.repeat)))
    print(
        "\nprofile          mean coverage   papers under labels    papers in     ms to compute"
        "\n                                 covering <= half       other topics"
        "\n                 old -> new      old -> new             old -> new    old -> new"
    )
    for name, a, b in rows:
        print(
            f"{name:16} {a['mean']:.2f} -> {b['mean']:.2f}    {a['thin']:.2f} -> {b['thin']:.2f}"
            f"           {a['other']:.2f} -> {b['other']:.2f}   {a['ms']:.0f} -> {b['ms']:.0f}"
        )


if __name__ == "__main__":
    main()
