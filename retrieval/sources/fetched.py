"""What one source gave: its works as Records, its header numbers, and what it could not use."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from retrieval.ingest.records import Record
from retrieval.model import SOURCE_NAMES, Source

# Bounds on one work from a source: the rest of the work is kept, the excess reported.
MAX_AUTHORS = 100  # OpenAlex itself truncates at 100 and says so
MAX_TITLE = 500
MAX_ABSTRACT = 20_000
FIRST_YEAR = 1800
DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:)", re.IGNORECASE)
ARXIV_DOI = re.compile(r"^10\.48550/arxiv\.(.+)$", re.IGNORECASE)
ARXIV_URL = re.compile(r"arxiv\.org/(?:abs|pdf)/([^\s?#]+?)(?:v\d+)?(?:\.pdf)?$", re.IGNORECASE)
VERSION = re.compile(r"v\d+$")


@dataclass
class Fetched:
    """One source's answer: records in its order, header numbers, and notes on what was wrong."""

    source: Source
    records: list[Record] = field(default_factory=list)
    name: str | None = None
    h_index: int | None = None
    citations: int | None = None
    papers_claimed: int | None = None
    problems: list[str] = field(default_factory=list)  # one line per work skipped or cut

    @property
    def label(self) -> str:
        return SOURCE_NAMES[self.source.kind]

    def add(
        self,
        where: str,
        *,
        title: str | None,
        authors: list[str],
        date: dt.date | int | None,  # an int: only the year is known
        authors_truncated: bool = False,
        abstract: str | None = None,
        **extra: object,
    ) -> None:
        """Keep one work if it has a title, an author and a plausible date; note the rest."""
        title = " ".join((title or "").split())
        authors = [" ".join(a.split()) for a in authors if a and a.strip()]
        if not title:
            self.problems.append(f"{where}: skipped, no title")
            return
        if not authors:
            self.problems.append(f"{where} ({title[:60]!r}): skipped, no authors")
            return
        year = date if isinstance(date, int) else date.year if date else None
        if year is None or not FIRST_YEAR <= year <= dt.date.today().year + 1:
            said = "no date" if year is None else f"year {year}"
            self.problems.append(f"{where} ({title[:60]!r}): skipped, {said}")
            return
        if isinstance(date, int):
            date = dt.date(date, 1, 1)
        assert date is not None
        if len(authors) > MAX_AUTHORS:
            self.problems.append(
                f"{where} ({title[:60]!r}): kept the first {MAX_AUTHORS} of "
                f"{len(authors):,} authors"
            )
            authors, authors_truncated = authors[:MAX_AUTHORS], True
        text = " ".join((abstract or "").split())
        if len(text) > MAX_ABSTRACT:
            self.problems.append(
                f"{where} ({title[:60]!r}): abstract cut to {MAX_ABSTRACT:,} characters"
            )
            text = text[:MAX_ABSTRACT]
        if len(title) > MAX_TITLE:
            self.problems.append(f"{where}: title cut to {MAX_TITLE} characters")
            title = title[:MAX_TITLE]
        self.records.append(
            Record(
                line=0,
                title=title,
                authors=authors,
                authors_truncated=authors_truncated,
                date=date,
                abstract=text,
                source=self.source.kind,
                **extra,  # type: ignore[arg-type]
            )
        )


def bare_doi(value: str | None) -> str | None:
    """'https://doi.org/10.1/X' -> '10.1/x' (DOIs are case-insensitive)."""
    doi = DOI_PREFIX.sub("", (value or "").strip()).lower()
    return doi or None


def arxiv_id(value: str | None) -> str | None:
    """The versionless arXiv id in an id, an abs/pdf URL or an arXiv DOI ('2101.00001')."""
    text = (value or "").strip()
    if not text:
        return None
    if (m := ARXIV_DOI.match(bare_doi(text) or "")) or (m := ARXIV_URL.search(text)):
        text = m[1]
    elif "/" in text and "arxiv" in text.lower():
        return None
    return VERSION.sub("", text).lower() or None
