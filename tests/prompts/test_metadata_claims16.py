"""Yes/no claims about the metadata, where another path reads the same need (one answer per
need): two years' counts compared answer in the per-year count's words, whatever words asked;
an existence claim the count of papers reads steps aside to that count (it leads with Yes or
No and gives the number); a coverage claim is made by the clause that asks, over units not
pooled, and never by a question of amounts (a ranking or a comparison between units). The
truth is computed from the bundled profile's records; controls keep the other readings."""

from __future__ import annotations

import calendar
from collections import Counter

import pytest

from prompts.assistant import Assistant
from retrieval.model import Paper


def _papers(bot: Assistant) -> list[Paper]:
    return sorted(bot.profile.papers, key=lambda p: (p.date, p.n))


def _lead(bot: Assistant, a: int, b: int) -> str:
    """The per-year count's lead for two years set against each other, from the records."""
    count = Counter(p.year for p in _papers(bot))
    x, y = count[a], count[b]
    said = f"{x} in {a} against {y} in {b}" + (f", {abs(x - y)} more" if x != y else "")
    if x == y:
        return f"As many in both: {said}."
    return f"More in {a if x > y else b}: {said}."


# a change or a likeness between two years, no 'than': the per-year count's words, in the
# order the question gives the years
@pytest.mark.parametrize("pair", [(2021, 2022), (2020, 2021), (2023, 2024), (2021, 2023)])
@pytest.mark.parametrize(
    "template",
    [
        "Did their output shrink from {a} to {b}?",
        "has minghui qiu's output grown from {a} to {b}?",
        "Same number of papers in {a} and {b}?",
        "did her publication count go down between {a} and {b}?",
        "I wonder whether his paper count increased from {a} to {b}.",
        "Did Qiu's output decline from {a} to {b}, or stay flat?",
    ],
)
def test_two_years_compared_in_the_count_words(
    bundled_assistant: Assistant, pair: tuple[int, int], template: str
) -> None:
    a, b = pair
    answer = bundled_assistant.ask(template.format(a=a, b=b))
    assert answer.text.startswith(_lead(bundled_assistant, a, b)), answer.text[:200]
    between = [y for y in range(a + 1, b)]
    for year in between:  # 'from 2021 to 2023': the two years, not the one between
        assert f"- {year}:" not in answer.text, answer.text[:300]
    cited = {c.paper_id for c in answer.citations}
    assert cited == {p.id for p in _papers(bundled_assistant) if p.year in pair}


@pytest.mark.parametrize("pair", [(2021, 2022), (2024, 2025)])
def test_one_answer_for_two_years_whichever_words(
    bundled_assistant: Assistant, pair: tuple[int, int]
) -> None:
    """Words the count path reads ('vs', 'drop') and words only the claim reads ('shrink',
    'grown') lead with the same sentence."""
    a, b = pair
    asked = [
        f"output {a} vs {b}?",
        f"Did her paper count drop from {a} to {b}?",
        f"Did their output shrink from {a} to {b}?",
        f"has their output grown from {a} to {b}?",
    ]
    leads = {bundled_assistant.ask(q).text.split("\n")[0] for q in asked}
    assert leads == {_lead(bundled_assistant, a, b)}


@pytest.mark.parametrize("pair", [(2025, 2024), (2021, 2022), (2020, 2023)])
@pytest.mark.parametrize(
    ("template", "more"),
    [
        ("Did she publish more papers in {a} than in {b}?", True),
        ("were there fewer qiu papers in {a} than {b}?", False),
        ("Did Minghui Qiu put out more work in {a} than {b}?", True),
    ],
)
def test_than_keeps_its_yes_or_no(
    bundled_assistant: Assistant, pair: tuple[int, int], template: str, more: bool
) -> None:
    """Control: 'more in A than B?' is still answered Yes or No, with both counts."""
    a, b = pair
    count = Counter(p.year for p in _papers(bundled_assistant))
    truth = count[a] > count[b] if more else count[a] < count[b]
    answer = bundled_assistant.ask(template.format(a=a, b=b))
    assert answer.text.startswith("Yes" if truth else "No"), answer.text[:200]
    assert f"{count[a]} in {a}" in answer.text and f"{count[b]} in {b}" in answer.text


