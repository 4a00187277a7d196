"""One need, one set of searched words: a topic's words read as the profile's own terms (issue 11).

topic20 (`bench/topic_membership.py`) found that two phrasings of one need cite the same
papers in 91% of pairs when they search the same words and in 22% when they do not. Here
the searched words of every captured topic row (topic20's `capture`, no new search) are
mapped onto the profile's own vocabulary, computed once per profile: the word pairs ending
in a head noun the papers use at least twice, the terms their acronyms spell out, and the
words between 2 papers and a tenth of them use, each with its MiniLM vector and the papers
whose title or abstract hold every content word of it. A row's searched words map to the
terms closest to them in meaning (cosine of the whole searched phrase with each term).

`enrich` adds each row's closest terms (term, closeness, holders); `table` replays the
list of every topic row under four rules, each with a closeness threshold `at`, fitted on
the 33 sets and left out one set at a time with topic20's two objectives (`f1`, `kept`):

  replace  the papers holding the closest term, when it is at least `at` close; else today's
  near     the papers holding any term at least `at` close; else today's
  union    today's list and the papers holding the closest term at least `at` close
  within   of today's list, the papers holding a term at least `at` close, when one does

`kinds` splits family agreement by how two phrasings' searched words differ (the same,
one's words a subset of the other's, overlapping, disjoint, one made no search), and
`terms` reports how often two phrasings map to the same closest term. TERMS (a comma list
of pairs, spelled, single; all by default) chooses the vocabulary `enrich` maps onto.

  TERMS=single PYTHONPATH=$PWD python bench/topic_vocabulary.py enrich rows.final.jsonl out.jsonl
  PYTHONPATH=$PWD python bench/topic_vocabulary.py table out.jsonl
  PYTHONPATH=$PWD python bench/topic_vocabulary.py kinds out.jsonl
  PYTHONPATH=$PWD python bench/topic_vocabulary.py terms out.jsonl

Measured on topic20's capture of main 35482df (/tmp/topic20/rows.final.jsonl: 4,185 topic
rows, 3,485 family pairs; pooled recall / precision / consistency / exact / full):
  kinds   the same words 279/295 pairs agree (.95); one's words within the other's 91/377
          (.24); overlapping 184/913 (.20); disjoint 170/771 (.22); one searched no topic
          29/178; neither did 847/951. Phrasings differ mostly by real paraphrase, not by
          extra filler words.
  terms   the same searched words: 1,218/3,485 pairs (.35, 923 of them no topic at all);
          mapped to the closest single profile word (TERMS=single), pairs both mapped at
          .50 / .65 / .80 map to the same word in .68 / .81 / .92 of pairs (1,003 / 390 /
          138 pairs): the mapping does make the words agree, on few pairs when it is sure.
  sweep   today .864 .804 .460 .551 .792. Every vocabulary, every threshold: `replace`
          raises consistency only by losing rows a gold paper (single words at .5: .823
          .777 .543 .526 .751; at .65: .855 .803 .496 .546 .778); `union` lists every gold
          paper more often but loosely (at .55: .875 .777 .464 .518 .811); `near` and
          `within` lose rows without a consistency gain worth it.
  steady  fitted leave-one-set-out for consistency among thresholds losing no full row:
          today in all 33 folds for replace, near, within; union at .55 in 32 folds
          (.875 .777 .462 .517 .810): consistency +.002 for precision -.027.
In the bot (all 33 sets, 12,592 questions, against m20; topic rows' figures from the
evalall outputs): searching the profile's closest word (`Lexicon.profile_term`: single words
2 papers to a tenth of them use, at .65) instead of the asker's words whenever it passes a
paper (commit 0c659bb, run topic21-1): better 43, worse 31, missed 1467 -> 1455; topic
consistency .459 -> .480, full .791 -> .796. The worse are a narrower neighbour searched for
the need ('retrieval' as 'search', 8 questions, now consistently half-answered; 'fashion
e-commerce' as 'e-commerce', 3; 'prompt tuning' losing Knowledge Prompting, 3), needs no
paper is on answered (stock prediction 2, tabular data, hiring) and 13 others: not landed.
Only when the word finds every paper the asker's words do and more (commit afeb742, run
topic21-2): better 14, worse 2 (an overview of firms and a fact on MERIT's 135,000 products
list fewer papers: the final list is cut after the search), missed 1467 -> 1455; topic
consistency .459 -> .459: a few recall wins, no consistency lever; not landed either.
The closeness of MiniLM cannot tell a paraphrase of a profile term ('training with little
labelled data' / 'few-shot' about .5) from a narrower or merely near word ('retrieval' /
'search', 'experiments legal' / 'experimental' .6): the thresholds overlap.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from bench.topic_membership import (
    COLUMNS,
    Family,
    Row,
    _cols,
    _median,
    _unreplayed,
    add,
    fit_lines,
    fitted,
    read,
)
from prompts.answer.offline import MAX_LIST

TOP = 8  # closest terms kept per row
FEW = 2  # a single word is a term when at least this many papers use it ...
SOME = 0.1  # ... and at most this share of them
PAIR_USES = 2  # a word pair is a term when the papers use it at least this often
Term = tuple[str, float, list[str]]  # term, closeness, titles of the papers holding it


def vocabulary(bot: Any) -> tuple[list[str], dict[str, list[str]]]:
    """The profile's terms and the titles (eval keys) of the papers holding each."""
    from bot.cli.evaluation import _title_key
    from retrieval.text import stem

    lexicon, papers = bot.lexicon, bot.profile.papers
    size = len(papers)
    pairs = [t for t, n in lexicon.terms.items() if n >= PAIR_USES]
    spelled = [*lexicon.acronyms.values(), *lexicon.initialisms.values()]
    single = [
        w
        for w in lexicon.words
        if re.fullmatch(r"[a-z][a-z-]{3,}", w)
        and FEW <= lexicon.uses.get(stem([w])[0], 0) <= SOME * size
    ]
    kinds = {"pairs": pairs, "spelled": spelled, "single": single}
    chosen = os.environ.get("TERMS", "pairs,spelled,single").split(",")
    terms = list(dict.fromkeys(t.casefold() for k in chosen for t in kinds[k]))
    texts = {_title_key(p.title): f"{p.title} {p.abstract}" for p in papers}
    holders: dict[str, list[str]] = {}
    for term in terms:
        forms = stem(lexicon.content(term))
        holders[term] = [
            t for t, x in texts.items() if forms and all(lexicon._holds(x, [f]) for f in forms)
        ]
    return terms, holders


