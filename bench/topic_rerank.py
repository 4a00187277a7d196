"""Re-ranking rules for a topic's list, replayed on `bench/topic_stages.py` rows (issue 11).

Each rule re-scores the hits a topic question's search returned (no new search: the cost does
not grow with the profile) and the list's cut-off (`on_topic`) is applied to its scores. The
table gives, per rule, citation recall, precision (acceptable titles count as right) and
consistency (share of a family's phrasings citing what its first does) on a development half
(the even-numbered sets: questions.jsonl is 0, questions_unseen.jsonl 1) and a held-out half
(the odd ones). A rule is chosen on the first and judged on the second.

  PYTHONPATH=$PWD PROFILEBOT_DATA_DIR=/tmp/x-data python bench/topic_stages.py rows.jsonl SETS..
  PYTHONPATH=$PWD PROFILEBOT_DATA_DIR=/tmp/x-data python bench/topic_rerank.py rows.jsonl

Measured on the rows of 2471f96 (1,671 answerable topic questions of questions.jsonl and
questions_unseen..21; recall / precision / consistency, dev | held-out):
  as is                         0.809 0.684 0.365 | 0.822 0.677 0.358
  prf m1 b1.0 (best hit)        0.730 0.728 0.393 | 0.758 0.735 0.382
  prf m2 b0.5                   0.777 0.699 0.363 | 0.805 0.687 0.360
  prf m2 b1.0                   0.771 0.690 0.352 | 0.797 0.677 0.354
  prf m3 b2.0                   0.798 0.634 0.309 | 0.822 0.623 0.311
  bare sentences                0.809 0.676 0.351 | 0.818 0.687 0.350
  bare/chunk mean               0.809 0.684 0.360 | 0.819 0.691 0.358
Pseudo-relevance feedback (the query moved toward the best hits' nearest sentences) trades
recall for precision with one seed and precision for recall with three: never both, so not
built. Sentences embedded bare (without the 'short title: ' prefix of the indexed chunks)
separate gold papers slightly better (AUC .815 -> .835 alone, .883 -> .891 with the keyword
bonus) but the lists they make are no better. Among the hits the gate left out, gold papers
are 455 of 26,245 (1.7%); no score read here (rank, keyword share, closeness to the best hits)
admits one without admitting more wrong papers than right ones.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from bot.cli.main import assistant
from prompts.answer.offline import LIST_MARGIN, LIST_SURE, MAX_LIST
from retrieval.search import DENSE_STRONG, DENSE_WEAK, LEXICAL_CAP, LEXICAL_SUPPORT, LEXICAL_WEIGHT
from retrieval.text import split_sentences

Hit = dict[str, Any]
Vectors = dict[str, npt.NDArray[np.float32]]
Rule = Callable[[dict[str, Any], list[Hit]], None]  # sets each hit's "_rel" and "_sim"


def relevance(hit: Hit) -> float:
    return float(hit["_sim"] + LEXICAL_WEIGHT * min(hit["lexical"], LEXICAL_CAP))


def on_topic(hits: list[Hit]) -> set[str]:
    """As `prompts.answer.offline.select_hits` for a list, on the rule's scores."""
    kept = [h for h in hits if h["_rel"]]
    if not kept:
        return set()
    floor = min(max(relevance(h) for h in kept) - LIST_MARGIN, LIST_SURE)
    listed = [h["title"] for h in kept if relevance(h) >= floor or h["names_topic"]]
    return set(listed[:MAX_LIST])


def set_number(question_id: str) -> int:
    """questions.jsonl 0, questions_unseen.jsonl 1, questions_unseenN.jsonl N."""
    prefix = question_id.split("-")[0]
    return 0 if prefix == "topic" else 1 if prefix == "u" else int(prefix[1:])


def as_is(row: dict[str, Any], hits: list[Hit]) -> None:
    for h in hits:
        h["_rel"], h["_sim"] = h["relevant"], h["similarity"]


