"""Scoring answers against a question set (format: data/eval/README.md)."""

from __future__ import annotations

import json
import re
import statistics
from collections import defaultdict
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field
from rich.markup import escape
from rich.table import Table

from prompts.answer.model import Answer
from prompts.assistant import Assistant
from prompts.llm.claims import ClaimRecord


class EvalQuestion(BaseModel):
    id: str
    family: str | None = Field(None, description="Phrasings of one need share a family.")
    category: str
    question: str
    answerable: bool = True
    gold_titles: list[str] = Field(default_factory=list)
    acceptable_titles: list[str] = Field(default_factory=list)
    must_include: list[str | list[str]] = Field(default_factory=list)
    must_not_include: list[str] = Field(default_factory=list)


class Scored(BaseModel):
    question: EvalQuestion
    answer: Answer
    recall: float | None
    precision: float | None
    must_include: float | None
    leaked: list[str]


def load_questions(path: Path) -> list[EvalQuestion]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [EvalQuestion.model_validate_json(ln) for ln in lines if ln.strip()]


def normalize(text: str) -> str:
    """Case-folded; hyphens, slashes and underscores as spaces; thousands separators dropped."""
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text.casefold())
    return re.sub(r"\s+", " ", re.sub(r"[-/_]", " ", text))


# A citation mark ('[7]') is no number a must-include asks for; a date ('2020-11-18') gives
# only its year.
MARK = re.compile(r"\[\d+\]")
DATE = re.compile(r"\b(\d{4})-\d{2}(?:-\d{2})?\b")


def contains(haystack: str, needle: str) -> bool:
    """Whole words and whole numbers only; an optional plural s/es is allowed. A bare
    number is not found inside a citation mark, nor in a date other than as its year."""
    if needle.strip().replace(",", "").isdigit():
        haystack = DATE.sub(r" \1 ", MARK.sub(" ", haystack))
    pattern = r"(?<![\w.])" + re.escape(normalize(needle).strip()) + r"(?:s|es)?(?![\w]|\.\d)"
    return re.search(pattern, normalize(haystack)) is not None


def _title_key(title: str) -> str:
    return " ".join(title.casefold().split())


def score(q: EvalQuestion, answer: Answer) -> Scored:
    cited = {_title_key(c.title) for c in answer.citations}
    gold = {_title_key(t) for t in q.gold_titles}
    ok = gold | {_title_key(t) for t in q.acceptable_titles}
    text = answer.text + "\n" + "\n".join(c.title for c in answer.citations)
    items = [[i] if isinstance(i, str) else i for i in q.must_include]
    hits = [any(contains(text, alt) for alt in alts) for alts in items]
    return Scored(
        question=q,
        answer=answer,
        recall=len(gold & cited) / len(gold) if gold else None,
        precision=len(cited & ok) / len(cited) if cited and q.answerable else None,
        must_include=sum(hits) / len(hits) if hits else None,
        leaked=[s for s in q.must_not_include if s.casefold() in answer.text.casefold()],
    )


def _mean(values: list[float | None]) -> float | None:
    real = [v for v in values if v is not None]
    return round(statistics.fmean(real), 3) if real else None


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))], 1) if ordered else 0.0


def consistency(items: list[Scored]) -> float | None:
    """Share of a family's later phrasings that cite the same papers (or abstain alike) as
    its first phrasing, over every family with two or more phrasings in `items`."""
    families: dict[str, list[Scored]] = defaultdict(list)
    for s in items:
        if s.question.family:
            families[s.question.family].append(s)

    def outcome(s: Scored) -> tuple[bool, frozenset[str]]:
        return s.answer.abstained, frozenset(c.paper_id for c in s.answer.citations)

    agree = [
        float(outcome(s) == outcome(group[0]))
        for group in families.values()
        if len(group) > 1
        for s in group[1:]
    ]
    return _mean(list(agree)) if agree else None


def summarize(scored: list[Scored]) -> list[dict[str, Any]]:
    """One row per category, and an 'all' row."""
    groups: dict[str, list[Scored]] = defaultdict(list)
    for s in scored:
        groups[s.question.category].append(s)
    groups["all"] = scored
    rows = []
    for name in sorted(groups, key=lambda n: (n == "all", n)):
        items = groups[name]
        answerable = [s for s in items if s.question.answerable]
        unanswerable = [s for s in items if not s.question.answerable]
        latencies = [s.answer.latency_ms for s in items]
        rows.append(
            {
                "category": name,
                "n": len(items),
                "citation_recall": _mean([s.recall for s in items]),
                "citation_precision": _mean([s.precision for s in items]),
                "must_include": _mean([s.must_include for s in items]),
                "abstention_acc": _mean([float(s.answer.abstained) for s in unanswerable]),
                "false_abstention": _mean([float(s.answer.abstained) for s in answerable]),
                "consistency": consistency(items),
                "leaks": sum(len(s.leaked) for s in items),
                "p50_ms": _pct(latencies, 0.5),
                "p95_ms": _pct(latencies, 0.95),
            }
        )
    return rows


