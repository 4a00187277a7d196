"""A question wrapped as new users wrap it gets the answer it gets alone: a hedge before it
('I might be wrong, but which ...?'; before a statement it frames a claim, kept), a letter's sign-off after it ('Best
wishes, Ana'), who asks with their errand set apart ('A grants officer vetting partners:'),
someone else's wondering leading into it ('Our outreach team wonders whether ...'), an errand
said first with a comma ('For a COI form, I'd like to know ...'). Needs of the bundled profile
(Minghui Qiu) in words of no eval set; a role whose words are a subject keeps them."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant


@pytest.fixture(scope="module")
def bot(bundled_assistant: Assistant) -> Assistant:
    return bundled_assistant


def _said(bot: Assistant, question: str) -> tuple[bool, set[str]]:
    answer = bot.ask(question)
    return answer.abstained, {c.paper_id for c in answer.citations}


PLAIN = "Which of her papers list Taolin Zhang?"
WRAPPED = [
    "I might be wrong, but which of her papers list Taolin Zhang?",
    "i could be mistaken but which of her papers list taolin zhang?",
    "Which of her papers list Taolin Zhang? Best wishes, Priya",
    "Which of her papers list Taolin Zhang?\nKind regards - Tom Baker",
    "A grants officer vetting partners: which of her papers list Taolin Zhang?",
    "The editor, checking conflicts - which of her papers list Taolin Zhang?",
    "Our outreach team wonders which of her papers list Taolin Zhang.",
    "For a COI form, I'd like to know which of her papers list Taolin Zhang.",
    "I may be misremembering, but which of her papers list Taolin Zhang? Cheers, Sam",
]


@pytest.mark.parametrize("question", WRAPPED)
def test_a_wrapped_question_is_answered_as_alone(bot: Assistant, question: str) -> None:
    want = _said(bot, PLAIN)
    assert not want[0] and len(want[1]) >= 2
    assert _said(bot, question) == want, bot.ask(question).text[:300]


@pytest.mark.parametrize(
    "question",
    [
        "I might be wrong, but did he ever work on logo recognition?",
        "I'm not sure this exists, but has she published on logo recognition?",
        "i could be mistaken but any logo recognition papers from qiu?",
        "Has Qiu worked on logo recognition? Thanks, Lee",
        "A journal editor checking overlaps: has Minghui Qiu written on logo recognition?",
    ],
)
def test_a_wrapped_yes_no_keeps_its_yes(bot: Assistant, question: str) -> None:
    answer = bot.ask(question)
    assert answer.text.startswith("Yes"), (question, answer.text[:300])


def test_a_role_covering_a_subject_keeps_it(bot: Assistant) -> None:
    """'covering recommender systems' is no errand: the subject is asked."""
    _, cited = _said(bot, "A journalist covering recommender systems: which of her papers fit?")
    _, alone = _said(bot, "Which of her papers are on recommender systems?")
    assert cited and cited <= alone | cited and cited & alone


@pytest.mark.parametrize(
    "question",
    [
        "For our funding agency's newsletter: which of her papers list Taolin Zhang?",
        "A funding officer here - which of her papers list Taolin Zhang?",
        "My funding body wants to know which of her papers list Taolin Zhang.",
    ],
)
def test_the_askers_funder_is_no_funding_question(bot: Assistant, question: str) -> None:
    assert _said(bot, question) == _said(bot, PLAIN), bot.ask(question).text[:300]


@pytest.mark.parametrize(
    "question",
    ["What funding agency supported the Valley paper?", "which funding body paid for HRKD?"],
)
def test_a_papers_funder_is_still_declined_as_unrecorded(bot: Assistant, question: str) -> None:
    answer = bot.ask(question)
    assert answer.abstained and "records no funding" in answer.text, answer.text[:300]


@pytest.mark.parametrize(
    "question",
    [
        "I might be wrong, but KEML classifies images.",
        "i may be mistaken but SpanProto is a vision paper",
        "I could be wrong, but Valley only handles text, right?",
    ],
)
def test_doubt_before_a_statement_keeps_the_claim_checked(bot: Assistant, question: str) -> None:
    """The hedge frames a claim the profile contradicts: never confirmed."""
    answer = bot.ask(question)
    assert not answer.text.startswith("Yes"), (question, answer.text[:300])
