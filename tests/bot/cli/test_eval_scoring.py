"""The eval's must-include check: a number is found as a number, not inside a mark or a date."""

from __future__ import annotations

import pytest

from bot.cli.evaluation import contains


@pytest.mark.parametrize(
    ("answer", "needle", "found"),
    [
        ("9 listed papers match [7]", "7", False),  # a citation mark is no count
        ("EasyNLP (2020-11-18, CL) [1]", "18", False),  # nor a day of a date
        ("EasyNLP (2020-11, CL)", "11", False),
        ("7 of the 14 papers from 2025 [3]", "7", True),
        ("18 listed papers have no code [2]", "18", True),
        ("published on 2022-10-17 [1]", "2022-10-17", True),  # a date asked is still found
        ("11,029 citations", "11029", True),
        ("papers from 2023 [4]", "2023", True),
        ("KEML (2020-02-25, CL) [1]", "2020", True),  # the year of a date is its year
    ],
)
def test_a_number_is_not_found_in_citation_marks_or_dates(
    answer: str, needle: str, found: bool
) -> None:
    assert contains(answer, needle) is found