def failures(scored: list[Scored]) -> list[str]:
    """Short lines for the questions that missed something, to read after a run."""
    out = []
    for s in scored:
        bad = [
            name
            for name, v in (("recall", s.recall), ("must_include", s.must_include))
            if v is not None and v < 1
        ]
        if s.question.answerable == s.answer.abstained:
            bad.append("abstention")
        if s.leaked:
            bad.append("leak")
        if bad:
            out.append(f"{s.question.id}: {', '.join(bad)} | {json.dumps(s.answer.text[:160])}")
    return out


def read_claims(text: str, name: str) -> tuple[list[ClaimRecord], str | None]:
    """The claims of a JSONL text, or the first bad line named with what to fix."""
    records = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            records.append(ClaimRecord.model_validate_json(line))
        except ValueError:
            return [], (
                f'{name} line {number}: expected a JSON object with "id", "claim" and '
                '"paper_title" (strings): fix that line'
            )
    if not records:
        return [], f"{name} holds no claims: one JSON object per line"
    return records, None


class Paired(BaseModel):
    """One question answered through the LLM and offline, both scored."""

    llm: Scored
    offline: Scored

    @property
    def outcome(self) -> str:
        """What became of the LLM's answer ('not asked': facts, or nothing relevant found)."""
        return self.llm.answer.llm_outcome or "not asked"

    @property
    def false_abstention(self) -> bool:
        """The LLM path abstained where the offline answer did not, on an answerable question."""
        answered = self.llm.question.answerable and not self.offline.answer.abstained
        return answered and self.llm.answer.abstained


def run_eval(
    bot: Assistant, items: list[EvalQuestion], offline: Assistant | None = None
) -> tuple[list[Scored], list[Paired]]:
    """Every question scored; with `offline` (an Assistant without LLM) each is also answered
    offline and paired with the LLM's answer."""
    scored, pairs = [], []
    for q in items:
        scored.append(score(q, bot.ask(q.question)))
        if offline is not None:
            pairs.append(Paired(llm=scored[-1], offline=score(q, offline.ask(q.question))))
    return scored, pairs


def paired_rows(pairs: list[Paired]) -> list[dict[str, Any]]:
    """One row per question: the LLM outcome and, LLM against offline, must-include,
    citation precision and seconds."""
    return [
        {
            "id": p.llm.question.id,
            "outcome": p.outcome,
            "must_include": f"{_fmt(p.llm.must_include)} / {_fmt(p.offline.must_include)}",
            "precision": f"{_fmt(p.llm.precision)} / {_fmt(p.offline.precision)}",
            "seconds": f"{p.llm.answer.latency_ms / 1000:.1f} / "
            f"{p.offline.answer.latency_ms / 1000:.1f}",
            "notice": p.llm.answer.notice or "",
        }
        for p in pairs
    ]


def paired_summary(pairs: list[Paired]) -> dict[str, Any]:
    """Over the questions the LLM was asked: outcomes, the share kept or trimmed, false
    abstentions, and must-include, citation precision and median seconds, LLM vs offline."""
    asked = [p for p in pairs if p.llm.answer.llm_outcome is not None]
    outcomes = {o: sum(p.outcome == o for p in asked) for o in OUTCOMES}
    kept = outcomes["kept"] + outcomes["trimmed"]
    return {
        "questions": len(pairs),
        "llm_asked": len(asked),
        **outcomes,
        "kept_or_trimmed": round(kept / len(asked), 3) if asked else None,
        "false_abstentions": sum(p.false_abstention for p in pairs),
        "must_include_llm": _mean([p.llm.must_include for p in asked]),
        "must_include_offline": _mean([p.offline.must_include for p in asked]),
        "precision_llm": _mean([p.llm.precision for p in asked]),
        "precision_offline": _mean([p.offline.precision for p in asked]),
        "p50_s_llm": _median_s([p.llm.answer.latency_ms for p in asked]),
        "p50_s_offline": _median_s([p.offline.answer.latency_ms for p in asked]),
    }


OUTCOMES = ("kept", "trimmed", "fallback", "abstained")


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _median_s(values: list[float]) -> float | None:
    return round(statistics.median(values) / 1000, 1) if values else None


def rows_table(title: str, rows: list[dict[str, Any]]) -> Table:
    """Rows of one shape as a table (text columns left, numbers right)."""
    table = Table(title=title)
    for key in rows[0]:
        table.add_column(key, justify="left" if key in ("category", "id", "notice") else "right")
    for row in rows:
        table.add_row(*("-" if v is None else escape(str(v)) for v in row.values()))
    return table


def eval_json(rows: list[dict[str, Any]], pairs: list[Paired]) -> object:
    """The category rows; with an LLM, also the per-question report and its summary."""
    if not pairs:
        return rows
    return {"categories": rows, "questions": paired_rows(pairs), "llm": paired_summary(pairs)}
