"""Understanding a question (`Assistant.understand`) at 50, 1k and 10k papers: the same cost?

Usage: nice -n 10 .venv/bin/python bench/understanding.py [--sizes 1000 10000] [--repeat 3]

For the bundled profile and synthetic ones (bench/synthetic.py), opens an Assistant as the bot
does (the Mentions index and the Lexicon are built there: their build times are columns) and
times, warm, 40 questions: 32 general ones and 8 that name the profile's own papers, people
and tags. Parts, timed inside the real `understand` call: parse_query, the intent classifier
(MiniLM) and the rest (the Lexicon's compounds/spelling/typos). The baseline ('old') runs the
same `understand` with the per-question scan of every paper and author that the index
replaced (the reference scans of tests/prompts/understand/test_mentions.py) as its index.
Understanding needs no search, so the Assistant gets the embedder alone, not a Chroma store.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import synthetic  # noqa: E402

import prompts.assistant  # noqa: E402
from bot.settings import BUNDLED_PROFILE  # noqa: E402
from prompts.assistant import Assistant  # noqa: E402
from prompts.understand.lexicon import Lexicon  # noqa: E402
from prompts.understand.mentions import Mentions  # noqa: E402
from retrieval.index.embedder import MiniLMEmbedding  # noqa: E402
from retrieval.ingest.load import load_profile  # noqa: E402
from retrieval.model import Profile  # noqa: E402
from retrieval.people import people  # noqa: E402
from tests.prompts.understand.test_mentions import (  # noqa: E402
    scan_mentioned_people,
    scan_named_papers,
)

GENERAL = [
    "How many papers does he have?",
    "What is his h-index?",
    "Give me an overview of the profile",
    "What are her main research areas?",
    "Which papers were published in 2023?",
    "How many papers since 2021 have code?",
    "List the papers without code from last year",
    "What did they publish on few-shot learning?",
    "Which papers use reinforcement learning for reasoning?",
    "What are the latest 3 papers?",
    "What was the earliest paper?",
    "Which year was the busiest?",
    "Who are the most frequent co-authors?",
    "How many co-authors are there?",
    "Which papers is she first author on?",
    "How has the research focus shifted over time?",
    "papers per year",
    "Which category has the most papers?",
    "How many computer vision papers are there?",
    "NLP papers not in 2022",
    "Is there anything on graph neural networks for recommendation?",
    "explain the work on knowledge distilation",
    "What does the profile say about medical imaging?",
    "any papers about weather forecasting with radar data?",
    "Why didn't he publish anything in 2019?",
    "What is Geoffrey Hinton's h-index?",
    "Where does she work now?",
    "papers on multimodal large language models in the last 18 months",
    "Which affiliation tags appear in the profile?",
    "How many papers are tagged with an affiliation?",
    "Compare the two most recent papers",
    "what does he work on lol",
]
# The old path differs from the new in parse_query only: the other parts are not compared.
BASELINE_PARTS = ("understand", "parse_query")


def own_questions(profile: Profile) -> list[str]:
    """Eight questions naming this profile's papers, co-authors and a tag."""
    named = [p for p in profile.papers if p.short_title != p.title][:3] or profile.papers[:3]
    a, b, c = (re.split(r"\s+--\s+", p.short_title)[0] for p in named)
    others = [p.name for p in people(profile.papers) if p.name != profile.name][:2]
    tags = sorted({p.affiliation for p in profile.papers if p.affiliation}) or ["nowhere"]
    return [
        f"What is {a} about?",
        f"Compare {a} and {b}",
        f"tell me more about the {c.lower()} paper",
        f"Who wrote {named[-1].title.lower()}?",
        f"Papers with {others[0]}",
        f"How many papers did {others[1].lower()} co-author?",
        f"Which papers did {profile.name} write with {others[0]} and {others[1]}?",
        f"papers tagged {tags[0]} since 2020",
    ]


class ScanMentions:
    """The baseline: the same slots found by scanning every paper and author per question."""

    def __init__(self, profile: Profile) -> None:
        self.papers = _Scan(lambda text: scan_named_papers(text, profile.papers))
        self.people = _Scan(lambda text: scan_mentioned_people(text, profile))
        self.tags = _Scan(lambda _: {p.affiliation for p in profile.papers if p.affiliation})


class _Scan:
    def __init__(self, find: Callable[[str], Any]) -> None:
        self.named = self.mentioned = self.find = find


class EmbedderOnly:
    """What understanding needs of a Searcher: the embedder the intent classifier uses."""

    def __init__(self, embedder: MiniLMEmbedding) -> None:
        self.embedder = embedder


