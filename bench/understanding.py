"""Understanding a question (`Assistant.understand`) at 50, 1k and 10k papers: the same cost?

Usage: PROFILEBOT_DATA_DIR=<dir> nice -n 10 .venv/bin/python bench/understanding.py
           [--sizes 1000 10000] [--repeat 3] [--questions data/eval/questions.jsonl ...]

The bundled profile is opened as the bot opens it (bot.app.build_assistant: its Chroma store
and kept files in PROFILEBOT_DATA_DIR, indexed first if need be), so a question with words no
paper uses makes the searches the bot makes. Synthetic profiles (bench/synthetic.py) get an
Assistant over the embedder alone (no store: a search finds nothing; bench/ask_scale.py times
searches at scale). The Mentions index and the Lexicon are built at open: their build times
are columns. Times, warm, 40 questions: 32 general ones and 8 that name the profile's own
papers, people and tags (with --questions, the bundled profile is asked those files'
questions too), each asked of every profile in turn so that the load of other processes falls
on every size alike. Parts, timed inside the real `understand` call (STAGES): parse_query, the
intent classifier (one MiniLM embedding), spelling (the Lexicon's names, typos, compounds,
acronyms, related words), titles ('the X paper'), read_as (words no paper uses), focus, and
the rest; cpu is the call's CPU time, which the load of other processes changes little. The
baseline ('old') is the same `understand` with, as its index, the per-question scans of
every paper, author and family of papers ('Valley', 'Valley2') that the index replaced (the
references of tests/prompts/understand/test_mentions.py and test_families.py), paired with
the new path question by question.
Each timed call is of a new question: the vectors kept of the texts embedded lately (the
embedder's, the Lexicon's of question words) are dropped first; the profile's own (its words
and title phrases, embedded once at open) stay. The bundled profile's open is read from its
kept files when they are current.

The intent vote is timed both ways too, paired question by question: read lazily (this code:
cast only when something reads it) and cast first (main's path before, the classifier run for
every question); the table after the parts gives both, and the share of questions whose
understanding ran the classifier.

To compare two versions of the code, run this file from each (a `git archive` of the older
one, this file copied in) one after the other, twice, and compare the cpu rows.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
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
from bot.app import build_assistant  # noqa: E402
from bot.settings import Settings  # noqa: E402
from prompts.assistant import Assistant  # noqa: E402
from prompts.understand.intent import Vote  # noqa: E402
from prompts.understand.lexicon import Lexicon  # noqa: E402
from prompts.understand.mentions import Mentions  # noqa: E402
from prompts.understand.people import NameParts  # noqa: E402
from retrieval.filters import Filters  # noqa: E402
from retrieval.index.columns import PapersById, columns_of  # noqa: E402
from retrieval.index.embedder import MiniLMEmbedding  # noqa: E402
from retrieval.model import Paper, Profile  # noqa: E402
from retrieval.people import people  # noqa: E402
from retrieval.search import SearchResult  # noqa: E402
from tests.prompts.understand.test_families import ScanFamilies  # noqa: E402
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
    """The baseline: the same slots found by scanning every paper, author and family of
    papers per question."""

    def __init__(self, profile: Profile, families: dict[str, list[int]], index: Mentions) -> None:
        self.index = index  # what the scans do not replace (the profile's title words)
        self.papers = _Scan(lambda text: scan_named_papers(text, profile.papers), profile.papers)
        self.people = _Scan(lambda text: scan_mentioned_people(text, profile))
        self.tags = _Scan(lambda _: {p.affiliation for p in profile.papers if p.affiliation})
        # names typed with a slip are not looked for; their words, as understanding reads
        # them beside a topic ('Hinton-style'), are everyone's first and last words
        self.parts = _NoSlips([person.name for person in people(profile.papers)])
        self.categories = frozenset(p.category for p in profile.papers)
        self.families = ScanFamilies(families)  # every family looked at, per question

    def __getattr__(self, name: str) -> Any:
        return getattr(self.index, name)


class _NoSlips(NameParts):
    """Everyone's name words (`by_word`), with no name typed with a slip found."""

    def misspelt(self, text: str) -> list[tuple[str, str]]:
        return []