def enrich(path: Path, out: Path) -> None:
    """Add to each searched row its TOP closest profile terms (see the docstring)."""
    from bot.cli.main import assistant

    bot = assistant(None, offline=True)
    terms, holders = vocabulary(bot)
    table = np.asarray(bot.lexicon.embed(terms), dtype=np.float32)
    table /= np.linalg.norm(table, axis=1, keepdims=True)
    rows = read(path)
    queries = sorted({r["query"] for r in rows if r.get("query")})
    asked = np.asarray(bot.lexicon.embed(queries), dtype=np.float32)
    asked /= np.linalg.norm(asked, axis=1, keepdims=True)
    close = asked @ table.T
    closest: dict[str, list[Term]] = {}
    for i, query in enumerate(queries):
        order = np.argsort(-close[i])[:TOP]
        closest[query] = [
            (terms[j], round(float(close[i, j]), 4), holders[terms[j]]) for j in order
        ]
    with out.open("w") as sink:
        for row in rows:
            row["terms"] = closest.get(row.get("query") or "", [])
            sink.write(json.dumps(row) + "\n")


# --- the list, replayed with the profile's terms ----------------------------------------------


def _near(row: Row, at: float) -> list[Term]:
    return [t for t in row.get("terms", []) if t[1] >= at]


def by_terms(row: Row, cell: tuple[float, ...]) -> list[str]:
    """policy (0 replace, 1 near, 2 union, 3 within), at: see the docstring (at > 1: today)."""
    if (kept := _unreplayed(row)) is not None:
        return kept
    policy, at = cell
    today = list(row["selected"])
    near = _near(row, at)
    if not near:
        return today
    if policy == 0:
        return near[0][2][:MAX_LIST]
    if policy == 1:
        return list(dict.fromkeys(t for term in near for t in term[2]))[:MAX_LIST]
    if policy == 2:
        return list(dict.fromkeys([*today, *near[0][2]]))[:MAX_LIST]
    holding = {t for term in near for t in term[2]}
    kept = [t for t in today if t in holding]
    return kept or today


THRESHOLDS = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)
FAMILIES: dict[str, Family] = {
    name: (by_terms, [(0.0, 2.0), *((float(policy), at) for at in THRESHOLDS)])
    for policy, name in enumerate(("replace", "near", "union", "within"))
}


def membership(rows: list[Row]) -> str:
    """Each rule's pooled and median figures, left out one set at a time and on all sets."""
    by_set: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        if row["kind"] == "topic" and row["gold"]:
            by_set[row["set"]].append(row)
    head = " ".join(c[:4] for c in COLUMNS)
    lines = [f"rule | objective | pooled: {head} | median of sets: {head} | fitted"]
    first = True
    for name, family in FAMILIES.items():
        fit = fitted(family, by_set)
        if first:
            today = fit["today"]
            lines.append(f"today | - | {_cols(add(today.values()))} | {_median(today)} |")
            first = False
        lines += fit_lines(name, fit)
    return "\n".join(lines)


