"""A number said to be approximate ('nearly 10%') is the source's number rounded; a bare or a
far-off one is still a changed number."""

from __future__ import annotations

import pytest

from prompts.llm.verify.mentions import missing_numbers


@pytest.mark.parametrize(
    "claim",
    [
        "It improves storm detection by nearly 10% over the baselines.",
        "Detection improves by about 10 percent.",
        "The gain is roughly 10%, the authors report.",
    ],
)
def test_a_hedged_round_number_is_the_stated_one(claim: str) -> None:
    assert missing_numbers(claim, {"9.7"}) == set()


@pytest.mark.parametrize(
    ("claim", "stated", "changed"),
    [
        ("It improves storm detection by 10% over the baselines.", {"9.7"}, "10"),
        ("It is trained on about 10 datasets.", {"9"}, "10"),
        ("Detection improves by nearly 12%.", {"9.7"}, "12"),
        ("It reaches nearly 90% accuracy.", {"79.66"}, "90"),
    ],
)
def test_a_bare_or_far_number_is_still_changed(claim: str, stated: set[str], changed: str) -> None:
    assert missing_numbers(claim, stated) == {changed}