@contextmanager
def timing(bot: Assistant, spent: dict[str, float]) -> Iterator[None]:
    """Time parse_query and the intent classifier inside the real `understand` call."""
    parse, classify = prompts.assistant.parse_query, bot.intents.classify

    def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + (time.perf_counter() - start) * 1000

        return run

    prompts.assistant.parse_query = timed("parse_query", parse)  # type: ignore[assignment]
    bot.intents.classify = timed("classify", classify)  # type: ignore[method-assign]
    try:
        yield
    finally:
        prompts.assistant.parse_query = parse  # type: ignore[assignment]
        bot.intents.classify = classify  # type: ignore[method-assign]


def run(bot: Assistant, questions: list[str], repeat: int) -> dict[str, list[list[float]]]:
    """Milliseconds per question and pass: understand, and its parts."""
    for q in questions:  # warm: regex caches, the ONNX session
        bot.understand(q)
    parts = ("understand", "parse_query", "classify", "lexicon+rest")
    out: dict[str, list[list[float]]] = {part: [[] for _ in questions] for part in parts}
    for _ in range(repeat):
        for i, q in enumerate(questions):
            spent: dict[str, float] = {}
            with timing(bot, spent):
                start = time.perf_counter()
                bot.understand(q)
                total = (time.perf_counter() - start) * 1000
            out["understand"][i].append(total)
            out["parse_query"][i].append(spent["parse_query"])
            out["classify"][i].append(spent["classify"])
            out["lexicon+rest"][i].append(total - spent["parse_query"] - spent["classify"])
    return out


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


def ms(since: float) -> float:
    return (time.perf_counter() - since) * 1000


def measure(label: str, profile: Profile, embedder: MiniLMEmbedding, args: Any) -> list[str]:
    questions = GENERAL + own_questions(profile)
    start = time.perf_counter()
    bot = Assistant(profile, EmbedderOnly(embedder))  # type: ignore[arg-type]
    open_ms = ms(start)
    start = time.perf_counter()
    Mentions(profile)
    mentions_ms = ms(start)
    start = time.perf_counter()
    Lexicon(profile)
    lexicon_ms = ms(start)
    new = run(bot, questions, args.repeat)
    bot.mentions = ScanMentions(profile)  # type: ignore[assignment]
    old = run(bot, questions[-args.baseline :], 1)
    rows = []
    for part, per_question in new.items():
        values = [t for times in per_question for t in times]
        best = pct([min(times) for times in per_question], 0.95)
        row = f"{part:<13} {pct(values, 0.5):7.2f} {pct(values, 0.95):7.2f} {max(values):7.2f}"
        row += f" {best:7.2f}"
        if part in BASELINE_PARTS:  # the same questions, old path and new
            old_p50 = pct([t for times in old[part] for t in times], 0.5)
            new_p50 = pct([t for times in per_question[-args.baseline :] for t in times], 0.5)
            row += f" {old_p50:9.1f} {old_p50 / max(new_p50, 1e-6):7.0f}x"
        builds = f"{open_ms:9.0f} {mentions_ms:9.1f} {lexicon_ms:9.0f}" if not rows else " " * 29
        head = f"{label:<9} {len(profile.papers):>6} {builds}" if not rows else " " * 46
        rows.append(f"{head} {row}")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--repeat", type=int, default=3, help="timed passes over the questions")
    parser.add_argument(
        "--baseline", type=int, default=12, help="questions (the last N) for the slow old path"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        embedder = MiniLMEmbedding(str(Path(tmp) / "minilm"))
        profiles = [("bundled", load_profile(BUNDLED_PROFILE, captured_year=2026))]
        profiles += [(f"synth-{n // 1000}k", synthetic.make_profile(n)) for n in args.sizes]
        print(
            f"{len(GENERAL) + 8} questions x {args.repeat} passes, warm; old path on the last "
            f"{args.baseline}. Times in ms.\n"
        )
        print(
            f"{'profile':<9} {'papers':>6} {'open':>9} {'mentions':>9} {'lexicon':>9} "
            f"{'part':<13} {'p50':>7} {'p95':>7} {'max':>7} {'best95':>7} {'old p50':>9} "
            f"{'old/new':>8}"
        )
        for label, profile in profiles:
            for row in measure(label, profile, embedder, args):
                print(row, flush=True)
        print(
            "\nopen: Assistant(...) in full; mentions: the index of paper names, people and "
            "tags; lexicon: the profile's word list (both built inside open). best95: p95 over "
            "each question's fastest pass (what other processes on the machine add, removed). "
            "old p50, old/new: the same questions through the old path, and the new one."
        )


if __name__ == "__main__":
    main()