def _matching(bot: Assistant, code: str | None, year: int, has_code: bool | None) -> int:
    return sum(
        1
        for p in bot.profile.papers
        if (code is None or p.category == code)
        and p.year == year
        and (has_code is None or p.has_code == has_code)
    )


# some paper with two of the record's fields together, asked as a count would be: the count
# answers, leading with Yes or No and the number of the listed papers
@pytest.mark.parametrize(
    ("question", "code", "year", "has_code"),
    [
        ("does he hav any papers w/o code in 2022", None, 2022, False),
        ("any 2025 papers with code?", None, 2025, True),
        ("does she have a CV paper from 2023 with code", "CV", 2023, True),
        ("is there any paper without code in 2021?", None, 2021, False),
        ("got any LG papers in 2025 w/ code?", "LG", 2025, True),
        ("Do they have any CL papers from 2024 that come with code?", "CL", 2024, True),
    ],
)
def test_an_existence_the_count_reads_is_counted(
    bundled_assistant: Assistant, question: str, code: str | None, year: int, has_code: bool
) -> None:
    n = _matching(bundled_assistant, code, year, has_code)
    answer = bundled_assistant.ask(question)
    if n:
        assert answer.text.startswith(f"Yes: {n} of the 50 listed papers"), answer.text[:200]
    else:
        assert answer.text.startswith("No"), answer.text[:200]


@pytest.mark.parametrize(
    "question",
    [
        "Is there a paper carrying the 'pku' tag that also has code?",
        "pku tag and a code link on one paper: does that happen?",
    ],
)
def test_an_existence_no_count_reads_stays_a_claim(
    bundled_assistant: Assistant, question: str
) -> None:
    """Control: a tag and code together, which the count does not read, stays the claim's."""
    kept = [p for p in bundled_assistant.profile.papers if p.affiliation == "pku" and p.has_code]
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("Yes" if kept else "No"), answer.text[:200]
    assert {c.paper_id for c in answer.citations} == {p.id for p in kept}


