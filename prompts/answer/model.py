"""The Answer value: the contract between the core and every interface."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

from retrieval.model import Paper


class Backing(BaseModel):
    """Which sentence of a cited paper backed which claim of an LLM answer."""

    claim: str
    evidence: str
    score: float = Field(description="Support score of the check, 0..1.")


class Citation(BaseModel):
    """One numbered source of an answer: [n] in the text refers to it."""

    n: int
    paper_id: str
    title: str
    date: dt.date
    url: str | None = None
    evidence: list[str] = Field(default_factory=list, description="Sentences the answer rests on.")
    backing: list[Backing] = Field(
        default_factory=list, description="Per checked claim, the sentence that supports it."
    )

    @classmethod
    def of(cls, n: int, paper: Paper, evidence: list[str] | None = None) -> Citation:
        return cls(
            n=n,
            paper_id=paper.id,
            title=paper.title,
            date=paper.date,
            url=paper.url,
            evidence=evidence or [],
        )


class Answer(BaseModel):
    """A grounded answer: text with [n] markers, the numbered citations, and how it was made."""

    question: str
    text: str
    citations: list[Citation] = Field(default_factory=list)
    abstained: bool = False
    route: str = Field(description="'facts', 'retrieval' or 'abstain'.")
    notice: str | None = Field(default=None, description="One line: a fallback or a trim.")
    timings_ms: dict[str, float] = Field(default_factory=dict)
    groups: list[list[str]] = Field(
        default_factory=list,
        description="Paper ids of each group the answer lists in order (an overview's themes).",
    )
    llm_outcome: Literal["kept", "trimmed", "fallback", "abstained"] | None = Field(
        default=None,
        description="What became of the LLM's answer: kept whole, trimmed, replaced by the "
        "offline answer, or an abstention retrieval agreed with; None when no LLM was asked.",
    )

    @property
    def latency_ms(self) -> float:
        return round(sum(self.timings_ms.values()), 1)
