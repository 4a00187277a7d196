"""The researcher profile: data model and the parser for the profile text format."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

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
# no abstract or title comes near MAX_LINE_CHARS; MAX_FILE_BYTES holds ~40,000 text-format papers.
MAX_LINE_CHARS = 20_000
MAX_FILE_BYTES = 64 * 2**20
URL = re.compile(r"https?://[^\s)\]]+")
ET_AL = re.compile(r"\s*,?\s*et al\.?\s*$")

# arXiv-style category codes and their names, for display and for understanding questions.
CATEGORY_NAMES = {
    "AI": "Artificial Intelligence",
    "CL": "Computation and Language",
    "CV": "Computer Vision",
    "LG": "Machine Learning",
    "IR": "Information Retrieval",
    "IV": "Image and Video Processing",
    "AO-PH": "Atmospheric and Oceanic Physics",
    "RO": "Robotics",
    "SD": "Sound",
    "AS": "Audio and Speech Processing",
    "MA": "Multiagent Systems",
    "NE": "Neural and Evolutionary Computing",
    "HC": "Human-Computer Interaction",
    "CR": "Cryptography and Security",
    "DB": "Databases",
    "DC": "Distributed Computing",
    "SE": "Software Engineering",
    "SI": "Social and Information Networks",
    "CY": "Computers and Society",
    "ML": "Machine Learning (statistics)",
}


class ProfileError(ValueError):
    """A profile file that cannot be read; names the line and what was expected."""

    def __init__(self, source: str, line: int, message: str) -> None:
        super().__init__(
            f"{source}, line {line}: {message}" if line > 0 else f"{source}: {message}"
        )
        self.source, self.line, self.message = source, line, message


class Paper(BaseModel):
    """One listed paper, as the profile gives it."""

    id: str = Field(description="Stable id derived from the normalised title.")
    n: int = Field(description="1-based position in the profile listing.")
    title: str
    authors: list[str]
    authors_truncated: bool = Field(description="True when the list ends in 'et al.'.")
    affiliation: str | None = None
    category: str
    date: dt.date
    year_inferred: bool = Field(False, description="The source gave no year; capture year used.")
    has_code: bool = False
    abstract: str = ""
    url: str | None = None

    @property
    def year(self) -> int:
        return self.date.year

    @property
    def short_title(self) -> str:
        """The part before the colon, when the title has one ('KEML: A ...' -> 'KEML')."""
        head = self.title.split(":", 1)[0].strip()
        return head if ":" in self.title and len(head) <= 40 else self.title


class Profile(BaseModel):
    """A researcher's profile: header statistics and the listed papers."""

    name: str
    main_category: str | None = None
    h_index: int | None = None
    papers_claimed: int | None = None
    citations: int | None = None
    novelty: int | None = Field(None, description="Percent.")
    ai_score: int | None = None
    captured_year: int
    papers: list[Paper] = Field(default_factory=list)


def paper_id(title: str) -> str:
    """Stable id from the normalised title: re-ingesting the same paper upserts it."""
    key = re.sub(r"[^a-z0-9]+", " ", title.lower()).strip()
    return hashlib.sha1(key.encode()).hexdigest()[:12]


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


def profile_to_json(profile: Profile) -> str:
    """profilebot's JSON form of a profile (the Profile model's fields; see README)."""
    return profile.model_dump_json(indent=2, exclude_none=False) + "\n"


def profile_from_json(text: str, *, source: str = "profile.json") -> Profile:
    """Read profilebot's JSON form; errors name the line or the field at fault."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise ProfileError(source, err.lineno, f"invalid JSON: {err.msg}") from None
    for i, paper in enumerate(data.get("papers", []) if isinstance(data, dict) else []):
        if isinstance(paper, dict):
            paper.setdefault("n", i + 1)
            if "title" in paper:
                paper.setdefault("id", paper_id(str(paper["title"])))
    try:
        return Profile.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "top level"
        raise ProfileError(source, 1, f"field {where}: {first['msg']}") from None


def load_profile(
    path: Path, *, captured_year: int | None = None, name: str | None = None
) -> Profile:
    """Load the text format, profilebot's JSON, BibTeX or OpenAlex works (by suffix/content).

    `name` names an imported profile (default: its most frequent author).
    """
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:  # checked before reading: a huge file costs no memory
            raise ProfileError(
                str(path),
                0,
                f"the file is {size / 2**20:,.1f} MB, over the {MAX_FILE_BYTES // 2**20} MB "
                "a profile file may have",
            )
        raw = path.read_bytes()
    except OSError as err:
        raise ProfileError(str(path), 0, f"cannot read the file: {err.strerror}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise ProfileError(str(path), line, "not UTF-8 text (is this a binary file?)") from None
    del raw  # the text is what is parsed; do not hold the file twice
    # Imported here: the importers build on this module (and bring in bibtexparser).
    from retrieval import importers

    kind = importers.detect_format(text, suffix=path.suffix)
    if kind == "bibtex":
        return importers.profile_from_bibtex(
            text, name=name, source=str(path), captured_year=captured_year
        )
    if kind == "openalex":
        return importers.profile_from_openalex(
            text, name=name, source=str(path), captured_year=captured_year
        )
    if text.lstrip().startswith("{"):
        return profile_from_json(text, source=str(path))
    return parse_profile(text, captured_year=captured_year, source=str(path))
