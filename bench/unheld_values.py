"""Which declines go wrong, by the kind of value asked: over the per-question answers of an eval
run (`/tmp/dbg/evalall.sh TAG ...` writes DIR/<set>.jsonl), the unanswerable questions answered
and the answerable ones declined, each put under the kind of value its question asks (a count of
a thing, a paper's citations, a person or an employer, a date, something else). Given two runs
it prints both tables and the questions whose decline changed.

    python bench/unheld_values.py /tmp/dbg/m17 [/tmp/dbg/atype17-K] [--list] [--held-out SETS]

A blind set being written is never read (--held-out, questions_unseen31 by default).
The kinds read as the answerers read them: a count or size (prompts/answer/unheld.py), the
size of a lead or a figure of a result (prompts/answer/measured.py), the make or model of the
hardware used or one of two names offered (prompts/answer/products.py); a question naming no
paper whose kind is none of these is a subject ('anything on 3D point clouds?').
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from prompts.answer.measured import FIGURE_ASKED
from prompts.answer.products import MAKE_ASKED, OFFERED
from prompts.answer.unheld import asked_measures

# The kinds of value a question may ask that the records hold for no paper or person, each by
# the words that ask it (coarse, for this table only); a count or size is read as the measure
# reader reads it (prompts/answer/unheld.py)
ASKED_KINDS = {
    "citations": r"\bcit(?:ed|ations?|ing|es)\b",
    "person, group or employer": r"\b(?:employer|company|university|affiliat\w*|job|position"
    r"|students?|advis\w*|supervis\w*|lab|group)\b|\bwork(?:s|ing)?\s+(?:now|at|for)\b",
    "date": r"\b(?:when|date|year|month)\b",
}


def kind(question: str) -> str:
    """The kind of value a question asks, as a cause's row."""
    measures = asked_measures(question)
    if re.search(ASKED_KINDS["citations"], question, re.IGNORECASE):
        return "citations"
    if any(m.how == "count" for m in measures):
        return "count of a thing"
    if measures:
        return "size or amount"
    if FIGURE_ASKED.search(question):
        return "lead or figure of a result"
    if MAKE_ASKED.search(question) or OFFERED.search(question):
        return "make, model or a name offered"
    found = (k for k, p in ASKED_KINDS.items() if re.search(p, question, re.IGNORECASE))
    return next(found, "other (a subject, a detail)")


def rows(run: Path, held_out: set[str]) -> dict[str, dict]:
    """Every answer of the run by question id, its set's name added, less the held-out sets."""
    out = {}
    for path in sorted(run.glob("questions*.jsonl")):
        if path.stem in held_out:
            continue
        for line in path.read_text().splitlines():
            row = json.loads(line)
            row["set"] = path.stem
            out[row["id"]] = row
    return out


def wrong(row: dict) -> str | None:
    """'answered' (a decline due) or 'declined' (an answer due), else None."""
    if not row["answerable"] and not row["abstained"]:
        return "answered"
    if row["answerable"] and row["abstained"]:
        return "declined"
    return None


def table(run: dict[str, dict], title: str) -> None:
    """The wrong declines of a run, counted by outcome and kind of value asked."""
    counts = Counter((w, kind(r["question"])) for r in run.values() if (w := wrong(r)))
    unanswerable = sum(not r["answerable"] for r in run.values())
    print(f"{title}: {len(run)} answers, {unanswerable} unanswerable")
    print(f"  {'kind of value asked':28} {'unanswerable answered':>22} {'answerable declined':>20}")
    for k in sorted({k for _, k in counts}):
        print(f"  {k:28} {counts['answered', k]:>22} {counts['declined', k]:>20}")
    total_a = sum(v for (w, _), v in counts.items() if w == "answered")
    total_d = sum(v for (w, _), v in counts.items() if w == "declined")
    print(f"  {'all':28} {total_a:>22} {total_d:>20}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path, nargs="?")
    parser.add_argument("--list", action="store_true", help="print each wrong question")
    parser.add_argument(
        "--held-out",
        default="questions_unseen31",
        help="comma-separated sets never read (a blind set being written)",
    )
    args = parser.parse_args()
    held_out = set(args.held_out.split(","))
    before = rows(args.before, held_out)
    table(before, str(args.before))
    if args.list:
        for r in before.values():
            if w := wrong(r):
                print(f"    {w:8} [{kind(r['question'])}] {r['id']}: {r['question']}")
    if args.after is None:
        return
    after = rows(args.after, held_out)
    # the same sets on both sides: a run of some sets is read against those sets only
    sets = {r["set"] for r in after.values()}
    table({q: r for q, r in before.items() if r["set"] in sets}, f"{args.before}, those sets")
    table(after, str(args.after))
    for qid, r in after.items():
        b = before.get(qid)
        if b is not None and b["abstained"] != r["abstained"]:
            good = "right" if r["abstained"] != r["answerable"] else "WRONG"
            print(f"  changed ({good}): {qid}: {r['question']}")


if __name__ == "__main__":
    main()
