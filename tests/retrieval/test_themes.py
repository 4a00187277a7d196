"""Research themes: the bundled profile's papers clustered from their stored vectors, each named
by a phrase most of its own papers hold; profiles made up for the test, whose topics are known
by construction."""

from __future__ import annotations

import datetime as dt
import random
import re
from collections import Counter

import numpy as np
import pytest

from prompts.assistant import Assistant
from retrieval.index.chunks import paper_text
from retrieval.index.embedder import MiniLMEmbedding
from retrieval.index.store import IndexError_
from retrieval.model import Paper
from retrieval.text import STOPWORDS, stem
from retrieval.text import words as tokens
from retrieval.themes import Theme, bulk_years, find_themes, paper_vectors

BROAD = {"model", "models", "method", "methods", "results", "large", "language model", "propose"}


@pytest.fixture(scope="module")
def themes(bundled_assistant: Assistant) -> list[Theme]:
    papers = bundled_assistant.profile.papers
    vectors = paper_vectors(bundled_assistant.searcher.collection, papers)
    return find_themes(papers, vectors, bundled_assistant.searcher.embedder)


def holds(label: str, paper: Paper) -> bool:
    """The paper's title or abstract has every word of the label (stemmed, in any order)."""
    need = set(stem(w for w in tokens(label) if w not in STOPWORDS))
    return need <= set(stem(tokens(f"{paper.title} {paper.abstract}")))


def members(theme: Theme, papers: list[Paper]) -> list[Paper]:
    by_id = {p.id: p for p in papers}
    return [by_id[i] for i in theme.paper_ids]


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
    named = [t for t in themes if not t.other]
    assert [len(t.paper_ids) for t in named] == sorted(
        (len(t.paper_ids) for t in named), reverse=True
    )
    assert [t.other for t in themes] == [False] * len(named) + [True] * (len(themes) - len(named))
    papers = {p.id: p for p in bundled_assistant.profile.papers}
    for theme in themes:
        years = [papers[pid].year for pid in theme.paper_ids]
        assert (theme.year_from, theme.year_to) == (min(years), max(years))
        assert theme.year_from <= theme.bulk_from <= theme.bulk_to <= theme.year_to
        assert sum(n for _, n in theme.categories) == len(theme.paper_ids)


def test_every_theme_is_named_by_words_most_of_its_papers_hold(
    bundled_assistant: Assistant, themes: list[Theme]
) -> None:
    # Before: "Knowledge distillation, language understanding" named 22 papers, 3 about it.
    papers = bundled_assistant.profile.papers
    named = [t for t in themes if not t.other]
    assert len(named) >= 2
    for theme in named:
        held = [p for p in members(theme, papers) if holds(theme.label, p)]
        assert len(held) > len(theme.paper_ids) / 2, (theme.label, len(held))
        # the examples an answer shows first are papers the label speaks of
        assert holds(theme.label, members(theme, papers)[0]), theme.label


def test_papers_no_theme_names_are_other_topics_listed_last(
    bundled_assistant: Assistant, themes: list[Theme]
) -> None:
    # Before: ORConvQA sat in "Session-based recommendation", CMedMRC in "Image retrieval".
    papers = bundled_assistant.profile.papers
    by_title = {p.short_title: p for p in papers}
    placed = {pid: t for t in themes for pid in t.paper_ids}
    for title in ("Open-Retrieval Conversational Question Answering",):
        theme = placed[by_title[title].id]
        assert theme.other or holds(theme.label, by_title[title]), theme.label


def test_labels_are_made_of_their_own_papers_words(
    bundled_assistant: Assistant, themes: list[Theme]
) -> None:
    papers = {p.id: p for p in bundled_assistant.profile.papers}
    labels = [theme.label for theme in themes]
    assert len(set(labels)) == len(labels)
    for theme in (t for t in themes if not t.other):
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
    assert "language model" in themes[kd_theme].label.casefold()  # what most of them share
    assert "multimodal" in themes[cv_theme].label.casefold()


def test_the_same_papers_give_the_same_themes(
    bundled_assistant: Assistant, themes: list[Theme]
) -> None:
    papers = bundled_assistant.profile.papers
    vectors = paper_vectors(bundled_assistant.searcher.collection, papers)
    assert find_themes(papers, vectors, bundled_assistant.searcher.embedder) == themes


# Profiles with planted topics: most papers of a topic say its name; a minority of each says
# something else, very distinctive, in its title and three times in its abstract.
TOPICS = {
    "speech recognition": (
        ["acoustic models", "noisy audio", "spoken utterances", "phoneme errors", "accents"],
        "voice conversion",
    ),
    "protein structure prediction": (
        ["amino acid sequences", "residue contacts", "cryo-EM maps", "side chains", "folding"],
        "enzyme design",
    ),
    "graph neural networks": (
        ["message passing", "node classification", "citation graphs", "pooling", "edges"],
        "link prediction",
    ),
}
OPENERS = [
    "We study {topic} with {a} and {b}.",
    "Progress in {topic} depends on {a}.",
    "This paper revisits {topic} from the angle of {a}.",
]
MIDDLE = [
    "Our method models {a} jointly with {b}.",
    "We analyse how {a} interacts with {b} in practice.",
    "A new benchmark of {a} is released.",
    "Experiments on {b} show clear gains over strong baselines.",
    "The approach handles {a} without extra supervision.",
]
ODD = [
    "We study {odd} with {a}.",
    "{Odd} is hard because {a} vary widely.",
    "Our {odd} system learns from {b} and improves {odd} accuracy.",
]