def steady(rows: list[Row]) -> str:
    """Each rule fitted leave-one-set-out for consistency: the threshold with the highest
    family consistency among those listing every gold paper on at least as many rows as today
    (on the 32 other sets), then scored on the set left out."""
    from bench.topic_membership import figures, sums

    by_set: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        if row["kind"] == "topic" and row["gold"]:
            by_set[row["set"]].append(row)
    head = " ".join(c[:4] for c in COLUMNS)
    lines = [f"rule | pooled, left out: {head} | median of sets | per fold"]
    for name, (_, cells) in FAMILIES.items():
        table = {
            s: [sums(g, lambda r, c=cell: by_terms(r, c)) for cell in cells]
            for s, g in by_set.items()
        }
        left, chosen = {}, Counter[tuple[float, ...]]()
        for out in by_set:
            others = [
                figures(add(table[o][i] for o in by_set if o != out)) for i in range(len(cells))
            ]
            kept = [i for i, f in enumerate(others) if f["full"] >= others[0]["full"] - 1e-12]
            i = max(kept, key=lambda i: (round(others[i]["consistency"], 9), i == 0))
            chosen[cells[i]] += 1
            left[out] = table[out][i]
        lines.append(
            f"{name} | {_cols(add(left.values()))} | {_median(left)}"
            f" | {dict(chosen.most_common(2))}"
        )
    return "\n".join(lines)


def sweep(rows: list[Row]) -> str:
    """Every rule at every threshold on all sets pooled (no fit): the frontier."""
    from bench.topic_membership import sums

    topical = [r for r in rows if r["kind"] == "topic" and r["gold"]]
    head = " ".join(c[:4] for c in COLUMNS)
    lines = [f"rule at | {head} | rows mapped", f"today | {_cols(sums(topical, _today))} |"]
    for policy, name in enumerate(("replace", "near", "union", "within")):
        for at in THRESHOLDS:
            cell = (float(policy), at)
            mapped = sum(bool(_near(r, at)) for r in topical if _unreplayed(r) is None)
            got = sums(topical, lambda r, c=cell: by_terms(r, c))
            lines.append(f"{name} {at} | {_cols(got)} | {mapped}")
    return "\n".join(lines)


def _today(row: Row) -> list[str]:
    return by_terms(row, (0.0, 2.0))


def _words(query: str | None) -> set[str]:
    return set(re.findall(r"[a-z0-9-]+", (query or "").casefold()))


def _pairs(rows: list[Row]) -> list[tuple[Row, Row]]:
    """(a family's first phrasing, a later one), for the topic rows with gold papers."""
    families: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for row in rows:
        if row["kind"] == "topic" and row["gold"]:
            families[row["set"], row["family"]].append(row)
    return [(group[0], later) for group in families.values() for later in group[1:]]


def kinds(rows: list[Row]) -> str:
    """Family agreement (the later phrasing cites what the first does) by how their searched
    words differ."""
    count: Counter[tuple[str, bool]] = Counter()
    for first, later in _pairs(rows):
        a, b = _words(first.get("query")), _words(later.get("query"))
        if not first.get("query") and not later.get("query"):
            kind = "neither searched a topic"
        elif not first.get("query") or not later.get("query"):
            kind = "one searched no topic"
        elif a == b:
            kind = "same words"
        elif a < b or b < a:
            kind = "one's words within the other's"
        else:
            kind = "overlapping" if a & b else "disjoint"
        count[kind, set(first["cited"]) == set(later["cited"])] += 1
    lines = []
    for kind in dict.fromkeys(k for k, _ in count):
        yes, no = count[kind, True], count[kind, False]
        lines.append(f"{kind}: {yes + no} pairs, {yes} agree ({yes / (yes + no):.2f})")
    return "\n".join(lines)


def terms(rows: list[Row]) -> str:
    """How often two phrasings of a need search the same words, and how often they map to
    the same closest profile term (both at least `at` close)."""
    pairs = _pairs(rows)
    same = sum(
        (a.get("query") or "").casefold() == (b.get("query") or "").casefold() for a, b in pairs
    )
    lines = [f"same searched words: {same}/{len(pairs)} pairs ({same / len(pairs):.2f})"]
    for at in THRESHOLDS:
        both = [(a, b) for a, b in pairs if _near(a, at) and _near(b, at)]
        alike = sum(_near(a, at)[0][0] == _near(b, at)[0][0] for a, b in both)
        share = alike / (len(both) or 1)
        lines.append(
            f"closest term at {at}: both mapped {len(both)}, same term {alike} ({share:.2f})"
        )
    return "\n".join(lines)


COMMANDS = {"table": membership, "steady": steady, "sweep": sweep, "kinds": kinds, "terms": terms}


def main(argv: Sequence[str]) -> None:
    command, where = argv[0], Path(argv[1])
    if command == "enrich":
        enrich(where, Path(argv[2]))
    else:
        print(COMMANDS[command](read(where)))


if __name__ == "__main__":
    main(sys.argv[1:])
