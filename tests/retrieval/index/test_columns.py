"""Filters applied through the profile's columns pick exactly the papers Filters.matches does."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from retrieval.filters import Filters
from retrieval.index.columns import PaperColumns
from retrieval.ingest.text_format import parse_profile

BUNDLED = Path(__file__).resolve().parents[3] / "data" / "minghui_qiu_profile.txt"
PROFILE = parse_profile(BUNDLED.read_text(encoding="utf-8"), captured_year=2026)
IDS = [p.id for p in PROFILE.papers]

FAMILY = [
    Filters(),
    Filters(year_from=2021),
    Filters(year_to=2021),
    Filters(year_from=2020, year_to=2022, has_code=True),
    Filters(date_from=dt.date(2021, 3, 1), date_to=dt.date(2022, 6, 30)),
    Filters(exclude_years=[2021, 2023]),
    Filters(categories=["CL"]),
    Filters(categories=["CV", "LG"], has_code=False),
    Filters(exclude_categories=["CL"]),
    Filters(authors=["minghui qiu"]),
    Filters(authors=["Jun Huang", "Minghui  QIU"]),
    Filters(authors=["Nobody Atall"]),
    Filters(exclude_authors=["Chengyu Wang"]),
    Filters(authors=["chengyu wang"], exclude_authors=["Jun Huang"]),
    Filters(paper_ids=[*IDS[:5], "not-a-paper"]),
    Filters(paper_ids=IDS[3:9], categories=["CL"], year_from=2020),
    Filters(affiliation="CMU"),
]


@pytest.mark.parametrize("filters", FAMILY, ids=lambda f: f.describe() or "none")
def test_columns_allow_the_same_papers_as_the_filters(filters: Filters) -> None:
    expected = {p.id for p in PROFILE.papers if filters.matches(p)}
    assert PaperColumns(PROFILE.papers).allowed(filters) == expected


def test_the_family_is_not_trivial() -> None:
    """Each filter of the family keeps some papers and drops others (but the impossible one)."""
    sizes = [len({p.id for p in PROFILE.papers if f.matches(p)}) for f in FAMILY[1:]]
    assert sum(0 < n < len(IDS) for n in sizes) >= len(sizes) - 2


@pytest.mark.parametrize("filters", FAMILY, ids=lambda f: f.describe() or "none")
def test_the_kept_papers_with_some_ids_are_every_kept_paper_narrowed_to_them(
    filters: Filters,
) -> None:
    """`among(ids, keep)`: a count's papers (a set of ids, unknown ones and repeats too) come
    back kept and oldest first, as every kept paper oldest first narrowed to the ids."""
    columns = PaperColumns(PROFILE.papers)
    keep = columns.kept(filters)
    asked = [*IDS[::2], "not-a-paper", *IDS[:3]]
    expected = [p for p in columns.among(None, keep) if p.id in set(asked)]
    assert list(columns.among(set(asked), keep)) == expected
    assert list(columns.among(asked, keep)) == [
        p for p in columns.among(None, keep) for i in asked if p.id == i
    ]
    assert list(columns.among(iter(asked), keep)) == list(columns.among(asked, keep))
