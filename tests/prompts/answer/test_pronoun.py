"""Nobody is 'he' by default: answers use the profile's own pronoun, else the name."""

from __future__ import annotations

import pytest

from prompts.answer.facts import answer_facts
from prompts.understand.router import parse_query
from retrieval.ingest.load import profile_from_json, profile_to_json
from retrieval.ingest.text_format import parse_profile
from tests.conftest import SMALL_PROFILE

SHIFT = [
    "How has his research focus shifted over the years?",
    "how has her focus changed over time",
    "How did their research focus evolve?",
]


@pytest.mark.parametrize("question", SHIFT)
def test_focus_shift_names_the_researcher_without_a_pronoun(question: str) -> None:
    profile = parse_profile(SMALL_PROFILE, captured_year=2026)
    answer = answer_facts(parse_query(question, profile), profile)
    assert answer is not None
    assert "Ada Example's" in answer.text
    assert not {"his", "her", "he", "she"} & set(answer.text.casefold().split())


@pytest.mark.parametrize("pronoun, word", [("she", "her"), ("he", "his"), ("they", "their")])
def test_focus_shift_uses_the_profiles_pronoun(pronoun: str, word: str) -> None:
    profile = parse_profile(SMALL_PROFILE, captured_year=2026)
    profile = profile.model_copy(update={"pronoun": pronoun})
    answer = answer_facts(parse_query(SHIFT[0], profile), profile)
    assert answer is not None
    assert word in answer.text.casefold().replace(":", " ").split()
    assert "Ada Example's" not in answer.text


def test_pronoun_survives_the_json_form() -> None:
    profile = parse_profile(SMALL_PROFILE, captured_year=2026)
    assert profile.pronoun is None  # neutral unless the profile says
    again = profile_from_json(profile_to_json(profile.model_copy(update={"pronoun": "they"})))
    assert again.pronoun == "they"
