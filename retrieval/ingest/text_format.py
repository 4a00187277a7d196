"""The profile text format: a header, then per paper a head line, title, authors, abstract."""

from __future__ import annotations

import datetime as dt
import re

from retrieval.ingest.errors import ProfileError
from retrieval.model import Paper, Profile, paper_id

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
ENTRY_HEAD = re.compile(
    r"^(?P<cat>[A-Z][A-Z.-]*?[A-Z])(?P<mon>" + "|".join(MONTHS) + r") (?P<day>\d{1,2})"
    r"(?:, (?P<year>\d{4}))?(?P<code>Code)?\s*$"
)
HEADER_FIELDS = {
    "h_index": re.compile(r"^h-index\s*(\d+)$"),
    "papers_claimed": re.compile(r"^([\d,]+)\s*papers$"),
    "citations": re.compile(r"^([\d,]+)\s*citations$"),
    "novelty": re.compile(r"^Novelty\s*(\d+)%?$"),
    "ai_score": re.compile(r"^AI Score\s*(\d+)$"),
}
# Bounds on what a profile file may hold, so a wrong or hostile file fails fast and small:
# no abstract or title comes near MAX_LINE_CHARS.
MAX_LINE_CHARS = 20_000
URL = re.compile(r"https?://[^\s)\]]+")
ET_AL = re.compile(r"\s*,?\s*et al\.?\s*$")


def parse_authors(line: str) -> tuple[list[str], bool, str | None]:
    """Split an author line into names, the 'et al.' flag and an optional affiliation tag."""
    affiliation = None
    if "·" in line:
        line, tag = line.rsplit("·", 1)
        affiliation = tag.strip() or None
    truncated = bool(ET_AL.search(line))
    line = ET_AL.sub("", line)
    names = [a.strip() for a in line.split(",") if a.strip()]
    return names, truncated, affiliation


def _number(text: str) -> int:
    return int(text.replace(",", ""))


def parse_profile(
    text: str, *, captured_year: int | None = None, source: str = "profile"
) -> Profile:
    """Parse the profile text format; raise ProfileError naming the first bad line."""
    year = captured_year or dt.date.today().year
    if (nul := text.find("\x00")) >= 0:
        line = text.count("\n", 0, nul) + 1
        raise ProfileError(source, line, "this is a binary file, not a profile text file")
    lines = [(i + 1, ln.strip()) for i, ln in enumerate(text.splitlines())]
    for no, ln in lines:
        if len(ln) > MAX_LINE_CHARS:
            raise ProfileError(
                source,
                no,
                f"the line is {len(ln):,} characters long; a title, author line or "
                f"abstract has at most {MAX_LINE_CHARS:,} (is this a profile file?)",
            )
    content = [(no, ln) for no, ln in lines if ln]
    if not content:
        raise ProfileError(source, 1, "the file is empty; expected the researcher's name")
    name_no, name = content[0]
    if ENTRY_HEAD.match(name):
        raise ProfileError(source, name_no, "expected the researcher's name before any paper")
    header: dict[str, int | str | None] = {}
    pos = 1
    while pos < len(content) and not ENTRY_HEAD.match(content[pos][1]):
        no, ln = content[pos]
        for key, rx in HEADER_FIELDS.items():
            if m := rx.match(ln):
                header[key] = _number(m.group(1))
                break
        else:
            if re.fullmatch(r"[\d,]+ Papers", ln):
                pass
            elif re.fullmatch(r"[A-Z][A-Z.-]*", ln) and "main_category" not in header:
                header["main_category"] = ln
            else:
                raise ProfileError(
                    source,
                    no,
                    f"unexpected header line {ln[:60]!r}; expected h-index, "
                    "papers, citations, Novelty, AI Score or a paper entry like 'CLFeb 5, 2023'",
                )
        pos += 1
    papers: list[Paper] = []
    seen: dict[str, int] = {}
    while pos < len(content):
        paper, pos = _parse_entry(content, pos, len(papers) + 1, year, source)
        if paper.id in seen:
            raise ProfileError(
                source,
                content[pos - 4][0] if pos >= 4 else 1,
                f"duplicate paper {paper.title[:60]!r} (also entry #{seen[paper.id]})",
            )
        seen[paper.id] = paper.n
        papers.append(paper)
    return Profile(name=name, captured_year=year, papers=papers, **header)


def _parse_entry(
    content: list[tuple[int, str]], pos: int, n: int, year: int, source: str
) -> tuple[Paper, int]:
    """Read one entry (head, title, authors, abstract) starting at content[pos]."""
    no, head = content[pos]
    m = ENTRY_HEAD.match(head)
    if not m:
        raise ProfileError(
            source,
            no,
            f"expected a paper entry head like 'CLFeb 5, 2023' or 'AIMay 2Code', got {head[:60]!r}",
        )
    fields = content[pos + 1 : pos + 4]
    if len(fields) < 3 or any(ENTRY_HEAD.match(ln) for _, ln in fields):
        last = fields[-1][0] if fields else no
        raise ProfileError(
            source,
            last,
            f"entry #{n} is incomplete: expected a title, an author line and an "
            "abstract after the entry head",
        )
    (_, title), (a_no, author_line), (_, abstract) = fields
    authors, truncated, affiliation = parse_authors(author_line)
    if not authors:
        raise ProfileError(source, a_no, f"entry #{n}: expected an author line like 'A, B et al.'")
    try:
        date = dt.date(int(m["year"] or year), MONTHS.index(m["mon"]) + 1, int(m["day"]))
    except ValueError as err:
        raise ProfileError(source, no, f"invalid date in {head!r}: {err}") from None
    url = URL.search(abstract)
    paper = Paper(
        id=paper_id(title),
        n=n,
        title=title,
        authors=authors,
        authors_truncated=truncated,
        affiliation=affiliation,
        category=m["cat"],
        date=date,
        year_inferred=m["year"] is None,
        has_code=bool(m["code"]),
        abstract=abstract,
        url=url.group(0).rstrip(".,;") if url else None,
    )
    return paper, pos + 4
