"""Reading saved OpenAlex works (the JSON of its /works API) into Records; no network."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from retrieval.ingest.errors import ProfileError, parse_json
from retrieval.ingest.records import Record

TAG = re.compile(r"<[^>]+>")
DOI_URL = re.compile(r"^https?://(?:dx\.)?doi\.org/", re.IGNORECASE)
EXPECTED = (
    "expected OpenAlex works: the JSON of /works?filter=author.id:... (an object with "
    "'results') or a list of works"
)


class Named(BaseModel):
    """Any OpenAlex object we only need the display name of (author, field, concept)."""

    display_name: str | None = None


class Authorship(BaseModel):
    author: Named = Field(default_factory=Named)
    raw_author_name: str | None = None

    @property
    def name(self) -> str:
        return (self.author.display_name or self.raw_author_name or "").strip()


class Topic(BaseModel):
    display_name: str | None = None
    subfield: Named | None = None
    field: Named | None = None


class Location(BaseModel):
    landing_page_url: str | None = None
    pdf_url: str | None = None


class Work(BaseModel):
    """One OpenAlex work (https://docs.openalex.org/api-entities/works/work-object)."""

    id: str | None = None
    doi: str | None = None
    title: str | None = None
    display_name: str | None = None
    publication_date: dt.date | None = None
    publication_year: int | None = None
    authorships: list[Authorship] = Field(default_factory=list)
    is_authors_truncated: bool = False
    abstract_inverted_index: dict[str, list[int]] | None = None
    primary_location: Location | None = None
    locations: list[Location] = Field(default_factory=list)
    primary_topic: Topic | None = None
    concepts: list[Named] = Field(default_factory=list)
    cited_by_count: int = 0

    @property
    def clean_title(self) -> str:
        """The title without the inline HTML OpenAlex keeps (<i>, <sub>, entities)."""
        raw = self.title or self.display_name or ""
        return " ".join(html.unescape(TAG.sub("", raw)).split())

    @property
    def abstract(self) -> str:
        """Rebuild the plain abstract from OpenAlex's inverted index (word -> positions)."""
        words = {
            pos: word
            for word, spots in (self.abstract_inverted_index or {}).items()
            for pos in spots
        }
        return " ".join(words[pos] for pos in sorted(words))

    @property
    def urls(self) -> list[str]:
        """Every link the work lists: landing pages and PDFs, primary location first."""
        spots = ([self.primary_location] if self.primary_location else []) + self.locations
        return [u for loc in spots for u in (loc.landing_page_url, loc.pdf_url) if u]

    @property
    def category_labels(self) -> list[str]:
        """Subject labels, most specific first: topic subfield, field, then concepts."""
        topic = self.primary_topic or Topic()
        named = [topic.subfield, topic.field, *self.concepts]
        return [n.display_name for n in named if n is not None and n.display_name]


class Meta(BaseModel):
    count: int | None = None


class WorksPage(BaseModel):
    """The body of GET /works?filter=author.id:...: `meta` and a page of `results`."""

    meta: Meta | None = None
    results: list[Work]


def works_from_json(text: str, source: str) -> WorksPage:
    """The works of a /works response, a bare list of works, or a single work."""
    data: Any = parse_json(text, source)
    if isinstance(data, dict) and "authorships" in data and "results" not in data:
        data = [data]
    if isinstance(data, list):
        data = {"results": data}
    if not isinstance(data, dict) or not isinstance(data.get("results"), list):
        raise ProfileError(source, 1, EXPECTED)
    try:
        page = WorksPage.model_validate(data)
    except ValidationError as err:
        loc = list(err.errors()[0]["loc"])
        if len(loc) < 2 or loc[0] != "results":
            raise ProfileError(source, 1, f"{err.errors()[0]['msg']}; {EXPECTED}") from None
        raw = data["results"][int(loc[1])]
        line = id_line(text, raw.get("id") if isinstance(raw, dict) else None)
        field = ".".join(str(p) for p in loc[2:]) or "the work itself"
        msg = f"work #{int(loc[1]) + 1}, field {field}: {err.errors()[0]['msg']}; {EXPECTED}"
        raise ProfileError(source, line, msg) from None
    if not page.results:
        raise ProfileError(source, 1, f"no works in 'results'; {EXPECTED}")
    return page


def id_line(text: str, work_id: object) -> int:
    """The line of a work's '"id": ...' in the file, so errors point somewhere useful."""
    pattern = r'"id"\s*:\s*' + re.escape(json.dumps(work_id))
    if isinstance(work_id, str) and (m := re.search(pattern, text)):
        return text.count("\n", 0, m.start()) + 1
    return 1


def record_from_work(work: Work, i: int, line: int, source: str) -> Record:
    """The work as a Record; ProfileError names work #i and what it lacks."""
    where = f"work #{i}" + (f" ({work.id})" if work.id else "")
    title = work.clean_title
    if not title:
        raise ProfileError(source, line, f"{where} has no title; expected 'title'")
    authors = [a.name for a in work.authorships if a.name]
    if not authors:
        raise ProfileError(
            source, line, f"{where} has no authors; expected 'authorships' with author.display_name"
        )
    if work.publication_date is None and work.publication_year is None:
        raise ProfileError(source, line, f"{where} has no date; expected 'publication_date'")
    try:
        date = work.publication_date or dt.date(work.publication_year or 1, 1, 1)
    except ValueError:
        raise ProfileError(
            source, line, f"{where}: publication_year {work.publication_year} is not a year"
        ) from None
    doi = "https://doi.org/" + DOI_URL.sub("", work.doi) if work.doi else None
    field = work.primary_topic.field if work.primary_topic else None
    return Record(
        line=line,
        title=title,
        authors=authors,
        authors_truncated=work.is_authors_truncated,
        date=date,
        abstract=work.abstract,
        url=next(iter(work.urls), None) or doi or work.id,
        labels=work.category_labels,
        fallback_category=(field.display_name if field else None) or "misc",
        links=work.urls,
    )
