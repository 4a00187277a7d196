"""The profile's vocabulary: typos one slip away read as the papers' word, acronyms the papers
define spelled out; the same results as comparing against every word and scanning every
position of every abstract, which cost more the bigger the profile."""

from __future__ import annotations

import re

import pytest
from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.settings import BUNDLED_PROFILE
from prompts.understand.lexicon import Lexicon, _spelled_out
from retrieval.ingest.load import load_profile
from retrieval.model import Profile

# The pattern before it was anchored to word starts: the reference.
SCANNED = re.compile(r"((?:[\w-]+\s+){1,6})\(\s*([A-Z][A-Za-z]{0,6}?[A-Z])s?\s*\)")


@pytest.fixture(scope="module")
def profile() -> Profile:
    return load_profile(BUNDLED_PROFILE, captured_year=2026)


@pytest.fixture(scope="module")
def lexicon(profile: Profile) -> Lexicon:
    return Lexicon(profile)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("distilation", "distillation"),  # a letter missing
        ("distillattion", "distillation"),  # one too many
        ("mutlimodal", "multimodal"),  # a swapped pair
        ("multimodel", "multimodal"),  # a wrong letter
        ("retreival", "retrieval"),
        ("nowcastng", "nowcasting"),
        ("hallucinaton", "hallucination"),
        ("clasification", "classification"),
        ("knowlegde", "knowledge"),
        ("forecastign", "forecasting"),
        ("distillation", "distillation"),  # known words stay
        ("dstilaton", "dstilaton"),  # two slips: left alone
        ("zzzzzzz", "zzzzzzz"),
    ],
)
def test_a_typo_reads_as_the_word_every_word_would_give(
    lexicon: Lexicon, typed: str, meant: str
) -> None:
    assert lexicon.correct(typed) == meant
    reference = process.extractOne(
        typed, sorted(lexicon.words), scorer=OSA.distance, score_cutoff=1
    )
    assert meant == (typed if typed in lexicon.words or reference is None else reference[0])


def test_acronyms_are_those_a_scan_of_every_position_finds(
    profile: Profile, lexicon: Lexicon
) -> None:
    scanned: dict[str, str] = {}
    for paper in profile.papers:
        for m in SCANNED.finditer(f"{paper.title} {paper.abstract}"):
            spelled = _spelled_out(m[1].split(), m[2])
            if spelled:
                scanned.setdefault(m[2].casefold(), spelled)
    assert lexicon.acronyms == scanned
    assert lexicon.correct("RL") == "reinforcement learning"
