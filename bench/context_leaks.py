"""Count the answers whose slots hold words of the message's context, by the shape of that
context: an answer saying "topic '...'", "mentions '...'" or "none is on '...'" with a word
said only in a bot mention, a preamble set apart by a colon or a dash, an asker's clause, a
bracket or a sign-off (located as prompts/understand/context.py locates them), where that word
is no word of the gold papers (for an unanswerable question: any such word). 'declined' counts
those leaks whose answer declined or counted nothing although gold papers exist.

The sets are split in two halves (the dev set and unseen to unseen14; unseen15 to unseen28):
the context module's one threshold (a clause said first is the profile's when at least one
paper uses one of its topic words, in some form) was chosen on the first half with
`--thresholds` (the words kept per least number of papers using them, gold papers' words and
others) and is reported on the second; the shapes were read from unseen28's misses.

  PYTHONPATH=$PWD python bench/context_leaks.py /tmp/dbg/m16 [/tmp/dbg/OTHER ...]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from prompts.understand.context import context_spans, of_asker, said_in_context
from prompts.understand.lexicon import Lexicon
from prompts.understand.terms import STOPWORDS
from retrieval.ingest.load import load_profile
from retrieval.model import Paper
from retrieval.text import stem

SLOT = re.compile(r"(?:topic|mentions|none is on) '([^']+)'")
WORD = re.compile(r"[A-Za-z][\w-]+")
EVAL = Path("data/eval")
PROFILE = Path("data/minghui_qiu_profile.txt")
FIRST_HALF = 14  # unseen sets up to this number (and the dev set) make the first half
SHAPES = ("bot", "preamble", "asker", "bracket", "signoff")
DECLINED = re.compile(r"^(?:No\b|None of|The profile does not)")


def _half(name: str) -> str:
    number = re.search(r"unseen(\d*)$", name)
    if number is None:
        return "A"
    return "A" if int(number[1] or 1) <= FIRST_HALF else "B"


def _held(papers: list[Paper]) -> set[str]:
    """The stems of the words of these papers' titles and abstracts."""
    text = " ".join(f"{p.title} {p.abstract}" for p in papers).casefold()
    return set(stem(WORD.findall(text)))


def leaks(run: Path) -> list[tuple[str, str, str, str, bool]]:
    """(set, id, shape, word, declined) for every context word found in an answer's slots."""
    by_title = {p.title: p for p in load_profile(PROFILE).papers}
    found = []
    for path in sorted(run.glob("questions*.jsonl")):
        gold = {}
        for line in (EVAL / path.name).read_text().splitlines():
            row = json.loads(line)
            gold[row["id"]] = row
        for line in path.read_text().splitlines():
            row = json.loads(line)
            papers = [by_title[t] for t in gold[row["id"]].get("gold_titles", []) if t in by_title]
            held = _held(papers)
            spans = context_spans(row["question"])
            declined = bool(papers) and DECLINED.match(row["text"]) is not None
            for slot in SLOT.findall(row["text"]):
                for word in WORD.findall(slot):
                    span = said_in_context(word, row["question"], spans)
                    if span is not None and not set(stem([word.casefold()])) & held:
                        found.append((path.stem, row["id"], span.kind, word, declined))
    return found


def thresholds() -> None:
    """The words of clauses said first that speak of no asker, in questions with gold papers:
    how many the rule 'the profile uses it specifically' keeps, for each least number of papers
    using it, among words of the gold papers (a subject) and the others, per half."""
    profile = load_profile(PROFILE)
    lexicon = Lexicon(profile)
    by_title = {p.title: p for p in profile.papers}
    rows: dict[str, set[tuple[str, int, bool, str]]] = {"A": set(), "B": set()}
    for path in sorted(EVAL.glob("questions*.jsonl")):
        if path.stem.endswith("unseen29"):
            continue  # the blind set being written: never read
        for line in path.read_text().splitlines():
            row = json.loads(line)
            held = _held([by_title[t] for t in row.get("gold_titles", []) if t in by_title])
            for span in context_spans(row["question"]) if held else []:
                said = row["question"][span.start : span.end]
                if span.kind != "preamble" or of_asker(span, said):
                    continue
                for w in WORD.findall(said.casefold()):
                    if len(w) > 2 and w not in STOPWORDS:
                        uses = round(lexicon.share(w) * lexicon.size)
                        gold = bool(set(stem([w])) & held)
                        rows[_half(path.stem)].add((w, uses, gold, row["id"]))
    for half, found in rows.items():
        gold = sum(g for _, _, g, _ in found)
        print(f"half {half}: {len(found)} words ({gold} of gold papers)")
        for least in (1, 2, 3, 4):
            kept = [g for _, u, g, _ in found if least <= u]
            print(
                f"  used by {least}+ papers: gold words kept {sum(kept)}/{gold}, "
                f"others kept {len(kept) - sum(kept)}/{len(found) - gold}"
            )


def main(runs: list[Path]) -> None:
    for run in runs:
        found = leaks(run)
        table: Counter[tuple[str, str]] = Counter()
        declined: Counter[str] = Counter()
        for name, _qid, shape, refused in {(s, i, k, d) for s, i, k, _w, d in found}:
            table[shape, _half(name)] += 1
            declined[shape] += refused
        print(f"{run}: questions whose answer's slots hold a word of the context, by its shape")
        print(f"{'shape':10} {'half A':>7} {'half B':>7} {'declined':>9}")
        for shape in SHAPES:
            a, b = table[shape, "A"], table[shape, "B"]
            print(f"{shape:10} {a:7} {b:7} {declined[shape]:9}")
        a = sum(v for (_, h), v in table.items() if h == "A")
        b = sum(v for (_, h), v in table.items() if h == "B")
        print(f"{'all':10} {a:7} {b:7} {sum(declined.values()):9}")
        if "-v" in sys.argv:
            for name, qid, shape, word, refused in sorted(set(found)):
                print(f"  {name:28} {qid:34} {shape:9} {word!r} {'declined' if refused else ''}")


if __name__ == "__main__":
    if "--thresholds" in sys.argv:
        thresholds()
    main([Path(a) for a in sys.argv[1:] if not a.startswith("-")])