def prf(seeds: int, beta: float, query: Vectors, chunks: Vectors) -> Rule:
    """The query moved toward the nearest sentences of the `seeds` most relevant hits; every
    hit re-scored by its best chunk against it, the gate's floors kept."""

    def rule(row: dict[str, Any], hits: list[Hit]) -> None:
        as_is(row, hits)
        q = query.get(row["query"])
        best = sorted((h for h in hits if h["relevant"]), key=relevance, reverse=True)[:seeds]
        if q is None or not best:
            return
        nearest = [chunks[h["title"]][np.argmax(chunks[h["title"]] @ q)] for h in best]
        centre = np.mean(nearest, axis=0)
        moved = q + beta * centre / np.linalg.norm(centre)
        moved /= np.linalg.norm(moved)
        for h in hits:
            h["_sim"] = max(h["similarity"], float(np.max(chunks[h["title"]] @ moved)))

    return rule


def bare(mix: float, query: Vectors, sentences: Vectors) -> Rule:
    """Similarity read from bare sentences (mixed with the chunks'), re-gated: relevant by
    meaning at the search's floors, or kept when relevant by its words or its title."""

    def rule(row: dict[str, Any], hits: list[Hit]) -> None:
        q = query.get(row["query"])
        for h in hits:
            s = float(np.max(sentences[h["title"]] @ q)) if q is not None else h["similarity"]
            h["_sim"] = mix * s + (1 - mix) * h["similarity"]
            by_words = h["relevant"] and h["similarity"] < DENSE_WEAK
            near = h["_sim"] >= DENSE_STRONG or (
                h["_sim"] >= DENSE_WEAK and h["lexical"] >= LEXICAL_SUPPORT
            )
            h["_rel"] = by_words or near

    return rule


def scores(
    rows: list[dict[str, Any]], rule: Rule
) -> dict[str, tuple[float, float, frozenset[str]]]:
    out = {}
    for row in rows:
        hits = [dict(h) for h in row["hits"]]
        rule(row, hits)
        cited = on_topic(hits)
        gold = set(row["stage"])
        right = gold | set(row.get("acceptable", []))
        recall = len(cited & gold) / len(gold) if gold else 1.0
        precision = len(cited & right) / len(cited) if cited else 0.0
        out[row["id"]] = (recall, precision, frozenset(cited))
    return out


def line(name: str, rows: list[dict[str, Any]], rule: Rule) -> str:
    got = scores(rows, rule)
    halves = []
    for half in (0, 1):
        ids = [r["id"] for r in rows if set_number(r["id"]) % 2 == half]
        families: dict[str, list[str]] = {}
        for i in ids:
            families.setdefault(i.rsplit("-", 1)[0], []).append(i)
        same = [np.mean([got[i][2] == got[f[0]][2] for i in f]) for f in families.values()]
        recall = np.mean([got[i][0] for i in ids])
        precision = np.mean([got[i][1] for i in ids])
        halves.append(f"{recall:.3f} {precision:.3f} {np.mean(same):.3f}")
    return f"{name:28s} {halves[0]} | {halves[1]}"


def main(path: Path) -> None:
    rows = [json.loads(x) for x in path.read_text().splitlines()]
    bot = assistant(None, offline=True)
    searcher = bot.searcher
    got = searcher.collection.get(include=["embeddings", "metadatas"])
    chunks: dict[str, list[npt.NDArray[np.float32]]] = {}
    for vector, meta in zip(got["embeddings"], got["metadatas"] or [], strict=True):
        chunks.setdefault(str(meta["title"]), []).append(np.asarray(vector, dtype=np.float32))
    by_title = {t: np.stack(v) for t, v in chunks.items()}
    sentences = {
        p.title: np.asarray(
            searcher.embedder([*split_sentences(p.abstract), p.title]), dtype=np.float32
        )
        for p in bot.profile.papers
    }
    texts = sorted({r["query"] for r in rows if r.get("query")})
    query = dict(zip(texts, np.asarray(searcher.embedder(texts), dtype=np.float32), strict=True))
    print(f"{'rule':28s} dev: recall precision consistency | held-out")
    print(line("as is", rows, as_is))
    for seeds, beta in [(1, 1.0), (2, 0.5), (2, 1.0), (3, 2.0)]:
        print(line(f"prf m{seeds} b{beta}", rows, prf(seeds, beta, query, by_title)))
    for mix in (1.0, 0.5):
        print(line(f"bare sentences mix {mix}", rows, bare(mix, query, sentences)))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
