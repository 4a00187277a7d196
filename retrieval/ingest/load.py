"""Load a profile from any supported file: the text format, profilebot JSON, BibTeX, OpenAlex."""

from __future__ import annotations

import stat
from pathlib import Path

from pydantic import ValidationError

from retrieval.ingest import importers
from retrieval.ingest.errors import ProfileError, parse_json
from retrieval.ingest.limits import check_profile
from retrieval.ingest.text_format import parse_profile
from retrieval.model import Profile, paper_id

# A bound on what a profile file may hold (~40,000 text-format papers): a wrong file fails fast.
MAX_FILE_BYTES = 64 * 2**20
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
BINARY_SNIFF = 8192  # a NUL byte in the first 8 KiB: a binary file, not text


def profile_to_json(profile: Profile) -> str:
    """profilebot's JSON form of a profile (the Profile model's fields; see README)."""
    return profile.model_dump_json(indent=2, exclude_none=False) + "\n"


def profile_from_json(text: str, *, source: str = "profile.json") -> Profile:
    """Read profilebot's JSON form; errors name the line or the field at fault."""
    data = parse_json(text, source)
    if not isinstance(data, dict):
        raise ProfileError(source, 1, "expected a JSON object with 'name' and 'papers'")
    if not isinstance(data.get("papers", []), list):
        raise ProfileError(source, 1, "'papers' must be a list of papers")
    for i, paper in enumerate(data.get("papers", [])):
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
        status = path.stat()
        if not stat.S_ISREG(status.st_mode) and not stat.S_ISDIR(status.st_mode):
            raise ProfileError(str(path), 0, "not a regular file (a device or a pipe?)")
        size = status.st_size
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
    text = decode(raw, str(path))
    del raw  # the text is what is parsed; do not hold the file twice
    return check_profile(_parse(text, path, captured_year, name), str(path))


def decode(raw: bytes, source: str) -> str:
    """UTF-8 (a byte order mark is dropped), or UTF-16 with its byte order mark (Windows
    'Unicode'); anything else is named: a binary file, or text in another encoding."""
    if raw.startswith(UTF16_BOMS):
        try:
            return raw.decode("utf-16").removeprefix("\ufeff")
        except UnicodeDecodeError:
            raise ProfileError(source, 0, "broken UTF-16 text: save it as UTF-8") from None
    try:
        return raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        if b"\x00" in raw[:BINARY_SNIFF]:
            raise ProfileError(source, line, "a binary file, not a profile") from None
        byte = raw[err.start]
        raise ProfileError(
            source,
            line,
            f"not UTF-8 text (byte 0x{byte:02X}; Latin-1 or Windows-1252?): save the file as UTF-8",
        ) from None


def _parse(text: str, path: Path, captured_year: int | None, name: str | None) -> Profile:
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
