"""Aggregates as a composition: papers kept by a relation to a named paper (same year or month,
before, after, between; counting it or not) or by a date part (a day of the month), grouped
(year, month, category, code) and reduced (count, spread from the quietest group to the
busiest, mean, the first or every year one side outnumbers the other). Each family's answers
are checked against the profile's own metadata; the last tests ask combinations no phrasing
family here was written for, so the composition is tested, not the phrasings."""

from __future__ import annotations

from collections import Counter

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant
from retrieval.model import Paper


def _cited(answer: Answer) -> set[str]:
    return {c.paper_id for c in answer.citations}


def _paper(assistant: Assistant, start: str) -> Paper:
    return next(p for p in assistant.profile.papers if p.title.startswith(start))


def _first_number(text: str) -> int:
    return int(text.split()[0])


SAME_YEAR_AS = [
    "how many papers did she put out the same year SpanProto was published?",
    "In SpanProto's year, how many papers does Minghui Qiu have in total?",
    "number of qiu papers from the same yr as spanproto",
    "I'd like to know how many of their papers date from the year SpanProto came out.",
    "Counting SpanProto too, how many of his papers share its year?",
]


@pytest.mark.parametrize("question", SAME_YEAR_AS)
def test_papers_in_a_named_papers_year_are_counted_with_it(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    anchor = _paper(bundled_assistant, "SpanProto")
    same = {p.id for p in bundled_assistant.profile.papers if p.year == anchor.year}
    assert _cited(answer) == same, answer.text
    assert _first_number(answer.text) == len(same), answer.text


LEFT_OUT = [
    "Leaving SpanProto itself out, how many of his papers share its year?",
    "not counting spanproto, how many papers came out in the same year as it?",
    "How many other papers, excluding SpanProto, did Qiu publish in SpanProto's year?",
    "I'm curious how many of her papers besides SpanProto date from the same year.",
    "apart from spanproto, number of their papers from the same year as spanproto?",
]


@pytest.mark.parametrize("question", LEFT_OUT)
def test_the_named_paper_left_out_when_asked(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    anchor = _paper(bundled_assistant, "SpanProto")
    others = [p for p in bundled_assistant.profile.papers if p.year == anchor.year]
    assert _first_number(answer.text) == len(others) - 1, answer.text


AFTER_PAPER = [
    "how many papers came out after Valley2?",
    "number of qiu's papers newer than valley2",
    "I'm curious how many of their papers postdate Valley2, not counting it.",
    "How many of Minghui Qiu's works were published later than Valley2?",
    "how mny papers did she write after valley2 (valley2 excluded)?",
]


@pytest.mark.parametrize("question", AFTER_PAPER)
def test_papers_after_a_named_paper_leave_it_out(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    anchor = _paper(bundled_assistant, "Valley2")
    later = {p.id for p in bundled_assistant.profile.papers if p.date > anchor.date}
    assert str(len(later)) in answer.text.split("\n")[0], answer.text
    assert later <= _cited(answer), answer.text


DAY_TWO = [
    "How many papers are dated on the 2nd of a month?",
    "which of her papers came out on the second day of a month?",
    "count of qiu papers with a date on the 2nd of the month",
    "I'm curious how many of their papers landed on the 2nd day of any month.",
    "papers published the 2nd of a month, how many does Minghui Qiu have?",
]


@pytest.mark.parametrize("question", DAY_TWO)
def test_a_day_of_the_month_is_a_filter_on_the_dates(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    on_day = {p.id for p in bundled_assistant.profile.papers if p.date.day == 2}
    assert _cited(answer) == on_day, answer.text
    assert str(len(on_day)) in answer.text, answer.text


LG_OVER_CL = [
    "In what year did Qiu's LG papers first overtake the CL ones?",
    "first yr with more lg than cl papers?",
    "When did machine learning papers first beat computation and language papers in a year?",
    "I'm curious which year was the first in which they had more LG than CL papers.",
    "earliest year where his LG count exceeded his CL count?",
    "what was the first year her CL papers were fewer than her LG papers?",
]


def _first_ahead(papers: list[Paper], a: str, b: str, ties: bool = False) -> int | None:
    years = sorted({p.year for p in papers})
    for y in years:
        x = sum(p.year == y and p.category == a for p in papers)
        z = sum(p.year == y and p.category == b for p in papers)
        if x > 0 and (x >= z if ties else x > z):
            return y
    return None


@pytest.mark.parametrize("question", LG_OVER_CL)
def test_the_first_year_one_category_outnumbers_another(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    year = _first_ahead(list(bundled_assistant.profile.papers), "LG", "CL")
    assert year is not None
    assert answer.text.startswith(f"{year} is the first year"), answer.text
    lg = {p.id for p in bundled_assistant.profile.papers if p.year == year and p.category == "LG"}
    assert _cited(answer) == lg, answer.text


YEAR_SPREAD = [
    "how far apart are his most and least productive years, in papers?",
    "What is the gap between Minghui Qiu's busiest year and her quietest year by paper count?",
    "busiest yr minus slowest yr, number of papers?",
    "I'm curious by how many papers their top year beats their weakest year.",
    "Between the lowest-output year and the highest, what is the difference in papers?",
]


@pytest.mark.parametrize("question", YEAR_SPREAD)
def test_the_spread_from_the_quietest_year_to_the_busiest(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    per = Counter(p.year for p in bundled_assistant.profile.papers)
    top, low = max(per.values()), min(per.values())
    assert answer.text.startswith(f"The spread is {top - low} papers"), answer.text
    busiest = [y for y, n in per.items() if n == top]
    assert all(str(y) in answer.text for y in busiest), answer.text


# Combinations no family above (and no eval set) asks: each is one more pair of parts.


def test_same_month_as_a_named_paper(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("How many papers came out in the same month as GThinker?")
    g = _paper(bundled_assistant, "GThinker")
    same = {
        p.id
        for p in bundled_assistant.profile.papers
        if (p.year, p.date.month) == (g.year, g.date.month)
    }
    assert len(same) > 1
    assert _cited(answer) == same, answer.text
    assert _first_number(answer.text) == len(same), answer.text


def test_papers_between_two_named_papers(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("how many papers did she publish between Valley and Valley2?")
    a, b = _paper(bundled_assistant, "Valley:"), _paper(bundled_assistant, "Valley2")
    inside = [p for p in bundled_assistant.profile.papers if a.date < p.date < b.date]
    assert str(len(inside)) in answer.text.split("\n")[0], answer.text
    assert {p.id for p in inside} <= _cited(answer), answer.text


def test_first_year_with_at_least_as_many_code_papers_as_without(
    bundled_assistant: Assistant,
) -> None:
    answer = bundled_assistant.ask(
        "What was the first year with at least as many papers with code as without code?"
    )
    papers = list(bundled_assistant.profile.papers)
    year = next(
        y
        for y in sorted({p.year for p in papers})
        if sum(p.year == y and p.has_code for p in papers) > 0
        and sum(p.year == y and p.has_code for p in papers)
        >= sum(p.year == y and not p.has_code for p in papers)
    )
    assert answer.text.startswith(f"{year} is the first year"), answer.text


def test_every_year_one_category_holds_at_least_as_many_as_another(
    bundled_assistant: Assistant,
) -> None:
    answer = bundled_assistant.ask("In which years did she have at least as many CV as CL papers?")
    papers = list(bundled_assistant.profile.papers)
    years = [
        y
        for y in sorted({p.year for p in papers})
        if sum(p.year == y and p.category == "CV" for p in papers) > 0
        and sum(p.year == y and p.category == "CV" for p in papers)
        >= sum(p.year == y and p.category == "CL" for p in papers)
    ]
    head = answer.text.split("\n")[0]
    assert head.startswith(f"{len(years)} years with at least as many"), answer.text
    assert all(str(y) in head for y in years), answer.text


def test_the_spread_between_the_biggest_and_smallest_category(
    bundled_assistant: Assistant,
) -> None:
    answer = bundled_assistant.ask(
        "What's the difference in papers between her biggest and her smallest category?"
    )
    per = Counter(p.category for p in bundled_assistant.profile.papers)
    assert answer.text.startswith(
        f"The spread is {max(per.values()) - min(per.values())} papers"
    ), answer.text


def test_the_mean_number_of_papers_per_category(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("On average, how many papers does he have per category?")
    per = Counter(p.category for p in bundled_assistant.profile.papers)
    assert f"{len(bundled_assistant.profile.papers) / len(per):.1f}" in answer.text, answer.text


def test_papers_with_code_after_a_named_paper(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("How many papers with code came out after Valley2?")
    anchor = _paper(bundled_assistant, "Valley2")
    later = {p.id for p in bundled_assistant.profile.papers if p.date > anchor.date and p.has_code}
    assert _first_number(answer.text) == len(later), answer.text
    assert later <= _cited(answer), answer.text


def test_a_title_shape_set_against_the_one_asked_is_no_filter(
    bundled_assistant: Assistant,
) -> None:
    answer = bundled_assistant.ask("how many titles end in a question mark rather than a colon?")
    asked = {p.id for p in bundled_assistant.profile.papers if "?" in p.title}
    assert _cited(answer) == asked, answer.text


# Parts read the same way wherever they are asked


CODE_SET_ASIDE = [
    "Ignoring the papers that lack code, which of her papers is the oldest?",
    "leaving out papers without code, what's his earliest paper?",
    "excluding the ones with no code, which of their papers came out first?",
    "Disregarding papers without a code link, what is Minghui Qiu's oldest paper?",
    "apart from papers without code, wich is qiu's oldest paper?",
]


@pytest.mark.parametrize("question", CODE_SET_ASIDE)
def test_papers_set_aside_by_their_code_keep_the_other_side(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    oldest = min((p for p in bundled_assistant.profile.papers if p.has_code), key=lambda p: p.date)
    assert answer.citations and answer.citations[0].paper_id == oldest.id, answer.text


BYLINE_IN_CATEGORY = [
    "How many CV papers have her name on the byline?",
    "cv papers naming qiu, how many?",
    "Of the computer vision papers, how many show Minghui Qiu's name in the author list?",
    "I'm curious on how many CV papers their name is in the authors.",
    "how many CV papers actually name qiu (not hidden behind et al.)?",
]


@pytest.mark.parametrize("question", BYLINE_IN_CATEGORY)
def test_a_category_x_the_owner_on_the_shown_byline(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    named = {
        p.id
        for p in bundled_assistant.profile.papers
        if p.category == "CV" and any(a.casefold() == "minghui qiu" for a in p.authors)
    }
    assert _cited(answer) == named, answer.text
    assert str(len(named)) in answer.text, answer.text


QUESTION_TITLES = [
    "how many titles are themselves questions?",
    "Which of Qiu's paper titles are really questions?",
    "titles ending in a question mark instead of a colon, how many?",
    "I'm curious how many of their titles are actually phrased as a question.",
    "How many of her titles include a question mark, not only a colon?",
]


@pytest.mark.parametrize("question", QUESTION_TITLES)
def test_titles_that_are_questions_whatever_else_is_said_of_them(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    asked = {p.id for p in bundled_assistant.profile.papers if "?" in p.title}
    assert _cited(answer) == asked, answer.text


def test_a_for_fun_aside_is_no_hobby_question(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("Purely for fun: which weekday has the most of his papers?")
    per = Counter(p.date.weekday() for p in bundled_assistant.profile.papers)
    top = max(per, key=lambda d: per[d])
    assert not answer.abstained, answer.text
    assert ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][
        top
    ] in answer.text.split("\n")[0], answer.text


def test_since_a_named_paper_said_as_a_reason_is_no_date_relation(
    bundled_assistant: Assistant,
) -> None:
    answer = bundled_assistant.ask(
        "Since Kaleido-BERT works on fashion images, which papers does it compare against?"
    )
    assert "dated after" not in answer.text, answer.text


def test_the_difference_between_two_named_papers_is_no_window(
    bundled_assistant: Assistant,
) -> None:
    answer = bundled_assistant.ask("what is the difference between the papers EasyNLP and UPT?")
    assert "dated between" not in answer.text, answer.text
