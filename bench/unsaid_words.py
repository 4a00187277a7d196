"""Measure a check on the decline 'no listed paper mentions X': how near in meaning a word of
the first papers found must come to the topic word X, which no paper uses, for the papers to
answer the question instead (X only the asker's wording: 'hardware' for 'devices').

Reads the lines of bench/coverage_collect.py for the questions answered with that decline on
the code before the check (main 511c995). Each decline is right for an unanswerable question
and false for an answerable one; for each threshold, the declines the check would lift are
counted (false ones answered, right ones lost), and each question is listed with its word's
nearest cosine in the first papers found.

Measured on main 511c995 (33 such declines in the 26 readable sets, 8 right, 25 false):
0.45: 22 false ones answered / 5 right ones lost; 0.53: 15 / 1; 0.55: 11 / 1 ('ai laws', .63
from 'legal'); 0.65: 4 / 0; 0.70: 3 / 0. Tried at 0.55 in the answer path (the answer's first 5
cited papers read): it also lifted a test's right decline ('reinforcement learning to music':
Valley3's 'audio', .69), and at the lexicon's KIN (0.70) it lifts almost nothing ('hardware'
for 'devices' and 'chats' for 'conversations' are under it). Not shipped: a nearest word in
a found paper says the word exists there, not that the paper is on the asked thing.

  PYTHONPATH=$PWD PROFILEBOT_DATA_DIR=/tmp/x-data python bench/unsaid_words.py rows.jsonl ...
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from bot.cli.main import assistant
from prompts.understand.lexicon import WORD

DECLINE = re.compile(r"No: no listed paper mentions (.*?)\. Papers on the rest")
THRESHOLDS = [0.45, 0.5, 0.53, 0.55, 0.6, 0.65, 0.7, 0.75]
PAPERS_READ = 5  # the first papers found, most relevant first


def main(paths: list[Path]) -> None:
    bot = assistant(None, offline=True)
    papers, lexicon = bot.searcher.papers, bot.lexicon
    found = []
    for path in paths:
        for line in path.open():
            row = json.loads(line)
            declined = DECLINE.match(row["text"])
            if declined is None:
                continue
            words = re.findall(r"'([^']+)'", declined[1])
            hits = [papers[h["id"]] for h in row["hits"] if h["relevant"]][:PAPERS_READ]
            texts = (f"{p.title} {p.abstract}".casefold() for p in hits)
            around = sorted({w for text in texts for w in WORD.findall(text)})
            # the decline stays while one of its words is said by nothing found
            near = min(max(lexicon.similarities(w.casefold(), around), default=0.0) for w in words)
            found.append((near, row["answerable"], row["id"], words))
    right = sum(not a for _, a, _, _ in found)
    print(f"{len(found)} declines: {right} right (unanswerable), {len(found) - right} false")
    print(f"{'threshold':>9}  false ones answered  right ones lost")
    for t in THRESHOLDS:
        lifted = [a for near, a, _, _ in found if near >= t]
        print(f"{t:9.2f}  {sum(lifted):19}  {len(lifted) - sum(lifted):15}")
    for near, answerable, qid, words in sorted(found):
        kind = "answerable" if answerable else "UNANSWERABLE"
        print(f"  {near:.3f} {kind:12} {qid:28} {words}")


if __name__ == "__main__":
    main([Path(p) for p in sys.argv[1:]])
