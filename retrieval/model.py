"""The data model: a researcher's profile, its papers, and the category codes they use."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import threading
import weakref
from collections.abc import Callable, Sequence
from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, Field, field_serializer

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


def category_name(code: str) -> str:
    """'CV' -> 'Computer Vision'; unknown codes stay as they are."""
    return CATEGORY_NAMES.get(code, code)


def category_label(code: str) -> str:
    """'CV' -> 'CV (Computer Vision)', the form every answer and card shows; unknown codes
    stay bare."""
    name = CATEGORY_NAMES.get(code)
    return f"{code} ({name})" if name else code


Pronoun = Literal["she", "he", "they"]
POSSESSIVES: dict[str, str] = {"she": "her", "he": "his", "they": "their"}


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
    doi: str | None = Field(None, description="Bare DOI, lower case ('10.1145/...').")
    arxiv_id: str | None = Field(None, description="arXiv id without version ('2101.00001').")
    sources: list[str] = Field(
        default_factory=list,
        description="Where the paper was found ('openalex', 'semantic-scholar', 'arxiv').",
    )

    @property
    def year(self) -> int:
        return self.date.year

    @property
    def short_title(self) -> str:
        """The part before the colon or question mark, when the title has one ('KEML: A ...'
        -> 'KEML', 'Seeing is Believing? Mitigating ...' -> 'Seeing is Believing')."""
        m = re.match(r"(.{1,40}?)[:?]\s", self.title)
        return m[1].strip() if m else self.title


SourceKind = Literal["openalex", "semantic-scholar", "arxiv"]
SOURCE_NAMES: dict[str, str] = {
    "openalex": "OpenAlex",
    "semantic-scholar": "Semantic Scholar",
    "arxiv": "arXiv",
}


class Source(BaseModel):
    """Where a profile's papers are fetched from: an author id or an arXiv query."""

    kind: SourceKind
    id: str = Field(description="OpenAlex author id or ORCID, S2 author id, or arXiv query.")

    def __str__(self) -> str:
        return f"{SOURCE_NAMES[self.kind]} {self.id}"


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
    pronoun: Pronoun | None = Field(
        None, description="How answers refer to the researcher; None: by name (the default)."
    )
    papers: list[Paper] = Field(default_factory=list)
    sources: list[Source] = Field(
        default_factory=list, description="Where `profilebot sync` re-fetches the papers from."
    )
    stats_source: str | None = Field(
        None, description="Who gave the header numbers (h-index, citations), e.g. 'OpenAlex'."
    )

    @field_serializer("papers")
    def _dump_papers(self, papers: Sequence[Paper]) -> list[Paper]:
        """As a list: an opened profile's papers may be a table read from disk."""
        return list(papers)

    def possessive(self, capital: bool = False) -> str:
        """'her', 'his', 'their', or "Minghui Qiu's" when the profile gives no pronoun."""
        if self.pronoun is None:
            return f"{self.name}'s"
        word = POSSESSIVES[self.pronoun]
        return word.capitalize() if capital else word


def paper_id(title: str) -> str:
    """Stable id from the normalised title: re-ingesting the same paper upserts it."""
    key = re.sub(r"[^a-z0-9]+", " ", title.lower()).strip()
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:12]


T = TypeVar("T")


class PerProfile(Generic[T]):
    """A value derived from a profile: built on first use, kept while the profile lives, built
    again if its papers change in number."""

    def __init__(self, build: Callable[[Profile], T]) -> None:
        self._build = build
        self._kept: dict[int, tuple[weakref.ref[Profile], int, T]] = {}
        self._lock = threading.Lock()

    def __call__(self, profile: Profile) -> T:
        key = id(profile)
        with self._lock:
            kept = self._kept.get(key)
            if kept is not None and kept[0]() is profile and kept[1] == len(profile.papers):
                return kept[2]
            value = self._build(profile)
            self._kept[key] = (weakref.ref(profile), len(profile.papers), value)
            weakref.finalize(profile, self._kept.pop, key, None)
            return value
