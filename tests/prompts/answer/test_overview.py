"""The overview answer: a profile's main themes with counts, years and cited example papers."""

from __future__ import annotations

import re

import numpy as np
import pytest

from prompts.answer.model import Answer
from prompts.answer.overview import answer_overview
from prompts.assistant import Assistant
from retrieval.index.chunks import paper_text
from retrieval.index.embedder import MiniLMEmbedding
from retrieval.ingest.text_format import parse_profile
from retrieval.model import Profile
from retrieval.text import STOPWORDS, stem, words
from retrieval.themes import Theme, find_themes
from tests.conftest import SMALL_PROFILE

QUESTIONS = [
    "What are her main research areas?",
    "What does Minghui Qiu mostly work on?",
    "summarize his research",
]


@pytest.fixture(scope="module")
def themes(bundled_assistant: Assistant) -> list[Theme]:
    return bundled_assistant.themes()


def theme_lines(answer: Answer) -> list[str]:
    return [line for line in answer.text.splitlines() if line.startswith("- ")]


@pytest.mark.parametrize("question", QUESTIONS)
def test_overview_names_each_theme_with_counts_summing_to_the_listed_papers(
    question: str, bundled_assistant: Assistant, themes: list[Theme]
) -> None:
    profile = bundled_assistant.profile
    answer = answer_overview(question, profile, themes)
    assert answer.route == "facts" and not answer.abstained
    named = [t for t in themes if not t.other]
    assert answer.text.startswith(f"Minghui Qiu's 50 listed papers fall into {len(named)} main")
    lines = theme_lines(answer)
    assert len(lines) == len(themes)
    counts = [re.findall(r"\((\d+) papers?, ", line) for line in lines]
    assert sum(int(found[0]) for found in counts) == 50
    for theme, line in zip(themes, lines, strict=True):
        assert line.startswith(f"- {theme.label}")
        assert re.search(r"\b20\d\d(-20\d\d)?\b", line)
        shown = len(re.findall(r"\[\d+\]", line))  # more examples for the mixed rest
        assert 2 <= shown <= (5 if theme.other else 3) or len(theme.paper_ids) == 1


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


def test_papers_that_share_no_theme_are_listed_last_as_other_topics(
    bundled_assistant: Assistant, themes: list[Theme]
) -> None:
    # Before: 'Image retrieval' named RetiZero, CMedMRC (a text task) and Kaleido-BERT.
    answer = answer_overview(QUESTIONS[0], bundled_assistant.profile, themes)
    lines = theme_lines(answer)
    other = [t for t in themes if t.other]
    assert other, "the bundled profile has papers that share no theme"
    rest = len(other[0].paper_ids)
    assert f"main themes (and {rest} papers on other topics):" in answer.text.split("\n")[0]
    assert lines[-1].startswith(f"- Other topics, no shared theme ({rest} papers, ")
    assert not any(line.startswith("- Other") for line in lines[:-1])


def test_a_theme_s_years_are_not_stretched_by_a_few_papers(
    bundled_assistant: Assistant, themes: list[Theme]
) -> None:
    # Before: 'Multimodal reasoning ... 2020-2026', one 2020 paper among 2023-2026 ones.
    answer = answer_overview(QUESTIONS[0], bundled_assistant.profile, themes)
    multimodal = next(line for line in theme_lines(answer) if "ultimodal" in line)
    assert re.search(r"\(18 papers, most from 202[345]-2026, the earliest 2020,", multimodal)
    for theme, line in zip(themes, theme_lines(answer), strict=True):
        span = f"{theme.year_from}-{theme.year_to}"
        if (theme.bulk_from, theme.bulk_to) != (theme.year_from, theme.year_to):
            assert (
                f", most from {theme.bulk_from}" in line
                and f"({len(theme.paper_ids)} papers, {span}" not in line
            )


def test_the_trend_names_themes_that_most_of_each_period_s_papers_are_about(
    bundled_assistant: Assistant,
) -> None:
    # Before: 'moved from Knowledge distillation, language understanding to ...', a label
    # that 3 of the 22 papers it stood for were about.
    answer = bundled_assistant.ask("How has her research focus changed over the years?")
    moved = re.match(r"Minghui Qiu's research moved from (.+) to (.+):\n", answer.text)
    assert moved, answer.text[:120]
    by_label = {t.label.casefold(): t for t in bundled_assistant.themes()}
    papers = {p.id: p for p in bundled_assistant.profile.papers}
    for label in moved.groups():
        theme = by_label[label.casefold()]
        need = set(stem(w for w in words(label) if w not in STOPWORDS))
        held = [
            i
            for i in theme.paper_ids
            if need <= set(stem(words(f"{papers[i].title} {papers[i].abstract}")))
        ]
        assert len(held) > len(theme.paper_ids) / 2, label


def small(claimed: int | None = None) -> Profile:
    profile = parse_profile(SMALL_PROFILE, captured_year=2026)
    profile.papers_claimed = claimed if claimed is not None else profile.papers_claimed
    return profile


def test_a_complete_small_profile_has_no_coverage_caveat(embedder: MiniLMEmbedding) -> None:
    profile = small(claimed=4)
    vectors = np.asarray(embedder([paper_text(p) for p in profile.papers]), dtype=np.float32)
    themes = find_themes(profile.papers, vectors, embedder)
    answer = answer_overview("What are her main research areas?", profile, themes)
    assert answer.text.startswith("Ada Example's 4 listed papers ")
    assert "0 main themes" not in answer.text  # four papers on four subjects share none
    assert "header claims" not in answer.text
    assert {c.paper_id for c in answer.citations} <= {p.id for p in profile.papers}


def test_no_papers_means_no_themes_and_says_so() -> None:
    profile = small()
    profile.papers = []
    answer = answer_overview("What does she mostly work on?", profile, [])
    assert answer.abstained and not answer.citations
    assert answer.text.startswith("Ada Example's profile lists no papers")
