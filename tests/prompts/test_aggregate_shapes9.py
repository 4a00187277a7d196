"""Existence and aggregate asks over metadata, each an operation over the set a list question
would return: a quarter or half said without a year (its months of every year), 'at all' as
an intensifier (not 'all of the papers'), papers falling together in one month, the shape of a
title (a colon, a digit, an acronym for a name), and the year with the most papers lacking
code. Each is a family of phrasings (casual, formal, typo, he/she/they/the name, indirect,
negated) whose answers must agree with the profile's own metadata."""

from __future__ import annotations

from collections import Counter

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant
from retrieval.model import Paper


def _cited(answer: Answer) -> set[str]:
    return {c.paper_id for c in answer.citations}


def _papers(assistant: Assistant) -> list[Paper]:
    return list(assistant.profile.papers)


SECOND_QUARTER = [
    "papers in the second quarter, whatever the year?",
    "How many Q2 papers does Minghui Qiu have across all years?",
    "how many papres did she put out in the 2nd quarter of any year",
    "I'm curious how many of their papers landed in the second quarter of a year.",
    "Qiu's q2 output, every year counted together: how many papers?",
]


@pytest.mark.parametrize("question", SECOND_QUARTER)
def test_a_quarter_without_a_year_is_its_months_of_every_year(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    papers = {p.id for p in _papers(bundled_assistant) if p.date.month in (4, 5, 6)}
    assert len({p.date.year for p in _papers(bundled_assistant) if p.id in papers}) > 1
    assert _cited(answer) == papers, answer.text
    assert str(len(papers)) in answer.text, answer.text


LATE_MONTHS = [
    "did he post anything in the last three months of a year?",
    "Were any of Minghui Qiu's papers dated in the final quarter of the year?",
    "any paprs from the 4th quarter of any year?",
    "I wonder whether they ever published in Q4.",
    "has she put out papers in the last quarter of a year at all?",
]


@pytest.mark.parametrize("question", LATE_MONTHS)
def test_whether_any_paper_falls_in_a_quarter_of_any_year_is_yes_with_those_papers(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    papers = {p.id for p in _papers(bundled_assistant) if p.date.month >= 10}
    assert papers
    assert answer.text.startswith("Yes"), answer.text
    assert _cited(answer) == papers, answer.text


AT_ALL = [
    "any papers dated in october at all?",
    "Has Minghui Qiu published anything in October at all?",
    "did they put out any papr at all in october?",
    "I'm curious whether she has an October paper at all, any year.",
    "october papers, are there any at all?",
]


@pytest.mark.parametrize("question", AT_ALL)
def test_at_all_asks_whether_any_not_whether_all(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    papers = {p.id for p in _papers(bundled_assistant) if p.date.month == 10}
    assert papers
    assert answer.text.startswith("Yes"), answer.text
    assert _cited(answer) == papers, answer.text


def _months_with(assistant: Assistant, category: str, n: int) -> dict[tuple[int, int], int]:
    per = Counter((p.date.year, p.date.month) for p in _papers(assistant) if p.category == category)
    return {m: c for m, c in per.items() if c >= n}


TOGETHER = [
    ("did she ever put out two CL papers in the same month?", 2),
    ("Has Qiu had several CL-category papers within a single month?", 2),
    ("were 3 or more cl papers ever posted in one month", 3),
    ("I wonder whether they ever had multiple computation and language papers in one month.", 2),
    ("more than one CL paper in a single month, ever?", 2),
    ("Did Minghui Qiu ever release four or more CL papers in the same calendar month?", 4),
]


@pytest.mark.parametrize(("question", "n"), TOGETHER)
def test_papers_together_in_one_month_name_the_months_that_reach_the_count(
    bundled_assistant: Assistant, question: str, n: int
) -> None:
    answer = bundled_assistant.ask(question)
    months = _months_with(bundled_assistant, "CL", n)
    papers = {
        p.id
        for p in _papers(bundled_assistant)
        if p.category == "CL" and (p.date.year, p.date.month) in months
    }
    assert answer.text.startswith("Yes" if months else "No"), answer.text
    assert _cited(answer) == papers, answer.text


COLON = [
    "how many of her titles have a colon?",
    "What number of Minghui Qiu's paper titles contain a colon?",
    "titles w/ a colon in them, how many has he got",
    "For a style check I'd like to know how many titles use the 'Name: subtitle' colon.",
    "count of titels with colons?",
]


@pytest.mark.parametrize("question", COLON)
def test_titles_with_a_colon_are_counted(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    papers = {p.id for p in _papers(bundled_assistant) if ":" in p.title}
    assert str(len(papers)) in answer.text.split("\n")[0], answer.text
    assert _cited(answer) == papers, answer.text


NO_COLON = [
    "how many titles dont use a colon?",
    "Which of Qiu's titles have no colon?",
    "titles without a colon, how many?",
    "I'm curious how many of their titles lack a colon.",
    "Count the paper titles that do not contain a colon.",
]


@pytest.mark.parametrize("question", NO_COLON)
def test_titles_without_a_colon_are_the_rest(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    papers = {p.id for p in _papers(bundled_assistant) if ":" not in p.title}
    assert str(len(papers)) in answer.text.split("\n")[0], answer.text
    assert _cited(answer) == papers, answer.text


DIGIT = [
    "which titles have a number in them?",
    "Which of Minghui Qiu's paper titles include a digit?",
    "titles contaning digits, which ones?",
    "I'd like to know which of his titles carry a numeral.",
    "any titles with a digit somewhere in them?",
]


@pytest.mark.parametrize("question", DIGIT)
def test_titles_with_a_digit_are_listed(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    papers = {p.id for p in _papers(bundled_assistant) if any(c.isdigit() for c in p.title)}
    assert papers
    assert _cited(answer) == papers, answer.text


MOST_WITHOUT_CODE = [
    "which year has the most papers without code?",
    "In what year did Minghui Qiu post the most papers lacking a code link?",
    "yr with most no-code papers?",
    "I'm curious which year she put out the most papers with no code.",
    "Which year had the largest number of their papers missing code?",
]


@pytest.mark.parametrize("question", MOST_WITHOUT_CODE)
def test_the_year_with_most_papers_lacking_code_is_a_ranking_of_those_papers(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    per = Counter(p.year for p in _papers(bundled_assistant) if not p.has_code)
    (year, n), (_, second) = per.most_common(2)
    assert n > second
    assert answer.text.startswith(str(year)), answer.text
    assert str(n) in answer.text.split("\n")[0], answer.text


CODE_RATE = [
    "which category has the highest share of papers with code?",
    "In which arXiv category does Minghui Qiu release code most often, relatively?",
    "best code-release rate by catgory?",
    "I'm curious which subject category of hers has the largest proportion of papers with code.",
    "Category with the most code per paper, which is it?",
]


@pytest.mark.parametrize("question", CODE_RATE)
def test_the_category_with_the_highest_code_rate_is_a_share_not_a_count(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    per = Counter(p.category for p in _papers(bundled_assistant))
    coded = Counter(p.category for p in _papers(bundled_assistant) if p.has_code)
    rates = {c: coded[c] / n for c, n in per.items()}
    best = max(rates.values())
    winners = [c for c, r in rates.items() if r == best]
    first = answer.text.split("\n")[0]
    assert all(c in first for c in winners), answer.text
    assert all(f"{coded[c]} of {per[c]}" in first for c in winners), answer.text
    assert _cited(answer) == {
        p.id for p in _papers(bundled_assistant) if p.has_code and p.category in winners
    }, answer.text


def _per_year(assistant: Assistant) -> Counter[int]:
    return Counter(p.year for p in _papers(assistant))


RECORD = [
    ("did {y} have more papers than every previous year?", True),
    ("Was {y} a record year for Minghui Qiu?", True),
    ("did they publish more in {y} than in each earlier year", True),
    ("I wonder whether {y} beat all the previous years for her.", True),
    ("did {y} top every prior yr?", True),
]


@pytest.mark.parametrize(("question", "_"), RECORD)
def test_a_year_against_every_year_before_it_is_yes_only_when_it_beats_each(
    bundled_assistant: Assistant, question: str, _: bool
) -> None:
    per = _per_year(bundled_assistant)
    years = sorted(per)
    for y in years[1:]:
        answer = bundled_assistant.ask(question.format(y=y))
        record = all(per[y] > per[e] for e in years if e < y)
        assert answer.text.startswith("Yes" if record else "No"), (y, answer.text)


CODE_SIDES = [
    "how many more papers are there without code than with code?",
    "Papers w/o code minus papers with code, what's the difference?",
    "By how many does the number of Qiu's papers lacking code exceed those with code?",
    "without code vs with code, how many more is that",
    "I'm curious how many papers she has without code compared with those with code.",
]


@pytest.mark.parametrize("question", CODE_SIDES)
def test_both_code_sides_are_counted_and_set_against_each_other(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    coded = sum(p.has_code for p in _papers(bundled_assistant))
    without = len(_papers(bundled_assistant)) - coded
    first = answer.text.split("\n")[0]
    assert f"{without} without code" in first and f"{coded} with code" in first, answer.text
    assert f"{abs(without - coded)} more" in first, answer.text


SPLIT_2021 = [
    "how do his 2021 papers split by category?",
    "How are Minghui Qiu's 2021 publications divided among arXiv categories?",
    "2021 paprs broken down by category?",
    "I'm curious how the 2021 output divides between CL, CV, IR and the rest.",
    "their 2021 work, by category: how many in each?",
]


@pytest.mark.parametrize("question", SPLIT_2021)
def test_a_years_papers_split_by_category_gives_each_categorys_count(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    per = Counter(p.category for p in _papers(bundled_assistant) if p.year == 2021)
    assert len(per) > 1
    for category, n in per.items():
        assert f"{category} (" in answer.text and f"): {n}" in answer.text, answer.text


FIRST_ABOVE = [
    ("which year first went above {n} papers?", "first"),
    ("What was the first year in which Minghui Qiu had more than {n} papers?", "first"),
    ("earliest yr with over {n} papers?", "first"),
    ("I'd like to know the latest year she had more than {n} papers.", "last"),
    ("most recent year with more than {n} publications?", "last"),
]


@pytest.mark.parametrize(("question", "end"), FIRST_ABOVE)
def test_the_first_or_latest_year_above_a_count_is_that_one_year(
    bundled_assistant: Assistant, question: str, end: str
) -> None:
    per = _per_year(bundled_assistant)
    n = sorted(per.values())[len(per) // 2]  # a bound some years pass and some do not
    above = sorted(y for y, c in per.items() if c > n)
    assert above and len(above) < len(per)
    answer = bundled_assistant.ask(question.format(n=n))
    year = above[0] if end == "first" else above[-1]
    first = answer.text.split("\n")[0]
    assert str(year) in first, answer.text
    assert not any(str(y) in first for y in above if y != year), answer.text


WEATHER_WORDS = ("weather", "rainfall", "meteorolog", "precipitation", "storm")
FIRST_ON_WEATHER = [
    "is qiu first author on any weather paper?",
    "Does Minghui Qiu lead any of the weather-related papers as first author?",
    "is she frist author of any of her meteorology papers",
    "I'm curious whether they personally lead a rainfall or storm paper as first author.",
    "Qiu is never first author on the weather work, right?",
]


@pytest.mark.parametrize("question", FIRST_ON_WEATHER)
def test_a_role_on_a_subject_is_checked_on_every_paper_of_the_subject(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    owner = bundled_assistant.profile.name
    on_topic = [
        p
        for p in _papers(bundled_assistant)
        if any(w in f"{p.title} {p.abstract}".casefold() for w in WEATHER_WORDS)
    ]
    led = {p.id for p in on_topic if p.authors and p.authors[0] == owner}
    assert len(on_topic) > len(led) > 0  # others lead some of them: one paper is not enough
    assert answer.text.startswith(("Yes", "No, that is not right")), answer.text
    assert _cited(answer) == led, answer.text


KNOWLEDGE_TITLES = [
    "how many titles have the word knowledge in them?",
    "How many of Minghui Qiu's titles contain 'Knowledge' (compounds like Knowledge-Rich included)?",
    "count of titles with 'knowlege' in it",
    "The word knowledge in the title, how many of her papers?",
    "I'm curious how many of their paper titles literally say knowledge.",
]


@pytest.mark.parametrize("question", KNOWLEDGE_TITLES)
def test_a_word_asked_of_the_titles_counts_every_title_holding_it(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    papers = {
        p.id
        for p in _papers(bundled_assistant)
        if "knowledge" in p.title.casefold().replace("-", " ").split()
    }
    assert len(papers) > 1
    assert _cited(answer) == papers, answer.text
    assert str(len(papers)) in answer.text.split("\n")[0], answer.text


QUIETEST_MONTH = [
    "which month has the fewest of his papers when you add up all the years",
    "Which calendar month is rarest among Minghui Qiu's publication dates?",
    "least comon month for her papers, all years summed?",
    "I'm curious in which month of the year they publish least, totalled over every year.",
    "month with the lowest paper count overall, adding up the years?",
]


@pytest.mark.parametrize("question", QUIETEST_MONTH)
def test_the_quietest_calendar_month_sums_every_year(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    per = Counter(p.date.month for p in _papers(bundled_assistant))
    least = min(per[m] for m in range(1, 13))
    months = {m for m in range(1, 13) if per[m] == least}
    assert _cited(answer) == {p.id for p in _papers(bundled_assistant) if p.date.month in months}
    assert answer.text.split("\n")[0].count("calendar month") == 1, answer.text


TWO_YEARS = [
    "Was {a} a bigger year than {b} for this researcher?",
    "Did Minghui Qiu publish more in {a} than in {b}?",
    "was {a} a bigger year than {b} for her or not",
    "I'm curious whether {a} was a more productive year than {b} for them.",
    "{a} more papers than {b}, yes or no?",
]


@pytest.mark.parametrize("question", TWO_YEARS)
def test_two_years_set_against_each_other_are_counted_not_summarised(
    bundled_assistant: Assistant, question: str
) -> None:
    per = _per_year(bundled_assistant)
    a, b = sorted(per, key=lambda y: (-per[y], y))[:2]  # the busiest year, then the next
    for first, second in ((a, b), (b, a)):
        answer = bundled_assistant.ask(question.format(a=first, b=second))
        assert answer.text.startswith("Yes" if per[first] > per[second] else "No"), answer.text
        assert f"{per[first]} in {first}" in answer.text, answer.text


MOST_WITH_CODE = [
    "year with most code relases?",
    "Which year had the most of Minghui Qiu's papers with code?",
    "I'm curious which year saw the most code-accompanied papers from them.",
    "in what year did she release the most code?",
    "busiest year for papers that come with code?",
]


@pytest.mark.parametrize("question", MOST_WITH_CODE)
def test_the_year_with_most_code_papers_ranks_counts_not_shares(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    per = Counter(p.year for p in _papers(bundled_assistant) if p.has_code)
    (year, n), (_, second) = per.most_common(2)
    assert n > second
    assert answer.text.startswith(str(year)), answer.text
