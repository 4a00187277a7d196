"""The overview answer: a profile's main themes with counts, years and cited example papers."""

from __future__ import annotations

import re

import numpy as np
import pytest

from prompts.answer.model import Answer
from prompts.answer.overview import answer_overview
from prompts.assistant import Assistant
from retrieval.ingest.text_format import parse_profile
from retrieval.model import Profile
from retrieval.themes import Theme, find_themes, paper_vectors
from tests.conftest import SMALL_PROFILE

QUESTIONS = [
    "What are her main research areas?",
    "What does Minghui Qiu mostly work on?",
    "summarize his research",
]


@pytest.fixture(scope="module")
def themes(bundled_assistant: Assistant) -> list[Theme]:
    papers = bundled_assistant.profile.papers
    return find_themes(papers, paper_vectors(bundled_assistant.searcher.collection, papers))


def theme_lines(answer: Answer) -> list[str]:
    return [line for line in answer.text.splitlines() if line.startswith("- ")]


@pytest.mark.parametrize("question", QUESTIONS)
def test_overview_names_each_theme_with_counts_summing_to_the_listed_papers(
    question: str, bundled_assistant: Assistant, themes: list[Theme]
) -> None:
    profile = bundled_assistant.profile
    answer = answer_overview(question, profile, themes)
    assert answer.route == "facts" and not answer.abstained
    assert answer.text.startswith(f"Minghui Qiu's 50 listed papers fall into {len(themes)} main")
    lines = theme_lines(answer)
    assert len(lines) == len(themes)
    counts = [re.findall(r"\((\d+) papers?, ", line) for line in lines]
    assert sum(int(found[0]) for found in counts) == 50
    for theme, line in zip(themes, lines, strict=True):
        assert line.startswith(f"- {theme.label} (")
        assert re.search(r"\b20\d\d(-20\d\d)?\b", line)
        assert 2 <= len(re.findall(r"\[\d+\]", line)) <= 3 or len(theme.paper_ids) == 1


def test_overview_cites_example_papers_with_a_sentence_of_each(
    bundled_assistant: Assistant, themes: list[Theme]
) -> None:
    papers = {p.id: p for p in bundled_assistant.profile.papers}
    answer = answer_overview(QUESTIONS[0], bundled_assistant.profile, themes)
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)}
    assert markers == {c.n for c in answer.citations}
    for citation in answer.citations:
        paper = papers[citation.paper_id]
        assert any(s in f"{paper.title} {paper.abstract}" for s in citation.evidence)
    first = themes[0].paper_ids[0]
    assert answer.citations[0].paper_id == first  # the most central paper of the largest theme


def test_overview_uses_the_name_and_states_the_coverage_gap(
    bundled_assistant: Assistant, themes: list[Theme]
) -> None:
    answer = answer_overview(QUESTIONS[0], bundled_assistant.profile, themes)
    assert not re.search(r"\b(he|she|his|her|him)\b", answer.text, re.IGNORECASE)
    assert "header claims 65" in answer.text


def small(claimed: int | None = None) -> Profile:
    profile = parse_profile(SMALL_PROFILE, captured_year=2026)
    profile.papers_claimed = claimed if claimed is not None else profile.papers_claimed
    return profile


def test_a_complete_small_profile_has_no_coverage_caveat() -> None:
    profile = small(claimed=4)
    vectors = np.eye(4, 8, dtype=np.float32)
    answer = answer_overview(
        "What are her main research areas?", profile, find_themes(profile.papers, vectors)
    )
    assert answer.text.startswith("Ada Example's 4 listed papers fall into")
    assert "header claims" not in answer.text
    assert {c.paper_id for c in answer.citations} <= {p.id for p in profile.papers}


def test_no_papers_means_no_themes_and_says_so() -> None:
    profile = small()
    profile.papers = []
    answer = answer_overview("What does she mostly work on?", profile, [])
    assert answer.abstained and not answer.citations
    assert answer.text.startswith("Ada Example's profile lists no papers")