class _Scan:
    def __init__(self, find: Callable[[str], Any], papers: list[Paper] | None = None) -> None:
        self.named = self.mentioned = self.find = find
        self.papers = papers  # a family's papers, by row

    def titles_said(self, text: str) -> list[tuple[int, int]]:
        """The spans giving a paper's whole title, found by matching every title."""
        spans = []
        for paper in self.papers or []:
            words = r"\s+".join(map(re.escape, paper.title.split()))
            found = re.finditer(rf"(?<![\w-]){words}(?![\w-])", text, re.IGNORECASE)
            spans += [m.span() for m in found]
        return sorted(spans)


class EmbedderOnly:
    """What understanding needs of a Searcher: the embedder the intent classifier uses. A
    topic word no paper uses also costs one search (the closest papers' titles, for a word
    they use instead): that search finds nothing here; bench/ask_scale.py times it."""

    def __init__(self, embedder: MiniLMEmbedding, profile: Profile) -> None:
        self.embedder = embedder
        self.columns = columns_of(profile)  # the columns and papers by id, as a Searcher's
        self.papers = PapersById(self.columns)
        self.collection = None  # the citation check reads vectors lazily: never, here

    def search(self, text: str, filters: Filters | None = None, k: int = 8) -> SearchResult:
        return SearchResult(query=text, filters=filters or Filters(), hits=[])


# The parts of `understand` timed, each by the calls that make it (time inside a nested timed
# call counts for the inner part only); 'rest' is what no part covers.
STAGES = {
    "parse_query": [("module", "parse_query")],
    "classify": [("intents", "classify")],
    "spelling": [("lexicon", m) for m in ("names", "spell", "compounds", "correct", "core")],
    "titles": [("titles", "resolve")],
    "read_as": [("bot", "_read_as")],
    "focus": [("lexicon", "focus")],
}


@contextmanager
def timing(bot: Assistant, spent: dict[str, float]) -> Iterator[None]:
    """Time the parts of the real `understand` call (STAGES), each exclusive of the others."""
    owners = {"module": prompts.assistant, "intents": bot.intents, "lexicon": bot.lexicon}
    owners |= {"titles": bot.titles, "bot": bot}
    inner: list[float] = []  # per open timed call: the time of the timed calls inside it

    def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            inner.append(0.0)
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                took = (time.perf_counter() - start) * 1000
                spent[name] = spent.get(name, 0.0) + took - inner.pop()
                if inner:
                    inner[-1] += took

        return run

    saved = []
    for name, calls in STAGES.items():
        for owner, attr in calls:
            saved.append((owners[owner], attr, getattr(owners[owner], attr)))
            setattr(owners[owner], attr, timed(name, saved[-1][2]))
    try:
        yield
    finally:
        for obj, attr, fn in reversed(saved):
            if obj is prompts.assistant:
                setattr(obj, attr, fn)
            else:
                delattr(obj, attr)  # the instance's wrapper: the class's method shows again


@contextmanager
def cast_first(bot: Assistant) -> Iterator[None]:
    """Main's path before the vote was read lazily: the classifier run for every question."""
    vote = bot.intents.vote

    def eager(question: str) -> Vote:
        cast = vote(question)
        cast.operation  # noqa: B018 (cast now)
        return cast

    bot.intents.vote = eager  # type: ignore[method-assign]
    try:
        yield
    finally:
        del bot.intents.vote  # the instance's: the class's method shows again


