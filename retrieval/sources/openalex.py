"""An OpenAlex author's works, by author id or ORCID, through the /authors and /works APIs."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ValidationError

from retrieval.ingest.openalex import Work
from retrieval.model import Source
from retrieval.sources.fetched import Fetched, arxiv_id, bare_doi
from retrieval.sources.http import ApiClient, SourceConfig, SourceError

PER_PAGE = 100  # the API's maximum per page
MAX_PAGES = 200  # 20,000 works: far beyond any one author; stops a server that never ends
ORCID = re.compile(r"(?:https?://orcid\.org/|orcid:)?(\d{4}-\d{4}-\d{4}-\d{3}[\dX])$", re.I)
AUTHOR = re.compile(r"(?:https?://openalex\.org/)?(A\d+)$", re.IGNORECASE)


class SummaryStats(BaseModel):
    h_index: int | None = None


class Author(BaseModel):
    """The fields of an OpenAlex author object profilebot reads."""

    id: str
    display_name: str | None = None
    works_count: int | None = None
    cited_by_count: int | None = None
    summary_stats: SummaryStats | None = None


def author_path(author: str) -> str:
    """'A5023888391', its URL, or an ORCID -> the /authors/... path that finds the author."""
    text = author.strip()
    if m := AUTHOR.match(text):
        return f"authors/{m[1].upper()}"
    if m := ORCID.match(text):
        return f"authors/orcid:{m[1].upper()}"
    raise SourceError(
        f"{author!r} is not an OpenAlex author id (A5023888391) or an ORCID (0000-0002-1825-0097)"
    )


def fetch_openalex(author: str, config: SourceConfig) -> Fetched:
    """Every work of the author, cursor-paged, with the author's h-index and citations."""
    base = config.openalex_url.rstrip("/")
    params = {k: v for k, v in _auth(config).items() if v}
    fetched = Fetched(Source(kind="openalex", id=author))
    with ApiClient("OpenAlex", config) as client:
        data = client.get_json(f"{base}/{author_path(author)}", params)
        if data is None:
            raise SourceError(f"OpenAlex has no author {author!r}: check the id on openalex.org")
        try:
            found = Author.model_validate(data)
        except ValidationError as err:
            raise SourceError(f"OpenAlex sent an author without {_first(err)}") from None
        fetched.name = found.display_name
        fetched.citations = found.cited_by_count
        fetched.papers_claimed = found.works_count
        fetched.h_index = found.summary_stats.h_index if found.summary_stats else None
        author_id = found.id.rsplit("/", 1)[-1]
        cursor: str | None = "*"
        seen: set[str] = set()
        for _ in range(MAX_PAGES):
            if cursor is None or cursor in seen:
                break
            seen.add(cursor)
            page = client.get_json(
                f"{base}/works",
                params
                | {"filter": f"author.id:{author_id}", "per_page": PER_PAGE, "cursor": cursor},
            )
            if not isinstance(page, dict) or not isinstance(page.get("results"), list):
                raise SourceError("OpenAlex sent a works page without 'results'")
            if not page["results"]:
                break
            for raw in page["results"]:
                _add_work(fetched, raw)
            cursor = (page.get("meta") or {}).get("next_cursor")
        else:
            fetched.problems.append(f"OpenAlex: stopped after {MAX_PAGES * PER_PAGE:,} works")
    return fetched


def _auth(config: SourceConfig) -> dict[str, str | None]:
    return {"mailto": config.contact_email, "api_key": config.openalex_api_key}


def _first(err: ValidationError) -> str:
    return ".".join(str(p) for p in err.errors()[0]["loc"]) or "(not an object)"


def _add_work(fetched: Fetched, raw: Any) -> None:
    """One work of a page; a malformed one is noted, not fatal."""
    where = f"OpenAlex work {raw.get('id')}" if isinstance(raw, dict) else "OpenAlex work"
    try:
        work = Work.model_validate(raw)
    except ValidationError as err:
        fetched.problems.append(f"{where}: skipped, malformed field {_first(err)}")
        return
    date = work.publication_date or work.publication_year
    urls = work.urls
    doi = bare_doi(work.doi)
    topic = work.primary_topic.field if work.primary_topic else None
    fetched.add(
        where,
        title=work.clean_title,
        authors=[a.name for a in work.authorships],
        authors_truncated=work.is_authors_truncated,
        date=date,
        abstract=work.abstract,
        url=urls[0] if urls else (f"https://doi.org/{doi}" if doi else work.id),
        labels=work.category_labels,
        fallback_category=(topic.display_name if topic else None) or "misc",
        links=urls,
        doi=doi,
        arxiv_id=arxiv_id(doi) if doi and "48550" in doi else _arxiv_in(urls),
    )


def _arxiv_in(urls: list[str]) -> str | None:
    return next((arxiv_id(u) for u in urls if "arxiv.org/" in u.lower()), None)
