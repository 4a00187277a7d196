"""A topic the papers hold is found whatever the words around it: an amount said before 'of'
('a handful of labels', 'the middle of a conversation'), a word of research in general ('which
frames to keep') and the field's written shorthand ('attn', 'recs', 'docs') decline nothing.
Families on the bundled profile (Minghui Qiu), in words of no eval set, with controls: a
subject the papers lack is still declined whatever amount or shorthand comes with it."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from prompts.understand.roles import request_wording
from prompts.understand.terms import expand_shorthand

UNUSED = frozenset("handful lots middle bunch robustness survey speech".split())  # noqa: SIM905


def unseen(word: str) -> bool:
    return word.casefold() in UNUSED


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("papers on sorting texts into classes with a handful of labels", "handful"),
        ("a method that relies on lots of human annotations?", "lots"),
        ("finding evidence in the middle of a conversation", "middle"),
        ("any work using a bunch of unlabelled images", "bunch"),
    ],
)
def test_an_amount_before_of_is_no_word_of_the_subject(question: str, word: str) -> None:
    assert request_wording(question, word, unseen), question


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("papers on the robustness of language models", "robustness"),
        ("has she written a survey of reasoning models?", "survey"),
        ("does she have a handful?", "handful"),  # nothing follows: no amount of anything
        ("any speech of hers on rainfall?", "speech"),
    ],
)
def test_a_word_of_the_subject_before_of(question: str, word: str) -> None:
    assert not request_wording(question, word, unseen), question


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("attn mechanisms -- anything?", "attention mechanisms"),
        ("session based recs by her", "session based recommendations"),
        ("summaries of long docs", "summaries of long documents"),
        ("ATTN in GNNs", "attention in GNNs"),
    ],
)
def test_the_fields_shorthand_is_read_in_full(typed: str, read: str) -> None:
    assert read in expand_shorthand(typed)


# Each family asks for one subject the papers hold; every phrasing lists its papers, no decline.
FAMILIES = {
    "few labels": (
        ["Few-shot Text Cl"],
        [
            "Has Qiu worked on classifying text with a handful of labels?",
            "I'm curious whether she trains text classifiers on a handful of labels.",
            "text classifiers from a handful of labelled examples - anything by them?",
        ],
    ),
    "conversations": (
        ["Open-Retrieval Conversational", "Learning to Expand"],
        [
            "Does he have work on picking responses in the middle of a conversation?",
            "finding answers in the middle of a multi-turn conversation - any papers of theirs?",
        ],
    ),
    "session recommendation": (
        ["Session-based Recommendation"],
        [
            "session-based recs by qiu?",
            "does she have papers on session based recs",
            "Could you list Minghui Qiu's work on session-based recs?",
        ],
    ),
    "frames": (
        ["K-frames"],
        ["Has she got a method for choosing which video frames to keep?"],
    ),
}


@pytest.mark.parametrize(
    ("family", "question"), [(name, q) for name, (_, qs) in FAMILIES.items() for q in qs]
)
def test_the_topics_papers_are_listed(
    bundled_assistant: Assistant, family: str, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, (question, answer.text)
    assert not answer.text.startswith("No"), (question, answer.text)
    cited = " ".join(c.title for c in answer.citations)
    for title in FAMILIES[family][0]:
        assert title.casefold() in cited.casefold(), (question, title, answer.text)


@pytest.mark.parametrize(
    "question",
    [
        "lots of papers on speech recognition?",
        "any attn papers on protein folding?",
        "Has he published a handful of papers on quantum chemistry?",
        "any recs for volcano eruption forecasting in her work?",
    ],
)
def test_a_subject_no_paper_is_about_is_still_declined(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, (question, answer.text)


# 'AI' said with a subject ('medical AI papers'): the field the subject is in, not the arXiv
# category (topic32): the subject's papers in any category, the same ones the subject alone
# lists, with no category said.
WITH_A_CATEGORY = [
    "Has Minghui Qiu done AI work on medicine?",
    "I'm curious whether he has any AI papers on medicine.",
    "any medical AI papers from her?",
]


@pytest.mark.parametrize("question", WITH_A_CATEGORY)
def test_a_subject_said_with_ai_lists_all_its_papers(
    bundled_assistant: Assistant, question: str
) -> None:
    alone = bundled_assistant.ask("Has Minghui Qiu done work on medicine?")
    answer = bundled_assistant.ask(question)
    assert "Artificial Intelligence" not in answer.text, answer.text
    assert {c.title for c in answer.citations} == {c.title for c in alone.citations}, answer.text


def test_the_category_alone_still_lists_its_papers(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("any AI papers from her?")
    assert "match AI (Artificial Intelligence)" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Has Minghui Qiu looked at privacy risks in machine learning?",
        "privacy risks in ML, anything from her?",
    ],
)
def test_the_papers_listed_as_in_another_category_are_in_another(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "not in LG" in answer.text or "Not in LG" in answer.text, answer.text
    papers = bundled_assistant.searcher.papers
    assert all(papers[c.paper_id].category != "LG" for c in answer.citations), answer.text
