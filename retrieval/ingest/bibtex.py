"""Reading BibTeX (.bib) files into Records, with bibtexparser doing the parsing."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import bibtexparser
from bibtexparser import middlewares as mw
from bibtexparser.middlewares.middleware import Middleware
from bibtexparser.middlewares.names import InvalidNameError
from bibtexparser.model import (
    Block,
    DuplicateBlockKeyBlock,
    Entry,
    MiddlewareErrorBlock,
    ParsingFailedBlock,
)

from retrieval.ingest.errors import ProfileError
from retrieval.ingest.limits import MAX_ABSTRACT_CHARS
from retrieval.ingest.records import Record

ISO_DATE = re.compile(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")
DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)
LINK_FIELDS = ("url", "note", "howpublished", "code")
EXPECTED = "expected entries like '@article{key, title = {...}, author = {...}, year = {...}}'"
# A field's LaTeX is decoded at ~15 µs a character: a longer one is refused before decoding
# (LaTeX can make text longer, so the bound is looser than the limits' own).
MAX_FIELD_CHARS = 4 * MAX_ABSTRACT_CHARS
# Author lists are cut to MAX_AUTHORS later, with "et al.": 10,000 names must still be read.
MAX_NAMES_CHARS = 50 * MAX_ABSTRACT_CHARS
NAME_FIELDS = ("author", "editor")
LATEX = re.compile(r"[\\{}$~%&^#]|--|``|''")  # what the decoder would change


def records_from_bibtex(text: str, source: str) -> list[Record]:
    """Every entry in file order; ProfileError names the line of the first broken one."""
    library = bibtexparser.parse_string(text, append_middleware=_parse_stack())
    records = []
    for block in library.blocks:
        line = _line(block)
        if isinstance(block, DuplicateBlockKeyBlock) and block.raw:
            block = _reparse(block.raw, library)
        entry = _entry_of(block, line, source)
        if entry is not None:
            records.append(_record(entry, line, source))
    if not records:
        raise ProfileError(source, 1, f"no BibTeX entries found; {EXPECTED}")
    return records


def _parse_stack() -> list[Middleware]:
    """Lower-case keys, decode LaTeX, months as numbers, authors as 'First Last' strings."""
    return [
        mw.NormalizeFieldKeys(),
        BoundedFields(),
        # keep_braced_groups: '{Google Research}' must survive until the names are split.
        PlainTextAsIs(keep_braced_groups=True),
        mw.MonthIntMiddleware(),
        mw.SeparateCoAuthors(),
        mw.SplitNameParts(),
        mw.MergeNameParts(style="first"),
    ]


class BoundedFields(mw.BlockMiddleware):
    """An entry with a field longer than MAX_FIELD_CHARS becomes an error block, before the
    slow LaTeX decoding (a 1 MB title took 65 s)."""

    def __init__(self) -> None:
        super().__init__(allow_inplace_modification=True)

    def transform_entry(self, entry: Entry, library: bibtexparser.Library) -> Block:
        for field in entry.fields:
            size = len(str(field.value))
            names = field.key in NAME_FIELDS
            if size > (MAX_NAMES_CHARS if names else MAX_FIELD_CHARS):
                allowed = MAX_NAMES_CHARS if names else MAX_ABSTRACT_CHARS
                error = ValueError(
                    f"the {field.key} is {size:,} characters long; at most {allowed:,} are allowed"
                )
                return MiddlewareErrorBlock(entry, error)
        return entry


class PlainTextAsIs(mw.LatexDecodingMiddleware):
    """LaTeX decoding that leaves text without LaTeX alone (most abstracts): the same result,
    without the decoder's per-character cost."""

    def _transform_python_value_string(self, python_string: str) -> tuple[str, str]:
        if not LATEX.search(python_string):
            return python_string, ""
        return super()._transform_python_value_string(python_string)


def _line(block: Block) -> int:
    return (block.start_line or 0) + 1


