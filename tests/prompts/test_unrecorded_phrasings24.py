"""A bibliographic value of a named paper that no profile records (issue 11: a paper's
citations, its venue, its length in pages, who paid for it) is declined however it is asked: tersely and last
('tagnet citations?', 'cites for X'), with a slip in the word ('conferance', 'jounral'), or by
its measure ('how many pages long', 'page length of X', 'the sequence length'); the decline
says what the profile holds, and no sentence of the abstract is passed off as the answer.
Controls: the owner's own citations, a subject that happens to be citations, a venue asked
as before, and a length the abstract does state, keep their answers. Papers and phrasings are
made up: no eval set holds them."""

from __future__ import annotations

from pathlib import Path

import pytest

from prompts.answer.unheld import asked_measures
from prompts.assistant import Assistant
from tests.prompts.synthetic import opened, profile_text

TAGNET = (
    "TagNet: Span Prototypes for Clinical Entity Tagging",
    "We propose TagNet, a span prototype tagger for clinical notes. Experiments on three "
    "benchmarks show clear gains over strong baselines.",
)
FLOWSUM = (
    "FlowSum: Reference-Free Scoring of Long Summaries",
    "We propose FlowSum, which scores summaries without references. FlowSum reads documents "
    "with a context length of 4096 tokens and agrees with human ratings.",
)


@pytest.fixture(scope="module")
def ada(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    text = profile_text([TAGNET, FLOWSUM], "CL", others=2, kinds=3)
    return opened(Path(tmp_path_factory.mktemp("ada")), text)


CITATIONS = [
    "tagnet citations?",
    "TagNet paper citations?",
    "cites for 'TagNet: Span Prototypes for Clinical Entity Tagging'?",
    "her tagnet paper -- cites?",
    "How many citations does the TagNet paper have?",
]


@pytest.mark.parametrize("question", CITATIONS)
def test_a_papers_citations_asked_in_any_words_are_declined(ada: Assistant, question: str) -> None:
    answer = ada.ask(question)
    assert answer.abstained, answer.text
    assert "no per-paper citation counts" in answer.text, answer.text
    assert "TagNet" in answer.text, answer.text  # the paper asked of is named


@pytest.mark.parametrize(
    "question", ["ada example citations?", "How many citations does she have?"]
)
def test_the_owners_citations_are_still_the_headers_total(ada: Assistant, question: str) -> None:
    answer = ada.ask(question)
    assert not answer.abstained, answer.text
    assert "10 citations" in answer.text, answer.text


def test_details_asked_for_a_citation_are_no_count_asked(ada: Assistant) -> None:
    answer = ada.ask("I need the authors and the date of the TagNet paper for a citation.")
    assert not answer.abstained, answer.text
    assert "per-paper citation" not in answer.text, answer.text


def test_a_subject_of_citations_is_no_count_asked(ada: Assistant) -> None:
    answer = ada.ask("any papers about citations?")
    assert "per-paper citation" not in answer.text, answer.text
    assert "10 citations" not in answer.text, answer.text


VENUES = [
    "what conferance was tagnet in",
    "Which jounral published TagNet?",
    "TagNet conferance?",
    "which conference was TagNet published at?",
]


@pytest.mark.parametrize("question", VENUES)
def test_a_venue_typed_with_a_slip_is_declined_as_unrecorded(ada: Assistant, question: str) -> None:
    answer = ada.ask(question)
    assert answer.abstained, answer.text
    assert "records no venue" in answer.text, answer.text


LENGTHS = [
    "How many pages long is the TagNet paper?",
    "page length of her TagNet paper?",
    "tagnet page-length?",
    "What's the maximum sequence length TagNet uses?",
]


@pytest.mark.parametrize("question", LENGTHS)
def test_a_length_the_abstract_never_gives_is_declined(ada: Assistant, question: str) -> None:
    answer = ada.ask(question)
    assert answer.abstained, answer.text
    assert "does not state" in answer.text, answer.text


def test_a_length_the_abstract_states_is_answered(ada: Assistant) -> None:
    answer = ada.ask("What is the context length of FlowSum?")
    assert not answer.abstained, answer.text
    assert "4096" in answer.text, answer.text


FUNDING = [
    "Was the TagNet research paid for by a government grant?",
    "was tagnet supported by any government grants?",
    "tagnet -- paid for by whom?",
]


@pytest.mark.parametrize("question", FUNDING)
def test_who_paid_for_a_paper_is_declined_as_unrecorded(ada: Assistant, question: str) -> None:
    answer = ada.ask(question)
    assert answer.abstained, answer.text
    assert "who funded it" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "noun", "how"),
    [
        ("How many pages long is X?", "pages", "count"),
        ("page length of X?", "page", "length"),
        ("What's the sequence length of X?", "sequence", "length"),
    ],
)
def test_the_measure_asked_is_its_noun_not_the_adjective(
    question: str, noun: str, how: str
) -> None:
    measures = asked_measures(question)
    assert measures and measures[0].noun == noun and measures[0].how == how, measures
    assert all(m.phrase in ((), (noun,)) for m in measures), measures  # 'long' is no noun


@pytest.mark.parametrize(
    "question", ["X - how many length buckets?", "how many tasks, how many length ranges?"]
)
def test_length_said_of_other_things_is_no_length_asked(question: str) -> None:
    assert not [m for m in asked_measures(question) if m.how == "length"]
