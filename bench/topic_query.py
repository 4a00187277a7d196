"""What text a topic question searches for, and other query forms measured (issue 11).

How a topic question becomes a search today (main 1e09256): `Assistant.understand` reads a
`topic` slot, the content words the router leaves once the scaffolding ('which of his papers
are about', 'I'm curious whether', the owner's name and pronouns) and, by `request_topic`, the
asker's context are cut ('We run a ticket site; ...': re-read without the context when that
reads the same slots); then spelling, `core` (generic heads), the reading in the papers' terms,
and for a list `_subject_papers` searches `lexicon.salient(topic)` (its end words far in meaning
from the whole dropped). `Searcher.search(text)` gives that one text to both halves: MiniLM
embeds it (the dense half), tantivy's BM25 reads its terms; the question itself is searched
only when no topic is read, or (`_standout`) when nothing found is close in meaning to the
topic. So the searched text is mostly a bag of content words, not a sentence.

`capture` asks every measured question of every set through the whole bot (offline, as
bench/topic_sets.py does) and keeps, besides the answer's hits, every search the question made:
its text and filters. `differences` sorts the pairs of phrasings of one need by how their
searched words differ; `replay` searches each row's topic again under other query forms
(the dense half from other vectors, the keyword half from other words; no whole bot: the
product's later steps, naming, kin words, stated phrases, alternatives, are not replayed, so
today's form reproduces 78% of the captured lists exactly); `table` gives, per form, recall of
the gold papers among the hits found, passed by the gate and listed (`on_topic`), precision of
the list, the exact-set and full (every gold paper listed: what the eval counts) rates, family
consistency (pairs of phrasings listing the same papers) and the unanswerable controls given a
relevant hit; then the form chosen on 33 sets (by F1 of list recall and precision, or by full)
scored on the 34th, every fold.

  PYTHONPATH=$PWD PROFILEBOT_DATA_DIR=/tmp/x python bench/topic_query.py capture rows.jsonl
  PYTHONPATH=$PWD python bench/topic_query.py differences rows.jsonl
  PYTHONPATH=$PWD PROFILEBOT_DATA_DIR=/tmp/x python bench/topic_query.py replay rows.jsonl rep.jsonl
  PYTHONPATH=$PWD python bench/topic_query.py table rep.jsonl

Measured on main 1e09256, all 34 sets (5,723 rows; 4,305 topic, 1,297 of them answered
without a search; 3,640 rows replayed). Pairs of phrasings of one need (7,133): same words
11% (cite the same papers 90%); different words, each side's own words in a gold paper, a
real paraphrase, 48% (18%); one side's words plus more, in a gold paper, 18% (26%); different
words, one side's in a gold paper, 16% (17%); words left in that no gold paper holds (context or
question words) 5% (28%); neither side's in a gold paper 2%; a typo 0.3%. Of 3,008 searched
topic rows, 543 ask after some context and 165 search a word of it, many rightly ('My thesis is
on weakly-supervised learning. Did Qiu publish anything in that direction?'). The words differ
because people name the need differently, not because scaffolding is left in.

  form                                   found  gate  listed prec  exact full  consist ctrl  F1
  today (topic words)                    .968  .832  .804  .756  .392  .682  .288  .359  .779
  max(topic, question) vectors           .974  .849  .822  .743  .384  .703  .263  .394  .781
  max(topic, asking clause)              .973  .847  .821  .743  .384  .702  .262  .394  .780
  asking clause alone (dense)            .967  .751  .738  .752  .341  .621  .215  .313  .745
  feedback b.3 m3 g.5 (Rocchio)          .969  .838  .817  .736  .377  .707  .269  .359  .774
  feedback b.2 m2 g.55                   .969  .834  .812  .744  .386  .697  .278  .359  .777
  feedback b.3 m1 g.6                    .969  .834  .808  .747  .381  .690  .282  .359  .776
  feedback b.3 m3 g.5, adding only       .969  .838  .806  .749  .382  .685  .282  .359  .776
  without learned question words         .967  .831  .804  .751  .392  .683  .286  .359  .777
  keywords without them (dense whole)    .968  .835  .806  .755  .396  .683  .293  .354  .780
  chosen by F1, left out                 .974  .847  .820  .743  .382  .700  .264  .392  .780
  chosen by full, left out               .969  .838  .817  .736  .377  .707  .269  .359  .774
Every form that lists more gold papers lists more others (precision down), agrees less across
phrasings, and the question's own vector gives more unanswerable questions a relevant hit;
none gains F1 by more than .002 left out. Feedback tried in the product for a subject's list
(whole bot, all 34 sets, /tmp/dbg/evalall.sh, against main's 1,508 missed): b.3 m3 g.5 1,482
missed, 48 better (46 of them longer lists, 4.4 -> 6.5 papers cited), 22 worse (gold papers
dropped from lists, the asked sentence of a paper replaced, 'Jailbreaking LLMs?' and a wrong
'11,000 RL examples' confirmed); adding only 1,502 missed, 10 better (longer lists), 4 worse
(a first-author answer's 'No' and names lost, 'EasyNLP's lead author' answered of EasyTransfer).
Neither landed.
"""

