"""The research asked of its start, its course, or with a total taken for granted, as a new
user would ask it: the start of the career ('what did she work on early in her career?',
'his focus at the start', 'early-career research') is the themes of the first listed years,
as 'lately' is of the last; a trend names each period's busiest year; a total number of
papers said as the person's ('Given he's published 100 papers, ...', 'with her 200+ papers',
'he has like 10 papers total, right?') is corrected first from the profile's own count, then
the rest is answered. Controls: 'lately' stays the recent papers, the main areas the whole
listing, a total that fits (the header's or the listing's) and a number of some papers
('his 10 CV papers') are no premise to correct."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant

EARLY_THEMES = "Minghui Qiu's 19 listed papers (2020-2021) fall into"
CORRECTED = "Minghui Qiu's profile has 65 papers (50 of them listed here), not "

EARLY = [
    "what did she work on early in her career?",
    "what was his research about at the start?",
    "early-career focus of this researcher?",
    "As a hiring manager, what were his main themes early on?",
    "Qiu's research in the beginning: what was it about?",
    "wat did qiu work on in the early days",
    "I'm curious what Minghui Qiu studied in his early years.",
]


@pytest.mark.parametrize("question", EARLY)
def test_the_start_of_the_career_is_the_first_years_themes(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(EARLY_THEMES), answer.text[:300]
    assert all(c.date.year <= 2021 for c in answer.citations), answer.citations


def test_every_early_phrasing_cites_the_same_papers(bundled_assistant: Assistant) -> None:
    cited = {frozenset(c.paper_id for c in bundled_assistant.ask(q).citations) for q in EARLY}
    assert len(cited) == 1, cited


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("what has she been working on lately?", "Minghui Qiu's 17 listed papers (since"),
        ("What are Qiu's main research areas?", "Minghui Qiu's 50 listed papers fall into"),
    ],
)
def test_lately_and_the_whole_stay_as_they_were(
    bundled_assistant: Assistant, question: str, start: str
) -> None:
    assert bundled_assistant.ask(question).text.startswith(start)


TREND = [
    "How has Minghui Qiu's research changed over the years?",
    "trend in his topics over time?",
    "research evolution over the yrs lol",
    "As a journalist, how has her focus shifted over time?",
]


@pytest.mark.parametrize("question", TREND)
def test_a_trend_names_each_periods_busiest_year(
    bundled_assistant: Assistant, question: str
) -> None:
    text = bundled_assistant.ask(question).text
    assert "busiest year 2020, with 12" in text, text[:400]
    assert "busiest year 2025, with 14" in text, text[:400]


TOTALS = [
    ("Given he's published 100 papers, which is the latest?", "100"),
    ("With her 200+ papers, what's her main area?", "200+"),
    ("As a journalist: she has over 100 publications, what is she known for?", "over 100"),
    ("since qiu has written only 5 papers, what are they about?", "5"),
    ("Considering she's got 300 publications, what are her main research areas?", "300"),
]


@pytest.mark.parametrize(("question", "said"), TOTALS)
def test_a_total_taken_as_given_is_corrected_first(
    bundled_assistant: Assistant, question: str, said: str
) -> None:
    answer = bundled_assistant.ask(question)
    first, *rest = answer.text.splitlines()
    assert first == f"That premise does not hold: {CORRECTED}{said}.", first
    assert rest and answer.citations, answer.text[:300]


def test_the_rest_is_answered_after_the_correction(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask(TOTALS[0][0])
    assert [c.title.split(":")[0] for c in answer.citations] == ["Seeing Inside the Storm"]


@pytest.mark.parametrize(
    "question", ["he has like 10 papers total right?", "she has 12 papers overall, correct?"]
)
def test_a_total_put_for_confirmation_is_answered_no(
    bundled_assistant: Assistant, question: str
) -> None:
    text = bundled_assistant.ask(question).text
    assert text.startswith(f"No: {CORRECTED}"), text[:300]
    assert "65 papers claimed" in text


@pytest.mark.parametrize(
    "question",
    [
        "Given he's published 65 papers, which is the latest?",
        "With her roughly 50 papers, what's her main area?",
        "Since she has over 40 publications, which is the latest?",
        "Given his 14 papers from 2025, which is the latest?",
        "Since he has 100 papers on vision, which is the latest?",
        "Has Qiu had two papers dated on the very same day?",
        "Which year has 14 papers?",
    ],
)
def test_a_total_that_fits_or_some_papers_counted_is_not_corrected(
    bundled_assistant: Assistant, question: str
) -> None:
    assert CORRECTED not in bundled_assistant.ask(question).text


WHY_COUNTS = [
    ("Why did he only publish one paper in 2025?", "(14, not 1)"),
    ("why did she publish just 2 papers in 2024?", "(3, not 2)"),
    ("How come Qiu only had three CV papers?", "(14, not 3)"),
    ("As a journalist I wonder: why did they put out only one paper with code?", "(13, not 1)"),
    ("why are there more than 20 CV papers?", "(only 14)"),
]


@pytest.mark.parametrize(("question", "said"), WHY_COUNTS)
def test_a_count_asked_why_is_checked_first(
    bundled_assistant: Assistant, question: str, said: str
) -> None:
    text = bundled_assistant.ask(question).text
    assert text.startswith(f"That premise does not hold {said}: "), text[:300]


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("Why did she publish 14 papers in 2025?", "14 of the 50 listed papers match 2025"),
        ("Did she publish 5 papers in 2023?", "No, 4, not 5: "),
        ("more than one IV paper?", "No, only one: "),
    ],
)
def test_a_count_that_holds_or_a_yes_no_count_reads_as_before(
    bundled_assistant: Assistant, question: str, start: str
) -> None:
    assert bundled_assistant.ask(question).text.startswith(start)
