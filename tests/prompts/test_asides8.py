"""A structured need keeps its answer whatever is said around it: who the asker is said
first, what the answer is for said after, a hedge, an emoji. The need (a count, a year's
list, the first paper, co-authors, code, categories) is decided on the clause that asks; the
asides are set aside. Needs of the bundled profile (Minghui Qiu) in words of no eval set."""

from __future__ import annotations

import re

import pytest

from prompts.assistant import Assistant
from prompts.understand.asides import without_asides, without_emoji

# Each need asked plainly, in several styles (formal, casual, lower case, name, pronoun).
NEEDS = [
    "How many papers did Minghui Qiu put out in 2022?",
    "which of her papers came out in 2021",
    "What was the very first paper Qiu released?",
    "Who co-wrote the EasyNLP paper?",
    "Which of their papers come with source code?",
    "what arxiv categories do his papers fall under?",
]

PERSONAS = [
    "As a retired nurse, {}",
    "speaking as someone who invests in biotech: {}",
    "I'm a high school teacher - {}",
    "as an outsider, {}",
    "We're two librarians. {}",
]
PURPOSES = [
    "{}, for my grant paperwork?",
    "{} - it's for a conference bio?",
    "{} (need it for my CV)",
    "{} for our department newsletter?",
    "{}; mostly for my own records",
]
HEDGES = [
    "real quick, {}",
    "{}, if you can?",
    "no rush, but {}",
    "{} by any chance?",
    "sorry to bother you - {}",
]
EMOJI = [
    "{} 😊",
    "{} 🙏🙏",
    "🤓 {}",
    "{} :)",
    "{} 👍🏽",
]
NUMBER = re.compile(r"\b\d+\b")


def _styled(wrapper: str, need: str) -> str:
    """The need inside the wrapper: lower-cased after words before it, its mark dropped
    where the wrapper closes it."""
    if not wrapper.startswith("{}") and not need.startswith(("I'm", "EasyNLP")):
        need = need[:1].lower() + need[1:]
    if not wrapper.endswith("{}"):
        need = need.rstrip("?.!")
    return wrapper.format(need)


def _same(assistant: Assistant, plain: str, styled: str) -> None:
    want, got = assistant.ask(plain), assistant.ask(styled)
    assert not want.abstained and (want.citations or NUMBER.search(want.text)), want.text[:200]
    assert (got.abstained, {c.paper_id for c in got.citations}) == (
        want.abstained,
        {c.paper_id for c in want.citations},
    ), (styled, got.text[:300], want.text[:300])
    assert set(NUMBER.findall(got.text)) == set(NUMBER.findall(want.text)), (styled, got.text)


@pytest.mark.parametrize("need", NEEDS)
@pytest.mark.parametrize("wrapper", PERSONAS)
def test_who_asks_said_first_keeps_the_answer(
    bundled_assistant: Assistant, need: str, wrapper: str
) -> None:
    _same(bundled_assistant, need, _styled(wrapper, need))


@pytest.mark.parametrize("need", NEEDS)
@pytest.mark.parametrize("wrapper", PURPOSES)
def test_what_it_is_for_said_after_keeps_the_answer(
    bundled_assistant: Assistant, need: str, wrapper: str
) -> None:
    _same(bundled_assistant, need, _styled(wrapper, need))


@pytest.mark.parametrize("need", NEEDS)
@pytest.mark.parametrize("wrapper", HEDGES)
def test_a_hedge_keeps_the_answer(bundled_assistant: Assistant, need: str, wrapper: str) -> None:
    _same(bundled_assistant, need, _styled(wrapper, need))


@pytest.mark.parametrize("need", NEEDS)
@pytest.mark.parametrize("wrapper", EMOJI)
def test_an_emoji_keeps_the_answer(bundled_assistant: Assistant, need: str, wrapper: str) -> None:
    _same(bundled_assistant, need, _styled(wrapper, need))


# An aside that says its subject, or a phrase that is part of what is asked, stays: its words
# change which papers are cited or what is counted.
@pytest.mark.parametrize(
    "question",
    [
        "As a first author, which papers did she write?",
        "as a percentage, how many of his papers have code?",
        "Which papers would help, for my thesis on knowledge distillation?",
        "Which of her papers are good for my students?",
        "what did they publish for the past year?",
        "Which papers, if any, release code?",
        "code + not CV → which papers?",
    ],
)
def test_what_asks_or_says_a_subject_is_kept(question: str) -> None:
    assert without_asides(question) == question


@pytest.mark.parametrize(
    ("asked", "core"),
    [
        ("As a retired nurse, how many papers in 2022?", "how many papers in 2022?"),
        ("How many papers in 2022 - it's for a visa form?", "How many papers in 2022?"),
        ("how many papers in 2022 (need it for my slides)", "how many papers in 2022"),
        ("real quick, which papers have code?", "which papers have code?"),
        ("I think I know, but did she publish in 2020?", "did she publish in 2020?"),
        ("Which papers have code, if possible?", "Which papers have code?"),
    ],
)
def test_the_core_question(asked: str, core: str) -> None:
    assert without_asides(asked) == core


# Who asks with what they work on, before a question that names no subject of its own: the
# subject is theirs ('a journalist covering recommender systems'), not the whole research.
OWN_SUBJECT = [
    "As a journalist covering recommender systems, what should I read first?",
    "I'm a product manager working on recommendation - which of her papers would help?",
    pytest.param(
        "speaking as an engineer who builds recommenders: anything useful for me?",
        marks=pytest.mark.xfail(
            strict=True, reason="a role said with its work is kept whole as context: overview"
        ),
    ),
    "as someone who works on session-based recommendation, what would you point me to?",
    "We're two analysts in e-commerce recommendation. which papers fit?",
]


@pytest.mark.parametrize("question", OWN_SUBJECT)
def test_who_asks_with_a_subject_gives_the_subject(
    bundled_assistant: Assistant, question: str
) -> None:
    got = bundled_assistant.ask(question)
    titles = [c.title for c in got.citations]
    assert not got.abstained and 0 < len(titles) <= 8, (question, got.text[:300])
    assert any("Session-based Recommendation" in t for t in titles), (question, titles)


def test_emoji_at_the_ends_go_and_symbols_that_say_something_stay() -> None:
    assert without_emoji("🙏 papers with code → 2023? 🙏🏽") == "papers with code → 2023?"
    assert without_emoji("code + not CV → which papers? :)") == "code + not CV → which papers?"


def test_an_emoji_inside_may_stand_for_a_word() -> None:
    assert without_emoji("Valley ⭐ count?") == "Valley ⭐ count?"


# 'I think' closing a statement makes it a claim to check, not a hedge to drop.
def test_i_think_after_a_statement_is_kept() -> None:
    assert without_asides("he has no papers on graphs i think?") == (
        "he has no papers on graphs i think?"
    )


def test_a_question_of_pronouns_after_context_leans_on_it(bundled_assistant: Assistant) -> None:
    got = bundled_assistant.ask(
        "For a blog post I need her shoe size and blood type. What are they?"
    )
    assert got.abstained and not got.citations, got.text[:200]
