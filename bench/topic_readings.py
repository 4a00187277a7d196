"""One need, one reading? The search inputs each phrasing of a topic or yes/no family is read to.

Usage: PROFILEBOT_DATA_DIR=<dir> nice -n 10 .venv/bin/python bench/topic_readings.py
           [--sets data/eval/questions.jsonl ...] [--families FILE] [--show N] [--out rows.jsonl]

Every family of category topic or yesno of the readable eval sets (questions.jsonl,
questions_unseen.jsonl, unseen2 .. unseen29; never the held-out unseen30+) or of a file of
one's own (`--families`: lines 'family<TAB>question') is asked of the bundled profile as
`Assistant.ask` asks it, up to the point where the Query is read and nothing is answered yet
(the `asserted` check, the first step after the reading, is stopped). Of each phrasing the
bench prints what a list of its subject's papers would search (`_subject_papers`): the
topic's salient words (`lexicon.salient`), with the concepts it was read as and the
alternatives it offers; a phrasing read as no subject (an overview, a count of all papers)
shows '-'. Summary: families, the share read to ONE reading, mean readings per family;
`--show N` prints the N families with the most readings (all with --show 0 and --families).
'as 1st': the share of a family's later phrasings read as its first is.

Measured (bundled profile, offline): the 537 topic and yes/no families of the readable sets,
main 943b3f6: one reading 0.093, 4.70 readings per family, as 1st 0.221; branch canon29:
0.097, 4.68, 0.228. Sixteen families of one's own (6-8 phrasings each: /tmp, not shipped):
0.000, 3.00, 0.554 -> 0.250, 2.50, 0.651. Most readings that still differ name the need in
other words ('models making things up', 'injecting knowledge into language models'): a
reading by meaning, not by form, is what is left.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from bot.cli.main import assistant
from prompts import assistant as assistant_module
from prompts.assistant import Assistant
from prompts.understand.intent import Vote
from prompts.understand.router import Query

HELD_OUT = re.compile(r"unseen(3\d|4\d)\.jsonl$")
CATEGORIES = ("topic", "yesno")


class Read(Exception):
    """The Query is read: stop before anything is answered."""

    def __init__(self, standalone: str, query: Query) -> None:
        super().__init__()
        self.standalone, self.query = standalone, query


def stop_at_reading() -> None:
    """Stop `ask` at its first step after the reading, the claim check (`asserted`)."""

    def asserted(standalone: str, query: Query, *_: Any) -> None:
        raise Read(standalone, query)

    assistant_module.asserted = asserted  # type: ignore[assignment]


def reading(bot: Assistant, question: str) -> str:
    """What a list of the question's subject would search, as one line."""
    try:
        bot.ask(question)
    except Read as read:
        query, standalone = read.query, read.standalone
    else:
        return "(answered before reading)"
    if not query.topic or query.paper_ids:
        return "-" if not query.paper_ids else f"papers {sorted(query.paper_ids)}"
    searched = bot.lexicon.salient(query.topic) or query.topic
    others = [*query.concepts[1:], *bot._alternatives(standalone, query)]
    return " | ".join([searched.casefold(), *sorted(o.casefold() for o in others)])


def eval_families(paths: list[Path]) -> dict[str, list[str]]:
    """Every topic or yes/no family of the readable sets: its phrasings, in order."""
    families: dict[str, list[str]] = defaultdict(list)
    for path in paths:
        if HELD_OUT.search(path.name):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["category"] in CATEGORIES:
                families[f"{path.stem}:{row['family']}"].append(row["question"])
    return families


def own_families(path: Path) -> dict[str, list[str]]:
    families: dict[str, list[str]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            family, question = line.split("\t", 1)
            families[family].append(question.strip())
    return families


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", nargs="*", type=Path)
    parser.add_argument("--families", type=Path)
    parser.add_argument("--show", type=int, default=15)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    if args.families:
        families = own_families(args.families)
    else:
        sets = args.sets or sorted(Path("data/eval").glob("questions*.jsonl"))
        families = eval_families(sets)
    bot = assistant(None, offline=True)
    stop_at_reading()
    Vote.known("topic")  # the classifier's exemplars are built at open
    read = {f: [reading(bot, q) for q in qs] for f, qs in families.items()}
    if args.out:
        rows = [
            {"family": f, "question": q, "read": r}
            for f in read
            for q, r in zip(families[f], read[f], strict=True)
        ]
        args.out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    counts = {f: len(set(r)) for f, r in read.items()}
    ranked = sorted(read, key=lambda f: -counts[f])
    for f in ranked if args.show == 0 else ranked[: args.show]:
        print(f"{f}  ({counts[f]} readings)")
        for q, r in zip(families[f], read[f], strict=True):
            print(f"    {r:40.40s} <- {q}")
    one = sum(c == 1 for c in counts.values())
    pairs = [(len(set(r)), sum(x == r[0] for x in r[1:]), len(r) - 1) for r in read.values()]
    agree = sum(p[1] for p in pairs) / max(1, sum(p[2] for p in pairs))
    print(f"\n{'families':>10} {'one reading':>12} {'readings/family':>16} {'as 1st':>7}")
    print(
        f"{len(read):>10} {one / max(1, len(read)):>12.3f} "
        f"{sum(counts.values()) / max(1, len(read)):>16.2f} {agree:>7.3f}"
    )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
