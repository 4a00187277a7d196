"""Items of a kind asked of one named paper ('which N things', 'what kinds of X'): the answer
quotes the sentence naming them (a list next to the kind or a word of the same kind, items
numbered (1), (2) in a sentence saying it), after the one only announcing them ('two
complementary curricula'). Families over the bundled profile in words of no eval set: other
papers, other kinds of items."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # announced in one sentence, named in a later one
        ("What are the two curricula in the From Atoms to Chains paper?", ["atomic curriculum"]),
        ("dgrc's 2 curriculum types??", ["atomic curriculum"]),
        (
            "I'm curious which two curricula DGRC derives from teacher-student disagreement.",
            ["CoT curriculum"],
        ),
        # the kind said with another word of its kind ('problems' for 'issues', 'capabilities'
        # for 'functionalities', 'hurdles' for 'challenges')
        ("Which issues in RL does R1-ShareVL address?", ["sparse reward", "advantage vanishing"]),
        ("what shortcomings of RL does share-grpo target", ["sparse reward"]),
        (
            "Which features does Qiu's EasyNLP toolkit provide for PTMs?",
            ["knowledge distillation", "few-shot"],
        ),
        ("Name the abilities EasyNLP offers for large pre-trained models.", ["few-shot"]),
        (
            "what two challenges does RainSeer face when moving to point-wise rainfall?",
            ["volumetric radar", "physical disconnect"],
        ),
        # a list just before or after the kind
        ("Which two domains was DGRC tested in?", ["medical and legal"]),
        ("What kinds of reasoning does VIPER cover?", ["temporal", "planning"]),
        ("Which modalities does MMLongCite include?", ["images", "videos"]),
        ("which other tasks does SMedBERT improve on?", ["question matching"]),
        ("Which downstream tasks does RetiZero perform well in?", ["image-to-image retrieval"]),
        (
            "what three meteorological drivers do the storm precursors come from, per MeteoLogist?",
            ["thermodynamic", "microphysical"],
        ),
    ],
)
def test_the_items_asked_are_named(
    bundled_assistant: Assistant, question: str, named: list[str]
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, (question, answer.text[:400])
    for said in named:
        assert said.casefold() in answer.text.casefold(), (question, said, answer.text[:600])


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("Which reasoning categories do VIPER's tasks fall into?", "temporal"),
        ("what product categories does FashionBERT cover?", None),
        ("Which arXiv category is VIPER filed under?", "CV"),
        ("what category is the MMLongCite paper in?", "CV"),
    ],
)
def test_categories_of_something_are_not_the_arxiv_category(
    bundled_assistant: Assistant, question: str, category: str | None
) -> None:
    answer = bundled_assistant.ask(question)
    arxiv = "filed under the arXiv category" in answer.text
    assert arxiv == (category == "CV"), (question, answer.text[:300])
    if category:
        assert category in answer.text, (question, answer.text[:300])


@pytest.mark.parametrize(
    ("question", "title", "said"),
    [
        # a paper described by what happens in it, in words its abstract does not use
        (
            "the paper where a radar model senses storms before they form: what was it tested on?",
            "Seeing Inside the Storm",
            "NEXRAD",
        ),
        (
            "I'm curious about that benchmark scoring generated videos on their intermediate "
            "steps, not only the final frame: how many tasks does it have?",
            "Beyond the Last Frame",
            "16 tasks",
        ),
        (
            "the paper in which keyframes are chosen scene by scene for long videos - who wrote it?",
            "K-frames",
            "Yifeng Yao",
        ),
        (
            "That model which adapts activity recognition on the device at test time: when was "
            "it published?",
            "CODA",
            "2024",
        ),
    ],
)
def test_a_paper_described_by_a_clause_is_that_paper(
    bundled_assistant: Assistant, question: str, title: str, said: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert [c.title for c in answer.citations][:1] and title in answer.citations[0].title, (
        question,
        answer.text[:300],
    )
    assert said in answer.text, (question, answer.text[:400])
