"""A topic's list holds its papers and no others, however the need is worded (issue 11).

Families of phrasings (casual, formal, typo, she/he/they/the name, indirect) of needs of the
bundled profile (Minghui Qiu, 50 listed papers) worded as no eval set words them; each must
cite one set of papers, and where the subject is one paper's alone, that paper only: a paper
the list's cut-off lets in off the subject fails the test. The cut-off itself (`on_topic`) is
checked on made-up hits: a paper far below the best one that does not name the topic stays
out, whatever else is listed. bench/topic_membership.py measures the cut on every set.
"""

from __future__ import annotations

import pytest

from prompts.answer.offline import LIST_MARGIN, LIST_SURE, on_topic
from prompts.assistant import Assistant
from retrieval.search import Hit
from tests.prompts.papers import made_paper
from tests.prompts.test_topic_phrasings import assert_same_papers, cited, short

# Each family: the phrasings, and the title words of the only papers on the subject (None:
# the list is only checked to agree).
FAMILIES: dict[str, tuple[list[str], list[str] | None]] = {
    "entropy collapse": (
        [
            "What has Minghui Qiu published on entropy collapse?",
            "collapse of entropy - any papers?",
            "did she write anything about entropy colapse",
            "I'm curious whether they've tackled the collapse of entropy",
            "Could you tell me which of Qiu's publications address entropy collapse?",
            "anything of his on entropy collapsing",
        ],
        ["CURE"],
    ),
    "keyframes": (
        [
            "Which of Minghui Qiu's papers are about picking keyframes?",
            "key-frame picking stuff?",
            "has he done anything on choosing key frames",
            "I'm curious whether they have worked on picking keyframes",
            "Could you tell me which of Dr. Qiu's publications select keyframes?",
            "any work of hers on keyframe picking",
        ],
        ["K-frames"],
    ),
    "interleaved queries": (
        [
            "Which of Minghui Qiu's papers deal with interleaved queries?",
            "interleaved queries stuff?",
            "does she have anything on interleaved querys",
            "I'm curious whether they have looked at interleaved queries",
            "Could you tell me which of Qiu's publications handle interleaved queries?",
            "interleaved queries in his work?",
        ],
        None,
    ),
}

# Seen and left: 'critical tokens' lists DKPLM beside CURE (DKPLM's relevance is within the
# margin of CURE's; no paper but CURE names critical tokens); 'mention classification' is
# searched as 'classification' alone, so every paper naming a classification is listed.
# Tightening the margin for these costs other sets' topics a gold paper (bench/topic_membership.py).
KNOWN_OFF_TOPIC = {
    "critical tokens": (
        [
            "Which of Minghui Qiu's papers look at critical tokens?",
            "critical tokens stuff?",
            "does he have anything on critcal tokens",
        ],
        ["CURE"],
    ),
    "mention classification": (
        [
            "What has Minghui Qiu published on mention classification?",
            "mention classification stuff?",
            "any work of his on mention classification",
        ],
        ["SpanProto"],
    ),
}


def _only(assistant: Assistant, phrasings: list[str], only: list[str] | None) -> None:
    answers = assert_same_papers(assistant, phrasings, only or [])
    if only is not None:
        titles = cited(answers[0][1])
        assert len(titles) == len(only), (phrasings[0], short(titles))


@pytest.mark.parametrize("family", FAMILIES)
def test_a_family_cites_one_set_of_papers(bundled_assistant: Assistant, family: str) -> None:
    phrasings, only = FAMILIES[family]
    _only(bundled_assistant, phrasings, only)


@pytest.mark.parametrize(
    "family",
    [
        pytest.param(f, marks=pytest.mark.xfail(strict=True, reason="see KNOWN_OFF_TOPIC"))
        for f in KNOWN_OFF_TOPIC
    ],
)
def test_known_lists_with_an_off_topic_paper(bundled_assistant: Assistant, family: str) -> None:
    phrasings, only = KNOWN_OFF_TOPIC[family]
    _only(bundled_assistant, phrasings, only)


def _hit(n: int, similarity: float, lexical: float = 0.0, named: bool = False) -> Hit:
    paper = made_paper(f"Paper {n}", "An abstract.").model_copy(update={"id": f"p{n}"})
    return Hit(
        paper=paper,
        score=1.0 / n,
        similarity=similarity,
        lexical=lexical,
        evidence="An abstract.",
        relevant=True,
        names_topic=named,
    )


def test_the_cut_leaves_out_a_paper_far_below_the_best() -> None:
    best, near = _hit(1, 0.62, 6.0), _hit(2, 0.55, 4.0)
    far = _hit(3, best.relevance - LIST_MARGIN - 0.05)  # not naming the topic
    assert far.relevance < LIST_SURE
    kept = {h.paper.id for h in on_topic([best, near, far])}
    assert kept == {"p1", "p2"}


def test_the_cut_keeps_a_paper_naming_the_topic_however_far() -> None:
    best = _hit(1, 0.62, 6.0)
    named = _hit(2, 0.2, named=True)
    unnamed = _hit(3, 0.2)
    assert {h.paper.id for h in on_topic([best, named, unnamed])} == {"p1", "p2"}


def test_the_cut_is_relative_to_the_best_paper() -> None:
    """The same two papers, both far from the question: the second is listed when it is
    within the margin of the best, not by any absolute figure."""
    weak_best, weak_second = _hit(1, 0.34, 2.0), _hit(2, 0.31, 2.0)
    assert len(on_topic([weak_best, weak_second])) == 2
    strong_best = _hit(3, 0.62, 9.0)
    assert {h.paper.id for h in on_topic([strong_best, weak_second])} == {"p3"}
