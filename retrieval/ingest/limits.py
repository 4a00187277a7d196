"""The bounds every profile obeys, whatever format or source it came from, checked before
anything is indexed: so a wrong or hostile file fails fast, in one line, and writes nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

from retrieval.ingest.errors import ProfileError
from retrieval.model import Paper, Profile

log = logging.getLogger(__name__)

MAX_PAPERS = 50_000  # the 64 MB file bound holds ~40,000 text-format papers
MAX_AUTHORS = 1_000  # per paper; Chroma fails on ~10,000 (kept: the first, then "et al.")
MAX_TITLE_CHARS = 1_000
MAX_NAME_CHARS = 300  # an author's or the researcher's name, an affiliation, a category
MAX_ABSTRACT_CHARS = 20_000  # the text format's line bound; no real abstract comes near
MAX_URL_CHARS = 2_000
MAX_NUMBER = 10**9  # header counts (h-index, citations, papers)
YEARS = (1800, 2100)  # paper dates and the capture year


def check_profile(profile: Profile, source: str) -> Profile:
    """The profile if it is within every bound (author lists beyond MAX_AUTHORS are cut to
    'et al.', with a warning); otherwise ProfileError naming the paper and the field."""
    if not profile.papers:
        raise ProfileError(source, 0, "the file lists no papers; expected at least one")
    if len(profile.papers) > MAX_PAPERS:
        raise ProfileError(
            source, 0, f"{len(profile.papers):,} papers, over the {MAX_PAPERS:,} a profile may have"
        )
    _check_header(profile, source)
    seen: dict[str, int] = {}
    papers = []
    for i, paper in enumerate(profile.papers, 1):
        where = f"paper #{i} ({_shown(paper.title)})"
        _check_paper(paper, where, source)
        if paper.id in seen:
            raise ProfileError(
                source, 0, f"{where} has the same id {paper.id!r} as paper #{seen[paper.id]}"
            )
        seen[paper.id] = i
        papers.append(_bounded_authors(paper, where, source))
    return profile.model_copy(update={"papers": papers})


def _check_header(profile: Profile, source: str) -> None:
    _check_text(profile.name, "the researcher's name", MAX_NAME_CHARS, source)
    if not profile.name.strip():
        raise ProfileError(source, 0, "the researcher's name is empty")
    _check_text(profile.main_category or "", "main_category", MAX_NAME_CHARS, source)
    for key in ("h_index", "papers_claimed", "citations", "novelty", "ai_score"):
        value = getattr(profile, key)
        if value is not None and not 0 <= value <= MAX_NUMBER:
            raise ProfileError(source, 0, f"{key} {value} is out of range (0 to {MAX_NUMBER:,})")
    _check_year(profile.captured_year, "captured_year", source)


def _check_paper(paper: Paper, where: str, source: str) -> None:
    _check_text(paper.title, f"{where}: the title", MAX_TITLE_CHARS, source)
    if not paper.title.strip():
        raise ProfileError(source, 0, f"{where} has an empty title")
    _check_text(paper.abstract, f"{where}: the abstract", MAX_ABSTRACT_CHARS, source)
    _check_text(paper.url or "", f"{where}: the url", MAX_URL_CHARS, source)
    for label, value in (("category", paper.category), ("affiliation", paper.affiliation)):
        _check_text(value or "", f"{where}: the {label}", MAX_NAME_CHARS, source)
    for name in paper.authors:
        _check_text(name, f"{where}: an author name", MAX_NAME_CHARS, source)
    if not any(a.strip() for a in paper.authors):
        raise ProfileError(source, 0, f"{where} has no authors")
    _check_year(paper.date.year, f"{where}: the date {paper.date.isoformat()}", source)


def _bounded_authors(paper: Paper, where: str, source: str) -> Paper:
    if len(paper.authors) <= MAX_AUTHORS:
        return paper
    log.warning(
        "%s: %s has %s authors; the first %s are kept, then 'et al.'",
        source,
        where,
        f"{len(paper.authors):,}",
        f"{MAX_AUTHORS:,}",
    )
    return paper.model_copy(
        update={"authors": paper.authors[:MAX_AUTHORS], "authors_truncated": True}
    )


def _check_text(text: str, what: str, limit: int, source: str) -> None:
    if len(text) > limit:
        raise ProfileError(
            source, 0, f"{what} is {len(text):,} characters long; at most {limit:,} are allowed"
        )
    if bad := next(_invalid(text), None):
        raise ProfileError(source, 0, f"{what} contains {bad}; fix or remove that character")


def _invalid(text: str) -> Iterator[str]:
    """Characters no store or terminal can take: lone surrogates, NUL, and the escape
    characters that start terminal control sequences."""
    if "\x00" in text:
        yield "a NUL character"
    if "\x1b" in text or "\x9b" in text:
        yield "a terminal escape character"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as err:
        yield f"an invalid character (lone surrogate U+{ord(text[err.start]):04X})"


def _check_year(year: int, what: str, source: str) -> None:
    if not YEARS[0] <= year <= YEARS[1]:
        raise ProfileError(
            source, 0, f"{what}: the year {year} is out of range ({YEARS[0]} to {YEARS[1]})"
        )


def _shown(title: str) -> str:
    """A title safe and short enough for an error line."""
    text = title.encode("utf-8", "replace").decode("utf-8")[:60]
    return repr(text + ("..." if len(title) > 60 else ""))
