"""Build a Profile from a BibTeX file or a saved OpenAlex works export (no network)."""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections import Counter
from typing import Literal

from retrieval.ingest.bibtex import records_from_bibtex
from retrieval.ingest.openalex import id_line, record_from_work, works_from_json
from retrieval.ingest.records import Record
from retrieval.model import Paper, Profile

log = logging.getLogger(__name__)

Format = Literal["bibtex", "openalex"]


def detect_format(text: str, *, suffix: str = "") -> Format | None:
    """Which importer reads a file: BibTeX by '.bib' or a leading '@', OpenAlex by its shape."""
    lines = (ln.strip() for ln in text.splitlines())
    first = next((ln for ln in lines if ln and not ln.startswith("%")), "")
    if suffix.lower() == ".bib" or first.startswith("@"):
        return "bibtex"
    head = text.lstrip()
    if head.startswith("["):  # profilebot's own JSON is always an object
        return "openalex"
    if head.startswith("{"):
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            return None  # let the JSON reader report where it breaks
        if isinstance(data, dict) and ("results" in data or "authorships" in data):
            return "openalex"
    return None


def profile_from_bibtex(
    text: str,
    *,
    name: str | None = None,
    source: str = "profile.bib",
    captured_year: int | None = None,
) -> Profile:
    """A profile from a .bib file; named `name`, else after the most frequent author."""
    records = records_from_bibtex(text, source)
    return _assemble(records, name=name, source=source, captured_year=captured_year)


def profile_from_openalex(
    text: str,
    *,
    name: str | None = None,
    source: str = "works.json",
    captured_year: int | None = None,
) -> Profile:
    """A profile from saved OpenAlex works; citations sum every work's cited_by_count."""
    page = works_from_json(text, source)
    records = [
        record_from_work(work, i, id_line(text, work.id), source)
        for i, work in enumerate(page.results, 1)
    ]
    return _assemble(
        records,
        name=name,
        source=source,
        captured_year=captured_year,
        citations=sum(work.cited_by_count for work in page.results),
        papers_claimed=page.meta.count if page.meta else None,
    )


def _assemble(
    records: list[Record],
    *,
    name: str | None,
    source: str,
    captured_year: int | None,
    citations: int | None = None,
    papers_claimed: int | None = None,
) -> Profile:
    """Number the papers, keep the first of duplicate titles, name the profile."""
    papers: list[Paper] = []
    seen: dict[str, int] = {}
    for record in records:
        paper = record.to_paper(len(papers) + 1)
        if paper.id in seen:
            log.warning(
                "%s, line %d: skipped %r, the same title as the paper on line %d",
                source,
                record.line,
                paper.title[:60],
                seen[paper.id],
            )
            continue
        seen[paper.id] = record.line
        papers.append(paper)
    if not name:
        counts = Counter(author for paper in papers for author in paper.authors)
        name = counts.most_common(1)[0][0]  # records always have an author
    return Profile(
        name=name,
        captured_year=captured_year or dt.date.today().year,
        papers=papers,
        citations=citations,
        papers_claimed=papers_claimed,
        novelty=None,  # profilebot's own scores; no import source has them
    )
