"""Yes/no claims about the profile's metadata (prompts/understand/assertions.py and
prompts/answer/assertions.py): every month, quarter or year covered, a year whose papers all
pass or which one category leads, a named paper at either end, two years' counts compared,
counts growing every year, some paper passing the record's filters. Each shape is asked in a
family of phrasings no eval set holds (casual, formal, he/she/they/the name, indirect,
negated) and on sibling papers, years and categories; the expected truth is computed here
from the bundled profile's records, so a wrong truth fails. Controls keep other readings."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant
from retrieval.model import Paper
from retrieval.names import aliases


def _papers(bot: Assistant) -> list[Paper]:
    return sorted(bot.profile.papers, key=lambda p: (p.date, p.n))


def _naming(bot: Assistant, template: str, paper: Paper, **slots: str) -> str:
    """The question with a name of the paper that the router reads as that paper alone."""
    for name in aliases(paper):
        question = template.format(t=name, **slots)
        if bot.understand(question, [], False)[0].paper_ids == [paper.id]:
            return question
    pytest.skip(f"no name of {paper.title} is read as that paper in {template!r}")


def _verdict(answer: Answer) -> bool:
    assert answer.text.startswith(("Yes", "No")), answer.text
    return answer.text.startswith("Yes")


def _cited(answer: Answer) -> set[str]:
    return {c.paper_id for c in answer.citations}


# every calendar month, years pooled
@pytest.mark.parametrize(
    "question",
    [
        "Across all years, does every calendar month hold at least one of her papers?",
        "has qiu got a paper in each month of the year, any year counted?",
        "Is there a month with no paper at all, years pooled?",
        "I'd like to know whether all twelve months show up among their publication dates.",
        "Did Minghui Qiu ever publish in every single month, from January through December?",
        "Isn't there some month without any paper of his?",
        "No month without a paper of hers, years pooled?",
    ],
)
def test_every_month_pooled(bundled_assistant: Assistant, question: str) -> None:
    months = {p.date.month for p in _papers(bundled_assistant)}
    covered = months == set(range(1, 13))
    # a negated phrasing asks the same: Yes or No is whether some month has none
    gap = "no paper" in question or "without" in question
    answer = bundled_assistant.ask(question)
    assert _verdict(answer) == (not covered if gap else covered)
    assert answer.citations


# every quarter of a year, on each year: the missing quarters named when No
@pytest.mark.parametrize("year", [2020, 2021, 2022, 2023, 2024, 2025])
@pytest.mark.parametrize(
    "template",
    [
        "Did she have a paper in every quarter of {y}?",
        "in {y}, did qiu publish something each quarter?",
        "I'm wondering whether they kept up a paper in all four quarters of {y}.",
        "Didn't Minghui Qiu manage a paper in every quarter of {y}?",
        "{y}: a paper in each of the 4 quarters, true or false?",
    ],
)
def test_every_quarter_of_a_year(bundled_assistant: Assistant, year: int, template: str) -> None:
    quarters = {(p.date.month - 1) // 3 + 1 for p in _papers(bundled_assistant) if p.year == year}
    answer = bundled_assistant.ask(template.format(y=year))
    assert _verdict(answer) == (quarters == {1, 2, 3, 4})
    for q in {1, 2, 3, 4} - quarters:
        assert f"Q{q}" in answer.text.split(".")[0]


# a year without any paper, since a given year
@pytest.mark.parametrize("start", [2020, 2022, 2024])
@pytest.mark.parametrize(
    ("template", "gap"),
    [
        ("any empty year since {y}?", True),
        ("Has he skipped a year since {y}?", True),
        ("Was there a year since {y} without a single listed paper?", True),
        ("Did they publish every year since {y}?", False),
        ("There was no year since {y} without any paper of hers, right?", True),
        ("No year without a paper since {y}?", True),
        ("There wasn't an empty year since {y}, was there?", True),
    ],
)
def test_gap_year(bundled_assistant: Assistant, start: int, template: str, gap: bool) -> None:
    papers = _papers(bundled_assistant)
    years = {p.year for p in papers}
    covered = set(range(start, papers[-1].year + 1)) <= years
    answer = bundled_assistant.ask(template.format(y=start))
    assert _verdict(answer) == (not covered if gap else covered)


# a year in which every paper has code, or is in one category
@pytest.mark.parametrize(
    "question",
    [
        "Is there a year in which all of her papers have code?",
        "did qiu ever have a whole year where every paper shipped code?",
        "I'm curious whether some year has code on all of their papers.",
        "Was there any year when each one of Minghui Qiu's papers came with code?",
        "Hasn't he had a single year in which all his papers had code?",
    ],
)
def test_some_year_all_with_code(bundled_assistant: Assistant, question: str) -> None:
    by_year: dict[int, list[Paper]] = {}
    for p in _papers(bundled_assistant):
        by_year.setdefault(p.year, []).append(p)
    some = any(all(p.has_code for p in ps) for ps in by_year.values())
    answer = bundled_assistant.ask(question)
    assert _verdict(answer) == some
    assert answer.citations and all(
        bundled_assistant.searcher.papers[c].has_code for c in _cited(answer)
    )


@pytest.mark.parametrize("code", ["CL", "CV", "LG"])
@pytest.mark.parametrize(
    ("template", "every"),
    [
        ("Was {c} the biggest category every year?", True),
        ("is {c} always her top category, year after year?", True),
        ("In each year, did their {c} papers outnumber every other category?", True),
        ("Was {c} the leading category in some year?", False),
        ("Did {c} ever lead a year, by number of papers?", False),
    ],
)
def test_category_leads(
    bundled_assistant: Assistant, code: str, template: str, every: bool
) -> None:
    by_year: dict[int, Counter[str]] = {}
    for p in _papers(bundled_assistant):
        by_year.setdefault(p.year, Counter())[p.category] += 1
    led = [
        c[code] > max((n for k, n in c.items() if k != code), default=0) for c in by_year.values()
    ]
    answer = bundled_assistant.ask(template.format(c=code))
    assert _verdict(answer) == (all(led) if every else any(led))


# a named paper at the newest or oldest end: the true end named when No
@pytest.mark.parametrize("place", [0, 1, 2, -1, -2])
@pytest.mark.parametrize(
    ("template", "late"),
    [
        ("Is {t} the most recent paper on the profile?", True),
        ("{t} = qiu's latest paper?", True),
        ("Isn't {t} their newest listed work?", True),
        ("Quick check: her last paper so far is {t}?", True),
        ("Was {t} the very first paper Minghui Qiu published?", False),
        ("is {t} his oldest listed publication?", False),
    ],
)
def test_named_paper_at_an_end(
    bundled_assistant: Assistant, place: int, template: str, late: bool
) -> None:
    papers = _papers(bundled_assistant)
    paper = papers[place]
    end = papers[-1] if late else papers[0]
    answer = bundled_assistant.ask(_naming(bundled_assistant, template, paper))
    assert _verdict(answer) == (paper.id == end.id)
    assert end.id in _cited(answer)


@pytest.mark.parametrize("code", ["CV", "CL"])
def test_named_paper_at_an_end_of_a_category(bundled_assistant: Assistant, code: str) -> None:
    kept = [p for p in _papers(bundled_assistant) if p.category == code]
    for paper in (kept[-1], kept[-2]):
        question = _naming(bundled_assistant, "Is {t} her newest {c} paper?", paper, c=code)
        answer = bundled_assistant.ask(question)
        assert _verdict(answer) == (paper.id == kept[-1].id)
        assert kept[-1].id in _cited(answer)


# two years' counts compared, on several pairs of years: 'than' keeps its Yes or No; a change
# or a likeness is answered in the per-year count's words ('More in 2020: ...'), one answer for
# the need whichever path reads it (tests/prompts/test_metadata_claims16.py)
@pytest.mark.parametrize("pair", [(2021, 2022), (2020, 2021), (2024, 2025), (2023, 2024)])
@pytest.mark.parametrize(
    ("template", "sense"),
    [
        ("Did she publish more papers in {a} than in {b}?", "a>b"),
        ("were there fewer qiu papers in {a} than {b}?", "a<b"),
        ("Did their output shrink from {a} to {b}?", "b<a"),
        ("Has Minghui Qiu's output grown from {a} to {b}?", "b>a"),
        ("Same number of papers in {a} and {b}?", "a=b"),
    ],
)
def test_two_years_compared(
    bundled_assistant: Assistant, pair: tuple[int, int], template: str, sense: str
) -> None:
    a, b = pair
    count = Counter(p.year for p in _papers(bundled_assistant))
    truth = {
        "a>b": count[a] > count[b],
        "a<b": count[a] < count[b],
        "b<a": count[b] < count[a],
        "b>a": count[b] > count[a],
        "a=b": count[a] == count[b],
    }[sense]
    answer = bundled_assistant.ask(template.format(a=a, b=b))
    if "than" in template:
        assert _verdict(answer) == truth
    elif count[a] == count[b]:
        assert answer.text.startswith("As many in both"), answer.text[:200]
    else:
        more = a if count[a] > count[b] else b
        assert answer.text.startswith(f"More in {more}:"), answer.text[:200]
    assert str(count[a]) in answer.text and str(count[b]) in answer.text


@pytest.mark.parametrize(
    ("question", "more"),
    [
        ("Did her paper count go up every year?", True),
        ("Has Qiu's output grown each year since 2020?", True),
        ("Their yearly count kept rising every single year, right?", True),
        ("did his output drop every year from 2020 to 2024?", False),
    ],
)
def test_growing_every_year(bundled_assistant: Assistant, question: str, more: bool) -> None:
    papers = _papers(bundled_assistant)
    last = 2024 if "2024" in question else papers[-1].year
    count = Counter(p.year for p in papers)
    steps = [(y, y + 1) for y in range(papers[0].year, last)]
    held = all((count[b] > count[a]) if more else (count[b] < count[a]) for a, b in steps)
    assert _verdict(bundled_assistant.ask(question)) == held


# some paper passes all the record's filters
@pytest.mark.parametrize("year", [2022, 2023, 2025])
@pytest.mark.parametrize("code", ["CV", "LG", "CL"])
@pytest.mark.parametrize(
    "template",
    [
        "Is there a {c} paper from {y} with code?",
        "any {c} paper in {y} that ships code?",
        "{y} + {c} + code: at least one paper?",
        "I'd like to know whether any {y} {c} paper of hers has code.",
    ],
)
def test_some_paper_passes_filters(
    bundled_assistant: Assistant, year: int, code: str, template: str
) -> None:
    kept = [
        p
        for p in _papers(bundled_assistant)
        if p.year == year and p.category == code and p.has_code
    ]
    answer = bundled_assistant.ask(template.format(c=code, y=year))
    assert _verdict(answer) == bool(kept)
    assert _cited(answer) >= {p.id for p in kept}


def test_some_tagged_paper_with_code(bundled_assistant: Assistant) -> None:
    for tag in sorted({p.affiliation for p in _papers(bundled_assistant) if p.affiliation}):
        kept = [p for p in _papers(bundled_assistant) if p.affiliation == tag and p.has_code]
        for question in (
            f"Is there a paper tagged {tag} that also has code?",
            f"any {tag}-tagged paper with code?",
        ):
            answer = bundled_assistant.ask(question)
            assert _verdict(answer) == bool(kept)
            assert _cited(answer) == {p.id for p in kept}


# controls: a topic, a wh- question or a list keeps its own path
@pytest.mark.parametrize(
    "question",
    [
        "Has she published on reinforcement learning every year?",
        "Is Valley3 the newest Valley model?",
        "Which is her newest paper?",
        "any papers on diffusion models in 2025?",
        "cv paper each year since 2020 - list them by year?",
        "Is Qiu first author on any 2023 paper?",
        "Did the knowledge distillation work grow from 2020 to 2021?",
    ],
)
def test_other_readings_kept(bundled_assistant: Assistant, question: str) -> None:
    text = bundled_assistant.ask(question).text
    assert not re.search(r"Listed papers per (?:month|quarter|year): |\bPer year \(", text)
    assert not re.match(
        r"(?:Yes|No): (?:the (?:newest|oldest)|\d+ listed papers? \([^)]*\):\n)", text
    )


# a named paper at an ordinal place, counted from either end
@pytest.mark.parametrize("place", [1, 2, 3, 4])
@pytest.mark.parametrize(
    ("template", "late"),
    [
        ("Is {t} her {o} paper?", False),
        ("was {t} the {o} oldest of qiu's papers?", False),
        ("Isn't {t} their {o}-newest listed paper?", True),
        ("I'd like to know whether {t} is Minghui Qiu's {o} most recent publication.", True),
        ("{t} is his {o} paper from the end, true or false?", True),
    ],
)
def test_named_paper_at_a_place(
    bundled_assistant: Assistant, place: int, template: str, late: bool
) -> None:
    papers = _papers(bundled_assistant)
    ranked = papers[::-1] if late else papers
    words = {1: "first", 2: "second", 3: "third", 4: "fourth"}
    at = ranked[place - 1]
    for paper in (at, ranked[place]):  # the paper at that place, and the one next to it
        question = _naming(bundled_assistant, template, paper, o=words[place])
        answer = bundled_assistant.ask(question)
        assert _verdict(answer) == (paper.id == at.id), question
        assert at.id in _cited(answer)


@pytest.mark.parametrize(
    "question",
    [
        "any robotics papers? 🤖",
        "Does Qiu have any robotics papers?",
        "Is there a paper of hers in robotics?",
        "robotics: any paper by them at all?",
        "Has Minghui Qiu got any paper in the RO category?",
    ],
)
def test_one_field_alone_is_counted_and_an_empty_one_declined(
    bundled_assistant: Assistant, question: str
) -> None:
    """Existence claims need two record fields together ('pku tag and code'); one field alone is
    the count's question, which declines when nothing matches."""
    answer = bundled_assistant.ask(question)
    assert answer.abstained, (question, answer.text[:200])
    assert "all of these" not in answer.text, (question, answer.text[:200])


@pytest.mark.parametrize(
    "question",
    [
        "I read that she never missed a year of CV papers since 2020 and I'm curious which one is from 2024.",
        "She had CV papers every single year, so which CV paper is the 2024 one?",
        "Every year has a CV paper of his; is there one in 2024?",
    ],
)
def test_one_year_is_not_read_as_every_year_covered(
    bundled_assistant: Assistant, question: str
) -> None:
    """A year-coverage claim over one year covers nothing: the year's own papers answer (CV in
    2024: none), never 'Yes' about a gap."""
    answer = bundled_assistant.ask(question)
    assert not answer.text.startswith("Yes"), (question, answer.text[:200])
    assert "Listed papers per year" not in answer.text, (question, answer.text[:200])
