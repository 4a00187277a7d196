"""Metadata filters over papers: year range, categories, authors, code."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from pydantic import BaseModel, Field

from retrieval.model import Paper
from retrieval.releases import CodeRelease, artifact_release, code_release
from retrieval.text import none_of, title_tokens


def title_phrase(phrase: str) -> list[str]:
    """A phrase's words as titles are searched for them ('Few-Shot' -> ['few', 'shot'])."""
    return title_tokens(phrase, hyphens=True)


def word_forms(word: str) -> set[str]:
    """The word in the singular and the plural ('benchmarks': 'benchmark', 'benchmarks')."""
    forms = {word, word + "s", word + "es"}
    if len(word) > 3 and word.endswith("s"):
        forms |= {word[:-1]} | ({word[:-2]} if word.endswith("es") else set())
    return forms


def titled(title: str, phrase: str) -> bool:
    """Does the title contain the phrase's words in a row (each in either number), or a name
    in capitals inside a word of it ('BERT' or 'bert' in 'FashionBERT', 'NLP' in 'EasyNLP')?"""
    words, said = [word_forms(w) for w in title_phrase(phrase)], title_tokens(title, hyphens=True)
    return bool(words) and (
        any(
            all(said[i + k] in forms for k, forms in enumerate(words))
            for i in range(len(said) - len(words) + 1)
        )
        or phrase.casefold() in {p.casefold() for p in named_parts(title)}
    )


# A mixed-case word's parts: 'SMedBERT' -> S, Med, BERT; 'BERTScore' -> BERT, Score
CASE_PARTS = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")


def named_parts(title: str) -> set[str]:
    """The names in capitals inside the title's mixed-case words ('BERT' of 'FashionBERT',
    'NLP' of 'EasyNLP'; not 'LLM' of 'MLLM', one word in capitals)."""
    found: set[str] = set()
    for word in re.findall(r"[A-Za-z0-9]+", title):
        parts = CASE_PARTS.findall(word)
        if len(parts) > 1:
            found |= {p for p in parts if sum(c.isupper() for c in p) >= 2}
    return found


# A title's shape, whatever its words: 'Name: subtitle', a digit in it ('Valley2', 'R1'), or an
# acronym for a name (its first word, before any colon, with two capitals or more: 'KEML', 'MFT')
TITLE_SHAPES = ("colon", "digit", "acronym")
SHAPES_SAID = {"colon": "a colon", "digit": "a digit", "acronym": "an acronym as its name"}


def title_shaped(title: str, shape: str) -> bool:
    """Does the title have this shape ('colon', 'digit' or 'acronym')?"""
    if shape == "colon":
        return ":" in title
    if shape == "digit":
        return any(c.isdigit() for c in title)
    words = title.split(":")[0].split()
    return len(words) == 1 and sum(c.isupper() for c in words[0]) >= 2


def normalize_name(name: str) -> str:
    """Names that differ only in case or spacing are the same person."""
    return " ".join(name.split()).casefold()


