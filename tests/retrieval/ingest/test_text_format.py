"""Parsing the profile text format and the JSON form."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.settings import BUNDLED_PROFILE
from retrieval.ingest.errors import ProfileError
from retrieval.ingest.load import load_profile, profile_from_json, profile_to_json
from retrieval.ingest.text_format import parse_profile
from tests.conftest import SMALL_PROFILE


def test_bundled_profile_header_and_papers() -> None:
    profile = load_profile(BUNDLED_PROFILE, captured_year=2026)
    assert (profile.name, profile.main_category, profile.h_index) == ("Minghui Qiu", "CL", 34)
    assert (profile.papers_claimed, len(profile.papers)) == (65, 50)
    assert (profile.citations, profile.novelty, profile.ai_score) == (11029, 51, 61)
    first = profile.papers[0]
    assert first.category == "CL" and first.date == dt.date(2023, 2, 5) and first.has_code
    assert first.authors == ["Chengcheng Han", "Yuhe Wang", "Yingnan Fu"]
    assert first.authors_truncated and first.affiliation == "pku"
    assert first.url == "https://github.com/hccngu/Meta-SN"


def test_date_without_year_takes_the_capture_year() -> None:
    profile = parse_profile(SMALL_PROFILE, captured_year=2019)
    rain = profile.papers[3]
    assert rain.date == dt.date(2019, 2, 14) and rain.year_inferred and rain.has_code
    assert rain.category == "LG"


def test_multi_part_category_is_split_from_the_date() -> None:
    profile = load_profile(BUNDLED_PROFILE, captured_year=2026)
    storm = next(p for p in profile.papers if p.title.startswith("Seeing Inside the Storm"))
    assert storm.category == "AO-PH" and storm.date == dt.date(2026, 5, 22)


def test_paper_ids_are_stable_across_parses() -> None:
    a = parse_profile(SMALL_PROFILE, captured_year=2026)
    b = parse_profile(
        SMALL_PROFILE.replace("GraphSum improves", "GraphSum clearly improves"), captured_year=2026
    )
    assert [p.id for p in a.papers] == [p.id for p in b.papers]


@pytest.mark.parametrize(
    ("text", "line", "expected"),
    [
        ("", 1, "empty"),
        ("Ada\n\nh-index12\n\nCLMar 3, 2021\nA title\n", 6, "incomplete"),
        ("Ada\n\nh-index12\nwhat is this\n", 4, "unexpected header line"),
        (
            "Ada\n\nCLMar 3, 2021\nT\n\nA, B\n\nAbstract.\n\nXXMarch 3\nT2\nA\nAbs\n",
            10,
            "entry head",
        ),
        ("Ada\n\nCLFeb 31, 2021\nT\n\nA, B\n\nAbstract.\n", 3, "invalid date"),
    ],
)
def test_malformed_profile_names_the_line(text: str, line: int, expected: str) -> None:
    with pytest.raises(ProfileError) as err:
        parse_profile(text, captured_year=2026, source="bad.txt")
    assert err.value.line == line
    assert expected in str(err.value) and "bad.txt, line" in str(err.value)


def test_binary_file_is_refused_with_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe")
    with pytest.raises(ProfileError, match=r"binary|UTF-8"):
        load_profile(path)


def test_json_form_round_trips(tmp_path: Path) -> None:
    profile = parse_profile(SMALL_PROFILE, captured_year=2026)
    path = tmp_path / "ada.json"
    path.write_text(profile_to_json(profile))
    assert load_profile(path) == profile


def test_json_form_errors_name_the_field() -> None:
    with pytest.raises(ProfileError, match=r"papers\.0\.date"):
        profile_from_json(
            '{"name": "X", "captured_year": 2026, "papers": [{"title": "T", '
            '"authors": ["A"], "authors_truncated": false, "category": "CL", "date": "soon"}]}'
        )
    with pytest.raises(ProfileError, match="line 2"):
        profile_from_json('{"name": "X",\n oops}')
