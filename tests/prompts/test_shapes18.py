"""Record questions in shapes the readers did not know: a month by its place in a year ('the
first month of 2026', 'the final month of the year'), a query string or formula naming record
fields ('?cat=LG&code=0 -> how many', 'month == Feb'), and several categories each counted ('how
many CV, how many LG, how many AI?'). Every expected value is computed here from the bundled
profile's records; each family mixes casual, formal, terse and he/she/they/the-name phrasings;
controls keep their reading."""

from __future__ import annotations

import calendar

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant
from prompts.understand.formulas import in_words
from retrieval.model import Paper

PRONOUNS = ["his", "her", "their", "Qiu's"]
SUBJECTS = ["he", "she", "they", "Qiu"]


def _ids(answer: Answer) -> set[str]:
    return {c.paper_id for c in answer.citations}


def _first(answer: Answer) -> str:
    return answer.text.split("\n")[0]


def _count_said(answer: Answer, papers: list[Paper]) -> None:
    """The answer gives the count (or a plain 'no' for none) and cites exactly those papers."""
    first = _first(answer)
    if papers:
        assert f"{len(papers)} of the 50 listed papers" in first, (answer.question, first)
        assert _ids(answer) == {p.id for p in papers}, (answer.question, answer.text)
    else:
        assert first.startswith("No") or "none of the" in first.casefold(), (answer.question, first)


# --- a month by its place in a year ---

MONTH_OF_YEAR = [
    "papers in the {o} month of {y}",
    "anything from the {o} month of {y}?",
    "How many papers did {s} put out in the {n} month of {y}?",
    "did {s} publish in the {o} calendar month of {y}",
    "{y}, {o} month: how many papers?",
]
ORDINALS = {1: ("first", "1st"), 2: ("second", "2nd"), 6: ("sixth", "6th"), 10: ("tenth", "10th")}


@pytest.mark.parametrize(("year", "month"), [(2026, 1), (2025, 2), (2025, 6), (2025, 10)])
def test_a_month_by_its_place_in_a_year(
    bundled_assistant: Assistant, year: int, month: int
) -> None:
    papers = [
        p for p in bundled_assistant.profile.papers if (p.year, p.date.month) == (year, month)
    ]
    word, short = ORDINALS[month]
    for i, template in enumerate(MONTH_OF_YEAR[:4]):
        q = template.format(o=word, n=short, y=year, s=SUBJECTS[i])
        _count_said(bundled_assistant.ask(q), papers)


POOLED = [
    "{o} month of any year: how many papers in total?",
    "papers in the {o} month of a year, any year",
    "How many of {p} papers came out in the {o} month of the year?",
    "count of papers dated in the {o} month of each year",
]


@pytest.mark.parametrize("month", [1, 3, 12])
def test_a_month_by_its_place_in_any_year(bundled_assistant: Assistant, month: int) -> None:
    papers = [p for p in bundled_assistant.profile.papers if p.date.month == month]
    word = {1: "first", 3: "third", 12: "final"}[month]
    for i, template in enumerate(POOLED):
        a = bundled_assistant.ask(template.format(o=word, p=PRONOUNS[i]))
        _count_said(a, papers)
        assert calendar.month_name[month] in _first(a), a.text


# --- a query string or a formula naming record fields ---


def _where(bot: Assistant, cat: str | None, code: bool | None, year: int | None = None) -> list:
    return [
        p
        for p in bot.profile.papers
        if (cat is None or p.category == cat)
        and (code is None or p.has_code == code)
        and (year is None or p.year == year)
    ]


@pytest.mark.parametrize(
    ("q", "cat", "code", "year"),
    [
        ("?author=qiu&cat=LG&code=0 -> how many", "LG", False, None),
        ("GET /papers?cat=CV&year=2025&code=1 -> count", "CV", True, 2025),
        ("query: ?cat=AI&code=yes, list them", "AI", True, None),
        ("papers where cat == IR and code == no -> how many", "IR", False, None),
        ("/api/papers?category=CL&has_code=true | wc -l", "CL", True, None),
    ],
)
def test_record_fields_in_a_query_string(
    bundled_assistant: Assistant, q: str, cat: str, code: bool, year: int | None
) -> None:
    _count_said(bundled_assistant.ask(q), _where(bundled_assistant, cat, code, year))