from __future__ import annotations

import itertools
import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from bench.topic_sets import Row, read, set_names
from bench.topic_sets import capture as capture_rows


def capture(out: Path, names: list[str]) -> None:
    """topic_sets' rows, with `searches`: (text, filters) of every search, in order."""
    from retrieval.search import Searcher

    made: list[list[Any]] = []
    search = Searcher.search

    def recording(self: Searcher, text: str, filters: Any = None, k: int = 8) -> Any:
        made.append(
            [text, filters.model_dump(mode="json", exclude_defaults=True) if filters else {}, k]
        )
        return search(self, text, filters, k)

    Searcher.search = recording  # type: ignore[method-assign]

    def more(bot: Any, row: Row) -> None:
        row["searches"] = list(made)
        made.clear()

    made.clear()
    capture_rows(out, names, more)


# ---- replay: other query forms searched on the captured rows (no whole bot) ----

Vector = npt.NDArray[np.float32]


def clause(question: str) -> str:
    """The question's last sentence that asks (ends in '?'), else its last sentence: the
    asker's context before it left out ('We run a ticket site. Which ...?')."""
    parts = [p.strip() for p in re.split(r"(?<=[.?!])\s+", question.strip()) if p.strip()]
    asking = [p for p in parts if p.endswith("?")]
    return (asking or parts or [question])[-1]


def primary(row: Row) -> tuple[str, dict[str, Any], int] | None:
    """The search the answer was built from: its text, filters and k (rows captured without
    their searches: the text unfiltered)."""
    if "searches" not in row:
        return (row["query"], {}, 30) if row["query"] else None
    for text, filters, k in row.get("searches") or []:
        if text == row["query"]:
            return text, filters, k
    return None


class Replayer:
    """Searches as retrieval.search.Searcher does, but with the dense half from any vectors
    (each chunk's closeness the best over them) and the keyword half from a given text."""

    def __init__(self) -> None:
        from bot.cli.main import assistant

        self.bot = assistant(None, offline=True)
        self.s = self.bot.searcher
        self._vectors: dict[str, Vector] = {}

    def embed(self, text: str) -> Vector:
        if text not in self._vectors:
            self._vectors[text] = np.asarray(self.s.embedder([text])[0], dtype=np.float32)
        return self._vectors[text]

    def paper_vectors(self, ids: Sequence[str]) -> Vector:
        from retrieval.index.chunks import PAPER_CHUNK

        got = self.s.collection.get(ids=[f"{i}{PAPER_CHUNK}" for i in ids], include=["embeddings"])
        return np.asarray(got["embeddings"], dtype=np.float32)

    def search(
        self, vectors: list[Vector], lex_text: str, filters: dict[str, Any], k: int, rrf: bool
    ) -> Any:
        from retrieval.filters import Filters
        from retrieval.search import CANDIDATES, RRF_K, SearchResult, with_leaders

        s = self.s
        f = Filters(**filters)
        allowed = None if f.is_empty() else s.columns.allowed(f)
        if allowed == set():
            return SearchResult(query=lex_text, filters=f, hits=[])
        denses = [s._dense(v, f, allowed) for v in vectors]
        dense: dict[str, float] = {}
        for d in denses:
            for i, sim in d.items():
                dense[i] = max(dense.get(i, -1.0), sim)
        lexical = s.keywords.search(lex_text, min(CANDIDATES, s.size), allowed)
        ids = [*dense, *(c for c in lexical if c not in dense)]
        missing = [i for i in ids if i not in dense]
        if missing:  # closeness of the keyword-only candidates: the best over the vectors
            got = s.collection.get(ids=missing, include=["embeddings"])
            stored = np.asarray(got["embeddings"], dtype=np.float32)
            sims = stored @ np.vstack(vectors).T
            for i, row in zip(got["ids"], sims, strict=True):
                dense[i] = float(row.max())
        meta = s._candidates(vectors[0], dense, ids)
        rankings = [sorted(d, key=d.__getitem__, reverse=True) for d in denses] if rrf else []
        rankings = rankings or [sorted(dense, key=dense.__getitem__, reverse=True)]
        fused: dict[str, float] = {}
        for ranking in [*rankings, sorted(lexical, key=lexical.__getitem__, reverse=True)]:
            for rank, chunk_id in enumerate(ranking):
                fused[chunk_id] = fused.get(chunk_id, 0.0) + 1.0 / (RRF_K + rank + 1)
        hits = s._group(fused, dense, lexical, meta, allowed, s._terms(lex_text), k)
        return with_leaders(SearchResult(query=lex_text, filters=f, hits=hits))


