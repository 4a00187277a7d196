"""A question about one named paper's content is answered with the abstract sentence that says
what it asks, though a kind of thing asked ('which part', 'the name of') first picks another
sentence of that kind: 'which part proved crucial' quotes the sentence saying what is crucial,
not only the one listing the parts. Casual, formal, typo, indirect, she/the name.
Controls: a parts question still lists the parts first, and a detail the abstract does not
state is still said to be unstated."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from prompts.answer.meaning import asked_of, shared_words
from prompts.assistant import Assistant
from retrieval.model import Paper
from retrieval.text import split_sentences
from tests.prompts.synthetic import opened, profile_text

PAPERS = [
    (
        "TriQA: Open-Domain Conversational Answering over Manuals",
        "Answering follow-up questions over long product manuals is hard for current systems. "
        "We build an end-to-end system for TriQA, featuring a retriever, a reranker, and a "
        "reader that are all based on Transformers. "
        "We create a dataset, Manual-QA, to facilitate research on TriQA. "
        "Our extensive experiments on Manual-QA demonstrate that a learnable retriever is "
        "crucial for TriQA. "
        "We further show that our system can make a substantial improvement when we enable "
        "history modeling in all system components. "
        "Finally, further analyses are performed to provide new insights into TriQA.",
    ),
    (
        "LoomKit: A Toolkit for Building Text Pipelines",
        "Text pipelines are tedious to build and to deploy for engineers without training. "
        "The source code of our LoomKit toolkit is released at GitHub "
        "(https://github.com/example/loomkit). "
        "To bridge this gap, LoomKit is designed to make it easy to build text applications, "
        "which supports a comprehensive suite of text algorithms. "
        "It further features knowledge distillation and few-shot learning functionalities, and "
        "provides a unified framework of model training, inference and deployment for "
        "real-world applications. "
        "Currently, LoomKit serves several teams and is seamlessly integrated into the "
        "Workbench of Models (WOM) products on Example Cloud.",
    ),
    (
        "DuoGNN: Two-Level Graph Networks for Basket Recommendation",
        "Basket recommendation predicts the next items a shopper buys. "
        "Specifically, DuoGNN learns two levels of item embeddings from a basket graph and a "
        "store graph, respectively. "
        "In DuoGNN, we propose a novel store-level item representation learning layer, which "
        "employs a store-aware attention mechanism to recursively incorporate the neighbors' "
        "embeddings of each node on the store graph. "
        "We also design a basket-level item representation learning layer, which employs a "
        "graph network on the basket graph to learn basket-level item embeddings within the "
        "current basket. "
        "Moreover, DuoGNN aggregates the learnt item representations of the two levels with a "
        "gated attention mechanism. "
        "Experiments on three public datasets show that DuoGNN outperforms strong baselines.",
    ),
]


@pytest.fixture(scope="module")
def ada(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return opened(Path(tmp_path_factory.mktemp("ada")), profile_text(PAPERS, "CL", 3, 3))


# Not yet: the words naming the kind asked ('system component') pick the sentence saying them
# ('improvement ... in all system components') over the one saying what is crucial.
NOT_YET = pytest.mark.xfail(strict=True, reason="the kind's words still rank another first")
CRUCIAL = [
    "TriQA: which part of the system did they find was crucial?",
    pytest.param(
        "According to the TriQA abstract, which system component proved crucial?", marks=NOT_YET
    ),
    "triqa - what componant turned out crucial?",
    "I'd like to know what the TriQA experiments identified as the crucial piece of the pipeline.",
    "Which part of her TriQA system is crucial, per the paper?",
]


@pytest.mark.parametrize("question", CRUCIAL)
def test_the_sentence_saying_what_is_crucial_is_quoted(ada: Assistant, question: str) -> None:
    answer = ada.ask(question)
    said = re.search(r"learnable retriever is\s+crucial", answer.text)
    assert not answer.abstained and said, answer.text[:500]
    assert len(answer.citations) == 1, answer.text[:500]


# Controls: the parts asked are still listed first; what the abstract does not say stays unsaid.
@pytest.mark.parametrize(
    "question", ["What are the components of the TriQA system?", "triqa parts?"]
)
def test_parts_asked_are_still_listed_first(ada: Assistant, question: str) -> None:
    answer = ada.ask(question)
    first = answer.text.split("[1]")[0]
    assert "a retriever, a reranker, and a reader" in first, answer.text[:500]


@pytest.mark.parametrize(
    "question",
    ["How many GPUs were used to train TriQA?", "what learning rate did DuoGNN use"],
)
def test_a_detail_the_abstract_does_not_state_is_said_unstated(
    ada: Assistant, question: str
) -> None:
    first = ada.ask(question).text.split(":")[0]
    assert re.search(r"does not (?:answer|say|state|give)", first), first


# The verbs of putting together are one word to the named paper's sentence ranker, as to the
# sentence picker: 'put together' / 'merge' / 'fuse' is answered by 'aggregates'.
@pytest.mark.parametrize(
    "question",
    [
        "I'm curious what DuoGNN uses to put together its two levels of item embeddings.",
        "How does DuoGNN merge them?",
        "duognn: how are the levels fused?",
        "What does their model use to combine the levels?",
    ],
)
def test_putting_together_is_said_by_aggregating(question: str) -> None:
    assert "aggregates" in _best_by_words(question)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("On how many datasets was DuoGNN tested?", "three public datasets"),
        ("what graphs does duognn learn item embeddings from", "from a basket graph"),
    ],
)
def test_other_asks_keep_their_sentence(question: str, said: str) -> None:
    assert said in _best_by_words(question)


def _best_by_words(question: str) -> str:
    """DuoGNN's sentence sharing most of the question's words, as the ranker weighs them."""
    title, abstract = PAPERS[2]
    paper = Paper(
        id="d", n=1, title=title, authors=["Ada Example"], authors_truncated=False,
        category="IR", date=dt.date(2021, 6, 9), abstract=abstract,
    )  # fmt: skip
    sentences = split_sentences(abstract)
    scores = shared_words(asked_of(question, paper), sentences, paper)
    return sentences[int(scores.argmax())]
