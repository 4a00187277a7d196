"""Replay list-selection rules on the hits `bench/topic_stages.py` captured (issue 11).

Each rule narrows a topic question's relevant hits before the list's cut-off (`on_topic`);
the table says what each would cite: recall, precision, gold or acceptable papers cited
and extra ones. Offline and instant, so a rule is measured on every set before it is built.
Rules that only narrow the relevant hits never answer a question that was declined. A paper
the answer did not cite and that is not gold counts as extra (the rows keep no acceptable
titles; narrowing rules cite no paper the answer did not).

  PYTHONPATH=$PWD python bench/topic_rules.py stages_u10.jsonl stages_u13.jsonl ...

On the start code of this stop (rows of unseen10-18, 768 questions / dev + unseen1-9, 777):
  as is          recall 0.754 / 0.875  good cited 1882 / 2487  extra 2278 / 1224
  named floor    recall 0.749 / 0.862  good cited 1802 / 2354  extra 2104 / 1084
  lexical share  recall 0.743 / 0.857  good cited 1746 / 2346  extra 1772 /  889
every rule trades about one cited gold paper for one to three extra ones: of the extra
citations, 2213 of 2295 (unseen10-18) were let in by the similarity gate, 82 by naming.

Widening instead (topic7): most gold papers the gate lost are far in meaning from the asker's
words (81 of 89 under similarity .25 on unseen10-15), while the keyword ranking puts many of
them first. 'keyword leaders' (`retrieval.search.with_leaders`, built) makes relevant a paper
among the first LEADERS hits with at least LEADER_LEXICAL of the best keyword score. In this
table (a newly cited acceptable paper counts as extra), on unseen10-15 recall 0.771 -> 0.799,
precision 0.609 -> 0.597; on the other sets (questions, unseen1-9, 16-19) 0.822 -> 0.833,
0.708 -> 0.702. Scored with the acceptable titles, precision is unchanged (0.611 -> 0.612,
0.725 -> 0.723); the built change on every set: topic recall 0.807 -> 0.822, must-include
0.832 -> 0.847, precision 0.705 -> 0.705 (mean of the sets' rows). Re-ranking by a
hubness-corrected similarity (CSLS) or by the whole question's vector, pseudo-relevance
feedback and a largest-gap cut were measured too: none ranked gold papers better (AUC .88-.90
against .897) or cut better than the margin.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from prompts.answer.offline import LIST_MARGIN, LIST_SURE, MAX_LIST
from retrieval.search import (
    DENSE_FLOOR,
    LEADER_LEXICAL,
    LEADERS,
    LEXICAL_CAP,
    LEXICAL_WEIGHT,
)

Hits = list[dict[str, Any]]


def relevance(hit: dict[str, Any]) -> float:
    """As `Hit.relevance`: similarity plus a capped lexical bonus."""
    return float(hit["similarity"] + LEXICAL_WEIGHT * min(hit["lexical"], LEXICAL_CAP))


def on_topic(relevant: Hits) -> Hits:
    """As `prompts.answer.offline.select_hits` for a list."""
    if not relevant:
        return []
    floor = min(max(relevance(h) for h in relevant) - LIST_MARGIN, LIST_SURE)
    return [h for h in relevant if relevance(h) >= floor or h["names_topic"]][:MAX_LIST]


def as_is(hits: Hits) -> Hits:
    return [h for h in hits if h["relevant"]]


def named_floor(hits: Hits) -> Hits:
    """When two or more papers name the topic, no other paper below the least of them."""
    kept = as_is(hits)
    named = [relevance(h) for h in kept if h["names_topic"]]
    if len(named) < 2:
        return kept
    return [h for h in kept if h["names_topic"] or relevance(h) >= min(named)]


def lexical_share(hits: Hits, share: float = 0.5) -> Hits:
    """Papers sharing under `share` of the best keyword score drop out, unless near in
    meaning (within 0.1 of the best similarity) or naming the topic."""
    kept = as_is(hits)
    if not kept:
        return kept
    best_lex = max(h["lexical"] for h in kept) or 1.0
    best_sim = max(h["similarity"] for h in kept)
    return [
        h
        for h in kept
        if h["names_topic"] or h["lexical"] >= share * best_lex or best_sim - h["similarity"] < 0.1
    ]


def keyword_leaders(hits: Hits) -> Hits:
    """As `retrieval.search.with_leaders`: among the first LEADERS hits, those with at least
    LEADER_LEXICAL of the best keyword score and not far off in meaning are relevant too."""
    kept = as_is(hits)
    if not kept:
        return kept
    best = max(h["lexical"] for h in hits)
    leaders = [
        h
        for h in hits[:LEADERS]
        if not h["relevant"] and h["lexical"] >= LEADER_LEXICAL * best > 0
        if h["similarity"] >= DENSE_FLOOR
    ]
    return [h for h in hits if h in kept or h in leaders]


RULES: dict[str, Callable[[Hits], Hits]] = {
    "as is": as_is,
    "keyword leaders": keyword_leaders,
    "named floor": named_floor,
    "lexical share": lexical_share,
}


def table(rows: list[dict[str, Any]]) -> str:
    lines = []
    for name, rule in RULES.items():
        recall = precision = 0.0
        good = extra = 0
        for row in rows:
            gold = set(row["stage"])
            wrong = set(row["extra"])
            cited = {h["title"] for h in on_topic(rule(row["hits"]))}
            ok = (set(row["cited"]) - wrong) | gold  # the acceptable ones were cited unlisted
            recall += len(cited & gold) / len(gold) if gold else 1.0
            precision += len(cited & ok) / len(cited) if cited else 0.0
            good += len(cited & ok)
            extra += len(cited - ok)
        n = len(rows) or 1
        lines.append(
            f"{name:14s} recall {recall / n:.3f}  precision {precision / n:.3f}"
            f"  good cited {good}  extra {extra}"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    print(
        table([json.loads(line) for p in sys.argv[1:] for line in Path(p).read_text().splitlines()])
    )