def unit(v: Vector) -> Vector:
    n = float(np.linalg.norm(v))
    return v / n if n else v


Form = Callable[[Replayer, Row, str, dict[str, Any], int], Any]


def form_today(r: Replayer, row: Row, text: str, filters: dict[str, Any], k: int) -> Any:
    return r.search([r.embed(text)], text, filters, k, rrf=False)


def form_vectors(which: str, rrf: bool) -> Form:
    """The topic's vector and the question's (or its asking clause's), closeness the best of
    them (rrf: their rankings fused, not merged)."""

    def form(r: Replayer, row: Row, text: str, filters: dict[str, Any], k: int) -> Any:
        other = row["question"] if which == "question" else clause(row["question"])
        return r.search([r.embed(text), r.embed(other)], text, filters, k, rrf=rrf)

    return form


def form_only(which: str) -> Form:
    """The dense half from the question (or its clause) alone; the keywords from the topic."""

    def form(r: Replayer, row: Row, text: str, filters: dict[str, Any], k: int) -> Any:
        other = row["question"] if which == "question" else clause(row["question"])
        return r.search([r.embed(other)], text, filters, k, rrf=False)

    return form


def form_prf(beta: float, m: int, guard: float, adding_only: bool = False) -> Form:
    """Rocchio feedback: the topic's vector moved toward the mean of its first m relevant
    papers' vectors (weight beta), when the best of them is at least `guard` close;
    `adding_only`: the first search's hits kept as found (`kept_first`)."""

    def form(r: Replayer, row: Row, text: str, filters: dict[str, Any], k: int) -> Any:
        v = r.embed(text)
        first = r.search([v], text, filters, k, rrf=False)
        top = [h for h in first.hits if h.relevant][:m]
        if not top or top[0].similarity < guard:
            return first
        centroid = r.paper_vectors([h.paper.id for h in top]).mean(axis=0)
        moved = unit(unit(v) + beta * unit(centroid)).astype(np.float32)
        second = r.search([moved], text, filters, k, rrf=False)
        return kept_first(first, second) if adding_only else second

    return form


def _stems(text: str) -> list[str]:
    from retrieval.search import NOT_CONTENT
    from retrieval.text import stem, words

    kept = [w for w in words(text, split_hyphens=True) if len(w) > 1 and w not in NOT_CONTENT]
    return stem(kept)