def _reparse(raw: str, library: bibtexparser.Library) -> Block:
    """Parse a reused-key entry on its own, with the file's @string macros in scope."""
    # Google Scholar exports reuse keys for different papers; each is still a paper.
    scratch = bibtexparser.Library(list(library.strings))
    again = bibtexparser.parse_string(raw, append_middleware=_parse_stack(), library=scratch)
    return again.blocks[-1]


def _entry_of(block: Block, line: int, source: str) -> Entry | None:
    """The entry a block holds; None for comments and @string; ProfileError if broken."""
    if isinstance(block, MiddlewareErrorBlock):
        key = getattr(block.ignore_error_block, "key", "?")
        hint = ""
        if isinstance(block.error, InvalidNameError):
            hint = "; expected authors like 'Last, First and First Last'"
        raise ProfileError(source, line, f"entry {key!r}: {block.error}{hint}")
    if isinstance(block, ParsingFailedBlock):
        reason = getattr(block.error, "abort_reason", None) or str(block.error)
        raise ProfileError(source, line, f"broken BibTeX entry: {reason.strip()} ({EXPECTED})")
    return block if isinstance(block, Entry) else None


def _clean(value: object) -> str:
    """Field text without protective braces and with whitespace collapsed."""
    return " ".join(str(value).replace("{", "").replace("}", "").split())


def _record(entry: Entry, line: int, source: str) -> Record:
    fields = {f.key: f.value for f in entry.fields}
    where = f"entry {entry.key!r}"
    title = _clean(fields.get("title", ""))
    if not title:
        raise ProfileError(source, line, f"{where} has no title; expected 'title = {{...}}'")
    names = [_clean(a) for a in fields.get("author") or []]
    authors = [a for a in names if a.casefold() != "others"]
    if not authors:
        raise ProfileError(
            source, line, f"{where} has no authors; expected 'author = {{Last, First and ...}}'"
        )
    labels = [str(fields.get(k, "")) for k in ("primaryclass", "eprintclass")]
    return Record(
        line=line,
        title=title,
        authors=authors,
        authors_truncated=len(authors) < len(names),  # 'and others'
        date=_date(fields, line, where, source),
        abstract=_clean(fields.get("abstract", "")),
        url=_url(fields),
        labels=labels + re.split(r"[,;]", str(fields.get("keywords", ""))),
        links=[str(fields.get(k, "")) for k in LINK_FIELDS],
    )


def _date(fields: dict[str, Any], line: int, where: str, source: str) -> dt.date:
    """year/month/day (month and day default to 1) or a biblatex 'date = {2021-05-03}'."""
    if m := ISO_DATE.match(_clean(fields.get("date", ""))):
        parts: tuple[object, ...] = (m[1], m[2] or 1, m[3] or 1)
    else:
        parts = (_clean(fields.get("year", "")), fields.get("month", 1), fields.get("day", 1))
    year, month, day = (str(p).strip() for p in parts)
    if not year.isdigit():
        problem = f"year {year!r} is not a year" if year else "has no year"
        raise ProfileError(
            source,
            line,
            f"{where} {problem}; expected 'year = {{2021}}' or 'date = {{2021-05-03}}'",
        )
    if not month.isdigit() or not day.isdigit():
        raise ProfileError(
            source,
            line,
            f"{where}: month {month!r} or day {day!r} not understood; "
            "expected 'month = jan' (or 1-12) and a numeric day",
        )
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError as err:
        raise ProfileError(source, line, f"{where}: invalid date: {err}") from None


def _url(fields: dict[str, Any]) -> str | None:
    """The url field, else the DOI as a link, else the arXiv abstract page."""
    if url := _clean(fields.get("url", "")):
        return url.split()[0]
    if doi := _clean(fields.get("doi", "")):
        return "https://doi.org/" + DOI_PREFIX.sub("", doi)
    prefix = _clean(fields.get("archiveprefix") or fields.get("eprinttype") or "")
    if (eprint := _clean(fields.get("eprint", ""))) and prefix.casefold() == "arxiv":
        return f"https://arxiv.org/abs/{eprint}"
    return None