def planted(per_topic: int, odd: int, seed: int = 3) -> list[Paper]:
    """`per_topic` papers a topic, the last `odd` of them on the topic's minority subject."""
    rng = random.Random(seed)
    papers: list[Paper] = []
    for t, (topic, (terms, minority)) in enumerate(TOPICS.items()):
        for j in range(per_topic):
            a, b = terms[j % len(terms)], terms[(j + 2) % len(terms)]
            if j < per_topic - odd:
                title = f"{a.capitalize()} for {topic}"
                sentences = [rng.choice(OPENERS), *rng.sample(MIDDLE, 3)]
            else:
                title = f"{minority.capitalize()} with {a}"
                sentences = [*ODD, *rng.sample(MIDDLE, 1)]
            fill = {"topic": topic, "a": a, "b": b, "odd": minority, "Odd": minority.capitalize()}
            abstract = " ".join(s.format(**fill) for s in sentences)
            papers.append(
                paper(len(papers) + 1, title, abstract, ["SD", "QB", "LG"][t], 2020 + j % 5)
            )
    return papers


def paper(n: int, title: str, abstract: str, category: str = "LG", year: int = 2020) -> Paper:
    return Paper(
        id=f"p{n}",
        n=n,
        title=title,
        authors=["Test Owner"],
        authors_truncated=False,
        category=category,
        date=dt.date(year, 1, 1),
        abstract=abstract,
    )


def embedded(papers: list[Paper], embedder: MiniLMEmbedding) -> np.ndarray:
    return np.asarray(embedder([paper_text(p) for p in papers]), dtype=np.float32)


@pytest.mark.parametrize(("per_topic", "odd"), [(5, 2), (7, 3), (9, 4)])
def test_planted_topics_are_the_labels_not_a_minority_s_words(
    embedder: MiniLMEmbedding, per_topic: int, odd: int
) -> None:
    # Before: "Voice conversion, speech recognition", "Enzyme design, cryo-EM maps", ...
    papers = planted(per_topic, odd)
    themes = find_themes(papers, embedded(papers, embedder), embedder)
    labels = {t.label.casefold(): t for t in themes}
    assert set(TOPICS) <= set(labels), list(labels)
    for topic, (_, minority) in TOPICS.items():
        saying = {p.id for p in papers if topic in p.title}
        assert saying <= set(labels[topic].paper_ids)
        assert minority not in labels[topic].label.casefold()
    for theme in themes:  # a minority's subject names only a theme of its own papers
        if not theme.other:
            held = [p for p in members(theme, papers) if holds(theme.label, p)]
            assert len(held) > len(theme.paper_ids) / 2, theme.label


def test_a_theme_s_years_are_those_of_most_of_its_papers(embedder: MiniLMEmbedding) -> None:
    papers = planted(7, 3)
    papers[0] = papers[0].model_copy(update={"date": dt.date(2012, 5, 1)})  # one early paper
    themes = find_themes(papers, embedded(papers, embedder), embedder)
    speech = next(t for t in themes if t.label == "Speech recognition")
    assert (speech.year_from, speech.year_to) == (2012, 2024)
    assert (speech.bulk_from, speech.bulk_to) == (2020, 2024)


@pytest.mark.parametrize(
    ("years", "bulk"),
    [
        ([2020, 2025, 2025, 2025, 2026], (2025, 2026)),  # one early paper
        ([2015, 2023, 2023, 2024, 2024, 2024, 2025, 2025, 2025, 2025], (2023, 2025)),
        ([2020, 2020, 2020, 2020, 2026], (2020, 2020)),  # one late paper
        ([2019, 2026], (2019, 2026)),  # too few to leave any out
        ([2020, 2021, 2022, 2023, 2024], (2020, 2024)),  # spread evenly: all of them
        ([2024], (2024, 2024)),
    ],
)
def test_bulk_years_leave_out_a_few_outlying_papers(
    years: list[int], bulk: tuple[int, int]
) -> None:
    assert bulk_years(years) == bulk


# Two obvious topics, three papers each.
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


def small_profile() -> list[Paper]:
    return [
        paper(n, t, a, "LG" if n <= 3 else "SD", 2018 + n)
        for n, (t, a) in enumerate(GRAPHS + SPEECH, start=1)
    ]


def test_two_obvious_topics_become_two_themes_named_by_their_words(
    embedder: MiniLMEmbedding,
) -> None:
    papers = small_profile()
    vectors = embedded(papers, embedder)
    themes = find_themes(papers, vectors, embedder)
    assert sorted(sorted(t.paper_ids) for t in themes) == [["p1", "p2", "p3"], ["p4", "p5", "p6"]]
    speech = next(t for t in themes if "p4" in t.paper_ids)
    graphs = next(t for t in themes if "p1" in t.paper_ids)
    assert (speech.year_from, speech.year_to, speech.categories) == (2022, 2024, [("SD", 3)])
    assert "speech" in speech.label.casefold() or "acoustic" in speech.label.casefold()
    assert re.search(r"molec|graph", graphs.label, re.IGNORECASE)
    assert find_themes(papers, vectors, embedder) == themes


def test_tiny_profiles_get_one_theme_per_paper_and_none_without_papers(
    embedder: MiniLMEmbedding,
) -> None:
    papers = small_profile()
    vectors = embedded(papers, embedder)
    assert find_themes([], np.zeros((0, 384), dtype=np.float32), embedder) == []
    pair = find_themes(papers[2:4], vectors[2:4], embedder)
    assert sorted(t.paper_ids[0] for t in pair) == ["p3", "p4"]
    assert all(len(t.paper_ids) == 1 and t.label and not t.other for t in pair)