# amounts between units, pooled units: no 'every unit covered' claim
@pytest.mark.parametrize(
    "question",
    [
        "least comon month for her papers, all years summed?",
        "the quietest calendar month for qiu, every year added up?",
        "rarest month for his papers, all years combined?",
        "2023 vs every year before it together - counts for qiu?",
        "2022 against all the years before it combined: counts?",
        "busiest quarter for them with all years pooled?",
        "Is her most productive month the same in all years?",
    ],
)
def test_amounts_between_units_are_no_coverage_claim(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "has at least one listed paper" not in answer.text, answer.text[:200]
    assert " is dated in " not in answer.text, answer.text[:200]


@pytest.mark.parametrize(
    "question",
    [
        "Across all years, does every calendar month hold at least one paper of hers?",
        "Pooling the years, do all 12 months have a paper of theirs?",
        "all years summed, is each month of the year covered by a paper?",
        "Has she had at least one paper in every month, years pooled?",
    ],
)
def test_months_covered_with_the_years_pooled(bundled_assistant: Assistant, question: str) -> None:
    """Control: the years pooled, every month asked about: the months' coverage."""
    months = {p.date.month for p in _papers(bundled_assistant)}
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("Yes" if len(months) == 12 else "No"), answer.text[:200]
    assert "Listed papers per month" in answer.text, answer.text[:200]


# a scope set before the question ('Check all years:'): the question asks whether some paper
# falls in the month, years pooled, not whether every year has one
@pytest.mark.parametrize(
    ("template", "month"),
    [
        ("Check all years: any paper in the month of {m}?", 7),
        ("Look across every year: anything published in {m}?", 3),
        ("all years please - any paper from a {m}?", 9),
        pytest.param(
            "Checking each year; is there a paper dated in {m}?",
            12,
            marks=pytest.mark.xfail(strict=True, reason="the router reads 'Checking' as a topic"),
        ),
        ("Going through all years; is there a paper dated in {m}?", 12),
        ("Over every year of hers: any {m} papers?", 2),
    ],
)
def test_a_scope_before_the_question_pools(
    bundled_assistant: Assistant, template: str, month: int
) -> None:
    n = sum(1 for p in bundled_assistant.profile.papers if p.date.month == month)
    answer = bundled_assistant.ask(template.format(m=calendar.month_name[month]))
    head = answer.text.split("\n")[0]
    assert head.startswith("Yes" if n else "No"), answer.text[:200]
    assert str(n) in head and " is dated in " not in answer.text, answer.text[:200]


def test_every_year_asked_of_a_month_stays_coverage(bundled_assistant: Assistant) -> None:
    """Control: 'a paper in July every year?' asks about each year."""
    years = {p.year for p in bundled_assistant.profile.papers}
    july = {p.year for p in bundled_assistant.profile.papers if p.date.month == 7}
    answer = bundled_assistant.ask("Is there a paper in July every year?")
    assert answer.text.startswith("Yes" if july == years else "No"), answer.text[:200]


# a premise before the question ('Every year has a CV paper; is there one in 2024?'): the
# question is whether that year has one
@pytest.mark.parametrize(
    ("template", "code", "year"),
    [
        ("Every year has a {c} paper of his; is there one in {y}?", "CV", 2024),
        ("She publishes {c} papers every year; is there one from {y}?", "CL", 2023),
        ("Each year he has an {c} paper - was there one in {y}?", "LG", 2021),
        ("I heard qiu has a {c} paper each year; any in {y}?", "CL", 2026),
        ("Every year has an {c} paper of theirs: is there an {c} paper in {y}?", "IR", 2020),
        ("{c} every single year, I'm told. Is there a {c} paper in {y}?", "CV", 2025),
    ],
)
def test_a_premise_before_the_question_asks_of_its_year(
    bundled_assistant: Assistant, template: str, code: str, year: int
) -> None:
    n = _matching(bundled_assistant, code, year, None)
    answer = bundled_assistant.ask(template.format(c=code, y=year))
    assert answer.text.startswith("Yes" if n else "No"), answer.text[:200]
    assert "Listed papers per year" not in answer.text, answer.text[:200]
    kept = {p.id for p in bundled_assistant.profile.papers if p.category == code}
    assert {c.paper_id for c in answer.citations} <= kept


# years lacking a property ('a year with no CV papers?'): the tally of the years with papers
# but none of them passing answers, citing that year's papers
@pytest.mark.parametrize(
    ("question", "code", "has_code"),
    [
        ("year with no code at all (but some papers)?", None, True),
        ("years without any cl paper?", "CL", None),
        ("was there a year with no CV papers?", "CV", None),
        ("Did she have a year without any LG paper?", "LG", None),
        ("Any year in which none of his papers had code?", None, True),
    ],
)
def test_years_without_a_property_cite_those_years(
    bundled_assistant: Assistant, question: str, code: str | None, has_code: bool | None
) -> None:
    papers = bundled_assistant.profile.papers
    passing = {
        p.year
        for p in papers
        if (code is None or p.category == code) and (has_code is None or p.has_code)
    }
    lacking = {p.year for p in papers} - passing
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("Yes" if lacking else "No") or answer.text.startswith(
        f"{len(lacking)} year"
    ), answer.text[:200]
    cited = {c.paper_id for c in answer.citations}
    assert {p.id for p in papers if p.year in lacking} <= cited, answer.text[:300]
