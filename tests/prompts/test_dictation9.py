"""A question dictated by voice or thumbed on a phone gets the answer its typed form gets:
spoken years and numbers, letters spelled one by one for a category code or a paper's name,
a dictated 'question mark', a sentence before the question telling how the asker came to the
profile. Each behaviour is a family of phrasings (casual, formal, lower case, a slip, name or
pronoun) over the bundled profile (Minghui Qiu), in words of no eval set."""

from __future__ import annotations

import re

import pytest

from prompts.assistant import Assistant
from prompts.understand.asides import without_asides
from prompts.understand.dictation import Dictation, dictated_mark, spoken_numbers

NUMBER = re.compile(r"\b\d+\b")


def _same(assistant: Assistant, typed: str, said: str) -> None:
    """The said form cites the same papers, declines alike and states the same numbers."""
    want, got = assistant.ask(typed), assistant.ask(said)
    assert not want.abstained and (want.citations or NUMBER.search(want.text)), want.text[:200]
    assert (got.abstained, {c.paper_id for c in got.citations}) == (
        want.abstained,
        {c.paper_id for c in want.citations},
    ), (said, got.text[:300], want.text[:300])
    assert set(NUMBER.findall(got.text)) == set(NUMBER.findall(want.text)), (said, got.text)


# A year said aloud, as a speech-to-text transcript writes it.
YEARS = [
    ("how many papers did she put out in 2022", "how many papers did she put out in twenty twenty two"),
    ("List everything Minghui Qiu released in 2021.", "List everything Minghui Qiu released in two thousand and twenty one."),
    ("which of qiu's papers date from 2025", "which of qiu's papers date from twenty twenty-five"),
    ("papers they wrote in 2023, what are they", "papers they wrote in twenty twenty three what are they"),
    ("Count his publications from 2020", "count his publications from two thousand twenty"),
    ("did he have anythng out in 2024", "did he have anythng out in twenty twenty four"),
]  # fmt: skip


@pytest.mark.parametrize(("typed", "said"), YEARS)
def test_a_spoken_year_reads_as_its_digits(
    bundled_assistant: Assistant, typed: str, said: str
) -> None:
    _same(bundled_assistant, typed, said)


# A category code spelled letter by letter, or as the letters' names.
CODES = [
    ("how many CV papers does she have", "how many c v papers does she have"),
    ("Which papers of Minghui Qiu are in CL from 2021?", "which papers of minghui qiu are in see el from twenty twenty one"),
    ("any LG papers by qiu", "any el gee papers by qiu"),
    ("list their IR papers pls", "list their i r papers pls"),
    ("Does he have CV work in 2025?", "does he have see vee work in twenty twenty five"),
    ("number of papers in category LG", "number of papers in category l g"),
]  # fmt: skip


# Two category codes set against each other, both thumbed in lower case
PAIRED = [
    ("what's the ratio of her CL papers to her CV papers?", "cl:cv ratio?"),
    ("what's the ratio of her CL papers to her CV papers?", "cl to cv ratio for qiu pls"),
    ("what's the ratio of her CL papers to her CV papers?", "ratio of cl to cv papers"),
    ("CL vs CV: which has more of his papers?", "cl vs cv, which has more of his papers"),
    ("how do her IR and AI paper counts compare?", "ir/ai paper counts compared?"),
]  # fmt: skip


@pytest.mark.parametrize(("typed", "said"), PAIRED)
def test_two_codes_in_lower_case_read_as_the_codes(
    bundled_assistant: Assistant, typed: str, said: str
) -> None:
    want, got = bundled_assistant.ask(typed), bundled_assistant.ask(said)
    assert not want.abstained and NUMBER.search(want.text), want.text[:200]
    head = want.text.split("\n")[0]  # the two counts set against each other
    assert got.text.split("\n")[0] == head, (said, got.text[:300])