def understand(bot: Assistant, question: str) -> dict[str, float]:
    """Milliseconds of one `understand` call, and of its parts, as if the question were new
    (the embedder keeps the vectors of recent texts: dropped first)."""
    spent: dict[str, float] = {}
    bot.searcher.embedder.forget()  # type: ignore[attr-defined]
    bot.lexicon.forget()
    with timing(bot, spent):
        cpu, start = time.process_time(), time.perf_counter()
        bot.understand(question)
        total, cpu = ms(start), (time.process_time() - cpu) * 1000
    parts = {name: spent.get(name, 0.0) for name in STAGES}
    cast = float("classify" in spent)  # did understanding run the classifier?
    return {"understand": total, **parts, "rest": total - sum(parts.values()), "cpu": cpu} | {
        "cast": cast
    }


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


def ms(since: float) -> float:
    return (time.perf_counter() - since) * 1000


class Run:
    """One profile: its Assistant, build times, and the timings of its questions."""

    def __init__(
        self, label: str, open_bot: Callable[[], Assistant], asked: list[str] | None = None
    ) -> None:
        start = time.perf_counter()
        self.bot = open_bot()
        self.open_ms = ms(start)
        self.label, self.profile = label, self.bot.profile
        self.questions = (asked or []) + GENERAL + own_questions(self.profile)
        start = time.perf_counter()
        profile = self.profile
        self.mentions = Mentions(profile)
        self.mentions_ms = ms(start)
        start = time.perf_counter()
        Lexicon(profile)
        self.lexicon_ms = ms(start)
        self.scan = ScanMentions(profile, self.mentions.families.rows, self.mentions)
        self.times: dict[str, list[list[float]]] = {}  # part -> per question -> per pass
        self.old: dict[str, list[float]] = {}
        self.new: dict[str, list[float]] = {}
        self.lazy: dict[str, list[float]] = {}  # the vote read lazily / cast first, paired
        self.eager: dict[str, list[float]] = {}

    def time(self, i: int) -> None:
        # the two paths in turn first, pass by pass (what the first leaves warm is shared)
        lazy_first = len(self.lazy.get("cpu", [])) // len(self.questions) % 2 == 0
        if not lazy_first:
            with cast_first(self.bot):
                first = understand(self.bot, self.questions[i])
        timed = understand(self.bot, self.questions[i])
        cast = timed.pop("cast")
        for part, t in timed.items():
            self.times.setdefault(part, [[] for _ in self.questions])[i].append(t)
        if lazy_first:
            with cast_first(self.bot):
                first = understand(self.bot, self.questions[i])
        for part, out in (("understand", timed), ("cpu", timed), ("cast", {"cast": cast})):
            self.lazy.setdefault(part, []).append(out[part])
        for part in ("understand", "cpu", "cast"):
            self.eager.setdefault(part, []).append(first[part])

    def pair(self, i: int) -> None:
        """The old path and the new on the same question, one after the other."""
        for index, out in ((self.scan, self.old), (self.mentions, self.new)):
            self.bot.mentions = index  # type: ignore[assignment]
            for part, t in understand(self.bot, self.questions[i]).items():
                if part != "cast":
                    out.setdefault(part, []).append(t)
        self.bot.mentions = self.mentions

    def vote_rows(self) -> list[str]:
        """The vote read lazily (this code) against cast first (main's path), paired."""
        out = []
        for label, times in (("read lazily", self.lazy), ("cast first", self.eager)):
            wall, cpu, cast = times["understand"], times["cpu"], times["cast"]
            row = f"{self.label:<9} {label:<12} {pct(wall, 0.5):7.2f} {pct(wall, 0.95):7.2f}"
            row += f" {pct(cpu, 0.5):7.2f} {pct(cpu, 0.95):7.2f} {sum(cast) / len(cast):6.0%}"
            out.append(row)
        return out

    def rows(self) -> list[str]:
        out: list[str] = []
        for part, per_question in self.times.items():
            values = [t for times in per_question for t in times]
            best = pct([min(times) for times in per_question], 0.95)
            row = f"{part:<13} {pct(values, 0.5):7.2f} {pct(values, 0.95):7.2f}"
            row += f" {max(values):7.2f} {best:7.2f}"
            if part in BASELINE_PARTS:
                old, new = pct(self.old[part], 0.5), pct(self.new[part], 0.5)
                row += f" {old:9.1f} {old / max(new, 1e-6):7.1f}x"
            builds = f"{self.open_ms:9.0f} {self.mentions_ms:9.1f} {self.lexicon_ms:9.0f}"
            head = f"{self.label:<9} {len(self.profile.papers):>6} {builds}"
            out.append(f"{head if not out else ' ' * len(head)} {row}")
        return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--repeat", type=int, default=3, help="timed passes over the questions")
    parser.add_argument(
        "--baseline", type=int, default=12, help="questions (the last N) for the slow old path"
    )
    parser.add_argument(
        "--questions",
        type=Path,
        nargs="*",
        default=[],
        help="JSONL sets the bundled profile is asked too",
    )
    args = parser.parse_args()
    asked = [
        json.loads(line)["question"] for f in args.questions for line in f.open() if line.strip()
    ]
    settings = Settings(captured_year=2026)  # PROFILEBOT_DATA_DIR: where the store is kept
    runs = [Run("bundled", lambda: build_assistant(settings, offline=True), asked)]
    embedder = runs[0].bot.searcher.embedder
    assert isinstance(embedder, MiniLMEmbedding), "the bench times MiniLM (PROFILEBOT_EMBEDDER)"
    for n in args.sizes:
        synth = synthetic.make_profile(n)
        only = EmbedderOnly(embedder, synth)
        runs.append(Run(f"synth-{n // 1000}k", lambda p=synth, s=only: Assistant(p, s)))  # type: ignore[misc]
    for run in runs:  # warm: regex caches, the ONNX session
        for q in run.questions:
            run.bot.understand(q)
    # Interleaved (each question on every profile in turn), so that the load of other
    # processes on the machine falls on every size alike.
    for _ in range(args.repeat):
        for i in range(max(len(run.questions) for run in runs)):
            for run in runs:
                if i < len(run.questions):
                    run.time(i)
    for i in range(-args.baseline, 0):
        for run in runs:
            run.pair(len(run.questions) + i)
    print(
        f"{', '.join(f'{r.label}: {len(r.questions)}' for r in runs)} questions x {args.repeat} "
        f"passes, warm, interleaved across the profiles; old path paired with the new on the "
        f"last {args.baseline}. Times in ms.\n"
    )
    print(
        f"{'profile':<9} {'papers':>6} {'open':>9} {'mentions':>9} {'lexicon':>9} "
        f"{'part':<13} {'p50':>7} {'p95':>7} {'max':>7} {'best95':>7} {'old p50':>9} "
        f"{'old/new':>8}"
    )
    for run in runs:
        print("\n".join(run.rows()))
    print(
        f"\n{'profile':<9} {'vote':<12} {'p50':>7} {'p95':>7} {'cpu p50':>7} {'cpu p95':>7} "
        f"{'cast':>6}"
    )
    print("\n".join(row for run in runs for row in run.vote_rows()))
    print(
        "\nopen: Assistant(...) in full; mentions: the index of paper names, people and "
        "tags; lexicon: the profile's word list (both built inside open). best95: p95 over "
        "each question's fastest pass (what other processes on the machine add, removed). "
        "cpu: the CPU time of the whole understand call, every thread of the process (what "
        "the load of other processes changes little). "
        "old p50, old/new: p50 of the old path over the same questions, paired. vote: "
        "understanding with the intent vote read lazily (this code) and cast first (main's "
        "path), each question both ways one after the other; cast: the share of questions "
        "whose understanding ran the classifier (answering may still read the vote)."
    )


if __name__ == "__main__":
    main()
