"""Charts come back as PNG images of the expected size, for any profile."""

from __future__ import annotations

import struct

import pytest

from bot.charts import coauthors_chart, timeline_chart
from retrieval.filters import Filters
from retrieval.ingest.text_format import parse_profile
from retrieval.model import Profile
from tests.retrieval.test_facts import TEXT

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def profile() -> Profile:
    return parse_profile(TEXT, captured_year=2026)


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(PNG_SIGNATURE)
    width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk comes first
    return width, height


def test_timeline_chart_is_a_png(profile: Profile) -> None:
    data = timeline_chart(profile)
    assert png_size(data) == (800, 450) and len(data) > 5_000


def test_timeline_chart_with_filters_and_with_no_papers(profile: Profile) -> None:
    assert png_size(timeline_chart(profile, Filters(categories=["CV"]))) == (800, 450)
    empty = profile.model_copy(update={"papers": []})
    assert png_size(timeline_chart(empty)) == (800, 450)


def test_coauthors_chart_is_a_png(profile: Profile) -> None:
    assert png_size(coauthors_chart(profile, top=3)) == (800, 450)
    empty = profile.model_copy(update={"papers": []})
    assert png_size(coauthors_chart(empty)) == (800, 450)
