"""A value asked is answered only where the evidence holds a value of that kind for that thing.
A count of a named paper's thing is held when a number of its abstract counts it ('5
languages', 'over ten business units', 'six reasoning benchmarks'), not when the abstract
merely says the thing ('tens of thousands of brands', 'named entities'): then the answer
declines, naming the count it does not state. A paper picked out by its citations is a
per-paper citation count (declined: test_unstated_asked10); the researcher's total is still
answered. Each family has siblings that must still be answered with the value."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from tests.kept_papers import cited

# Logo-VGR's abstract says 'tens of thousands of brands' and 'a small subset of brands': the
# noun, never a number of brands.
BRANDS_UNCOUNTED = [
    "How many brands are in the Logo-VGR benchmark?",
    "logo-vgr: number of brands??",
    "how many brnads does Logo-VGR cover",
    "Could you tell me how many brands Qiu's Logo-VGR paper trains on?",
    "I'm curious how many brands they tested Logo-VGR against.",
    "For a report I need the # of brands in Logo-VGR's benchmark; she must give it somewhere?",
]


@pytest.mark.parametrize("question", BRANDS_UNCOUNTED)
def test_a_count_the_abstract_only_names_is_declined(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, answer.text
    assert "does not state" in answer.text, answer.text
    head = answer.text.split("The closest it says")[0]
    assert "brands" in head or "brnads" in head, answer.text
    assert cited(answer) == {"Logo-VGR"}, answer.text


# The same shape on other papers: Valley names its videos and SpanProto its entities, with no
# number of either.
OTHER_UNCOUNTED = [
    ("how many videos does Valley's dataset have?", "Valley", "videos"),
    ("Valley: number of videos in its data?", "Valley", "videos"),
    ("How many entities does SpanProto recognise?", "SpanProto", "entities"),
    ("spanproto: number of entities it was tested on?", "SpanProto", "entities"),
]


@pytest.mark.parametrize(("question", "paper", "noun"), OTHER_UNCOUNTED)
def test_the_same_shape_on_other_papers_is_declined(
    bundled_assistant: Assistant, question: str, paper: str, noun: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, answer.text
    assert "does not state" in answer.text, answer.text
    assert noun in answer.text.split("The closest it says")[0], answer.text
    assert cited(answer) == {paper}, answer.text


# Siblings: a number of the abstract counts the thing, or a thing of its kind.
COUNTED = [
    ("How many languages does MERIT cover?", "5 languages"),
    ("merit - how many langauges?", "5 languages"),
    ("How many products does the MERIT dataset have?", "135,000 products"),
    ("How many business units at Alibaba does EasyNLP power?", "ten business units"),
    ("how many reasoning benchmarks was R1-ShareVL evaluated on?", "six"),
    ("how many tasks does Valley3's e-commerce benchmark cover?", "6 tasks"),
    ("How many entries does VFaith-Bench contain?", "755 entries"),
    ("Valley, how many temporal modules?", "three different temporal modeling modules"),
    # the noun ends the name of what the sentence counts: 'PeakClips, a dataset of 200K ...'
    ("how many clips in peakclips", "200K video highlights"),
]


@pytest.mark.parametrize(("question", "value"), COUNTED)
def test_a_count_the_abstract_gives_is_answered_with_it(
    bundled_assistant: Assistant, question: str, value: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    assert value in answer.text, answer.text
    assert answer.citations, answer.text


# A count of what the abstract says of earlier work, asked as the paper's own: a premise its
# sentences correct, answered from them (Logo-VGR is set against memorising brands; ORConvQA
# against choosing among given candidates)
SET_AGAINST = [
    ("How many brands does Logo-VGR have to memorise to work?", "Logo-VGR", "memoriz"),
    ("how many brands does logo-vgr need to memorize?", "Logo-VGR", "memoriz"),
    (
        "Qiu's open-retrieval conversational QA paper chooses among given candidate answers; "
        "how many candidates?",
        "Open-Retrieval Conversational Question Answering",
        "large collection",
    ),
    # a clause the question takes as given is checked by the answer's sentences first
    (
        "The CMedMRC dataset was scraped automatically from the web; how many questions does "
        "it hold?",
        "Knowledge-Empowered Representation Learning for Chinese Medical Reading Comprehension",
        "manually constructed",
    ),
]


@pytest.mark.parametrize(("question", "paper", "said"), SET_AGAINST)
def test_a_count_of_what_the_paper_sets_against_is_answered_from_it(
    bundled_assistant: Assistant, question: str, paper: str, said: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    assert said in answer.text, answer.text
    assert cited(answer) == {paper}, answer.text


def test_a_premise_the_abstract_refutes_is_answered_before_the_count(
    bundled_assistant: Assistant,
) -> None:
    """'Since X memorises tens of thousands of brands, how many ...?': the premise first."""
    answer = bundled_assistant.ask(
        "Since Logo-VGR works by memorising representations of tens of thousands of brands, "
        "how many brands does it store?"
    )
    assert not answer.abstained, answer.text
    assert answer.text.startswith("That premise does not hold"), answer.text
    assert cited(answer) == {"Logo-VGR"}, answer.text


# Controls: the researcher's total is the header's, and answered.
CITATION_TOTAL = [
    "How many citations does Minghui Qiu have in total?",
    "qiu total citation count?",
    "What is the most he has been cited overall?",
    "How often has she been cited, all papers together?",
]


@pytest.mark.parametrize("question", CITATION_TOTAL)
def test_the_total_citations_are_answered(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    assert "11,029" in answer.text, answer.text


# K-frames leaves the count of frames to the user ('any-k keyframes selection to meet diverse
# user budgets'): that is the abstract's answer, said, not a count it fails to state.
LEFT_OPEN = [
    "how many frames does K-frames select?",
    "number of keyframes K-frames picks?",
    "K-frames: how many frames does it keep per video",
    "Does she say how many key frames her K-frames model selects?",
]


@pytest.mark.parametrize("question", LEFT_OPEN)
def test_a_count_the_paper_leaves_open_is_answered_with_that(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    assert "any-k keyframes" in answer.text, answer.text
    assert cited(answer) == {"K-frames"}, answer.text
