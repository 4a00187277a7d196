"""Made-up papers for tests that read one abstract: no eval set holds them."""

from __future__ import annotations

import datetime as dt

from retrieval.model import Paper


def made_paper(title: str, abstract: str, date: dt.date = dt.date(2024, 5, 1)) -> Paper:
    """A listed paper with one author, category LG and the given title and abstract."""
    return Paper(
        id="x1",
        n=1,
        title=title,
        authors=["A. Author"],
        authors_truncated=False,
        category="LG",
        date=date,
        abstract=abstract,
    )
