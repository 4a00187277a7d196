"""The citation check on labelled claims: keep-rate per kind, and its cost per answer.

Claims (data/eval/claims_dev.jsonl, tuned on; claims_holdout, _fresh, _unseen, _unseen2,
_unseen3, _unseen4, _unseen5, _unseen6, _unseen7 and _unseen8, each written later and first
measured as is; see data/eval/README.md)
are checked against the bundled profile with the code of `profilebot eval claims`. A
supported kind should be kept, an unsupported one dropped.
The cost: answers of ANSWER_SENTENCES supported claims, each cited [n] to its paper among
the sources, through citations.verify with a Verifier prepared once for the profile (papers
read, their sentence vectors loaded from the index); each answer's claims are new to it.
Also timed: the same answer again, an unprepared Verifier (papers read at the answer), and
embedding one sentence in the same process (the baseline).
Run: .venv/bin/python bench/verify_bench.py [--files F ...] [--failures]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.app import build_assistant  # noqa: E402
from bot.settings import Settings  # noqa: E402
from prompts.llm.citations import verify  # noqa: E402
from prompts.llm.claims import ClaimRecord, check_claims  # noqa: E402
from prompts.llm.support import Verifier  # noqa: E402
from retrieval.search import Hit  # noqa: E402

FILES = [
    ROOT / "data/eval" / f"claims_{name}.jsonl"
    for name in (
        "dev",
        "holdout",
        "fresh",
        "unseen",
        "unseen2",
        "unseen3",
        "unseen4",
        "unseen5",
        "unseen6",
        "unseen7",
        "unseen8",
    )
]
DATA = ROOT / "bench" / "out" / "bundled"
SUPPORTED_KINDS = ("verbatim", "paraphrase", "number")
TARGETS = {
    "verbatim": ">= 98%",
    "number": ">= 98%",
    "paraphrase": ">= 85%",
    "unstated": "<= 15%",
    "wrong_paper": "<= 5%",
    "changed_number": "<= 5%",
    "negated": "<= 5%",
    "swapped_name": "<= 5%",
}
ANSWER_SENTENCES = 5
OTHER_SOURCES = 3  # retrieved but uncited sources in each answer's prompt


def load(path: Path) -> list[ClaimRecord]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [ClaimRecord.model_validate_json(ln) for ln in lines if ln.strip()]


def keep_rates(records: list[ClaimRecord], verifier: Verifier, failures: bool) -> None:
    results = check_claims(records, verifier)
    kept: dict[str, list[bool]] = defaultdict(list)
    for record, result in zip(records, results, strict=True):
        kept[record.kind or "?"].append(result.supported)
        wrong = result.supported != (record.kind in SUPPORTED_KINDS)
        if failures and wrong:
            print(f"  MISS {record.id} score={result.score} {result.problems}: {record.claim}")
    print(f"{'kind':<16}{'claims':>7}{'kept':>7}{'keep-rate':>11}   target")
    for kind in TARGETS:
        if kind in kept:
            got = kept[kind]
            rate = sum(got) / len(got)
            print(f"{kind:<16}{len(got):>7}{sum(got):>7}{rate:>10.1%}   {TARGETS[kind]}")


def answers(records: list[ClaimRecord], verifier: Verifier) -> list[tuple[str, list[Hit]]]:
    """Answers built from the supported claims: sentences cited to their papers."""
    by_title = {p.title: p for p in verifier.papers.values()}
    others = list(verifier.papers.values())
    good = [r for r in records if r.kind in SUPPORTED_KINDS]
    out = []
    for start in range(0, len(good) - ANSWER_SENTENCES + 1, ANSWER_SENTENCES):
        group = good[start : start + ANSWER_SENTENCES]
        papers = list({r.paper_title: by_title[r.paper_title] for r in group}.values())
        papers += [p for p in others[start % 40 :] if p not in papers][:OTHER_SOURCES]
        hits = [
            Hit(paper=p, score=1.0, similarity=0.6, evidence=p.title, relevant=True) for p in papers
        ]
        number = {p.title: i for i, p in enumerate(papers, 1)}
        text = " ".join(f"{r.claim.rstrip('.')} [{number[r.paper_title]}]." for r in group)
        out.append((text, hits))
    return out


def timings(records: list[ClaimRecord], base: Verifier) -> None:
    made = answers(records, base)
    verifier = Verifier(base.embedder, list(base.papers.values()), base.owner, base.collection)
    start = time.perf_counter()
    verifier.prepare()  # once per profile, at its first check: timed apart
    once = (time.perf_counter() - start) * 1000
    sentence = "Meta-SN gives hard-to-classify samples higher sampling probabilities."
    base.embed([sentence])
    embed_ms, cold, warm, old = [], [], [], []
    for text, hits in made:
        start = time.perf_counter()
        base.embed([sentence])
        embed_ms.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        verify(text, hits, verifier)  # claims never seen: embedded now, nothing cached
        cold.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        verify(text, hits, verifier)
        warm.append((time.perf_counter() - start) * 1000)
        lazy = Verifier(base.embedder, list(base.papers.values()), base.owner, base.collection)
        lazy.owners()  # the profile's term index, built once per profile either way
        lazy._prepared = True  # as before: only the cited papers read, at this answer
        start = time.perf_counter()
        verify(text, hits, lazy)
        old.append((time.perf_counter() - start) * 1000)
    print(
        f"\n{len(made)} answers of {ANSWER_SENTENCES} cited sentences, "
        f"{ANSWER_SENTENCES + OTHER_SOURCES} sources at most"
    )
    print(f"{'verify':<44}{'median ms':>10}{'p95 ms':>9}")
    rows = (
        ("per answer: new claims, profile prepared", cold),
        ("same answer again (text caches warm)", warm),
        ("unprepared: cited papers read per answer", old),
        ("baseline: embed 1 sentence", embed_ms),
    )
    for name, values in rows:
        p95 = sorted(values)[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
        print(f"{name:<44}{statistics.median(values):>10.1f}{p95:>9.1f}")
    print(f"once per profile (prepare: {len(base.papers)} papers, vectors, terms): {once:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=Path, nargs="*", default=FILES)
    parser.add_argument("--failures", action="store_true", help="List the misjudged claims.")
    args = parser.parse_args()
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, data_dir=DATA, captured_year=2026, openai_api_key=None, llm_base_url=None
    )
    verifier = build_assistant(settings).verifier
    everything = []
    for path in args.files:
        if not path.exists():
            continue
        records = load(path)
        everything += records
        print(f"\n== {path.name}: {len(records)} claims")
        keep_rates(records, verifier, args.failures)
    timings(everything, verifier)


if __name__ == "__main__":
    main()
