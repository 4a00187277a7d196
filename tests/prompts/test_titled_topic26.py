"""A paper whose own title says in other words what a topic means is on the topic's list
(issue 11): the search's gate reads whole chunks, and a title phrase few papers say that
means the topic ('transformer model compression' for 'compressing transformer models') puts
the paper on it. Made-up found papers with the real embedder, over a family of wordings of
the topic, with controls: a far topic, a phrase too many papers say, a topic no paper was
found relevant to (still declined); then the bundled profile end to end, phrased casually,
formally, indirectly, he/she/they."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pytest

from prompts.assistant import Assistant
from prompts.understand.concepts import title_phrases
from prompts.understand.titled import TitleShares, titled_on
from retrieval.filters import Filters
from retrieval.index.embedder import MiniLMEmbedding
from retrieval.search import Hit, SearchResult
from tests.prompts.papers import made_paper

ON = "Transformer Model Compression for Mobile Phones"
FOUND = "Knowledge Distillation for Small Devices"
OTHERS = [f"Rainfall Forecasting from Radar, Region {i}" for i in range(8)]


def _hit(title: str, relevant: bool, n: int) -> Hit:
    paper = made_paper(title, f"{title}.").model_copy(update={"id": f"p{n}", "n": n})
    return Hit(paper=paper, score=0.1, similarity=0.3, evidence=title, relevant=relevant)


def _result(relevant_found: bool = True) -> SearchResult:
    hits = [_hit(FOUND, relevant_found, 1), _hit(ON, False, 2), _hit(OTHERS[0], False, 3)]
    return SearchResult(query="q", filters=Filters(), hits=hits)


def _similarities(embedder: MiniLMEmbedding) -> Callable[[str, list[str]], Sequence[float]]:
    def near(text: str, candidates: list[str]) -> Sequence[float]:
        vectors = np.asarray(embedder([text, *candidates]), dtype=np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        return [float(s) for s in vectors[1:] @ vectors[0]]

    return near


def _shares(titles: list[str]) -> TitleShares:
    phrases = [p for t in titles for p in title_phrases(t, lambda _: False)]
    return TitleShares(phrases, lambda: titles)


def _relevant(result: SearchResult) -> set[str]:
    return {h.paper.title for h in result.hits if h.relevant}


PROFILE = [ON, FOUND, *OTHERS]
WORDINGS = [
    "compressing transformer models",
    "transformer compression",
    "compression of transformer models",
    "model compression on phones",
    "transformers compressed",
]


@pytest.mark.parametrize("topic", WORDINGS)
def test_a_title_phrase_meaning_the_topic_puts_its_paper_on_it(
    embedder: MiniLMEmbedding, topic: str
) -> None:
    got = titled_on(topic, _result(), _shares(PROFILE), _similarities(embedder), lambda _: False)
    assert _relevant(got) == {FOUND, ON}


@pytest.mark.parametrize("topic", ["protein folding", "robot grasping", "hard negative mining"])
def test_a_far_topic_leaves_the_paper_out(embedder: MiniLMEmbedding, topic: str) -> None:
    got = titled_on(topic, _result(), _shares(PROFILE), _similarities(embedder), lambda _: False)
    assert _relevant(got) == {FOUND}


def test_a_phrase_many_papers_say_tells_no_paper_apart(embedder: MiniLMEmbedding) -> None:
    common = [ON, FOUND, *(f"Transformer Model Compression, Part {i}" for i in range(9))]
    got = titled_on(
        WORDINGS[0], _result(), _shares(common), _similarities(embedder), lambda _: False
    )
    assert _relevant(got) == {FOUND}


def test_nothing_relevant_stays_declined(embedder: MiniLMEmbedding) -> None:
    result = _result(relevant_found=False)
    got = titled_on(WORDINGS[0], result, _shares(PROFILE), _similarities(embedder), lambda _: False)
    assert _relevant(got) == set()


# The bundled profile: HRKD's title says 'language model compression'; the needs below are
# read as the cost of running models, and HRKD was left out of their lists.
CHEAPER = [
    "has qiu worked on lowering the compute cost of running models?",
    "I'd like to know if their research makes big models cheaper to deploy",
    "I'm curious whether they have worked on cutting the inference cost of models",
]


@pytest.mark.parametrize("question", CHEAPER)
def test_the_compression_paper_is_on_running_models_cheaper(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert any(c.title.startswith("HRKD") for c in answer.citations), answer.text[:300]


@pytest.mark.parametrize(
    "question",
    ["Has Minghui Qiu published on protein folding?", "quantum computing papers by qiu?"],
)
def test_a_subject_the_profile_lacks_is_still_declined(
    bundled_assistant: Assistant, question: str
) -> None:
    assert bundled_assistant.ask(question).abstained
