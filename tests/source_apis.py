"""OpenAlex, Semantic Scholar and arXiv stand-ins on 127.0.0.1, answering like the real APIs.

One server hosts the three under their own prefixes (/openalex, /s2/graph/v1, /arxiv/api/query)
with the documented shapes: OpenAlex's `meta.next_cursor` cursor paging and author object
(summary_stats.h_index), Semantic Scholar's `offset`/`next`/`data` pages and author fields
(hIndex, citationCount, paperCount), arXiv's Atom feed with opensearch totals. Faults (429 with
Retry-After, 5xx, malformed bodies) are queued per API and served before the real answer.
Every request is recorded.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlparse
from xml.sax.saxutils import escape

GRAPHSUM = "GraphSum: Summarizing Long Documents with Graph Attention"
PIXEL = "PixelGuard: Detecting Adversarial Patches in Street Scenes"
RAIN = "RainNet: Forecasting Rainfall from Radar with Diffusion Models"


@dataclass
class Fault:
    status: int
    body: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    hang: float = 0.0  # seconds to hold the request first (a server that does not answer)


@dataclass
class Seen:
    path: str
    params: dict[str, str]
    headers: dict[str, str]


def inverted_index(text: str) -> dict[str, list[int]]:
    """OpenAlex's abstract_inverted_index of a text (word -> positions)."""
    index: dict[str, list[int]] = {}
    for pos, word in enumerate(text.split()):
        index.setdefault(word, []).append(pos)
    return index


