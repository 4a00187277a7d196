"""A paper as an import source (BibTeX, OpenAlex) describes it, and how it becomes a Paper."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from retrieval.model import CATEGORY_NAMES, Paper, paper_id

CODE_HOST = re.compile(r"https?://(?:www\.)?(?:github|gitlab)\.com/", re.IGNORECASE)
ARXIV_CLASS = re.compile(r"[a-z-]+\.([a-z-]+)", re.IGNORECASE)  # cs.CL, physics.ao-ph
# Subject names (arXiv's, OpenAlex's subfields and concepts) -> profilebot category codes.
CATEGORY_CODES = {name.casefold(): code for code, name in CATEGORY_NAMES.items()} | {
    "natural language processing": "CL",
    "computer vision": "CV",
    "computer vision and pattern recognition": "CV",
    "software": "SE",
    "computer security": "CR",
}


@dataclass(frozen=True)
class Record:
    """One work read from a source, before categories and the code flag are decided."""

    line: int  # where the work starts in the file, 1-based
    title: str
    authors: list[str]
    date: dt.date
    authors_truncated: bool = False
    abstract: str = ""
    url: str | None = None
    labels: list[str] = field(default_factory=list)
    fallback_category: str = "misc"
    links: list[str] = field(default_factory=list)
    doi: str | None = None
    arxiv_id: str | None = None
    source: str | None = None  # 'openalex', 'semantic-scholar', 'arxiv' for fetched works

    def to_paper(self, n: int) -> Paper:
        """The profile's Paper: category from the labels, code flag from the links."""
        return Paper(
            id=paper_id(self.title),
            n=n,
            title=self.title,
            authors=self.authors,
            authors_truncated=self.authors_truncated,
            date=self.date,
            year_inferred=False,
            category=category_code(self.labels) or self.fallback_category,
            has_code=any(CODE_HOST.search(t) for t in [*self.links, self.abstract]),
            abstract=self.abstract,
            url=self.url,
            doi=self.doi,
            arxiv_id=self.arxiv_id,
            sources=[self.source] if self.source else [],
        )


def category_code(labels: list[str]) -> str | None:
    """The first label that is an arXiv class ('cs.CL' -> 'CL'), a code or a known subject."""
    for label in (lb.strip().replace("–", "-") for lb in labels):
        if m := ARXIV_CLASS.fullmatch(label):
            return m[1].upper()
        if label.upper() in CATEGORY_NAMES:
            return label.upper()
        if code := CATEGORY_CODES.get(label.casefold()):
            return code
    return None