@pytest.mark.parametrize(("typed", "said"), CODES)
def test_a_spelled_category_code_reads_as_the_code(
    bundled_assistant: Assistant, typed: str, said: str
) -> None:
    _same(bundled_assistant, typed, said)


# A paper's short name spelled out, alone or after the word it starts with.
NAMES = [
    ("who wrote HRKD", "who wrote h r k d"),
    ("When was KECP posted?", "when was k e c p posted"),
    ("what is DGRC about", "what is d g r c about"),
    ("Meta-KD authors?", "meta k d authors"),
    ("Qiu's SRGI paper: which year?", "qiu's s r g i paper which year"),
]  # fmt: skip


@pytest.mark.parametrize(("typed", "said"), NAMES)
def test_a_spelled_paper_name_reads_as_the_name(
    bundled_assistant: Assistant, typed: str, said: str
) -> None:
    _same(bundled_assistant, typed, said)


# The mark said as words at the end of a dictated question.
MARKS = [
    ("any papers from 2021?", "any papers from twenty twenty one question mark"),
    ("Which CV papers have code?", "which c v papers have code question mark"),
    ("she has papers with Cen Chen?", "she has papers with cen chen question mark"),
    ("List the 2023 papers.", "list the twenty twenty three papers full stop"),
    ("how many papers in total?", "how many papers in total question mark"),
]  # fmt: skip


@pytest.mark.parametrize(("typed", "said"), MARKS)
def test_a_dictated_mark_is_the_mark(bundled_assistant: Assistant, typed: str, said: str) -> None:
    _same(bundled_assistant, typed, said)


# How the asker came to the profile, said before a question that asks on its own.
SCENES = [
    ("How many papers are from 2022?", "Her talk was mentioned at lunch today. How many papers are from 2022?"),
    ("Which papers have code?", "I bumped into this researcher's page this morning. Which papers have code?"),
    ("who does qiu write with most often", "a colleague forwarded me this profile yesterday. who does qiu write with most often"),
    ("What was his most recent paper?", "I only just heard his name. What was his most recent paper?"),
    ("list the 2021 papers", "saw her lab's poster earlier today. list the 2021 papers"),
    ("which years had the most papers", "Someone linked her profile in a group chat. which years had the most papers"),
    ("I'm curious which papers came out in 2020.", "Someone shared their publication list with me last night. I'm curious which papers came out in 2020."),
]  # fmt: skip


@pytest.mark.parametrize(("typed", "said"), SCENES)
def test_how_the_asker_came_to_the_profile_is_set_aside(
    bundled_assistant: Assistant, typed: str, said: str
) -> None:
    _same(bundled_assistant, typed, said)


# Who asks said first, with no pause before the question.
PERSONAS = [
    ("how many papers did she write in 2021", "as a retired nurse how many papers did she write in 2021"),
    ("Which papers have code?", "I'm a hobby programmer which papers have code"),
    ("what did qiu publish in 2023", "speaking as a grant officer what did qiu publish in twenty twenty three"),
    ("Who wrote HRKD?", "im a science writer can you tell me who wrote h r k d"),
    ("did he put out anything in 2020", "we're two librarians did he put out anything in 2020"),
]  # fmt: skip


@pytest.mark.parametrize(("typed", "said"), PERSONAS)
def test_who_asks_said_without_a_pause_is_set_aside(
    bundled_assistant: Assistant, typed: str, said: str
) -> None:
    _same(bundled_assistant, typed, said)


# What the answer is for, said first with no pause before the question.
PURPOSES = [
    ("For my grant form: how many papers did she write in 2022?", "for my grant form how many papers did she write in 2022"),
    ("For our newsletter: which papers have code?", "for our newsletter which papers have code"),
    ("for a staff memo: list qiu's 2021 papers", "for a staff memo list qiu's twenty twenty one papers"),
    ("For my spreadsheet: when was his first paper?", "for my spreadsheet when was his first paper"),
    ("For a hiring panel: who co-wrote KECP?", "for a hiring panel who co-wrote k e c p"),
]  # fmt: skip


