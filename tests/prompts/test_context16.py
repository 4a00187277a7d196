"""What a message says around its request is no subject of it: a persona or a deadline said
first and set apart, a bot addressed by name, a sentence about the asker, a remark in
brackets, a sign-off. The request keeps its answer (a count, a topic's list, a yes or no)
whatever context is wrapped around it; where the context's words are the subject ('Knowledge
distillation: which have code?', 'for my survey on X', 'anything like that?') they stay.
Needs of the bundled profile (Minghui Qiu), in words of no eval set."""

from __future__ import annotations

import re

import pytest

from prompts.assistant import Assistant
from prompts.understand.context import context_spans, unentangled

# Each need names its own papers: a year, a subject, a category, code.
NEEDS = [
    "how many papers did Qiu publish in 2023?",  # a count
    "which of his papers are about information leakage?",  # a topic's list
    "does she have any paper on logo recognition?",  # a yes or no
    "which of Qiu's vision papers come with code?",  # a category and code
]
PERSONA = [
    "Beekeeping blogger here: {}",
    "Retired ferry captain - {}",
    "Amateur astronomer: {}",
    "night-shift pharmacist — {}",
    "Community theatre director: {}",
]
DEADLINE = [
    "Due Thursday noon: {}",
    "Deadline is tomorrow morning - {}",
    "Last-minute prep before the printer closes: {}",
    "For a slide due at nine: {}",
    "ASAP for tonight's newsletter — {}",
]
BOT = [
    "@profilebot {}",
    "@researchbot {}",
    "@qa-helper {}",
    "{} @profilebot",
    "hey @profilebot {}",
]
ASKER = [
    "My cousin keeps bees and asked me this. {}",
    "I teach ceramics at night school. {}",
    "Our book club got curious. {}",
    "I'm a ferry captain, {}",
    "We sell tiles in Lisbon, {}",
]
BRACKET = [
    "{} (asking out of pure nosiness)",
    "{} (my kid wants to know)",
    "(sorry, new here) {}",
    "{} (no deadline, just curious)",
    "{} (cousin's question, not mine)",
]
SIGNOFF = [
    "{} thanks a bunch, Priya",
    "{} cheers!",
    "{} ta, Jo",
    "{} much obliged",
    "{} merci beaucoup",
]
NUMBER = re.compile(r"\b\d+\b")
# Known misses, each for a reason outside the topic's words or inside the one threshold.
KNOWN = {
    # a weekday said first is read as a tally by weekday (the operation, not the topic)
    ("Due Thursday noon: {}", NEEDS[0]): "weekday read as a tally",
    ("Due Thursday noon: {}", NEEDS[1]): "weekday read as a tally",
    ("Due Thursday noon: {}", NEEDS[2]): "weekday read as a tally",
    ("Due Thursday noon: {}", NEEDS[3]): "weekday read as a tally",
    # 'closes', 'pure': words three papers use, so kept (a word any paper uses may be a subject)
    ("Last-minute prep before the printer closes: {}", NEEDS[3]): "'closes': 3 papers",
    ("Last-minute prep before the printer closes: {}", NEEDS[2]): "'closes': 3 papers",
    ("{} (asking out of pure nosiness)", NEEDS[3]): "'pure': 3 papers",
    # the answer's shape (a code split) is decided on the whole message, before the Query
    ("We sell tiles in Lisbon, {}", NEEDS[3]): "code split read on the whole message",
}


def _wrapped(wrapper: str, need: str) -> str:
    if not wrapper.startswith("{}") and not wrapper.endswith(". {}"):
        need = need[:1].lower() + need[1:]
    return wrapper.format(need)


def _same(assistant: Assistant, need: str, wrapper: str) -> None:
    asked = _wrapped(wrapper, need)
    want, got = assistant.ask(need), assistant.ask(asked)
    assert not want.abstained and want.citations, want.text[:200]
    same = (got.abstained, {c.paper_id for c in got.citations}) == (
        want.abstained,
        {c.paper_id for c in want.citations},
    ) and set(NUMBER.findall(got.text)) == set(NUMBER.findall(want.text))
    if (wrapper, need) in KNOWN:  # a known miss: still checked, so a fix is seen
        assert not same, f"fixed, drop it from KNOWN: {asked}"
        pytest.xfail(KNOWN[wrapper, need])
    assert same, (asked, got.text[:300], want.text[:300])


@pytest.mark.parametrize("need", NEEDS)
@pytest.mark.parametrize("wrapper", PERSONA + DEADLINE + BOT + ASKER + BRACKET + SIGNOFF)
def test_context_around_a_request_keeps_its_answer(
    bundled_assistant: Assistant, need: str, wrapper: str
) -> None:
    _same(bundled_assistant, need, wrapper)


# The same shapes where the context's words are the subject: kept.
@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("Knowledge distillation: which of his papers have code?", "distillation"),
        ("Logo recognition - anything from 2025?", "logo"),
        ("For my survey on knowledge distillation: which of his 2021 papers fit?", "distillation"),
        ("I study information leakage. Anything of hers on that?", "leakage"),
        ("Asking for a friend: his papers on quantum computing?", "quantum"),
        ("Our startup does e-commerce search - any papers like that from 2020?", "e-commerce"),
        ("Which 2021 papers (especially on distillation)?", "distillation"),
        ("How many papers on few-shot learning (in 2022)?", "few-shot"),
    ],
)
def test_context_that_says_the_subject_keeps_it(
    bundled_assistant: Assistant, question: str, subject: str
) -> None:
    query, _ = bundled_assistant.understand(question)
    assert subject in (query.topic or "").casefold(), (question, query.topic)


# A subject the profile lacks, asked inside context, is still looked for (and declined).
@pytest.mark.parametrize(
    "question",
    [
        "Asking for a friend: his papers on quantum computing?",
        "Beekeeping blogger here: does Qiu have anything on beekeeping?",
        "@profilebot any papers on protein folding?",
        "I'm a ferry captain. Has he published on ship routing?",
        "his papers on speech synthesis (for my podcast)?",
    ],
)
def test_a_subject_the_profile_lacks_is_still_declined(
    bundled_assistant: Assistant, question: str
) -> None:
    assert bundled_assistant.ask(question).abstained, question


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("Radio show prep: how many papers in 2024?", ["preamble"]),
        ("@profilebot which papers are on logos", ["bot"]),
        ("I run a club. Which papers are from 2021?", ["asker"]),
        ("Which papers on privacy (not just in passing)?", ["bracket"]),
        ("Which papers are from 2021? thanks, Sam", ["signoff"]),
        ("Which papers are from 2021?", []),
        ("At 10:30 we meet; which papers from 2021?", ["asker"]),  # no colon: a time's
        ("Is EasyNLP - the toolkit - on GitHub?", []),
    ],
)
def test_context_spans_by_shape(question: str, kinds: list[str]) -> None:
    assert [s.kind for s in context_spans(question)] == kinds


def test_nothing_of_the_request_left_keeps_the_topic() -> None:
    """A request naming nothing of its own ('anything by them?') asks about its context."""
    question = "Text-to-image generation with diffusion -- anything by them?"
    topic = "Text-to-image generation diffusion"
    assert unentangled(topic, question, False, lambda w: 0.0) == topic
