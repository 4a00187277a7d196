"""The open problems the papers themselves state (what future work should take up, what
remains open, the limits of current models a paper sets out to close), each paper's strongest
statement read once per profile (`HeldOpen`), a question masking the rows it keeps."""

from __future__ import annotations

import re

import numpy as np
import numpy.typing as npt

from prompts.answer.model import Answer
from prompts.answer.wording import Sources, coverage
from retrieval.index.columns import PaperColumns
from retrieval.model import Paper, Profile
from retrieval.names import nickname
from retrieval.text import split_sentences

OPEN_SHOWN = 6  # papers quoted for the open problems they state

# What a paper says future work should take up ...
STATED_FUTURE = re.compile(
    r"\bfuture\s+(?:research|work|directions?|studies|avenues?)\b|\bopen\s+(?:problems?"
    r"|challenges?|questions?|issues?)\b|\b(?:yet|still)\s+to\s+be\s+(?:solved|explored"
    r"|addressed)\b",
    re.IGNORECASE,
)
# ... what it says remains open in the field
STATED_OPEN = re.compile(
    r"\bremain(?:s|ing)?\s+(?:an?\s+)?(?:\w+\s+)?(?:open|unsolved|unresolved|unexplored"
    r"|under-?explored|challeng\w*|elusive|unclear|problem\w*|bottlenecks?)\b",
    re.IGNORECASE,
)
# ... or the limits of current models it names (the gap a paper sets out to close)
STATED_LIMIT = re.compile(
    r"\blimitations?\b|\blimited\b|\bchalleng\w*|\bstruggl\w*|\bfail(?:s|ed|ing)?\s+to\b"
    r"|\bhallucinat\w*|\bunfaithful\w*|\bstill\s+(?:lack|suffer|fall)\w*|\bbottlenecks?\b"
    r"|\bgaps?\b|\bshortcomings?\b|\bunder-?explored\b|\bhacking\b|\bcollapse\b",
    re.IGNORECASE,
)
STATED = (STATED_FUTURE, STATED_OPEN, STATED_LIMIT)  # strongest first
OPEN_HEADS = (
    "Future research directions and open problems the papers state:",
    "What the papers say remains open:",
    "Limits of current models the papers set out to address:",
)


def strongest(paper: Paper) -> tuple[int, str] | None:
    """The paper's strongest statement of what is open (its rank in STATED, the sentence that
    says it most often), or None."""
    for rank, cue in enumerate(STATED):
        found = [s for s in _sentences(paper) if cue.search(s)]
        if found:
            return rank, max(found, key=lambda s: len(cue.findall(s)))
    return None


def open_stated(columns: PaperColumns) -> dict[int, tuple[int, str]]:
    """Per row stating something open, its strongest statement's rank and sentence (one read
    of every paper, once per profile version)."""
    found = ((row, strongest(paper)) for row, paper in enumerate(columns.papers))
    return {row: stated for row, stated in found if stated is not None}


class HeldOpen:
    """Each paper's strongest statement of what is open, read once per profile (the answer
    read every paper it kept per question); a question masks the rows, newest first."""

    def __init__(
        self, columns: PaperColumns, stated: dict[int, tuple[int, str]] | None = None
    ) -> None:
        """`stated`: what `open_stated` read of these columns (kept on disk); else read now."""
        self.columns = columns
        self.tier = np.full(len(columns.ids), len(STATED), dtype=np.int64)  # none stated
        self.said: dict[int, str] = {}
        for row, (tier, said) in (open_stated(columns) if stated is None else stated).items():
            self.tier[row], self.said[row] = tier, said
        day, ids = columns.day.tolist(), columns.ids
        newest = sorted(range(len(ids)), key=lambda r: (day[r], ids[r]), reverse=True)
        self.newest = np.array(newest, dtype=np.int64)  # by (date, id), newest first

    def tiers(self, keep: npt.NDArray[np.bool_]) -> list[list[int]]:
        """Per rank of STATED, the kept rows stating it, newest first."""
        rows = self.newest[keep[self.newest]]
        return [rows[self.tier[rows] == rank].tolist() for rank in range(len(STATED))]


def answer_open_problems(
    question: str, profile: Profile, held: HeldOpen, keep: npt.NDArray[np.bool_]
) -> Answer:
    """The open problems the papers `keep` flags themselves state, strongest statement first
    (what future work should take up, then what remains open, then the limits of current
    models a paper sets out to close), newest paper first within each; the profile states no
    plans of its owner, and the answer says so. Only the papers quoted are read."""
    tiers = held.tiers(keep)
    strong = len(tiers[0]) + len(tiers[1])
    room = max(OPEN_SHOWN - strong, 0)
    tiers[2] = tiers[2][:room]
    tiers[1] = tiers[1][: max(OPEN_SHOWN - len(tiers[0]), 0)]
    if not any(tiers):
        return Answer(
            question=question,
            text=f"The profile states no research plans of {profile.name}, and none of the "
            "papers considered names an open problem.",
            abstained=True,
            route="abstain",
        )
    papers = iter(held.columns.rows([r for tier in tiers for r in tier]))
    quoted = [[(next(papers), held.said[r]) for r in tier] for tier in tiers]
    src = Sources({p.id: s for tier in quoted for p, s in tier})
    lines = [
        f"The profile states no research plans of {profile.name}; this is what the papers "
        "themselves say is still open, newest first:"
    ]
    for head, tier in zip(OPEN_HEADS, quoted, strict=True):
        if tier:
            lines.append(head)
            lines.extend(
                f"- {nickname(p) or p.short_title} ({p.date.isoformat()}): {s} {src.mark(p)}"
                for p, s in tier
            )
    lines.append(coverage(profile))
    return Answer(
        question=question, text="\n".join(lines), citations=src.citations(), route="facts"
    )


def _sentences(paper: Paper) -> list[str]:
    return split_sentences(paper.abstract) or [paper.title]