@pytest.mark.parametrize(("typed", "said"), PURPOSES)
def test_what_it_is_for_said_without_a_pause_is_set_aside(
    bundled_assistant: Assistant, typed: str, said: str
) -> None:
    _same(bundled_assistant, typed, said)


# What is said before that carries a subject, a year or a claim, or a question pointing back
# at it, is no scene: kept.
@pytest.mark.parametrize(
    "question",
    [
        "Her work on rainfall caught my eye. Which papers should I read first?",
        "I read that 2023 was her busiest year. Is that right?",
        "I heard his lab mostly does NLP. Is this true?",
        "My team builds shopping search. Which of her papers would help?",
        "Her name came up at lunch. What about it?",
        "Her name came up at lunch. Is that so?",
        "I read that their retina model beats doctors. Can you confirm?",
        "I heard that her lab page lists a rain paper. Could you verify this for me?",
    ],
)
def test_a_sentence_with_a_subject_is_kept(question: str) -> None:
    assert without_asides(question).startswith(question.split(".")[0])


# A claim said after the scene is what is asked about: the scene goes, the claim stays.
@pytest.mark.parametrize(
    ("question", "core"),
    [
        (
            "A friend forwarded her page today. I read that 2023 was her busiest year. Is that so?",
            "I read that 2023 was her busiest year. Is that so?",
        ),
        (
            "His name came up on a podcast. I heard he only writes about vision. True?",
            "I heard he only writes about vision. True?",
        ),
    ],
)
def test_the_scene_goes_the_claim_stays(question: str, core: str) -> None:
    assert without_asides(question) == core


@pytest.mark.parametrize(
    ("said", "typed"),
    [
        ("twenty twenty four", "2024"),
        ("two thousand and three", "2003"),
        ("nineteen ninety nine", "1999"),
        ("fifty two diseases", "52 diseases"),
        ("the twenty newsgroups data", "the 20 newsgroups data"),
        ("spring 'twenty", "spring '20"),
        ("the two papers", "the two papers"),
        ("one of them", "one of them"),
        ("from march one to june thirty", "from march 1 to june 30"),
        ("may two papers", "may two papers"),
    ],
)
def test_spoken_numbers(said: str, typed: str) -> None:
    assert spoken_numbers(said) == typed


def test_spelled_letters_need_a_name_of_the_profile() -> None:
    dictation = Dictation(["CV", "CL", "IR", "AI"], ["Meta-SN", "Valley", "Valley2", "SRGI"])
    assert dictation.typed("a see v paper") == "a CV paper"
    assert dictation.typed("meta s n prototypes") == "Meta-SN prototypes"
    assert dictation.typed("s r g i's variants") == "SRGI's variants"
    assert dictation.typed("are you sure why are you") == "are you sure why are you"  # words
    assert dictation.typed("a i papers") == "a i papers"  # everyday words alone spell nothing
    assert dictation.typed("x y z papers") == "x y z papers"  # spells no name of the profile
    assert dictation.typed("valley one or valley to?") == "valley or valley2?"
    assert dictation.typed("from valley to valley2") == "from valley to valley2"
    assert dictation.typed("they publish cs cv mostly") == "they publish cs.CV mostly"
    assert dictation.typed("labelled ir or ai") == "labelled IR or AI"
    assert dictation.typed("papers in twenty twenty one question mark") == "papers in 2021?"
    assert dictation.typed("how many a100s for valley2") == "how many a100s for valley2"
    assert dictation.typed("marked as having code") == "marked as having code"  # 'as': a word


@pytest.mark.parametrize(
    ("said", "typed"),
    [
        ("any from june question mark", "any from june?"),
        ("list them full stop", "list them."),
        ("titles ending in a question mark", "titles ending in a question mark"),
        ("which titles have a question mark", "which titles have a question mark"),
        ("titles with question mark", "titles with question mark"),
    ],
)
def test_dictated_marks(said: str, typed: str) -> None:
    assert dictated_mark(said) == typed
