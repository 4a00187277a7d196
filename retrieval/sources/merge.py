"""Several sources into one profile: the same paper found twice is one paper with two sources."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from retrieval.model import CATEGORY_NAMES, Paper, Profile
from retrieval.sources.fetched import Fetched

NON_WORD = re.compile(r"[^a-z0-9]+")


@dataclass
class Merged:
    """The profile built from the sources, and what the merge did."""

    profile: Profile
    duplicates: int = 0  # works found twice (across sources or within one) and merged
    problems: list[str] = field(default_factory=list)


def fold(text: str) -> str:
    """Lower case, accents and punctuation gone: 'Pré-training' -> 'pre training'."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return NON_WORD.sub(" ", plain.lower()).strip()


def paper_keys(paper: Paper) -> list[str]:
    """What identifies a paper across sources: DOI, arXiv id, then title + year + first author."""
    keys = [f"doi:{paper.doi}"] if paper.doi else []
    keys += [f"arxiv:{paper.arxiv_id}"] if paper.arxiv_id else []
    surname = fold(paper.authors[0]).split()[-1:] if paper.authors else []
    return [*keys, f"title:{fold(paper.title)}|{paper.year}|{''.join(surname)}"]


def merge_sources(
    fetched: list[Fetched], *, name: str | None = None, captured_year: int | None = None
) -> Merged:
    """One profile from the sources in the order given: the first source's fields win, the
    others fill what it lacks; header numbers come from the first source that has them."""
    papers: list[Paper] = []
    by_key: dict[str, Paper] = {}
    by_id: dict[str, Paper] = {}
    merged = Merged(Profile(name="", captured_year=captured_year or dt.date.today().year))
    for source in fetched:
        merged.problems += source.problems  # each names its source and work
        for record in source.records:
            paper = record.to_paper(0)
            twin = next((by_key[k] for k in paper_keys(paper) if k in by_key), None)
            if twin is None and (same := by_id.get(paper.id)) is not None:
                merged.problems.append(
                    f"{source.label}: {paper.title[:60]!r} ({paper.year}) has the title of "
                    f"another paper ({same.year}, {', '.join(same.authors[:2])}); kept the first"
                )
                continue
            if twin is None:
                papers.append(paper)
                by_id[paper.id] = paper
                twin = paper
            else:
                _fill(twin, paper)
                merged.duplicates += 1
            for key in paper_keys(twin):
                by_key.setdefault(key, twin)
    papers.sort(key=lambda p: p.date, reverse=True)
    for n, paper in enumerate(papers, 1):
        paper.n = n
    header = next((f for f in fetched if f.h_index is not None or f.citations is not None), None)
    counts = Counter(a for p in papers for a in p.authors)
    merged.profile = merged.profile.model_copy(
        update={
            "name": name
            or next((f.name for f in fetched if f.name), None)
            or (counts.most_common(1)[0][0] if counts else "unknown"),
            "papers": papers,
            "sources": [f.source for f in fetched],
            "h_index": header.h_index if header else None,
            "citations": header.citations if header else None,
            "papers_claimed": header.papers_claimed if header else None,
            "stats_source": header.label if header else None,
        }
    )
    return merged


def _fill(kept: Paper, other: Paper) -> None:
    """Complete the kept paper from its twin: missing ids, link, abstract; a known category."""
    kept.doi = kept.doi or other.doi
    kept.arxiv_id = kept.arxiv_id or other.arxiv_id
    kept.url = kept.url or other.url
    kept.abstract = kept.abstract or other.abstract
    kept.has_code = kept.has_code or other.has_code
    if kept.category not in CATEGORY_NAMES and other.category in CATEGORY_NAMES:
        kept.category = other.category
    kept.sources = [*kept.sources, *(s for s in other.sources if s not in kept.sources)]
