"""Follow-ups resolve against the previous answer's numbered sources: families of phrasings."""

from __future__ import annotations

import datetime as dt

import pytest

from prompts.answer.memory import Conversation
from prompts.answer.model import Answer, Citation

TITLES = ["GraphSum", "RainNet", "FewRel 3", "Valley-702k"]  # cited as [1]..[4]


def answer(*positions: int) -> Answer:
    """An answer citing the given papers (1-based into TITLES), numbered [1], [2]... in order."""
    citations = [
        Citation(n=n, paper_id=f"p{i}", title=TITLES[i - 1], date=dt.date(2020 + i, 1, 1))
        for n, i in enumerate(positions, 1)
    ]
    text = " ".join(f"{c.title} [{c.n}]." for c in citations)
    return Answer(question="Which papers?", text=text, citations=citations, route="retrieval")


def chat_after(*positions: int) -> Conversation:
    chat = Conversation()
    chat.add("Which papers did Ada Example co-author?", answer(*positions))
    return chat


FAMILIES = {  # expected papers, in order -> phrasings: casual, formal, typo, lower/upper case
    (2,): [
        "the second one",
        "Could you tell me more about the second paper?",
        "wat about the secnd one",
        "THE 2ND PAPER",
        "2nd one pls",
        "number 2",
        "#2",
        "tell me more abt no. 2",
        "what does [2] say?",
        "is she first author on the second one?",
        "Is she the first author on the second paper?",
    ],
    (1,): [
        "the first one",
        "What venue was the first paper published in?",
        "the frist one?",
        "and the first?",
        "tell me more about the first",
        "the first of those",
        "Does the first paper use graph neural networks?",
        "the former",
    ],
    (3,): [
        "the third one",
        "Summarise the third paper in two sentences.",
        "the thrid one",
        "what about 3rd?",
        "paper 3",
        "the second to last",
        "the penultimate paper",
    ],
    (4,): [
        "the last one",
        "Tell me more about the last paper.",
        "the forth one",
        "and the last?",
        "what's the last one about?",
        "the last paper you mentioned",
        "NUMBER 4",
    ],
    (2, 4): [
        "the second and fourth",
        "Compare the second paper with the fourth.",
        "the secnd and forth",
        "the 2nd & 4th papers",
        "#2 and #4",
        "papers 2 and 4",
    ],
    (3, 1): ["the third and the first", "The third paper and the first one.", "#3 and #1"],
    (1, 4): ["the first and the last", "Compare the first with the last.", "first and last?"],
    (1, 2): [
        "the first two",
        "The first two papers, please.",
        "top 2?",
        "those two",
        "both",
        "are both open access?",
        "Do both of them have code?",
    ],
    (3, 4): ["the last two", "What are the last two papers about?", "the last 2 ones"],
    (1, 2, 3): ["the top 3", "the first three", "The top three papers.", "papers 1-3", "#1 to #3"],
    (1, 2, 3, 4): [
        "which of those have code?",
        "Which of these were published in 2021?",
        "WHICH OF THOSE HAVE CODE",
        "any of them on arXiv?",
        "do they have code?",
        "which ones have code?",
        "the papers above",
    ],
}
FRESH = [  # no reference to the previous answer: a new question over the whole profile
    "what about reinforcement learning?",
    "How many papers did she publish in 2023?",
    "what was the first paper she published?",
    "the first paper published in 2019",
    "What was the second paper she wrote?",
    "her first paper?",
    "Ada's first paper",
    "what did she publish first?",
    "Is she first author on most of her papers?",
    "first, what's her h-index?",
    "what did she publish last year?",
    "papers from the last two years",
    "What are her top 3 venues?",
    "What is the 2nd most cited paper?",
    "does she work on both NLP and vision?",
    "Is it true that she works on RL?",
    "What is it that she works on mostly?",
    "Does she have any papers on IT?",
    "papers with iterative methods",
    "who is her most frequent co-author?",
    "papers in 2021 and 2022",
    "these days, what does she work on?",
    "top 10 papers",
]


@pytest.mark.parametrize(
    ("expected", "question"),
    [(expected, q) for expected, family in FAMILIES.items() for q in family],
)
def test_each_phrasing_of_a_reference_names_the_same_papers(
    expected: tuple[int, ...], question: str
) -> None:
    assert chat_after(1, 2, 3, 4).referenced_papers(question) == [f"p{i}" for i in expected]


@pytest.mark.parametrize("question", FRESH)
def test_a_question_without_a_reference_is_a_fresh_question(question: str) -> None:
    assert chat_after(1, 2, 3, 4).referenced_papers(question) == []


SINGULAR = [
    "it",
    "does it have code?",
    "What's its venue?",
    "Is that paper open access?",
    "this one",
    "that one pls",
    "tell me more about that",
    "the paper above",
]


@pytest.mark.parametrize("question", SINGULAR)
def test_it_and_that_paper_mean_the_only_paper_or_else_the_first(question: str) -> None:
    assert chat_after(3).referenced_papers(question) == ["p3"]
    assert chat_after(2, 4, 1).referenced_papers(question) == ["p2"]


def test_positions_follow_the_citation_numbers_of_the_last_answer() -> None:
    chat = chat_after(1, 2, 3, 4)
    chat.add("Which papers are about rainfall?", answer(4, 2))  # [1] Valley-702k, [2] RainNet
    assert chat.referenced_papers("the second one") == ["p2"]
    assert chat.referenced_papers("the first one") == ["p4"]
    assert chat.referenced_papers("which of those have code?") == ["p4", "p2"]


def test_positions_beyond_the_list_name_nothing() -> None:
    chat = chat_after(1, 2)
    assert chat.referenced_papers("the fourth one") == []
    assert chat.referenced_papers("the second and fourth") == ["p2"]
    assert chat.referenced_papers("the last one") == ["p2"]


def test_without_cited_papers_there_is_nothing_to_refer_to() -> None:
    assert Conversation().referenced_papers("which of those have code?") == []
    assert chat_after().referenced_papers("the second one") == []


@pytest.mark.parametrize(
    "question", ["compare the first two", "How do the first two differ?", "the 1st and 2nd ones"]
)
def test_positions_beyond_a_one_paper_answer_reach_the_last_list(question: str) -> None:
    chat = chat_after(1, 2, 3)  # a list, then a one-paper answer
    chat.add("what datasets does the third one use?", answer(3))
    assert chat.referenced_papers(question) == ["p1", "p2"]
    assert chat.source_of(["p1", "p2"]) is chat.turns[0].answer


@pytest.mark.parametrize("question", ["who wrote it?", "what datasets does that paper use?"])
def test_it_refers_to_the_last_answer_only(question: str) -> None:
    chat = chat_after(1, 2, 3)
    chat.add("what datasets does the third one use?", answer(3))
    assert chat.referenced_papers(question) == ["p3"]


@pytest.mark.parametrize(
    "question",
    [
        "do those have code?",
        "which of them are from 2022?",
        "any of these on arXiv?",
        "the ones above",
    ],
)
def test_those_after_a_one_paper_answer_is_the_last_list(question: str) -> None:
    """A plural means several papers: past a one-paper answer, the list before it."""
    chat = chat_after(1, 2, 3)
    chat.add("what datasets does the third one use?", answer(3))
    assert chat.referenced_papers(question) == ["p1", "p2", "p3"]