def question_words(rows: list[Row], least: int = 5, outside: float = 0.8) -> dict[str, set[str]]:
    """Per set: the stems searched for in at least `least` topic rows of the other sets,
    in `outside` of which no gold paper's title or abstract holds them (words of the question,
    not of its subject: learned from the other sets only)."""
    from bot.cli.evaluation import _title_key
    from bot.settings import BUNDLED_PROFILE
    from retrieval.ingest.load import load_profile

    papers = {
        _title_key(p.title): set(_stems(f"{p.title} {p.abstract}"))
        for p in load_profile(BUNDLED_PROFILE).papers
    }
    seen: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for row in rows:
        if row["kind"] != "topic" or not row["gold"] or not row.get("query"):
            continue
        gold: set[str] = set().union(*(papers.get(t, set()) for t in row["gold"]))
        for w in set(_stems(row["query"])):
            seen[row["set"]][w][0] += w not in gold
            seen[row["set"]][w][1] += 1
    out: dict[str, set[str]] = {}
    for left in {r["set"] for r in rows}:
        pooled: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for name, by_word in seen.items():
            if name != left:
                for w, (o, n) in by_word.items():
                    pooled[w][0] += o
                    pooled[w][1] += n
        out[left] = {w for w, (o, n) in pooled.items() if n >= least and o >= outside * n}
    return out


def form_without(learned: dict[str, set[str]], dense: bool = True) -> Form:
    """The topic without the words learned (from the other sets) to be the question's own;
    as it is when nothing else is left. `dense` False: only the keyword half goes without
    them, the dense half reads the whole topic."""

    def form(r: Replayer, row: Row, text: str, filters: dict[str, Any], k: int) -> Any:
        from retrieval.text import stem

        drop = learned.get(row["set"], set())
        kept = [w for w in text.split() if not (set(stem([w.casefold()])) & drop)]
        left = " ".join(kept) if kept and _stems(" ".join(kept)) else text
        return r.search([r.embed(left if dense else text)], left, filters, k, rrf=False)

    return form


def kept_first(first: Any, second: Any) -> Any:
    """The first search's hits, each as it was found (its closeness, its sentences), made
    relevant when the second search found it so; then the second's relevant papers the first
    did not hold."""
    again = {h.paper.id: h for h in second.hits}
    held = {h.paper.id for h in first.hits}
    hits = [
        again[h.paper.id] if not h.relevant and again.get(h.paper.id, h).relevant else h
        for h in first.hits
    ]
    hits += [h for h in second.hits if h.paper.id not in held and h.relevant]
    return first.model_copy(update={"hits": hits})


FORMS: dict[str, Form] = {
    "today (topic words)": form_today,
    "max(topic, question)": form_vectors("question", rrf=False),
    "max(topic, clause)": form_vectors("clause", rrf=False),
    "clause alone (dense)": form_only("clause"),
    "prf b.3 m3 g.5": form_prf(0.3, 3, 0.5),
    "prf b.2 m2 g.55": form_prf(0.2, 2, 0.55),
    "prf b.3 m3 g.5, adding only": form_prf(0.3, 3, 0.5, adding_only=True),
    "prf b.2 m2 g.55, adding only": form_prf(0.2, 2, 0.55, adding_only=True),
    "prf b.3 m1 g.6": form_prf(0.3, 1, 0.6),
}


def replay_rows(rows: list[Row], forms: dict[str, Form], out: Path) -> None:
    """Per row and form: the hits found, passed by the gate, and listed (on_topic)."""
    from prompts.answer.offline import on_topic

    r = Replayer()
    with out.open("w") as sink:
        for row in rows:
            got = primary(row)
            if got is None:
                continue
            text, filters, k = got
            k = max(k, 30)
            rec: Row = {key: row[key] for key in ("set", "id", "family", "kind", "question")}
            rec |= {"gold": row["gold"], "acceptable": row["acceptable"], "query": text}
            for name, form in forms.items():
                result = form(r, row, text, filters, k)
                relevant = result.relevant_hits
                rec[name] = {
                    "found": [h.paper.id for h in result.hits],
                    "titles": {h.paper.id: _key(h.paper.title) for h in result.hits},
                    "gate": [h.paper.id for h in relevant],
                    "listed": [h.paper.id for h in on_topic(relevant)][:20],
                }
            sink.write(json.dumps(rec) + "\n")
            sink.flush()


def _key(title: str) -> str:
    from bot.cli.evaluation import _title_key

    return str(_title_key(title))


COLUMNS = ("found", "gate", "listed", "precision", "exact", "full", "consistent", "controls hit")


