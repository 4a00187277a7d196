"""The whole of one subject of the work (bundled profile): its overview or its evolution, asked
any way (casual, formal, typo, he/she/they or the name, indirect, role-framed, terse), cites the
papers the subject's own list cites, grouped into threads with years, or in phases over the
years; the words framing the request (overview, story, walk me through, in plain words, for a
class, a paragraph) are never the subject. Controls: a list stays a list, a count a count, and
the whole profile's overview and trend stay as they are."""

from __future__ import annotations

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant
from prompts.understand.subjects import whole_asked

ECOMMERCE = [
    "give me an overview of her e-commerce work",
    "what has she done for e-commerce?",
    "Could you give a brief summary of Minghui Qiu's e-commerce research?",
    "what does the e-commerce side of his work look like?",
    "e-commerce stuff they worked on? short overveiw",
    "I run an online shop: explain her e-commerce papers to my team",
    "in plain words, what is qiu's e-commerce work about?",
]
DISTILLATION = [
    "summarise his knowledge distillation related work",
    "what's her story in knowledge distillation?",
    "write a paragraph on their knowledge distillation papers",
    "knowledge distillation - overview pls",
    "For my lecture, sketch Minghui Qiu's knowledge distillation research.",
    "tell me about the knowledge distillation work in general",
]
FEW_SHOT = [
    "what kind of work has she done on few-shot learning?",
    "what are qiu's contributions to few-shot learning?",
    "describe his few-shot learning research",
    "their few-shot learning work, briefly?",
    "give me the big picture of Minghui Qiu's few-shot learning papers",
    "a two-sentence summary of her few-shot learning work",
]
RL_OVER_TIME = [
    "how has her use of reinforcement learning evolved?",
    "the story of RL in their papers",
    "trace the evolution of Minghui Qiu's reinforcement learning work",
    "walk me through his RL papers over the years",
    "timeline of qiu's reinforcment learning research",
    "how did the RL work develop, from the first paper to the latest?",
]
VALLEY_LINE = [
    # the line named in a sentence before the question, which says 'it'
    "I'm writing a blog post on the Valley series. How did it evolve from the first to the last?",
    "walk me through the Valley line",
    "trace the evolution of the Valley models",
    "the Valley series: how did it develop?",
]


def _cited(answer: Answer) -> frozenset[str]:
    return frozenset(c.paper_id for c in answer.citations)


@pytest.mark.parametrize(
    ("questions", "listing"),
    [
        (ECOMMERCE, "Which papers are on e-commerce?"),
        (DISTILLATION, "Which papers are on knowledge distillation?"),
        (FEW_SHOT, "Which papers are on few-shot learning?"),
    ],
)
def test_a_subject_overview_is_its_papers_in_threads(
    bundled_assistant: Assistant, questions: list[str], listing: str
) -> None:
    papers = _cited(bundled_assistant.ask(listing))
    assert papers
    for question in questions:
        answer = bundled_assistant.ask(question)
        assert _cited(answer) == papers, (question, answer.text[:400])
        head = answer.text.split("\n")[0]
        assert "listed papers (on" in head, (question, head)
        assert "By year:" in answer.text, (question, answer.text[:400])
        framings = (
            "overview",
            "story",
            "paragraph",
            "plain",
            "lecture",
            "team",
            "side",
            "sentence",
        )
        for framing in framings:
            assert framing not in head.casefold(), (question, head)


@pytest.mark.parametrize("question", RL_OVER_TIME)
def test_a_subject_over_the_years_is_told_in_phases(
    bundled_assistant: Assistant, question: str
) -> None:
    papers = _cited(bundled_assistant.ask("Which papers are on reinforcement learning?"))
    answer = bundled_assistant.ask(question)
    assert _cited(answer) == papers, (question, answer.text[:400])
    assert "in date order" in answer.text.split("\n")[0], (question, answer.text[:300])
    assert "Phase 1" in answer.text, (question, answer.text[:300])


@pytest.mark.parametrize("question", VALLEY_LINE)
def test_a_model_line_over_time_is_each_of_its_models(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    titles = {c.title.split(":")[0] for c in answer.citations}
    assert {"Valley", "Valley2", "Valley3"} <= titles, (question, answer.text[:400])


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("which papers are on e-commerce?", "listed papers match this question"),
        ("how many papers on knowledge distillation?", "of the 50 listed papers"),
        ("give me an overview of her research", "main themes"),
        ("2 sentence summary of qiu's research", "main themes"),
        ("how has her research evolved over time?", "research moved from"),
        ("summarize Valley3", "Valley3: Scaling Omni"),
        # where the answer is to come from is no subject
        (
            "Please give a concise overview of her research areas as reflected in the profile.",
            "main themes",
        ),
        (
            "Give me an overview of his research areas according to the profile",
            "main themes",
        ),
        ("Based on the profile, an overview of their research please", "main themes"),
    ],
)
def test_nearby_questions_keep_their_answers(
    bundled_assistant: Assistant, question: str, lead: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert lead in answer.text.split("\n")[0], (question, answer.text[:300])


@pytest.mark.parametrize(
    ("question", "kind", "rest"),
    [
        ("give me an overview of her e-commerce work", "overview", "her e-commerce work"),
        ("what's his story in few-shot learning?", "overview", "few-shot learning"),
        ("the story of RL in their papers", "trend", "RL in their papers"),
        ("walk me through the Valley line", "trend", "the Valley line"),
        ("explain her medical research to a class", "overview", "her medical research"),
    ],
)
def test_the_framing_is_no_part_of_the_subject(question: str, kind: str, rest: str) -> None:
    assert whole_asked(question) == (kind, rest)


@pytest.mark.parametrize(
    "question",
    [
        "which papers are on few-shot learning?",
        "how many papers on knowledge distillation?",
        "has her RL work evolved over time?",
        "when did her e-commerce work start?",
    ],
)
def test_no_whole_is_read_where_none_is_asked(question: str) -> None:
    assert whole_asked(question) is None