def openalex_work(
    n: int,
    title: str,
    authors: list[str],
    date: str,
    abstract: str = "",
    doi: str | None = None,
    arxiv: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A work object shaped like https://docs.openalex.org/api-entities/works/work-object."""
    landing = f"https://doi.org/{doi}" if doi else f"https://openalex.org/W{n}"
    locations = [{"is_oa": True, "landing_page_url": landing, "pdf_url": None, "source": None}]
    if arxiv:
        locations.append(
            {
                "is_oa": True,
                "landing_page_url": f"http://arxiv.org/abs/{arxiv}",
                "pdf_url": f"http://arxiv.org/pdf/{arxiv}",
                "source": {"id": "https://openalex.org/S4306400194", "display_name": "arXiv"},
            }
        )
    work = {
        "id": f"https://openalex.org/W{n}",
        "doi": f"https://doi.org/{doi}" if doi else None,
        "title": title,
        "display_name": title,
        "publication_year": int(date[:4]),
        "publication_date": date,
        "ids": {"openalex": f"https://openalex.org/W{n}"},
        "type": "article",
        "primary_location": locations[0],
        "locations": locations,
        "authorships": [
            {
                "author_position": "first" if i == 0 else "middle",
                "author": {"id": f"https://openalex.org/A{900 + i}", "display_name": name},
                "institutions": [],
                "raw_author_name": name,
            }
            for i, name in enumerate(authors)
        ],
        "cited_by_count": 3,
        "abstract_inverted_index": inverted_index(abstract) if abstract else None,
        "primary_topic": {
            "id": "https://openalex.org/T10028",
            "display_name": "Topic Modeling",
            "subfield": {
                "id": "https://openalex.org/subfields/1702",
                "display_name": "Artificial Intelligence",
            },
            "field": {"id": "https://openalex.org/fields/17", "display_name": "Computer Science"},
            "domain": {"id": "https://openalex.org/domains/3", "display_name": "Physical Sciences"},
        },
        "concepts": [],
    }
    return work | extra


def s2_paper(
    pid: str,
    title: str,
    authors: list[str],
    date: str | None,
    abstract: str | None = None,
    doi: str | None = None,
    arxiv: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A paper of /graph/v1/author/{id}/papers with the fields profilebot asks for."""
    ids: dict[str, Any] = {"CorpusId": 1000 + len(pid)}
    if doi:
        ids["DOI"] = doi
    if arxiv:
        ids["ArXiv"] = arxiv
    paper = {
        "paperId": pid,
        "externalIds": ids,
        "url": f"https://www.semanticscholar.org/paper/{pid}",
        "title": title,
        "abstract": abstract,
        "year": int(date[:4]) if date else None,
        "publicationDate": date,
        "authors": [{"authorId": str(10 + i), "name": a} for i, a in enumerate(authors)],
        "s2FieldsOfStudy": [{"category": "Computer Science", "source": "external"}],
        "openAccessPdf": None,
    }
    return paper | extra


def arxiv_entry(
    aid: str,
    title: str,
    authors: list[str],
    published: str,
    summary: str,
    category: str = "cs.CL",
    doi: str | None = None,
    comment: str | None = None,
) -> str:
    """One <entry> of the arXiv API's Atom feed (https://info.arxiv.org/help/api/user-manual)."""
    people = "".join(f"<author><name>{escape(a)}</name></author>" for a in authors)
    extra = f"<arxiv:doi>{doi}</arxiv:doi>" if doi else ""
    extra += f"<arxiv:comment>{escape(comment)}</arxiv:comment>" if comment else ""
    return (
        f"<entry><id>http://arxiv.org/abs/{aid}v1</id>"
        f"<updated>{published}T18:00:00Z</updated><published>{published}T18:00:00Z</published>"
        f"<title>{escape(title)}</title><summary>  {escape(summary)}\n</summary>{people}{extra}"
        f'<link href="http://arxiv.org/abs/{aid}v1" rel="alternate" type="text/html"/>'
        f'<link title="pdf" href="http://arxiv.org/pdf/{aid}v1" rel="related" type="application/pdf"/>'
        f'<arxiv:primary_category xmlns:arxiv="http://arxiv.org/schemas/atom" term="{category}" '
        f'scheme="http://arxiv.org/schemas/atom"/>'
        f'<category term="{category}" scheme="http://arxiv.org/schemas/atom"/></entry>'
    )


def arxiv_feed(entries: list[str], total: int, start: int, per_page: int) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom" '
        'xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" '
        'xmlns:arxiv="http://arxiv.org/schemas/atom">'
        '<link href="http://arxiv.org/api/query" rel="self" type="application/atom+xml"/>'
        "<title>arXiv Query</title><id>http://arxiv.org/api/x</id>"
        f"<updated>{dt.date.today().isoformat()}T00:00:00-05:00</updated>"
        f"<opensearch:totalResults>{total}</opensearch:totalResults>"
        f"<opensearch:startIndex>{start}</opensearch:startIndex>"
        f"<opensearch:itemsPerPage>{per_page}</opensearch:itemsPerPage>"
        + "".join(entries)
        + "</feed>"
    )


@dataclass
class SourceApis:
    """The data each stand-in serves; tests change it between syncs."""

    openalex_author: dict[str, Any] = field(default_factory=dict)
    openalex_works: list[Any] = field(default_factory=list)
    s2_author: dict[str, Any] = field(default_factory=dict)
    s2_papers: list[Any] = field(default_factory=list)
    arxiv_entries: list[str] = field(default_factory=list)
    faults: dict[str, list[Fault]] = field(default_factory=dict)  # 'openalex', 's2', 'arxiv'
    empty_arxiv_pages: int = 0  # pages after the first answered with no entries
    seen: list[Seen] = field(default_factory=list)
    hung: threading.Event = field(default_factory=threading.Event)

    def answer(self, path: str, params: dict[str, str]) -> tuple[int, dict[str, str], str]:
        api = path.strip("/").split("/", 1)[0]
        if queue := self.faults.get(api):
            fault = queue.pop(0)
            if fault.hang:
                self.hung.wait(fault.hang)  # released early when the server closes
            return fault.status, fault.headers, fault.body
        if api == "openalex":
            return self._openalex(path.removeprefix("/openalex"), params)
        if api == "s2":
            return self._s2(path.removeprefix("/s2/graph/v1"), params)
        if api == "arxiv":
            return self._arxiv(params)
        return 404, {}, "{}"

    def _openalex(self, path: str, params: dict[str, str]) -> tuple[int, dict[str, str], str]:
        if path.startswith("/authors/"):
            key = path.removeprefix("/authors/")
            author = self.openalex_author
            if key not in (author["id"].rsplit("/", 1)[-1], f"orcid:{author.get('orcid_id')}"):
                return 404, {}, json.dumps({"error": "Not Found", "message": "not found"})
            return 200, {}, json.dumps(author)
        per_page = int(params.get("per_page", "25"))
        cursor = params.get("cursor", "*")
        start = 0 if cursor == "*" else int(base64.b64decode(cursor))
        page = self.openalex_works[start : start + per_page]
        end = start + len(page)
        meta = {
            "count": len(self.openalex_works),
            "db_response_time_ms": 12,
            "page": None,
            "per_page": per_page,
            # Like OpenAlex: a cursor while results come, null on the empty page after the end.
            "next_cursor": base64.b64encode(str(end).encode()).decode() if page else None,
        }
        return 200, {}, json.dumps({"meta": meta, "results": page, "group_by": []})

    def _s2(self, path: str, params: dict[str, str]) -> tuple[int, dict[str, str], str]:
        author = self.s2_author
        if not path.startswith(f"/author/{author['authorId']}"):
            return 404, {}, json.dumps({"error": "Author not found"})
        if not path.endswith("/papers"):
            return 200, {}, json.dumps(author)
        offset, limit = int(params.get("offset", "0")), int(params.get("limit", "100"))
        page: dict[str, Any] = {"offset": offset, "data": self.s2_papers[offset : offset + limit]}
        if offset + limit < len(self.s2_papers):
            page["next"] = offset + limit
        return 200, {}, json.dumps(page)

    def _arxiv(self, params: dict[str, str]) -> tuple[int, dict[str, str], str]:
        start, per_page = int(params.get("start", "0")), int(params.get("max_results", "10"))
        entries = self.arxiv_entries[start : start + per_page]
        if start and self.empty_arxiv_pages:
            self.empty_arxiv_pages -= 1
            entries = []
        feed = arxiv_feed(entries, len(self.arxiv_entries), start, per_page)
        return 200, {"Content-Type": "application/atom+xml"}, feed


def ada_apis() -> SourceApis:
    """The stand-ins knowing one author, Ada Example, with no works yet."""
    return SourceApis(
        openalex_author={
            "id": "https://openalex.org/A5023888391",
            "orcid": "https://orcid.org/0000-0002-1825-0097",
            "orcid_id": "0000-0002-1825-0097",
            "display_name": "Ada Example",
            "works_count": 151,
            "cited_by_count": 4321,
            "summary_stats": {"2yr_mean_citedness": 2.5, "h_index": 17, "i10_index": 20},
        },
        s2_author={
            "authorId": "1741101",
            "name": "Ada Example",
            "hIndex": 15,
            "citationCount": 3999,
            "paperCount": 140,
        },
    )


def serve_three_sources(apis: SourceApis) -> SourceApis:
    """GraphSum in all three (DOI in OpenAlex and S2, arXiv id in OpenAlex and arXiv),
    PixelGuard in OpenAlex and S2 with no ids at all, RainNet only on arXiv."""
    apis.openalex_works = [
        openalex_work(
            1,
            GRAPHSUM,
            ["Ada Example", "Bo Li"],
            "2021-03-03",
            "",
            doi="10.18653/v1/GS",
            arxiv="2103.00001v2",
        ),
        openalex_work(2, PIXEL, ["Bo Li", "Ada Example"], "2022-06-10", "Patches fool detectors."),
    ]
    apis.s2_papers = [
        s2_paper(
            "s1",
            GRAPHSUM.upper(),
            ["Ada Example"],
            "2021-03-03",
            "S2's abstract.",
            doi="10.18653/v1/gs",
        ),
        s2_paper(
            "s2",
            "PixelGuard - detecting adversarial patches in street scenes",
            ["Bo  Li", "Ada Example"],
            "2022-06-10",
        ),
    ]
    apis.arxiv_entries = [
        arxiv_entry(
            "2103.00001",
            "GraphSum: a preprint title",
            ["Ada Example"],
            "2021-02-01",
            "We propose GraphSum, a graph attention model.",
        ),
        arxiv_entry(
            "2402.00002",
            RAIN,
            ["Ada Example", "Eve Stone"],
            "2024-02-14",
            "RainNet is a diffusion model.",
            category="cs.LG",
        ),
    ]
    return apis


class SourceServer:
    """A real HTTP server on 127.0.0.1 serving `apis`; use as a context manager."""

    def __init__(self, apis: SourceApis) -> None:
        self.apis = apis
        lock = threading.Lock()

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                url = urlparse(self.path)
                params = {k: v[-1] for k, v in parse_qs(url.query).items()}
                with lock:
                    apis.seen.append(Seen(url.path, params, dict(self.headers.items())))
                status, headers, body = apis.answer(url.path, params)
                data = body.encode()
                self.send_response(status)
                self.send_header("Content-Type", headers.pop("Content-Type", "application/json"))
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def __enter__(self) -> SourceServer:
        self.thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.apis.hung.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def settings_env(self) -> dict[str, str]:
        """The PROFILEBOT_* variables pointing profilebot's clients here."""
        return {
            "PROFILEBOT_OPENALEX_URL": f"{self.url}/openalex",
            "PROFILEBOT_SEMANTIC_SCHOLAR_URL": f"{self.url}/s2/graph/v1",
            "PROFILEBOT_ARXIV_URL": f"{self.url}/arxiv/api/query",
        }