def sums(rows: list[Row], name: str) -> npt.NDArray[np.float64]:
    """Sums of: found / gate / listed recall, precision, rows with papers listed, exact sets,
    topic rows; consistent pairs, pairs; controls with a relevant hit, controls."""
    t = np.zeros(12)
    families: dict[tuple[str, str], list[frozenset[str]]] = defaultdict(list)
    for rec in rows:
        got = rec[name]
        titles = got["titles"]
        if rec["kind"] == "control":
            t[9] += bool(got["gate"])
            t[10] += 1
            continue
        if not rec["gold"]:
            continue
        gold, ok = set(rec["gold"]), set(rec["gold"]) | set(rec["acceptable"])
        listed = {titles[i] for i in got["listed"]}
        for j, part in enumerate(("found", "gate", "listed")):
            t[j] += len(gold & {titles[i] for i in got[part]}) / len(gold)
        if listed:
            t[3] += len(listed & ok) / len(listed)
            t[4] += 1
        t[5] += gold <= listed <= ok
        t[11] += gold <= listed
        t[6] += 1
        families[(rec["set"], rec["family"])].append(frozenset(listed))
    for lists in families.values():
        for a, b in itertools.combinations(lists, 2):
            t[7] += a == b
            t[8] += 1
    return t


def figures(t: npt.NDArray[np.float64]) -> list[float]:
    n = t[6] or 1
    return [
        *(t[:3] / n),
        t[3] / (t[4] or 1),
        t[5] / n,
        t[11] / n,
        t[7] / (t[8] or 1),
        t[9] / (t[10] or 1),
    ]


def f1(t: npt.NDArray[np.float64]) -> float:
    f = figures(t)
    return 2 * f[2] * f[3] / (f[2] + f[3]) if f[2] + f[3] else 0.0


def table(rows: list[Row]) -> str:
    """Per form: pooled figures; then a choice among the forms (by F1 of list recall and
    precision) made on 33 sets and scored on the 34th, every fold."""
    names = [k for k in rows[0] if isinstance(rows[0][k], dict) and "listed" in rows[0][k]]
    by_set: dict[str, list[Row]] = defaultdict(list)
    for rec in rows:
        by_set[rec["set"]].append(rec)
    per = {n: {s: sums(g, n) for s, g in by_set.items()} for n in names}
    lines = ["| form | " + " | ".join(COLUMNS) + " | F1 |", "|---" * (len(COLUMNS) + 2) + "|"]
    for n in names:
        t = sum(per[n].values())
        lines.append(f"| {n} | " + " | ".join(f"{x:.3f}" for x in figures(t)) + f" | {f1(t):.3f} |")
    for objective, score in (("F1", f1), ("full", lambda t: figures(t)[5])):
        left = np.zeros(12)
        chosen: dict[str, int] = defaultdict(int)
        for s in by_set:
            best = max(names, key=lambda n: score(sum(v for k, v in per[n].items() if k != s)))
            chosen[best] += 1
            left += per[best][s]
        lines.append(
            f"| chosen by {objective} leaving each set out | "
            + " | ".join(f"{x:.3f}" for x in figures(left))
            + f" | {f1(left):.3f} |"
        )
        lines.append(
            f"  by {objective}: " + ", ".join(f"{k} in {v} folds" for k, v in chosen.items())
        )
    wins = {n: sum(f1(per[n][s]) > f1(per[names[0]][s]) for s in by_set) for n in names[1:]}
    losses = {n: sum(f1(per[n][s]) < f1(per[names[0]][s]) for s in by_set) for n in names[1:]}
    lines += [f"{n}: F1 above today's in {wins[n]} sets, below in {losses[n]}" for n in names[1:]]
    return "\n".join(lines)


# ---- how the searched words of one need's phrasings differ ----


