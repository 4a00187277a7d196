"""arXiv papers matching a query (an author, usually), read from the API's Atom feed."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

from retrieval.model import Source
from retrieval.sources.fetched import Fetched, arxiv_id, bare_doi
from retrieval.sources.http import ApiClient, SourceConfig, SourceError

PAGE = 100
MAX_RESULTS = 5_000  # far beyond one author; arXiv's own cap on paging is 30,000
DELAY = 3.0  # seconds between requests, as arXiv's terms of use ask
NS = {
    "atom": "http://www.w3.org/2005/Atom",
    "arxiv": "http://arxiv.org/schemas/atom",
    "opensearch": "http://a9.com/-/spec/opensearch/1.1/",
}


def search_query(query: str) -> str:
    """A bare name becomes an author query ('Minghui Qiu' -> 'au:"Minghui Qiu"'); a query
    with arXiv field prefixes ('au:', 'cat:', 'ti:') is sent as written."""
    text = " ".join(query.split())
    if not text:
        raise SourceError('give an arXiv query, e.g. --arxiv "Minghui Qiu" or "au:Qiu_M"')
    return text if ":" in text else f'au:"{text}"'


def fetch_arxiv(query: str, config: SourceConfig) -> Fetched:
    """Every paper the query finds, newest first, paged with start/max_results."""
    fetched = Fetched(Source(kind="arxiv", id=query))
    params = {
        "search_query": search_query(query),
        "sortBy": "submittedDate",
        "sortOrder": "descending",
        "max_results": PAGE,
    }
    start, total = 0, None
    with ApiClient("arXiv", config) as client:
        while start < min(total if total is not None else MAX_RESULTS, MAX_RESULTS):
            if start:
                config.sleep(DELAY)
            feed = _page(client, config.arxiv_url, params | {"start": start})
            entries = feed.findall("atom:entry", NS)
            if not entries and total is not None:  # arXiv sometimes sends a spurious empty page
                config.sleep(DELAY)
                entries = _page(client, config.arxiv_url, params | {"start": start}).findall(
                    "atom:entry", NS
                )
                if not entries:
                    raise SourceError(
                        f"arXiv sent an empty page at result {start} of {total} twice; "
                        "try again later"
                    )
            total = _int(feed.findtext("opensearch:totalResults", None, NS)) or 0
            for entry in entries:
                _add_entry(fetched, entry)
            if not entries:
                break
            start += len(entries)
    fetched.papers_claimed = None  # a query's hit count is not the author's paper count
    return fetched


def _page(client: ApiClient, url: str, params: dict[str, object]) -> ET.Element:
    response = client.get(url, params)
    try:
        return ET.fromstring(response.content)
    except ET.ParseError as err:
        raise SourceError(f"arXiv sent a feed that is not valid XML ({err})") from None


def _int(text: str | None) -> int | None:
    return int(text) if text and text.strip().isdigit() else None


def _add_entry(fetched: Fetched, entry: ET.Element) -> None:
    raw_id = entry.findtext("atom:id", "", NS).strip()
    paper_id = arxiv_id(raw_id)
    where = f"arXiv entry {paper_id or '(no id)'}"
    published = entry.findtext("atom:published", "", NS).strip()
    try:
        date = dt.date.fromisoformat(published[:10]) if published else None
    except ValueError:
        fetched.problems.append(f"{where}: skipped, malformed date {published[:30]!r}")
        return
    primary = entry.find("arxiv:primary_category", NS)
    labels = [primary.get("term", "")] if primary is not None else []
    labels += [c.get("term", "") for c in entry.findall("atom:category", NS)]
    links = [link.get("href", "") for link in entry.findall("atom:link", NS) if link.get("href")]
    fetched.add(
        where,
        title=entry.findtext("atom:title", "", NS),
        authors=[a.findtext("atom:name", "", NS) for a in entry.findall("atom:author", NS)],
        date=date,
        abstract=entry.findtext("atom:summary", "", NS),
        url=f"https://arxiv.org/abs/{paper_id}" if paper_id else (links[0] if links else None),
        labels=[lb for lb in labels if lb],
        links=[*links, entry.findtext("arxiv:comment", "", NS)],
        doi=bare_doi(entry.findtext("arxiv:doi", None, NS)),
        arxiv_id=paper_id,
    )