class Filters(BaseModel):
    """What a question or a command restricts papers to; empty means everything."""

    year_from: int | None = None
    year_to: int | None = None
    date_from: dt.date | None = Field(None, description="Day bounds, when not whole years.")
    date_to: dt.date | None = None
    exclude_years: list[int] = Field(default_factory=list, description="'not in 2023'.")
    months: list[int] = Field(
        default_factory=list, description="Months of any year, 1-12 ('papers in August')."
    )
    days: list[tuple[int, int]] = Field(
        default_factory=list, description="(month, day) of any year ('on dec 31'), or a month."
    )
    categories: list[str] = Field(default_factory=list)
    exclude_categories: list[str] = Field(default_factory=list, description="'not in CV'.")
    authors: list[str] = Field(default_factory=list, description="All must appear.")
    exclude_authors: list[str] = Field(
        default_factory=list, description="'not with Chengyu Wang': none may appear."
    )
    has_code: bool | None = None
    affiliation: str | None = None
    paper_ids: list[str] = Field(default_factory=list, description="Restrict to these papers.")
    title_words: list[str] = Field(
        default_factory=list, description="Words or phrases every title must contain."
    )
    exclude_title_words: list[str] = Field(
        default_factory=list, description="Words or phrases no title may contain."
    )
    title_question: bool | None = Field(None, description="Titles phrased as questions (or not).")
    title_shapes: dict[str, bool] = Field(
        default_factory=dict, description="Title shapes held (True) or not ('colon': True)."
    )
    code_promised: bool | None = Field(None, description="Code only promised ('will be released').")
    code_anonymous: bool | None = Field(None, description="Code published anonymously.")
    code_owner: str | None = Field(None, description="The account its code link is under.")
    releases: list[str] = Field(
        default_factory=list,
        description="What the abstract says is (or will be) released, not code: 'data', 'model'.",
    )

    def is_empty(self) -> bool:
        return self == Filters()

    def undated(self) -> Filters:
        """These filters with no date bound and no year left out."""
        update = {"year_from": None, "year_to": None, "date_from": None, "date_to": None}
        return self.model_copy(update=update | {"exclude_years": [], "months": [], "days": []})

    def matches(self, paper: Paper) -> bool:
        if self.year_from is not None and paper.year < self.year_from:
            return False
        if self.year_to is not None and paper.year > self.year_to:
            return False
        if self.date_from is not None and paper.date < self.date_from:
            return False
        if self.date_to is not None and paper.date > self.date_to:
            return False
        if paper.year in self.exclude_years:
            return False
        if (self.months or self.days) and not self.in_months(paper.date):
            return False
        if self.categories and paper.category not in self.categories:
            return False
        if paper.category in self.exclude_categories:
            return False
        if self.has_code is not None and paper.has_code != self.has_code:
            return False
        if self.paper_ids and paper.id not in self.paper_ids:
            return False
        if self.affiliation and (paper.affiliation or "").casefold() != self.affiliation.casefold():
            return False
        if self.title_question is not None and ("?" in paper.title) != self.title_question:
            return False
        if any(title_shaped(paper.title, k) != v for k, v in self.title_shapes.items()):
            return False
        if self.asks_release() and not self.released(code_release(paper)):
            return False
        if any(artifact_release(paper, kind) is None for kind in self.releases):
            return False
        if any(not titled(paper.title, w) for w in self.title_words):
            return False
        if any(titled(paper.title, w) for w in self.exclude_title_words):
            return False
        names = {normalize_name(a) for a in paper.authors}
        if any(normalize_name(a) in names for a in self.exclude_authors):
            return False
        return all(normalize_name(a) in names for a in self.authors)

    def dates(self) -> str:
        """The date range in words ('2025-01-01 to 2025-03-31'); a year bounds the open end
        ('Q1 2025' is read as up to 2025-03-31 within 2025)."""
        start, end = self.date_from, self.date_to
        if start is None and self.year_from is not None:
            start = dt.date(self.year_from, 1, 1)
        if end is None and self.year_to is not None:
            end = dt.date(self.year_to, 12, 31)
        return (
            f"{start.isoformat()} to {end.isoformat()}" if start and end
            else f"since {start.isoformat()}" if start
            else f"up to {end.isoformat()}" if end else ""
        )  # fmt: skip

    def in_months(self, day: dt.date) -> bool:
        """Whether `day` falls in one of the months or on one of the days of any year."""
        return day.month in self.months or (day.month, day.day) in self.days

    def months_said(self) -> str:
        """The months of any year in words: 'August (any year)', 'outside August'."""
        if len(self.months) > 6:  # 'not in August': said by the months left out
            left = [calendar.month_name[m] for m in range(1, 13) if m not in self.months]
            return "outside " + " or ".join(left)
        names = [calendar.month_name[m] for m in self.months]
        names += [f"{d} {calendar.month_name[m]}" for m, d in self.days]
        said = ", ".join(names[:-1]) + " or " + names[-1] if len(names) > 1 else names[0]
        return f"{said} (any year)"

    def unworded(self) -> Filters:
        """These filters without the slots on the wording of titles and code releases."""
        return self.model_copy(
            update={
                "title_words": [],
                "exclude_title_words": [],
                "title_shapes": {},
                "releases": [],
            }
            | dict.fromkeys(("title_question", "code_promised", "code_anonymous", "code_owner"))
        )

    def asks_release(self) -> bool:
        """Is the paper's code release, as its abstract says it, filtered on?"""
        return (
            self.code_promised is not None
            or self.code_anonymous is not None
            or bool(self.code_owner)
        )

    def released(self, release: CodeRelease | None) -> bool:
        """Does a paper whose abstract says this of its code pass the code-release slots?"""
        if release is None:
            return not (self.code_promised or self.code_anonymous or self.code_owner)
        if self.code_promised is not None and release.promised != self.code_promised:
            return False
        if self.code_anonymous is not None and release.anonymous != self.code_anonymous:
            return False
        return not self.code_owner or self.code_owner.casefold() in release.owners()

    def titles_said(self) -> list[str]:
        """The title slots in words: "titles containing 'few-shot'", 'titles phrased as ...'."""
        parts = []
        if self.title_words:
            parts.append("titles containing " + " and ".join(f"'{w}'" for w in self.title_words))
        if self.exclude_title_words:
            left = " or ".join(f"'{w}'" for w in self.exclude_title_words)
            parts.append(f"titles without {left}")
        if self.title_question is not None:
            parts.append(f"titles {'' if self.title_question else 'not '}phrased as questions")
        for shape, held in self.title_shapes.items():
            parts.append(f"titles {'with' if held else 'without'} {SHAPES_SAID[shape]}")
        if self.code_promised is not None:
            parts.append("code only promised" if self.code_promised else "code not only promised")
        if self.code_anonymous is not None:
            parts.append(f"code {'' if self.code_anonymous else 'not '}published anonymously")
        if self.code_owner:
            parts.append(f"code under '{self.code_owner}'")
        if self.releases:
            parts.append(" and ".join(self.releases) + " said released (or to be)")
        return parts

    def describe(self) -> str:
        """Human words for the filter, e.g. 'CL, since 2023, with code'."""
        parts: list[str] = []
        if self.categories:
            parts.append("/".join(self.categories))
        if self.exclude_categories:
            parts.append(none_of(self.exclude_categories))
        if self.date_from is not None or self.date_to is not None:
            parts.append(self.dates())
        elif self.year_from is not None and self.year_from == self.year_to:
            parts.append(f"in {self.year_from}")
        elif self.year_from is not None and self.year_to is not None:
            parts.append(f"{self.year_from}-{self.year_to}")
        elif self.year_from is not None:
            parts.append(f"since {self.year_from}")
        elif self.year_to is not None:
            parts.append(f"up to {self.year_to}")
        if self.exclude_years:
            parts.append(none_of([str(y) for y in self.exclude_years]))
        if self.months or self.days:
            parts.append(self.months_said())
        if self.authors:
            parts.append("with " + " and ".join(self.authors))
        if self.exclude_authors:
            parts.append("without " + " or ".join(self.exclude_authors))
        if self.has_code is not None:
            parts.append("with code" if self.has_code else "without code")
        if self.affiliation:
            parts.append(f"tagged {self.affiliation}")
        parts.extend(self.titles_said())
        if self.paper_ids:
            parts.append("among the papers above")
        return ", ".join(parts)
