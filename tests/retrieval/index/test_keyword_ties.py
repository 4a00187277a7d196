"""Equal keyword scores are ordered the same however the index was written: by an ingest (the
profile's order), rebuilt from Chroma (Chroma's order), in several batches (segments). A
search keeps the best score first, equal scores in the profile's order (the paper's place,
then the chunk's in its paper: what a fresh ingest's index gives), and at the k-th place
keeps the tied chunks that order puts first, so a rebuilt index answers as the ingest's.
"""

from __future__ import annotations

import random
import shutil
from collections.abc import Callable

import pytest
import tantivy

from bot.app import build_assistant
from prompts.assistant import Assistant
from retrieval.filters import Filters
from retrieval.index.chunks import make_chunks, paper_of
from retrieval.index.columns import PaperColumns
from retrieval.index.keyword import KeywordIndex, query_terms
from retrieval.index.store import KEYWORD_DIR
from retrieval.model import Profile
from tests.conftest import make_settings

# Searches as people type them (a phrase, one word, a typo, lower case, a question, a
# follow-up's bare words): short ones tie most, many chunks holding the word once.
SEARCHES = (
    "language models",
    "graph",
    "Has she worked on knowledge distilation?",
    "what about e-commerce",
    "pre-training",
    "Which of Minghui Qiu's papers are about question answering?",
    "i'm curious whether they did anything on few-shot learning",
    "dataset",
    "model",
    "and since 2020?",
)
FILTERS = (None, Filters(year_from=2021), Filters(categories=["CL"]), Filters(has_code=True))


def written(profile: Profile, order: str, batches: int) -> KeywordIndex:
    """The profile's chunks written in the given order, in `batches` commits (segments)."""
    chunks = [(c, p) for p in profile.papers for c in make_chunks(p)]
    if order == "reversed":
        chunks.reverse()
    elif order == "shuffled":
        random.Random(7).shuffle(chunks)
    elif order == "by length":  # as the ingest embeds them, and Chroma hands them back
        chunks.sort(key=lambda cp: len(cp[0].text))
    index = KeywordIndex()
    size = -(-len(chunks) // batches)
    for start in range(0, len(chunks), size):
        with index.writing() as writer:
            for chunk, paper in chunks[start : start + size]:
                writer.add(chunk.id, paper.id, chunk.text)
    index.know([p.id for p in profile.papers])
    return index


def ranked(index: KeywordIndex, text: str, k: int, allowed: set[str] | None) -> list[object]:
    return list(index.search(text, k, allowed).items())


def test_a_search_ranks_the_same_chunks_in_the_same_order_however_the_index_was_written(
    profile: Profile,
) -> None:
    columns = PaperColumns(profile.papers)
    ways = [("profile", 1), ("reversed", 1), ("shuffled", 3), ("by length", 5)]
    indexes = [written(profile, order, batches) for order, batches in ways]
    tied_at_cut = 0
    for where in FILTERS:
        allowed = None if where is None else columns.allowed(where)
        for text in SEARCHES:
            for k in (3, 12, 60):
                first = ranked(indexes[0], text, k, allowed)
                for index, way in zip(indexes[1:], ways[1:], strict=True):
                    assert ranked(index, text, k, allowed) == first, (text, where, k, way)
                wider = ranked(indexes[0], text, k + 40, allowed)
                tied_at_cut += len(first) == k and len(wider) > k and wider[k][1] == first[-1][1]
    assert tied_at_cut > 10  # the k-th score was often tied beyond k: the cut was decided


def profile_order(profile: Profile) -> Callable[[tuple[str, float]], tuple[float, int, int]]:
    """Best score first, equal scores as the ingest writes chunks: by the paper's place in
    the profile, then the chunk's in its paper (the paper chunk, then sentence n)."""
    row = {p.id: i for i, p in enumerate(profile.papers)}

    def order(item: tuple[str, float]) -> tuple[float, int, int]:
        end = item[0].rsplit(":", 1)[1]
        return (-item[1], row[paper_of(item[0])], -1 if end == "paper" else int(end[1:]))

    return order


@pytest.mark.parametrize("k", [1, 5, 20])
def test_equal_scores_come_in_the_profiles_order_and_the_cut_keeps_the_first(
    profile: Profile, k: int
) -> None:
    order = profile_order(profile)
    for index in (written(profile, "shuffled", 3), written(profile, "by length", 1)):
        for text in SEARCHES:
            everything = sorted(index.search(text, 10_000).items(), key=order)
            assert list(index.search(text, k).items()) == everything[:k], text


def test_an_index_written_at_once_in_the_profiles_order_ranks_as_tantivy_does(
    profile: Profile,
) -> None:
    """What a fresh ingest writes: the ranking (and so the answers) of the code before."""
    index = written(profile, "profile", 1)
    searcher = index._index.searcher()
    for text in SEARCHES:
        should = [
            (tantivy.Occur.Should, tantivy.Query.term_query(index.schema, "text", t))
            for t in dict.fromkeys(query_terms(text))
        ]
        for k in (3, 12, 60):
            hits = searcher.search(tantivy.Query.boolean_query(should), limit=k).hits
            raw = [(str(searcher.doc(a)["id"][0]), float(score)) for score, a in hits]
            assert ranked(index, text, k, None) == raw, (text, k)


def test_a_rebuilt_keyword_index_gives_the_ingests_answers(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """The whole path: an ingest's index, then the same store's index deleted and rebuilt from
    Chroma at the next open: the same answers, word for word, and the same papers cited."""
    data = tmp_path_factory.mktemp("ties") / "data"
    questions = [
        "What has she published on language models?",
        "any papers on graphs",
        "Which papers since 2021 are about pre-training?",
        "has minghui qiu worked on knowlege distillation",
        "I'm curious whether Qiu wrote anything on e-commerce search",
        "Which CL papers use prompts?",
        "Tell me about her work on datasets",
    ]

    def answers(bot: Assistant) -> list[tuple[str, list[str]]]:
        return [(a.text, [c.paper_id for c in a.citations]) for a in map(bot.ask, questions)]

    first = answers(build_assistant(make_settings(data)))
    kept = data / "chroma" / KEYWORD_DIR
    folders = [p for p in kept.iterdir() if p.is_dir() and p.suffix != ".derived"]
    assert len(folders) == 1  # the profile's index (the kept files beside it stay)
    shutil.rmtree(folders[0])
    rebuilt = build_assistant(make_settings(data))
    assert rebuilt.searcher.keywords.count() > 0
    assert answers(rebuilt) == first
