"""Research themes: the bundled profile's papers clustered from their stored vectors, named in
their own words; a tiny hand-made profile whose two topics are known by construction."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import numpy as np
import pytest

from prompts.assistant import Assistant
from retrieval.index.store import IndexError_
from retrieval.model import Paper
from retrieval.themes import Theme, find_themes, paper_vectors

BROAD = {"model", "models", "method", "methods", "results", "large", "language model", "propose"}


@pytest.fixture(scope="module")
def themes(bundled_assistant: Assistant) -> list[Theme]:
    papers = bundled_assistant.profile.papers
    return find_themes(papers, paper_vectors(bundled_assistant.searcher.collection, papers))


def theme_of(themes: list[Theme]) -> dict[str, int]:
    return {pid: n for n, theme in enumerate(themes) for pid in theme.paper_ids}


def words(text: str) -> list[str]:
    return re.findall(r"[\w-]+", text.casefold())


def test_vectors_are_the_stored_whole_paper_chunks(bundled_assistant: Assistant) -> None:
    papers = bundled_assistant.profile.papers
    collection = bundled_assistant.searcher.collection
    vectors = paper_vectors(collection, papers)
    assert vectors.shape == (len(papers), 384)
    stored = collection.get(ids=[f"{papers[7].id}:paper"], include=["embeddings"])
    assert np.allclose(vectors[7], np.asarray(stored["embeddings"])[0])


def test_a_paper_missing_from_the_index_says_to_ingest_again(
    bundled_assistant: Assistant,
) -> None:
    stranger = paper(99, "Unindexed Paper", "Nothing here.")
    with pytest.raises(IndexError_, match="profilebot ingest"):
        paper_vectors(bundled_assistant.searcher.collection, [stranger])


def test_bundled_profile_has_a_few_themes_holding_every_paper_once(
    bundled_assistant: Assistant, themes: list[Theme]
) -> None:
    assert 3 <= len(themes) <= 6
    ids = [pid for theme in themes for pid in theme.paper_ids]
    assert sorted(ids) == sorted(p.id for p in bundled_assistant.profile.papers)
    assert [len(t.paper_ids) for t in themes] == sorted(
        (len(t.paper_ids) for t in themes), reverse=True
    )
    papers = {p.id: p for p in bundled_assistant.profile.papers}
    for theme in themes:
        years = [papers[pid].year for pid in theme.paper_ids]
        assert (theme.year_from, theme.year_to) == (min(years), max(years))
        assert sum(n for _, n in theme.categories) == len(theme.paper_ids)


def test_labels_are_made_of_their_own_papers_words(
    bundled_assistant: Assistant, themes: list[Theme]
) -> None:
    papers = {p.id: p for p in bundled_assistant.profile.papers}
    labels = [theme.label for theme in themes]
    assert len(set(labels)) == len(labels)
    for theme in themes:
        text = " ".join(f"{papers[i].title} {papers[i].abstract}" for i in theme.paper_ids)
        said = set(words(text))
        assert 1 <= len(words(theme.label)) <= 4, theme.label
        assert set(words(theme.label)) <= said, theme.label
        assert theme.label.casefold() not in BROAD


def test_distillation_papers_share_a_theme_and_vision_papers_another(
    bundled_assistant: Assistant, themes: list[Theme]
) -> None:
    where = theme_of(themes)
    papers = bundled_assistant.profile.papers
    distillation = [p.id for p in papers if re.search(r"Distillation|\bKD\b", p.title)]
    vision = [p.id for p in papers if p.category == "CV"]
    assert len(distillation) >= 3 and len(vision) >= 10
    kd_theme, kd_count = Counter(where[i] for i in distillation).most_common(1)[0]
    cv_theme, cv_count = Counter(where[i] for i in vision).most_common(1)[0]
    assert kd_count == len(distillation)
    assert cv_count > len(vision) / 2
    assert kd_theme != cv_theme
    assert "distillation" in themes[kd_theme].label.casefold()
    assert "multimodal" in themes[cv_theme].label.casefold()


def test_the_same_papers_give_the_same_themes(
    bundled_assistant: Assistant, themes: list[Theme]
) -> None:
    papers = bundled_assistant.profile.papers
    again = find_themes(papers, paper_vectors(bundled_assistant.searcher.collection, papers))
    assert again == themes


# Two obvious topics, three papers each; vectors made by hand around two directions.
GRAPHS = [
    ("Molecule Graphs", "Graph neural networks predict molecule properties from molecular graphs."),
    (
        "Message Passing for Molecules",
        "We study message passing graph neural networks on molecules.",
    ),
    ("Molecular Property Prediction", "Molecule property prediction with graph neural networks."),
]
SPEECH = [
    ("Noisy Speech", "Speech recognition in noisy rooms with acoustic models."),
    ("Accented Speech Recognition", "Accented speech recognition needs more acoustic data."),
    ("Streaming Speech", "Streaming speech recognition with low latency acoustic encoders."),
]


def paper(n: int, title: str, abstract: str) -> Paper:
    return Paper(
        id=f"p{n}",
        n=n,
        title=title,
        authors=["Test Owner"],
        authors_truncated=False,
        category="LG" if n <= 3 else "SD",
        date=dt.date(2018 + n, 1, 1),
        abstract=abstract,
    )


def hand_made() -> tuple[list[Paper], np.ndarray]:
    papers = [paper(n, t, a) for n, (t, a) in enumerate(GRAPHS + SPEECH, start=1)]
    rng = np.random.default_rng(7)
    axes = np.eye(8, dtype=np.float32)
    vectors = np.stack([axes[0 if i < 3 else 1] + 0.1 * rng.standard_normal(8) for i in range(6)])
    vectors[4] = axes[1]  # exactly on its topic's direction: the most central paper
    return papers, vectors.astype(np.float32)


def test_two_obvious_topics_become_two_themes_named_by_their_words() -> None:
    papers, vectors = hand_made()
    themes = find_themes(papers, vectors)
    assert sorted(sorted(t.paper_ids) for t in themes) == [["p1", "p2", "p3"], ["p4", "p5", "p6"]]
    speech = next(t for t in themes if "p4" in t.paper_ids)
    graphs = next(t for t in themes if "p1" in t.paper_ids)
    assert speech.paper_ids[0] == "p5"
    assert (speech.year_from, speech.year_to, speech.categories) == (2022, 2024, [("SD", 3)])
    assert "speech" in speech.label.casefold() or "acoustic" in speech.label.casefold()
    assert re.search(r"molec|graph", graphs.label, re.IGNORECASE)
    assert find_themes(papers, vectors) == themes


def test_tiny_profiles_get_one_theme_per_paper_and_none_without_papers() -> None:
    papers, vectors = hand_made()
    assert find_themes([], np.zeros((0, 8), dtype=np.float32)) == []
    pair = find_themes(papers[2:4], vectors[2:4])
    assert sorted(t.paper_ids[0] for t in pair) == ["p3", "p4"]
    assert all(len(t.paper_ids) == 1 and t.label for t in pair)
