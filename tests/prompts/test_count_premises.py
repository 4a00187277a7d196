"""A count said of one paper that its abstract states otherwise is corrected first, with the
abstract's sentence: in a yes/no question, a premise, a 'why' or a 'how'. A count the abstract
does state, or one it never gives, is left alone."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant

MERIT_LANGUAGES = [
    "MERIT covers 10 languages, right?",
    "so merit is in 3 languges?",
    "Why does MERIT only support two languages?",
    "I read that the MERIT benchmark spans twelve languages. Is that accurate?",
    "how did they pick the 8 languages in MERIT",
    "Is it true that Qiu's MERIT dataset has queries in 7 languages?",  # 7 counts categories
]


@pytest.mark.parametrize("question", MERIT_LANGUAGES)
def test_a_wrong_count_of_a_named_paper_is_corrected_with_its_sentence(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    first = answer.text.split("\n")[0]
    assert "MERIT's abstract does not say" in first, answer.text[:300]
    assert "5 languages" in first and first.endswith("[1]"), first
    assert answer.citations[0].title.startswith("MERIT")


GCE_DATASETS = [
    "GCE-GNN was evaluated on five datasets?",
    "why did gce-gnn use only 2 datasets",
    "The GCE-GNN paper tests on four real-world datasets, doesn't it?",
]


@pytest.mark.parametrize("question", GCE_DATASETS)
def test_the_same_for_another_paper_and_thing(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert "GCE-GNN's abstract does not say" in answer.text, answer.text[:300]
    assert "three" in answer.text.split("\n")[0]


RIGHT_OR_UNSTATED = [
    "MERIT covers 5 languages, right?",  # stated: no correction
    "which are the five languages of MERIT",
    "what are GCE-GNN's three datasets?",
    "did RetiZero beat 19 ophthalmologists?",
    "does CURE train for 3 epochs?",  # the abstract gives no count of epochs
    "RetiZero was pretrained on about 340k fundus images?",  # 341,896, rounded
]


@pytest.mark.parametrize("question", RIGHT_OR_UNSTATED)
def test_a_count_the_abstract_states_or_never_gives_is_not_corrected(
    bundled_assistant: Assistant, question: str
) -> None:
    assert "abstract does not say" not in bundled_assistant.ask(question).text


PAPER_CITATIONS = [
    "citations for HRKD?",
    "How often has the Valley2 paper been cited?",
    "what's kecp's citation count",
    "I'm curious how many citations SpanProto got",
]


@pytest.mark.parametrize("question", PAPER_CITATIONS)
def test_the_citations_of_one_paper_are_said_to_be_unrecorded(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "no per-paper citation counts" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "I need the date of HRKD for a citation.",
        "For my citation list: the authors of Valley2?",
    ],
)
def test_a_citation_the_asker_writes_is_no_citation_count(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained and "citation count" not in answer.text, answer.text