def _edits(a: str, b: str) -> int:
    """Levenshtein distance (small words only)."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def differences(rows: list[Row]) -> str:
    """Every pair of phrasings of one need (topic rows of a family, both searched): whether
    they searched the same words (stems, order and case aside), and if not how the words
    differ, first that applies: a typo (each differing word within two edits of one of the
    other's); one's words inside the other's, the extra words in no gold paper's title or
    abstract (the asker's context or question words left in) or in one (a topic word more);
    different words, each side's own words in a gold paper (a real synonym or paraphrase) or
    not (residue). With the share of each class whose two answers cite the same papers."""
    from bot.cli.evaluation import _title_key
    from bot.settings import BUNDLED_PROFILE
    from retrieval.ingest.load import load_profile
    from retrieval.search import NOT_CONTENT
    from retrieval.text import stem, words

    def stems(text: str) -> set[str]:
        kept = [w for w in words(text, split_hyphens=True) if len(w) > 1 and w not in NOT_CONTENT]
        return set(stem(kept))

    papers = {
        _title_key(p.title): stems(f"{p.title} {p.abstract}")
        for p in load_profile(BUNDLED_PROFILE).papers
    }
    families: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for row in rows:
        if row["kind"] == "topic" and row["gold"] and row["searched"] and row["query"]:
            families[(row["set"], row["family"])].append(row)
    count: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    examples: dict[str, list[str]] = defaultdict(list)
    for group in families.values():
        for a, b in itertools.combinations(group, 2):
            sa, sb = stems(a["query"]), stems(b["query"])
            gold: set[str] = set().union(*(papers.get(t, set()) for t in a["gold"]))
            only_a, only_b = sa - sb, sb - sa
            if not only_a and not only_b:
                kind = "same words"
            elif all(
                any(len(w) > 3 and _edits(w, v) <= 2 for v in other)
                for side, other in ((only_a, only_b), (only_b, only_a))
                for w in side
            ):
                kind = "a typo"
            elif not only_a or not only_b:
                extra = only_a or only_b
                kind = (
                    "words left in (in a gold paper)"
                    if extra & gold
                    else "words left in (in no gold paper)"
                )
            else:
                own = [bool(side & gold) for side in (only_a, only_b)]
                kind = (
                    "different words, both in gold papers"
                    if all(own)
                    else "different words, one side in gold papers"
                    if any(own)
                    else "different words, neither in gold papers"
                )
            count[kind][0] += set(a["cited"]) == set(b["cited"])
            count[kind][1] += 1
            if len(examples[kind]) < 4:
                examples[kind].append(f"{a['query']!r} / {b['query']!r}")
    total = sum(n for _, n in count.values())
    lines = [
        "| searched words of two phrasings | pairs | share | cite the same papers |",
        "|---|---|---|---|",
    ]
    for kind, (same, n) in sorted(count.items(), key=lambda kv: -kv[1][1]):
        lines.append(f"| {kind} | {n} | {n / total:.3f} | {same / n:.3f} |")
    for kind, shown in examples.items():
        lines.append(f"{kind}: " + "; ".join(shown))
    return "\n".join(lines)


def context_words(rows: list[Row]) -> str:
    """Of the topic rows: how many made no search (an exact path), searched no topic, asked
    after some context ('We run a ticket site. Which ...?'), and searched words of it."""
    count = dict.fromkeys(("topic rows", "no search", "no topic", "context", "searched it"), 0)
    for row in rows:
        if row["kind"] != "topic":
            continue
        count["topic rows"] += 1
        if not row["searched"] or not row["query"]:
            count["no search" if not row["searched"] else "no topic"] += 1
            continue
        asked = clause(row["question"])
        if asked == row["question"].strip():
            continue
        count["context"] += 1
        before = set(_stems(row["question"][: row["question"].rfind(asked)])) - set(_stems(asked))
        count["searched it"] += bool(before & set(_stems(row["query"])))
    return ", ".join(f"{k} {v}" for k, v in count.items())


if __name__ == "__main__":
    command, where = sys.argv[1], Path(sys.argv[2])
    if command == "capture":
        capture(where, sys.argv[3:] or set_names())
    elif command == "replay":
        rows = read(where)
        learned = question_words(rows)
        forms = dict(FORMS)
        forms["without learned question words"] = form_without(learned)
        forms["keywords without learned question words"] = form_without(learned, dense=False)
        if len(sys.argv) > 5:  # only these forms, named and separated by ';'
            forms = {n: forms[n] for n in sys.argv[5].split(";")}
        part, parts = map(int, (sys.argv[4] if len(sys.argv) > 4 else "0/1").split("/"))
        replay_rows(rows[part::parts], forms, Path(sys.argv[3]))
    elif command == "differences":
        print(differences(read(where)))
        print(context_words(read(where)))
    elif command == "table":
        print(table(read(where)))
