"""A subject's list does not grow with the asker's words: a paper only fairly close in meaning
is listed when it shares a good part of the keywords the best paper shares (WEAK_SUPPORT),
not merely some keyword score, which a longer wording's common words give many papers."""

from __future__ import annotations

import datetime as dt

import pytest

from prompts.answer.offline import WEAK_SUPPORT, on_topic
from prompts.assistant import Assistant
from retrieval.model import Paper
from retrieval.search import Hit
from tests.prompts.test_topic_phrasings import assert_same_papers


def hit(title: str, similarity: float, lexical: float, names_topic: bool = False) -> Hit:
    paper = Paper(
        id=title.casefold(),
        n=1,
        title=title,
        authors=["Minghui Qiu"],
        authors_truncated=False,
        category="cs.CL",
        date=dt.date(2022, 1, 1),
    )
    return Hit(
        paper=paper,
        score=1.0,
        similarity=similarity,
        lexical=lexical,
        evidence=title,
        relevant=True,
        names_topic=names_topic,
    )


def listed(hits: list[Hit]) -> list[str]:
    return [h.paper.title for h in on_topic(hits)]


def test_a_paper_fairly_close_in_meaning_with_few_of_the_keywords_is_not_listed() -> None:
    best = hit("Best", 0.62, 5.0)
    weak = hit("Weak", 0.49, 1.9)  # within the list's margin, under the share of keywords
    assert WEAK_SUPPORT * 5.0 > 1.9
    assert listed([best, weak]) == ["Best"]


def test_a_paper_fairly_close_with_a_good_share_of_the_keywords_is_listed() -> None:
    assert listed([hit("Best", 0.62, 5.0), hit("Shares", 0.45, 3.0)]) == ["Best", "Shares"]


def test_a_paper_close_in_meaning_or_naming_the_subject_is_listed_without_keywords() -> None:
    hits = [hit("Best", 0.62, 5.0), hit("Close", 0.55, 0.0), hit("Names", 0.35, 0.5, True)]
    assert listed(hits) == ["Best", "Close", "Names"]


def test_the_same_papers_are_listed_whatever_the_scale_of_the_keyword_scores() -> None:
    """A wording with more words scores every paper higher; the weak ones stay out alike."""
    short = [hit("Best", 0.60, 4.0), hit("Weak", 0.48, 1.0), hit("Other", 0.56, 3.0)]
    long = [hit(h.paper.title, h.similarity, 2.5 * h.lexical) for h in short]
    assert listed(short) == listed(long) == ["Best", "Other"]


def test_a_list_of_weak_papers_only_is_never_emptied() -> None:
    hits = [hit("Weak one", 0.40, 0.0), hit("Weak two", 0.38, 0.0)]
    assert listed(hits) == ["Weak one", "Weak two"]


# One need, phrasings in words no eval set uses; the asker's situation told first brought in
# a paper sharing only its common words ('Reverse Modeling in Large Language Models').
DISTILLING = [
    "Which of Minghui Qiu's papers shrink language models by distilling a teacher into a student?",
    "teacher student distillation for language models, anything?",
    "we need a small language model for our phones and the big one is too slow; has she "
    "published on distilling a large teacher into a compact student model?",
    "Has Qiu worked on teacher-student distillation to make language models smaller?",
    "does he have anything on distiling a big teacher language model into a small student",
    "I'm curious whether they studied distilling language models from teachers into students.",
    "Could you tell me which of their publications distill a teacher language model into a "
    "student?",
]

# Known gap: a longer account of the asker's situation still lists papers near in meaning to
# it (8 papers against 3): their similarity is over DENSE_STRONG, so no keyword share applies.
PROMPT_TUNING = [
    "Which of Minghui Qiu's papers are about prompt tuning?",
    "prompt tunning stuff??",
    "our team adapts one big pretrained model to dozens of small tasks and storing full copies "
    "hurts; has he written on prompt tuning?",
    "any papers of hers on tuning prompts for pretrained language models",
    "I'd love to know if Qiu has done anything on prompt tuning.",
    "Please list this researcher's publications about prompt tuning.",
]


def test_a_need_told_with_the_askers_situation_cites_the_papers_the_bare_need_does(
    bundled_assistant: Assistant,
) -> None:
    assert_same_papers(bundled_assistant, DISTILLING, ["Meta-KD", "Learning to Augment"])


@pytest.mark.xfail(strict=True, reason="papers near the situation's meaning are listed too")
def test_a_long_situation_before_the_subject_adds_no_paper(bundled_assistant: Assistant) -> None:
    assert_same_papers(bundled_assistant, PROMPT_TUNING, ["Towards Unified Prompt Tuning"])
