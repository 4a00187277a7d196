"""What a sync changes in a profile: papers added, updated, removed, and when to ask first."""

from __future__ import annotations

from dataclasses import dataclass, field

from retrieval.model import Paper, Profile

# A sync that would remove more than this share of the papers (and at least LARGE_MIN of
# them) asks first: a source that answers with a fraction of the list must not empty a profile.
LARGE_SHARE = 0.5
LARGE_MIN = 2  # the same rule as PaperIndex.ingest (retrieval/index/store.py)


@dataclass
class Changes:
    """Papers a sync adds, updates and removes, newest first."""

    added: list[Paper] = field(default_factory=list)
    updated: list[Paper] = field(default_factory=list)
    removed: list[Paper] = field(default_factory=list)
    before: int = 0

    @property
    def empty(self) -> bool:
        return not (self.added or self.updated or self.removed)

    @property
    def large_removal(self) -> bool:
        """Removes most of the profile: the caller must confirm (`--yes`)."""
        gone = len(self.removed)
        return gone >= LARGE_MIN and gone > LARGE_SHARE * self.before


def diff_profiles(old: Profile | None, new: Profile) -> Changes:
    """Compare by paper id; a paper whose fields changed (other than its position) is updated."""
    before = {p.id: p for p in old.papers} if old else {}
    now = {p.id: p for p in new.papers}
    changes = Changes(before=len(before))
    for paper in new.papers:
        old_paper = before.get(paper.id)
        if old_paper is None:
            changes.added.append(paper)
        elif _fields(old_paper) != _fields(paper):
            changes.updated.append(paper)
    changes.removed = [p for p in (old.papers if old else []) if p.id not in now]
    return changes


def _fields(paper: Paper) -> str:
    return paper.model_dump_json(exclude={"n"})
