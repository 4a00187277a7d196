"""A paper's sibling: the one other paper whose meaning stands apart with it (two papers on
rainfall in a profile of language models, two on session-based recommendation). A subject
that finds one of them finds the other, whichever words it was asked in."""

from __future__ import annotations

import numpy as np
from chromadb.api.models.Collection import Collection

from retrieval.index.chunks import PAPER_CHUNK, paper_of

# Two papers are siblings when each is the other's nearest paper by its whole-paper vector,
# and for each the next nearest paper is at least this much further: a pair apart from the
# rest, not a paper among many alike (the three distillation papers and their neighbours
# in meta-learning are not apart). On the bundled profile the two pairs apart (rainfall and
# nowcasting; two session-based recommendation papers) stand .30-.48 clear of a third paper;
# the next pairs (two toolkits, two summary-evaluation papers, two conversational-search
# papers) .11-.13 on one side, and listing those together added more papers outside the
# readable sets' gold and acceptable titles than gold ones (a sample of 232 answers).
SIBLING_MARGIN = 0.15
# ... and alike in themselves, not only less unlike each other than the rest: in a profile of
# a few subjects far apart, a distillation paper and a prompt-tuning paper (.48) are each
# other's nearest by a wide margin, yet on different subjects. Two papers on one subject are
# at least this alike on the bundled profile (.58 for rainfall and nowcasting, .67-.91 for
# the others: two logo papers, two toolkits, two summary-evaluation papers).
SIBLING_ALIKE = 0.55
NEAREST = 3  # the paper itself and the two nearest others
# Looked up only in a profile of at most this many papers: a lookup is a nearest search among
# the paper vectors, which Chroma filters by kind at a cost that grows with the store (~0.5 s
# CPU at 100,000 papers, measured in the lead's review of stop 55), and in a large profile two
# papers standing apart from all the others are rare. Larger profiles list as before.
MAX_PAPERS = 1_000


class Siblings:
    """Each paper's sibling, found when first asked (two nearest-paper searches of fixed
    size) and kept: a question costs the same whatever the profile's size."""

    def __init__(self, collection: Collection, papers: int) -> None:
        self.collection = collection
        self.looked_up = papers <= MAX_PAPERS
        self._nearest: dict[str, list[tuple[str, float]]] = {}

    def of(self, paper_id: str) -> str | None:
        """The paper's sibling, or None when no other paper stands apart with it (or the
        profile is too large to look: MAX_PAPERS)."""
        if not self.looked_up:
            return None
        near = self._near(paper_id)
        if len(near) < 2 or near[0][1] < SIBLING_ALIKE or near[0][1] - near[1][1] < SIBLING_MARGIN:
            return None
        other = near[0][0]
        back = self._near(other)
        if len(back) < 2 or back[0][0] != paper_id or back[0][1] - back[1][1] < SIBLING_MARGIN:
            return None
        return other

    def _near(self, paper_id: str) -> list[tuple[str, float]]:
        """The two papers nearest in meaning to this one (id, cosine), nearest first."""
        if paper_id in self._nearest:
            return self._nearest[paper_id]
        got = self.collection.get(ids=[paper_id + PAPER_CHUNK], include=["embeddings"])
        if not got["ids"] or got["embeddings"] is None:
            return self._nearest.setdefault(paper_id, [])
        vector = np.asarray(got["embeddings"][0], dtype=np.float32)
        found = self.collection.query(
            query_embeddings=[vector.tolist()],
            n_results=NEAREST,
            where={"kind": "paper"},
            include=["distances"],
        )
        pairs = zip(found["ids"][0], (found["distances"] or [[]])[0], strict=True)
        near = [(paper_of(i), 1.0 - float(d)) for i, d in pairs if paper_of(i) != paper_id]
        return self._nearest.setdefault(paper_id, near[: NEAREST - 1])
