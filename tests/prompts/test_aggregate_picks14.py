"""Picks as independent slots (prompts/understand/picks.py): an ordering key (the date, a
title's length in words or characters), a place counted from either end with any ordinal, how
many are taken, a title's first or last word or letter, and the paper next to a named one.
Each slot is asked in a family of phrasings no eval set holds, and every combination of an
ordering with a selection is asked; the expected papers are computed here from the bundled
profile's own records, never written down."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from prompts.answer.aggregates import measure
from prompts.answer.model import Answer
from prompts.answer.picks import place_word
from prompts.assistant import Assistant
from prompts.understand.picks import Pick, read_pick
from retrieval.model import Paper

WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh"}


def _cited(answer: Answer) -> set[str]:
    return {c.paper_id for c in answer.citations}


def _key(order: str) -> Callable[[Paper], tuple[object, ...]]:
    if order == "date":
        return lambda p: (p.date,)
    return lambda p: (measure(p, order),)


def _at(papers: list[Paper], order: str, k: int, late: bool) -> set[str]:
    """The papers holding the k-th place from that end (every paper tied with it)."""
    key = _key(order)
    ranked = sorted(papers, key=lambda p: (key(p), p.date, p.n), reverse=late)
    return {p.id for p in papers if key(p) == key(ranked[k - 1])}


def _first_k(papers: list[Paper], order: str, n: int, late: bool) -> tuple[set[str], set[str]]:
    """The papers that must be among the n picked, and those that may (ties at the cut)."""
    key = _key(order)
    ranked = sorted(papers, key=lambda p: (key(p), p.date, p.n), reverse=late)
    cut = key(ranked[n - 1])
    sure = {p.id for p in ranked[:n] if key(p) != cut}
    return sure, sure | {p.id for p in papers if key(p) == cut}


# The parser: each slot on its own, ordinals as numbers
@pytest.mark.parametrize(
    ("question", "k", "late"),
    [
        ("What is the third-oldest paper?", 3, False),
        ("whats her 3rd oldest publication", 3, False),
        ("Which was the fifth-newest paper they wrote?", 5, True),
        ("the 2nd most recent paper by Qiu?", 2, True),
        ("what was the penultimate paper he published", 2, True),
        ("Which paper is second-to-last in date order?", 2, True),
        ("the next-to-last paper of 2022?", 2, True),
        ("the last but two of their papers", 3, True),
        ("I'd like the seventh earliest of his articles.", 7, False),
        ("the antepenultimate paper?", 3, True),
        ("What was the fourth paper she ever published?", 4, False),
        ("their 11th oldest work?", 11, False),
    ],
)
def test_place_read_as_number(question: str, k: int, late: bool) -> None:
    pick = read_pick(question)
    assert pick is not None, question
    assert (pick.order, pick.k, pick.late, pick.take) == ("date", k, late, 1)


@pytest.mark.parametrize(
    ("question", "order", "take", "late"),
    [
        ("the three longest titles?", "title_words", 3, True),
        ("Which 4 papers have the shortest titles?", "title_words", 4, False),
        ("top five longest titles in characters", "title_chars", 5, True),
        ("the two shortest titles by character count", "title_chars", 2, False),
        ("Give me the 3 papers with the lengthiest titles", "title_words", 3, True),
    ],
)
def test_how_many_taken(question: str, order: str, take: int, late: bool) -> None:
    pick = read_pick(question)
    assert pick is not None, question
    assert (pick.order, pick.take, pick.late) == (order, take, late)


@pytest.mark.parametrize(
    ("question", "start", "end", "letter"),
    [
        ("Which titles start with 'Learning'?", "Learning", None, False),
        ("papers whose title begins with the word Meta", "Meta", None, False),
        ("how many titles begin with the letter M?", "M", None, True),
        ('any of his paper titles starting with "Towards"?', "Towards", None, False),
        ("which titles end with the word Models", None, "Models", False),
        ("titles that open with K?", "K", None, True),
    ],
)
def test_title_affix(question: str, start: str | None, end: str | None, letter: bool) -> None:
    pick = read_pick(question)
    assert pick is not None, question
    assert (pick.title_start, pick.title_end, pick.letter) == (start, end, letter)
    assert pick.order == "date", "the letter asked is no length"


@pytest.mark.parametrize(
    "question",
    [
        "Who is the second-to-last author on Valley?",  # a place on the byline
        "What is the third most common category?",  # a group's rank, not a paper's place
        "What was the longest gap between two papers?",  # no paper's length
        "What is his oldest paper?",  # the end itself: the router's ordering reads it
        "the three newest papers",  # the n newest: the router's ordering reads it
        "What is the longest title?",  # the longest: the aggregate fields read it
        "Since their work together ended in 2020, which paper was the last?",  # a date
        "her records begin in 2019, so what came first?",  # a date, no title word
        "list the titles that end in or contain a question",  # no word asked
        "What did they publish right after joining the lab?",  # no paper's window
        "not the longest one: which title is shortest?",  # one end, set aside for the other
    ],
)
def test_other_readings_kept(question: str) -> None:
    assert read_pick(question) is None, question


# The answers: every ordering with every selection, checked against the records
ORDERS = {
    "date": ("oldest", "newest", "paper", ""),
    "title_words": ("shortest", "longest", "title", " (in words)"),
    "title_chars": ("shortest", "longest", "title", " in characters"),
}


@pytest.mark.parametrize("order", list(ORDERS))
@pytest.mark.parametrize("late", [False, True])
@pytest.mark.parametrize("k", [2, 3, 5])
def test_kth_from_either_end(bundled_assistant: Assistant, order: str, late: bool, k: int) -> None:
    early_word, late_word, noun, unit = ORDERS[order]
    end = late_word if late else early_word
    answer = bundled_assistant.ask(f"Which is the {WORDS[k]}-{end} {noun}{unit}?")
    papers = list(bundled_assistant.profile.papers)
    cited = _cited(answer)
    expected = _at(papers, order, k, late)
    assert cited and cited <= expected, answer.text
    assert f"{place_word(k)}-{end}" in answer.text, answer.text


@pytest.mark.parametrize("order", ["title_words", "title_chars"])
@pytest.mark.parametrize("late", [False, True])
@pytest.mark.parametrize("n", [2, 3, 4])
def test_top_n_from_either_end(
    bundled_assistant: Assistant, order: str, late: bool, n: int
) -> None:
    early_word, late_word, _, unit = ORDERS[order]
    end = late_word if late else early_word
    answer = bundled_assistant.ask(f"the {n} {end} titles{unit}?")
    sure, may = _first_k(list(bundled_assistant.profile.papers), order, n, late)
    cited = _cited(answer)
    assert sure <= cited <= may, answer.text


@pytest.mark.parametrize(
    ("template", "years", "category"),
    [
        ("What is the {place}-oldest CV paper?", None, "CV"),
        ("the {place} most recent paper in 2025", (2025,), None),
        ("which was the {place}-newest CL paper from 2020 to 2022?", (2020, 2021, 2022), "CL"),
        ("the {place} oldest paper with code?", None, None),
    ],
)
@pytest.mark.parametrize("k", [2, 4])
def test_place_within_filters(
    bundled_assistant: Assistant, template: str, years: tuple[int, ...] | None,
    category: str | None, k: int,
) -> None:  # fmt: skip
    answer = bundled_assistant.ask(template.format(place=WORDS[k]))
    kept = [
        p
        for p in bundled_assistant.profile.papers
        if (years is None or p.year in years)
        and (category is None or p.category == category)
        and ("code" not in template or p.has_code)
    ]
    late = "recent" in template or "newest" in template
    cited = _cited(answer)
    assert cited and cited <= _at(kept, "date", k, late), answer.text


def test_place_beyond_the_papers_says_so(bundled_assistant: Assistant) -> None:
    kept = [p for p in bundled_assistant.profile.papers if p.year == 2023]
    k = len(kept) + 2
    answer = bundled_assistant.ask(f"What was the {place_word(k)} oldest paper of 2023?")
    assert f"Only {len(kept)} listed papers" in answer.text, answer.text
    assert f"no {place_word(k)}-oldest" in answer.text, answer.text


STARTING = [  # (template, the word written in lower case)
    ("Which titles start with '{word}'?", False),
    ("how many of his paper titles begin with the word {word}", False),
    ("papers whose titles start with {word}??", False),
    ('I\'m curious which titles open with "{word}".', False),
    ("list the titles starting with {word}", True),
]


@pytest.mark.parametrize(("template", "lower"), STARTING)
def test_titles_starting_with_a_word(
    bundled_assistant: Assistant, template: str, lower: bool
) -> None:
    papers = bundled_assistant.profile.papers
    firsts = [re.match(r"[A-Za-z]+", p.title) for p in papers]
    counts: dict[str, int] = {}
    for m in firsts:
        if m:
            counts[m[0]] = counts.get(m[0], 0) + 1
    for word in sorted(w for w, c in counts.items() if c > 1)[:3]:
        question = template.format(word=word.casefold() if lower else word)
        answer = bundled_assistant.ask(question)
        expected = {p.id for p in papers if re.match(rf"{word}(?![A-Za-z])", p.title, re.I)}
        assert _cited(answer) == expected, (question, answer.text)
        assert f"{len(expected)} of the" in answer.text, answer.text


@pytest.mark.parametrize("letter", ["M", "S", "K"])
def test_titles_starting_with_a_letter(bundled_assistant: Assistant, letter: str) -> None:
    answer = bundled_assistant.ask(f"how many titles begin with the letter {letter}?")
    expected = {
        p.id for p in bundled_assistant.profile.papers if p.title.upper().startswith(letter)
    }
    assert _cited(answer) == expected, answer.text


def test_no_title_with_the_word_says_what_was_looked_for(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("Which titles start with the word Zebra?")
    assert not answer.citations
    assert "starting with 'Zebra'" in answer.text, answer.text


@pytest.mark.parametrize(
    ("template", "after"),
    [
        ("what came out right before {short}?", False),
        ("the paper just after {short}", True),
        ("Which paper did she publish immediately prior to {short}?", False),
        ("what was the next paper after {short}?", True),
        ("the one directly before {short}, please", False),
    ],
)
def test_paper_next_to_a_named_one(
    bundled_assistant: Assistant, template: str, after: bool
) -> None:
    papers = sorted(bundled_assistant.profile.papers, key=lambda p: (p.date, p.n))
    for name in ("HRKD", "Valley2", "EasyNLP"):
        named = next(p for p in papers if p.title.startswith(name + ":"))
        side = [p for p in papers if (p.date > named.date if after else p.date < named.date)]
        nearest = side[0] if after else side[-1]
        expected = {p.id for p in side if p.date == nearest.date}
        answer = bundled_assistant.ask(template.format(short=name))
        assert _cited(answer) and _cited(answer) <= expected, (name, answer.text)


def test_pick_is_a_value() -> None:
    assert Pick().take == 1 and Pick().k == 1 and not Pick().late


def _longest_run(papers: list[Paper], monthly: bool) -> int:
    """The most consecutive years (or months) with a paper, counted here from the records."""
    held = sorted({p.year * 12 + p.date.month - 1 if monthly else p.year for p in papers})
    best = run = 0
    for i, x in enumerate(held):
        run = run + 1 if i and x == held[i - 1] + 1 else 1
        best = max(best, run)
    return best


RUNS = [
    ("What's the longest run of consecutive years with a {cat} paper?", False),
    ("how many years in a row did she put out {cat} work", False),
    ("longest streak of years with at least one {cat} publication?", False),
    ("For a timeline: the most successive years Qiu had a {cat} paper?", False),
    ("most consecutive months with a {cat} paper?", True),
]


@pytest.mark.parametrize(("template", "monthly"), RUNS)
@pytest.mark.parametrize("category", ["CV", "CL", "LG"])
def test_longest_run_of_periods(
    bundled_assistant: Assistant, template: str, monthly: bool, category: str
) -> None:
    kept = [p for p in bundled_assistant.profile.papers if p.category == category]
    answer = bundled_assistant.ask(template.format(cat=category))
    n = _longest_run(kept, monthly)
    unit = "month" if monthly else "year"
    assert f"is {n} {unit}{'s' if n > 1 else ''}" in answer.text, answer.text
    assert _cited(answer) <= {p.id for p in kept}, answer.text


def _alphabetical(papers: list[Paper], late: bool) -> list[Paper]:
    return sorted(papers, key=lambda p: re.sub(r"[^\w\s]", "", p.title).casefold(), reverse=late)


ALPHABETICAL = [
    ("What's the {place} title in alphabetical order?", False),
    ("the {place} paper when his titles are sorted A-Z", False),
    ("{place} title alphabetically, counting from Z to A?", True),
    ("if I shelve her papers alphabetically by title, which is {place}?", False),
    ("the {place}-to-last title alphabetically", True),
]


@pytest.mark.parametrize(("template", "late"), ALPHABETICAL)
@pytest.mark.parametrize("k", [2, 4, 6])
def test_place_in_the_alphabet(
    bundled_assistant: Assistant, template: str, late: bool, k: int
) -> None:
    answer = bundled_assistant.ask(template.format(place=WORDS[k]))
    expected = _alphabetical(list(bundled_assistant.profile.papers), late)[k - 1]
    assert _cited(answer) == {expected.id}, answer.text


@pytest.mark.parametrize("late", [False, True])
@pytest.mark.parametrize("n", [2, 3, 5])
def test_first_n_in_the_alphabet(bundled_assistant: Assistant, late: bool, n: int) -> None:
    word = "last" if late else "first"
    answer = bundled_assistant.ask(f"the {word} {n} titles alphabetically")
    expected = _alphabetical(list(bundled_assistant.profile.papers), late)[:n]
    assert _cited(answer) == {p.id for p in expected}, answer.text
