"""Cutting papers into indexable chunks: one per paper, one per abstract sentence."""

from __future__ import annotations

import hashlib
from typing import Any

from pydantic import BaseModel

from retrieval.filters import normalize_name
from retrieval.model import Paper
from retrieval.text import split_sentences

# A bound on chunks per paper (a 20,000-character abstract of "A. B. C." is ~7,000 sentences);
# the rest of a longer abstract is still in the whole-paper chunk.
MAX_SENTENCE_CHUNKS = 200


class Chunk(BaseModel):
    """One indexed text with the metadata used for filtering and citing."""

    id: str
    text: str
    metadata: dict[str, Any]


PAPER_CHUNK = ":paper"  # the end of a paper chunk's id (a sentence chunk's: ':s<n>')


def paper_of(chunk_id: str) -> str:
    """The paper id in a chunk id (`<paper id>:paper`, `<paper id>:s<n>`, see make_chunks)."""
    return chunk_id.rsplit(":", 1)[0]


def paper_text(paper: Paper) -> str:
    """The whole-paper chunk: title, authors, date and abstract."""
    authors = ", ".join(paper.authors) + (" et al." if paper.authors_truncated else "")
    return f"{paper.title}\n{authors} ({paper.date.isoformat()})\n{paper.abstract}"


def _metadata(paper: Paper, kind: str, text: str) -> dict[str, Any]:
    meta: dict[str, Any] = {
        "paper_id": paper.id,
        "kind": kind,
        "title": paper.title,
        "year": paper.year,
        "date": paper.date.isoformat(),
        "category": paper.category,
        "has_code": paper.has_code,
        "authors": [normalize_name(a) for a in paper.authors] or [""],
        "hash": hashlib.sha1(text.encode()).hexdigest()[:16],
        # The paper's other fields (link, category, sources...): a change there updates the
        # metadata without embedding the text again.
        "fields": hashlib.sha1(
            paper.model_dump_json(exclude={"abstract", "n"}).encode()
        ).hexdigest()[:16],
    }
    if kind == "paper":
        # Enough to rebuild the Paper from the index alone (server mode, other processes).
        meta["paper"] = paper.model_dump_json(exclude={"abstract"})
    return meta


def make_chunks(paper: Paper) -> list[Chunk]:
    """The paper chunk plus one chunk per abstract sentence (prefixed with the short title)."""
    text = paper_text(paper)
    chunks = [
        Chunk(id=f"{paper.id}{PAPER_CHUNK}", text=text, metadata=_metadata(paper, "paper", text))
    ]
    for i, sentence in enumerate(split_sentences(paper.abstract)[:MAX_SENTENCE_CHUNKS]):
        text = f"{paper.short_title}: {sentence}"
        meta = _metadata(paper, "sentence", text) | {"sentence": sentence, "position": i}
        chunks.append(Chunk(id=f"{paper.id}:s{i}", text=text, metadata=meta))
    return chunks
