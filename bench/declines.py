"""Which gate declines what: every declined or 'No:' answer of the readable question sets, by
the code path whose wording it carries and by the question's labelled shape, answerable or not,
from the per-question lines of /tmp/dbg/evalall.sh runs. Given two runs, both tables (before,
after). With --votes, the intent vote on each question the search-found-nothing gate declined,
and, for each cut-off of the overview vote's share, how many answerable and unanswerable ones
an overview would take on the even-numbered sets (dev = 0) and on the odd ones.

  python bench/declines.py /tmp/dbg/m19 [/tmp/dbg/abst19-1]
  PYTHONPATH=$PWD PROFILEBOT_DATA_DIR=/tmp/x python bench/declines.py --votes /tmp/dbg/m19
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# The wording of each decline, and the code that writes it.
GATES = [
    (
        "nothing found (offline.answer_abstain)",
        r"(?:The profile does not answer this|No): nothing in",
    ),
    ("filters match none (offline.answer_abstain)", r"(?:No: n|N)o listed paper matches these"),
    (
        "life, not papers (offline.answer_outside)",
        r"The profile does not answer this: it holds \S+",
    ),
    ("word unseen (assistant._unseen/_lead)", r"No: no listed paper mentions"),
    ("subject uncovered (answer/uncovered.py)", r"(?:No: n|N)o listed paper is about"),
    (
        "detail unstated (offline.answer_detail)",
        r"The profile does not answer this: .{0,200}does not state",
    ),
    (
        "no venue (offline.answer_no_venue)",
        r"The profile does not answer this: it records no venue",
    ),
    ("other decline", r"The profile does not answer this"),
    ("'No:' answer", r"No\b"),
]


def gate(text: str) -> str | None:
    """The gate whose wording the answer starts with, or None (an answer)."""
    return next((name for name, rx in GATES if re.match(rx, text)), None)


def rows(run: Path) -> list[dict[str, object]]:
    return [json.loads(line) for p in sorted(run.glob("*.jsonl")) for line in p.open()]


def table(run: Path) -> Counter[tuple[str, str, bool]]:
    """(gate, shape, answerable) -> questions: answerable ones declined or answered 'No' are
    the false declines to look at; the unanswerable ones, what a gate must keep."""
    out: Counter[tuple[str, str, bool]] = Counter()
    for r in rows(run):
        g = gate(str(r["text"]))
        if g is not None and (r["abstained"] or g == "'No:' answer" or r["answerable"]):
            out[(g, str(r["category"]), bool(r["answerable"]))] += 1
    return out


def show(before: Path, after: Path | None) -> None:
    a = table(before)
    b = table(after) if after else Counter()
    print(f"{'gate':46s} {'shape':13s} {'answerable':>10s}  before  after")
    for key in sorted(set(a) | set(b)):
        g, shape, ok = key
        tail = f"{b[key]:6d}" if after else ""
        print(f"{g:46s} {shape:13s} {ok!s:>10s}  {a[key]:6d}  {tail}")
    for ok in (True, False):
        na = sum(v for k, v in a.items() if k[2] == ok and not k[0].startswith("'No"))
        nb = sum(v for k, v in b.items() if k[2] == ok and not k[0].startswith("'No"))
        print(f"declined, answerable={ok}: {na}" + (f" -> {nb}" if after else ""))


def _even(name: str) -> bool:
    return int(re.sub(r"\D", "", name) or 0) % 2 == 0


def _nothing_found(run: Path) -> Iterator[tuple[bool, dict[str, Any]]]:
    """(even-numbered set?, line) of every question the search-found-nothing gate declined."""
    for p in sorted(run.glob("*.jsonl")):
        for line in p.open():
            r = json.loads(line)
            if gate(r["text"]) == GATES[0][0]:
                yield _even(p.stem), r


def votes(run: Path) -> None:
    """The overview vote on the nothing-found declines whose leftover words are said as no
    subject, of the research as a whole (as `Assistant._request_only` reads them), per
    cut-off and half."""
    from bot.cli.main import assistant
    from prompts.understand.request_words import said_as_subject, whole_research_asked

    bot = assistant(None, offline=True)
    got: list[tuple[bool, bool, str, float]] = []
    for even, r in _nothing_found(run):
        query, vote = bot.understand(r["question"], [], False)
        if query.topic and said_as_subject(query.question, query.topic):
            continue  # declined as a subject: not the request's own words
        if not whole_research_asked(query.question):
            continue  # the research as a whole is not what it asks about
        got.append((even, r["answerable"], vote.operation, vote.sure))
        if vote.operation == "overview":
            print(r["answerable"], vote.sure, query.topic, "|", r["question"][:90])
    for cut in (0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        line = f"overview vote >= {cut:.1f}:"
        for half, label in ((True, "even"), (False, "odd")):
            taken = [
                ok for ev, ok, op, sure in got if ev == half and op == "overview" and sure >= cut
            ]
            line += f"  {label}: answerable {sum(taken)}, unanswerable {len(taken) - sum(taken)}"
        print(line)
    print(Counter((ok, op) for _, ok, op, _ in got))


if __name__ == "__main__":
    if sys.argv[1] == "--votes":
        votes(Path(sys.argv[2]))
    else:
        show(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else None)
