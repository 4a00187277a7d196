"""A Semantic Scholar author's papers through the Academic Graph API (offset/next paging)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from retrieval.model import Source
from retrieval.sources.fetched import Fetched, arxiv_id, bare_doi
from retrieval.sources.http import ApiClient, SourceConfig, SourceError

LIMIT = 100  # papers per page (the API allows up to 1000; smaller pages retry cheaper)
MAX_PAGES = 100  # the API stops at offset 10,000 anyway
AUTHOR_ID = re.compile(r"(?:https?://(?:www\.)?semanticscholar\.org/author/(?:[^/]+/)?)?(\d+)/?$")
AUTHOR_FIELDS = "name,hIndex,citationCount,paperCount"
PAPER_FIELDS = (
    "title,abstract,year,publicationDate,authors,externalIds,url,s2FieldsOfStudy,openAccessPdf"
)


class S2Author(BaseModel):
    authorId: str | None = None
    name: str | None = None
    hIndex: int | None = None
    citationCount: int | None = None
    paperCount: int | None = None


class FieldOfStudy(BaseModel):
    category: str | None = None


class Pdf(BaseModel):
    url: str | None = None


class S2Paper(BaseModel):
    """One paper of /author/{id}/papers with the fields profilebot asks for."""

    paperId: str | None = None
    title: str | None = None
    abstract: str | None = None
    year: int | None = None
    publicationDate: dt.date | None = None
    authors: list[S2Author] = Field(default_factory=list)
    externalIds: dict[str, str | int | None] | None = None
    url: str | None = None
    s2FieldsOfStudy: list[FieldOfStudy] | None = None
    openAccessPdf: Pdf | None = None


def fetch_semantic_scholar(author: str, config: SourceConfig) -> Fetched:
    """Every paper of the author, offset-paged until the API stops giving 'next'."""
    m = AUTHOR_ID.match(author.strip())
    if not m:
        raise SourceError(
            f"{author!r} is not a Semantic Scholar author id (digits, e.g. 1741101, or the "
            "author page's URL)"
        )
    base = f"{config.semantic_scholar_url.rstrip('/')}/author/{m[1]}"
    key = config.semantic_scholar_api_key
    fetched = Fetched(Source(kind="semantic-scholar", id=author))
    with ApiClient("Semantic Scholar", config, {"x-api-key": key} if key else None) as client:
        data = client.get_json(base, {"fields": AUTHOR_FIELDS})
        if data is None:
            raise SourceError(f"Semantic Scholar has no author {author!r}: check the id")
        try:
            found = S2Author.model_validate(data)
        except ValidationError:
            raise SourceError("Semantic Scholar sent an author that is not an object") from None
        fetched.name, fetched.h_index = found.name, found.hIndex
        fetched.citations, fetched.papers_claimed = found.citationCount, found.paperCount
        offset: int | None = 0
        for _ in range(MAX_PAGES):
            if offset is None:
                break
            page = client.get_json(
                f"{base}/papers", {"fields": PAPER_FIELDS, "offset": offset, "limit": LIMIT}
            )
            if not isinstance(page, dict) or not isinstance(page.get("data"), list):
                raise SourceError("Semantic Scholar sent a papers page without 'data'")
            for raw in page["data"]:
                _add_paper(fetched, raw)
            following = page.get("next")
            offset = following if isinstance(following, int) and following > offset else None
        else:
            fetched.problems.append(f"Semantic Scholar: stopped after {MAX_PAGES * LIMIT:,} papers")
    return fetched


def _add_paper(fetched: Fetched, raw: Any) -> None:
    where = "Semantic Scholar paper" + (
        f" {raw.get('paperId')}" if isinstance(raw, dict) and raw.get("paperId") else ""
    )
    try:
        paper = S2Paper.model_validate(raw)
    except ValidationError as err:
        field = ".".join(str(p) for p in err.errors()[0]["loc"]) or "the paper itself"
        fetched.problems.append(f"{where}: skipped, malformed field {field}")
        return
    ids = {k.lower(): str(v) for k, v in (paper.externalIds or {}).items() if v is not None}
    date = paper.publicationDate or paper.year
    pdf = paper.openAccessPdf.url if paper.openAccessPdf else None
    fetched.add(
        where,
        title=paper.title,
        authors=[a.name or "" for a in paper.authors],
        date=date,
        abstract=paper.abstract,
        url=paper.url or pdf,
        labels=[f.category for f in paper.s2FieldsOfStudy or [] if f.category],
        links=[u for u in (paper.url, pdf) if u],
        doi=bare_doi(ids.get("doi")),
        arxiv_id=arxiv_id(ids.get("arxiv")),
    )
