"""One paper pointed at by a description that ends on what kind of paper it is ('the traffic
survey', 'the coral reef benchmark paper', 'the survey on traffic forecasting, what year?'):
the kind weighs the papers that say they are one (title or 'we introduce ... a X'), not the
abstracts that merely mention the word, and the question is then about that paper alone.
Each shape is asked as a family (casual, formal, owner, indirect, after the noun); the
controls keep a plural, an indefinite or a topic reading, and two papers alike name none."""

from __future__ import annotations

import datetime as dt

import pytest

from prompts.assistant import Assistant
from prompts.understand.described import TitleIndex
from prompts.understand.kinds import kinds_of
from prompts.understand.likeness import Likeness
from retrieval.model import Paper
from retrieval.names import NameIndex


def paper(pid: str, title: str, abstract: str) -> Paper:
    return Paper(
        id=pid,
        n=int(pid[1:]),
        title=title,
        authors=["A. Writer"],
        authors_truncated=False,
        category="cs.LG",
        date=dt.date(2021, 1, 1),
        abstract=abstract,
    )


# A made-up profile: no question set speaks of these papers.
PAPERS = [
    paper(
        "p1",
        "ReefBench: Evaluating Coral Reef Segmentation",
        "We introduce ReefBench, the first benchmark dedicated to coral reef segmentation.",
    ),
    paper(
        "p2",
        "Sparse Labels for Coral Reef Segmentation",
        "We study coral reef segmentation with sparse labels and report gains on benchmark "
        "datasets.",
    ),
    paper(
        "p3",
        "A Survey on Graph Learning for Traffic Forecasting",
        "This survey reviews graph learning methods for traffic forecasting.",
    ),
    paper(
        "p4",
        "TrafficGAT: Traffic Forecasting with Graph Attention",
        "We propose TrafficGAT, a graph attention network for traffic forecasting.",
    ),
    paper(
        "p5",
        "PyLing: A Toolkit for Linguistic Annotation",
        "Annotating corpora by hand is slow; PyLing speeds linguistic annotation up.",
    ),
    paper(
        "p6",
        "Guidelines for Linguistic Annotation of Spoken Dialogue",
        "We present a corpus of spoken dialogue with linguistic annotation.",
    ),
    paper("p7", "Protein Folding with Diffusion", "We fold proteins with diffusion models."),
    paper("p8", "Speech Enhancement in Noisy Rooms", "We enhance speech recorded in rooms."),
    paper("p9", "Crop Yield Prediction from Satellites", "We predict crop yields from images."),
    paper("p10", "Music Genre Tagging", "We tag music genres with audio encoders."),
    paper("p11", "Legal Contract Clause Extraction", "We extract clauses from contracts."),
    paper("p12", "Wildfire Spread Simulation", "We simulate wildfire spread over terrain."),
]


def test_a_paper_is_the_kind_its_title_or_introduction_says() -> None:
    kinds = kinds_of(PAPERS)
    assert kinds["survey"] == {2}
    assert kinds["benchmark"] == {0}  # p2's 'benchmark datasets' are not a benchmark it brings
    assert kinds["toolkit"] == {4}
    assert kinds["corpus"] == {5}
    assert kinds["network"] == {3}


@pytest.mark.parametrize(
    ("description", "kind", "meant"),
    [
        ("coral reef", "benchmark", ["p1"]),
        ("coral reef", None, ["p1", "p2"]),  # two coral papers alike: both, no one
        ("traffic forecasting", "survey", ["p3"]),
        ("traffic forecasting", "network", ["p4"]),
        ("linguistic annotation", "toolkit", ["p5"]),
        ("linguistic annotation", "corpus", ["p6"]),
        ("traffic forecasting", "library", ["p3", "p4"]),  # no paper is one: words alone
    ],
)
def test_the_kind_said_decides_between_papers_on_the_same_subject(
    description: str, kind: str | None, meant: list[str]
) -> None:
    assert [p.id for p in Likeness(PAPERS).described(description, kind=kind)] == meant


@pytest.fixture(scope="module")
def titles() -> TitleIndex:
    return TitleIndex(PAPERS, NameIndex(PAPERS))


# Before the noun, after it, with an owner, a pointing word, a second noun, a question after.
POINTED = [
    ("the traffic survey - what year is it from?", "A Survey on Graph Learning"),
    ("What year did her traffic forecasting survey appear?", "A Survey on Graph Learning"),
    ("the survey on traffic forecasting, what year?", "A Survey on Graph Learning"),
    ("When was Writer's survey on graph learning for traffic published?", "A Survey on Graph"),
    ("survey paper on traffic forecasting: which category?", "A Survey on Graph Learning"),
    ("who wrote the coral reef benchmark paper?", "ReefBench"),
    ("that coral benchmark - is there code?", "ReefBench"),
    ("I'm curious who is behind the benchmark on coral reef segmentation.", "ReefBench"),
    ("the annotation toolkit: what year?", "PyLing"),
    ("In what year did they release the linguistic annotation corpus?", "Guidelines for"),
]


@pytest.mark.parametrize(("question", "name"), POINTED)
def test_a_kind_of_paper_described_is_read_as_that_paper(
    titles: TitleIndex, question: str, name: str
) -> None:
    assert name in titles.resolve(question), titles.resolve(question)


# Several papers, a kind as a topic, an indefinite, or two papers alike: no one paper.
NOT_POINTED = [
    "any surveys on traffic forecasting?",
    "how many benchmarks did she build?",
    "did she ever write a survey on traffic forecasting?",
    "what are her coral reef papers?",
    "the papers on traffic forecasting: which years?",
    "the coral reef paper: what year?",  # two coral papers alike
    "the coral reef work over the years",
]


@pytest.mark.parametrize("question", NOT_POINTED)
def test_a_plural_general_or_shared_description_names_no_paper(
    titles: TitleIndex, question: str
) -> None:
    assert titles.resolve(question) == question


# The bundled profile, on facts and phrasings no question set asks: one paper, cited alone.
BUNDLED = [
    ("who's first author on the span-based prototypical network?", "SpanProto"),
    ("the few-shot NER network paper - which year?", "SpanProto"),
    ("Which arXiv category is the long-context citation benchmark listed in?", "MMLongCite"),
    ("the survey on reinforcment learning reasoning: who wrote it?", "Reinforced MLLM"),
    ("has code been released for their transfer learning platform?", "EasyTransfer"),
]


@pytest.mark.parametrize(("question", "start"), BUNDLED)
def test_a_kind_of_bundled_paper_is_answered_for_that_paper_alone(
    bundled_assistant: Assistant, question: str, start: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    assert [c.title[: len(start)] for c in answer.citations] == [start], answer.text