@pytest.mark.parametrize("month", [2, 6, 11])
def test_a_month_field_in_a_formula(bundled_assistant: Assistant, month: int) -> None:
    papers = [p for p in bundled_assistant.profile.papers if p.date.month == month]
    abbr, name = calendar.month_abbr[month], calendar.month_name[month]
    for q in [
        f"count(papers) where month == {abbr}, across all years",
        f"count(*) where month = '{name}' (any year)",
        f"len(papers) with month == {abbr.casefold()}, every year pooled",
    ]:
        _count_said(bundled_assistant.ask(q), papers)


# --- several categories, each counted ---

EACH = [
    "{y}: how many CV, how many LG, how many AI?",
    "in {y}, count of CV, LG and AI papers?",
    "{Y}: number of CV, LG and AI papers {s} wrote",
    "How many CV papers, how many LG papers, how many AI papers in {y}?",
]


def test_several_categories_each_counted(bundled_assistant: Assistant) -> None:
    year = 2025
    counts = {c: len(_where(bundled_assistant, c, None, year)) for c in ("CV", "LG", "AI")}
    for i, template in enumerate(EACH):
        q = template.format(y=year, Y=f"For {year}", s=SUBJECTS[i])
        text = bundled_assistant.ask(q).text
        for code, n in counts.items():
            assert f"- {code} (" in text and f"): {n} [" in text, (q, text)


def test_controls_keep_their_reading(bundled_assistant: Assistant) -> None:
    # an everyday 'AI' describing the subject stays the subject's word
    a = bundled_assistant.ask("CV or AI video generation papers?")
    assert "AI (Artificial Intelligence)" not in a.text, a.text
    # the sum asked of one list of categories is still given
    both = bundled_assistant.ask("how many CL or CV papers in total?")
    n = len([p for p in bundled_assistant.profile.papers if p.category in ("CL", "CV")])
    assert str(n) in _first(both), both.text
    # an ampersand outside a query string is a word's ('R&D'), and a plus joins no name
    assert in_words("R&D papers where year > 2023?") == "R&D papers where after 2023?"


# --- a monthly rate said tersely or as papers spread evenly ---

RATE = [
    "{y} papers/month avg?",
    "If you spread {p} {y} papers evenly over the year, how many per month is that?",
    "papers/mo in {y}, roughly?",
    "spread evenly, how many papers a month did {s} manage in {y}?",
]


@pytest.mark.parametrize("year", [2023, 2025])
def test_a_monthly_rate(bundled_assistant: Assistant, year: int) -> None:
    n = sum(p.year == year for p in bundled_assistant.profile.papers)
    for i, template in enumerate(RATE):
        q = template.format(y=year, p=PRONOUNS[i], s=SUBJECTS[i])
        first = _first(bundled_assistant.ask(q))
        assert first.startswith(f"On average {n / 12:.2f} listed papers a month ({year})"), (
            q,
            first,
        )


# --- a search of the titles typed as a tool would run it ---

TITLE_SEARCH = [
    "regex /{w}/i on {p} titles -> count?",
    "grep -i '{w}' titles | wc -l",
    'grep -c "{w}" {p} paper titles',
    "regex /\\b{w}/ over the titles, how many hits?",
]


@pytest.mark.parametrize("word", ["knowledge", "few-shot", "multimodal"])
def test_a_title_search_typed_as_a_tool(bundled_assistant: Assistant, word: str) -> None:
    papers = [p for p in bundled_assistant.profile.papers if word in p.title.casefold()]
    for i, template in enumerate(TITLE_SEARCH):
        _count_said(bundled_assistant.ask(template.format(w=word, p=PRONOUNS[i])), papers)


@pytest.mark.parametrize(
    "q",
    [
        "titles containing a '?' -- count + which ones",
        "regex /\\?/ over qiu's titles -- how many hits?",
        'how many of her titles have a "?" in them',
        "grep -c '?' titles",
    ],
)
def test_a_question_mark_searched_in_the_titles(bundled_assistant: Assistant, q: str) -> None:
    papers = [p for p in bundled_assistant.profile.papers if "?" in p.title]
    _count_said(bundled_assistant.ask(q), papers)


def test_a_quoted_mark_outside_titles_is_left() -> None:
    assert in_words("what does '?' mean in her notes") == "what does '?' mean in her notes"
    assert in_words("Is C++ used? R&D papers?") == "Is C++ used? R&D papers?"
