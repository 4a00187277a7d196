"""Claims checked one by one against a named paper: `profilebot eval claims`, and the bench.

Each claim goes through Verifier.check, the code that checks an LLM answer's sentences, with
the named paper as its only source: anyone can audit what the answer path would keep.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from prompts.llm.support import Verifier


class ClaimRecord(BaseModel):
    """One input line: a claim and the title of the paper it is said to come from."""

    id: str
    claim: str
    paper_title: str
    kind: str | None = Field(None, description="Optional label, kept for reports.")


class ClaimResult(BaseModel):
    """One output line: the verdict, its score and the supporting sentences."""

    id: str
    supported: bool
    score: float
    evidence: list[str]
    problems: list[str] = Field(default_factory=list)


def _key(title: str) -> str:
    return " ".join(title.casefold().split())


def check_claims(records: list[ClaimRecord], verifier: Verifier) -> list[ClaimResult]:
    """The verdict on each claim, against the profile paper its title names."""
    by_title = {_key(p.title): p for p in verifier.papers.values()}
    found = [r for r in records if _key(r.paper_title) in by_title]
    verdicts = verifier.check_many([(r.claim, [1], [by_title[_key(r.paper_title)]]) for r in found])
    by_id = dict(zip((id(r) for r in found), verdicts, strict=True))
    results = []
    for record in records:
        verdict = by_id.get(id(record))
        if verdict is None:
            problem = f"no paper titled {record.paper_title!r} in the profile"
            results.append(
                ClaimResult(
                    id=record.id, supported=False, score=0.0, evidence=[], problems=[problem]
                )
            )
            continue
        results.append(
            ClaimResult(
                id=record.id,
                supported=verdict.supported,
                score=verdict.score,
                evidence=verdict.evidence,
                problems=verdict.problems,
            )
        )
    return results
