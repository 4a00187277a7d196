"""The slots an LLM fills for a question (a JSON schema), and the checks of their values.

Every value is checked against the profile or the question before it is used: a category
code the arXiv list lacks, a person or a paper the profile does not have, a date range that
cannot be, each raises `Untrusted`, and the LLM's reading is then dropped as a whole.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal

from pydantic import BaseModel, Field

from prompts.understand.dates import DateRange, date_filters
from prompts.understand.router import HeaderField
from prompts.understand.terms import ALIASES
from retrieval.model import CATEGORY_NAMES, Profile
from retrieval.names import NameIndex
from retrieval.people import PeopleIndex, same_person

SlotOperation = Literal[
    "list", "count", "share", "earliest", "latest", "trend", "compare", "describe", "yes_no",
    "overview", "fact", "stats", "people", "outside",
]  # fmt: skip
EARLIEST_YEAR, LATEST_YEAR = 1900, 2100  # beyond these a year is a misreading, not a question
BY_NAME = {name.casefold(): code for code, name in CATEGORY_NAMES.items()} | ALIASES


class PersonSlot(BaseModel):
    """A person the question names."""

    name: str = Field(description="The name as the question writes it.")
    role: Literal["any", "first_author", "last_author", "excluded"] = Field(
        description="first_author / last_author when the papers where this person is listed "
        "first / last are asked; excluded when papers without them are asked ('not with X')."
    )


class QuerySlots(BaseModel):
    """What a question about a publication profile asks: the JSON schema the LLM fills."""

    # Only operation and premise_false_check lack defaults: strict structured output makes
    # every field required anyway, and refuses a default other than null in the schema.
    operation: SlotOperation = Field(description="The kind of answer asked for.")
    topic: str | None = Field(None, description="The subject, content words only; else null.")
    exclude_topic: bool | None = Field(
        None, description="true when the papers NOT on the topic are asked ('not about RL')."
    )
    categories: list[str] = Field(
        default_factory=list, description="Category codes the papers must be in, e.g. 'CL'."
    )
    exclude_categories: list[str] = Field(
        default_factory=list, description="Category codes left out ('not in CV', 'non-vision')."
    )
    year_from: int | None = Field(None, description="First year included.")
    year_to: int | None = Field(None, description="Last year included.")
    exclude_years: list[int] = Field(default_factory=list, description="Years left out.")
    date_from: dt.date | None = Field(None, description="First day included, when not a year.")
    date_to: dt.date | None = Field(None, description="Last day included, when not a year.")
    has_code: bool | None = Field(None, description="True: with code; false: without; else null.")
    people: list[PersonSlot] = Field(default_factory=list, description="People named.")
    papers: list[str] = Field(
        default_factory=list, description="Names or titles of papers the question names."
    )
    about_other_person: str | None = Field(
        None, description="Someone other than the researcher whose own metrics/life are asked."
    )
    premise_false_check: bool = Field(description="The question presumes there are none.")
    header_fields: list[HeaderField] = Field(
        default_factory=list, description="Profile header numbers asked for."
    )


class Untrusted(ValueError):
    """A slot the LLM filled with something the profile or the question does not have."""


def category_code(text: str, codes: set[str]) -> str:
    """'cs.CV', 'cv', 'Computer Vision', 'NLP' -> the code, when `codes` has it; else untrusted."""
    code = re.sub(r"^cs\.", "", text.strip(), flags=re.IGNORECASE).upper()
    code = BY_NAME.get(text.strip().casefold(), code)
    if code not in codes:
        raise Untrusted("unknown category")
    return code


def author_name(name: str, question: str, authors: PeopleIndex) -> str:
    """A profile author as the profile spells them, or a full name the question writes out."""
    known = authors.mentioned(name)
    if known:
        return known[0]
    name = " ".join(name.split())
    written = name.casefold() in " ".join(question.split()).casefold()
    if len(name.split()) < 2 or not written:  # a bare surname, or a name from nowhere
        raise Untrusted("person not in the profile")
    return name


def paper_ids(texts: list[str], titles: NameIndex) -> list[str]:
    """Ids of the listed papers the LLM named; a name no listed paper answers to is untrusted."""
    ids: list[str] = []
    for text in texts:
        found = titles.named(text)
        if not found:
            raise Untrusted("paper not in the profile")
        ids.append(found[0].id)
    return list(dict.fromkeys(ids))


def other_person(name: str | None, question: str, profile: Profile) -> str | None:
    """Someone else whose numbers are asked for: only a name the question itself writes."""
    if not name or not name.strip() or same_person(name, profile.name):
        return None
    words = re.findall(r"[\w'-]+", name.casefold())
    if not words or any(w not in question.casefold() for w in words):
        raise Untrusted("other person not in the question")
    return " ".join(name.split())


def date_group(slots: QuerySlots) -> dict[str, Any] | None:
    """The Filters date fields and exact `years` the slots set (as the offline parser would
    set them), or None when the slots set no date."""
    years = [y for y in (slots.year_from, slots.year_to) if y is not None]
    years += [d.year for d in (slots.date_from, slots.date_to) if d is not None]
    if any(not EARLIEST_YEAR <= y <= LATEST_YEAR for y in years + slots.exclude_years):
        raise Untrusted("year out of range")
    start = slots.date_from or (dt.date(slots.year_from, 1, 1) if slots.year_from else None)
    end = slots.date_to or (dt.date(slots.year_to, 12, 31) if slots.year_to else None)
    if start is None and end is None and not slots.exclude_years:
        return None
    if start is not None and end is not None and start > end:
        raise Untrusted("dates in the wrong order")
    group: dict[str, Any] = {"year_from": None, "year_to": None, "date_from": None, "date_to": None}
    group |= date_filters(DateRange(start=start, end=end)) if start or end else {"years": []}
    return group | {"exclude_years": sorted(set(slots.exclude_years))}
