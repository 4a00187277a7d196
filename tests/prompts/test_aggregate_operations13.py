"""Operations a statistician or librarian computes from the listing (prompts/understand/
operations.py, prompts/answer/operations.py): the year the running total reaches N, the first
or last title alphabetically, the days between the two newest (or oldest) papers, the top or
bottom k groups with their counts, years where papers with code outnumber those without, a
window of a stated length after or before a named paper, two people's counts set against each
other and the claimed papers the listing leaves out. Each shape is asked in several phrasings
and with sibling needs no eval set asks; every expected answer is computed from the profile's
metadata, on the bundled profile and on a small synthetic one."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest
from dateutil.relativedelta import relativedelta

from prompts.answer.model import Answer
from prompts.assistant import Assistant
from retrieval import people
from retrieval.model import Paper
from tests.prompts import synthetic

# (title, first author, category, date)
PAPERS = [
    ("Zebra: Striped Patterns in Texture Synthesis", "Bo Li", "CV", "Jan 3, 2020"),
    ("Otter: Tides and Currents", "Ada Example", "LG", "Feb 9, 2020"),
    ("An Atlas of River Deltas", "Bo Li", "CV", "Apr 4, 2020"),
    ("Mole: Counting Burrows from Satellites", "Cy Ray", "CV", "May 5, 2021"),
    ("Heron: Tracking Birds with Cameras", "Bo Li", "LG", "May 20, 2021"),
    ("Beetle: Sorting Minerals by Colour", "Dee Fox", "IR", "Oct 6, 2022"),
    ("Wren: Mapping Songs at Night", "Ada Example", "LG", "Mar 7, 2023"),
    ("Yak: Cloud Cover Estimation", "Eve Kim", "CV", "Mar 19, 2023"),
]


def profile_text() -> str:
    items = [
        f"{category}{date}\n{title}\n\n{lead}, Gil Orr\n\n{title.split(':')[0]} studies data.\n"
        for title, lead, category, date in PAPERS
    ]
    head = (
        f"Ada Example\n\nLG\nh-index3\n{len(PAPERS) + 4}papers\n10citations\nNovelty40%\n"
        f"AI Score55\n\n{len(PAPERS)} Papers\n\n"
    )
    return head + "\n".join(items)


@pytest.fixture(scope="module")
def ada(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return synthetic.opened(tmp_path_factory.mktemp("operations13"), profile_text())


def _cited(answer: Answer) -> set[str]:
    return {c.paper_id for c in answer.citations}


def _ask(bot: Assistant, template: str, **said: object) -> Answer:
    owner = bot.profile.name
    return bot.ask(template.format(owner=owner, surname=owner.split()[-1], **said))


def _dated(bot: Assistant) -> list[Paper]:
    return sorted(bot.profile.papers, key=lambda p: p.date)


# The period the running total reaches N: 'which year does the total hit 25'
REACH = [
    "In which year did {owner}'s list of papers hit {n}?",
    "counting her papers in date order, what year does the running total reach {n}?",
    "cumulative paper count of {surname} - when did it pass {n}",
    "I'm curious which year takes his total to {n} or more.",
    "what yr did their runing total get to {n}?",
]


@pytest.mark.parametrize("template", REACH)
def test_running_total_reaches(bundled_assistant: Assistant, ada: Assistant, template: str) -> None:
    for bot, n in ((bundled_assistant, 25), (bundled_assistant, 10), (ada, 4)):
        answer = _ask(bot, template, n=n)
        year = _dated(bot)[n - 1].year
        assert f"reaches {n} in {year}" in answer.text, answer.text
        assert _cited(answer) == {p.id for p in bot.profile.papers if p.year == year}


def test_one_years_count_is_no_running_total(bundled_assistant: Assistant) -> None:
    """'which year topped 10 papers' bounds one year's count: no running total."""
    answer = bundled_assistant.ask("Which year topped 10 papers?")
    assert "running total" not in answer.text, answer.text


# The first (or last) title in the order of the alphabet
ALPHA_FIRST = [
    "If I sort {owner}'s paper titles A to Z, which comes first?",
    "Sorted alphabetically by title, which of her papers is first?",
    "alphabetical order of {surname} titles, whats the first one",
    "I'm curious which title heads the list when their papers go in alfabetical order.",
    "Not by date - by title, A-Z: which paper is first?",
]


def _alpha(bot: Assistant, last: bool) -> Paper:
    key = [re.sub(r"[^\w\s]", "", p.title).casefold() for p in bot.profile.papers]
    pick = max if last else min
    return bot.profile.papers[key.index(pick(key))]


@pytest.mark.parametrize("template", ALPHA_FIRST)
def test_first_title_alphabetically(
    bundled_assistant: Assistant, ada: Assistant, template: str
) -> None:
    for bot in (bundled_assistant, ada):
        answer = _ask(bot, template)
        first = _alpha(bot, last=False)
        assert f"the first of the {len(bot.profile.papers)} listed papers is '{first.title}'" in (
            answer.text
        ), answer.text
        assert first.id in _cited(answer)


@pytest.mark.parametrize(
    "template",
    ["Which title comes last alphabetically?", "sorting his titles Z to A, which is first?"],
)
def test_last_title_alphabetically(
    bundled_assistant: Assistant, ada: Assistant, template: str
) -> None:
    for bot in (bundled_assistant, ada):
        answer = _ask(bot, template)
        assert _cited(answer) == {_alpha(bot, last=True).id}, answer.text


# The days between the two papers at one end of the list
NEWEST_GAP = [
    "How many days were there between {owner}'s two newest papers?",
    "What is the interval, in days, between her most recent paper and the one before it?",
    "latest {surname} paper vs the one before it - how many days apart",
    "how long before their latest paper did the previous one come out?",
    "Not the longest gap overall - just the gap between his last two papers, in days?",
]


@pytest.mark.parametrize("template", NEWEST_GAP)
def test_days_between_two_newest(
    bundled_assistant: Assistant, ada: Assistant, template: str
) -> None:
    for bot in (bundled_assistant, ada):
        answer = _ask(bot, template)
        a, b = _dated(bot)[-2:]
        assert f"{(b.date - a.date).days} days separate" in answer.text, answer.text
        assert _cited(answer) == {a.id, b.id}


def test_days_between_two_oldest(bundled_assistant: Assistant, ada: Assistant) -> None:
    for bot in (bundled_assistant, ada):
        answer = bot.ask("how many days apart were the two earliest papers?")
        a, b = _dated(bot)[:2]
        assert f"{(b.date - a.date).days} days separate" in answer.text, answer.text


# The top (or bottom) k groups, each with its count
TOP_CATEGORIES = [
    "What are {owner}'s three biggest categories and how many papers in each?",
    "List her three most frequent paper categories with their counts.",
    "top 3 categories for {surname} + counts pls",
    "I'm curious about the top three categories in their list and the number of papers each.",
    "Not just the biggest one - the top three categories, with counts?",
]


def _ranked(bot: Assistant, key: str) -> list[tuple[str, int]]:
    counts = Counter(str(getattr(p, key)) for p in bot.profile.papers)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


@pytest.mark.parametrize("template", TOP_CATEGORIES)
def test_top_three_categories(bundled_assistant: Assistant, ada: Assistant, template: str) -> None:
    for bot in (bundled_assistant, ada):
        answer = _ask(bot, template)
        for name, n in _ranked(bot, "category")[:3]:
            assert re.search(rf"\b{re.escape(name)}\b[^;]*: {n} \[", answer.text), answer.text


@pytest.mark.parametrize(
    ("template", "key", "k", "bottom"),
    [
        ("the bottom two categories and their counts?", "category", 2, True),
        ("his two busiest years, with how many papers each?", "year", 2, False),
        ("which categories take gold, silver and bronze in her list?", "category", 3, False),
    ],
)
def test_top_groups_siblings(
    bundled_assistant: Assistant, template: str, key: str, k: int, bottom: bool
) -> None:
    answer = bundled_assistant.ask(template)
    ranked = _ranked(bundled_assistant, key)
    if bottom:
        ranked = sorted(ranked, key=lambda kv: (kv[1], kv[0]))
    for name, n in ranked[:k]:
        assert re.search(rf"\b{re.escape(name)}\b[^;]*: {n} \[", answer.text), answer.text


# Years where one side outnumbers the other: papers with code against those without
# (prompts/understand/composition.py's sides, read in more words)
OUTNUMBER = [
    "any yr where {surname} had more code papers than no-code ones?",
    "In what year did more of her papers ship code than not?",
    "When did his papers with code outnumber those without?",
    "I'm curious whether there is a year where their papers with code exceed the ones without.",
]


@pytest.mark.parametrize("template", OUTNUMBER)
def test_years_code_outnumbers(bundled_assistant: Assistant, template: str) -> None:
    answer = _ask(bundled_assistant, template)
    per = Counter((p.year, p.has_code) for p in bundled_assistant.profile.papers)
    years = sorted({y for y, _ in per})
    won = [y for y in years if per[(y, True)] > per[(y, False)]]
    head = answer.text.split("\n")[0]
    if won:
        assert all(str(y) in head for y in won), answer.text
    else:
        assert head.startswith("In no year"), answer.text
        ties = [y for y in years if per[(y, True)] == per[(y, False)] > 0]
        assert all(str(y) in head for y in ties), answer.text


def test_years_without_code_outnumber(bundled_assistant: Assistant) -> None:
    """The reverse side: 'more papers without code than with'."""
    answer = bundled_assistant.ask("Which years had more papers without code than with code?")
    per = Counter((p.year, p.has_code) for p in bundled_assistant.profile.papers)
    won = sorted({y for y, _ in per if per[(y, False)] > per[(y, True)]})
    assert answer.text.startswith(f"{len(won)} years with more papers without code"), answer.text
    assert all(str(y) in answer.text.split("\n")[0] for y in won), answer.text


# A window of a stated length after (or before) a named paper
@pytest.mark.parametrize(
    ("question", "named", "after", "length"),
    [
        ("How many papers did he put out in the six months after EasyNLP?", "EasyNLP", True, 6),
        ("easynlp came out then what, how many papers in the next 6 months", "EasyNLP", True, 6),
        ("In the six months following the EasyNLP paper, how many more?", "EasyNLP", True, 6),
        ("Not counting EasyNLP itself, how many appeared in the six months after it?", "EasyNLP",
         True, 6),
        ("how many papers in the half-year right after EasyNLP?", "EasyNLP", True, 6),
        ("papers in the year before Valley2?", "Valley2", False, 12),
        ("what did she publish in the two months before HRKD", "HRKD", False, 2),
        ("how many further papers did he publish in the 3 months following HRKD?", "HRKD", True,
         3),
    ],
)  # fmt: skip
def test_window_after_named_paper(
    bundled_assistant: Assistant, question: str, named: str, after: bool, length: int
) -> None:
    paper = next(p for p in bundled_assistant.profile.papers if p.title.startswith(named))
    span = relativedelta(months=length)
    one = dt.timedelta(days=1)
    start, end = (
        (paper.date + one, paper.date + span) if after else (paper.date - span, paper.date - one)
    )
    kept = {p.id for p in bundled_assistant.profile.papers if start <= p.date <= end}
    answer = bundled_assistant.ask(question)
    assert kept and _cited(answer) == kept, answer.text
    assert str(len(kept)) in answer.text


# Two people's counts set against each other
@pytest.mark.parametrize(
    "question",
    [
        "Who shows up more on his papers, {a} or {b}?",
        "{a} vs {b} - who coauthored more with her",
        "I'm curious whether {a} or {b} appears on more of their papers.",
        "between {b} and {a}, which one has co-authored more papers?",
    ],
)
def test_who_appears_more_of_two(bundled_assistant: Assistant, question: str) -> None:
    papers = bundled_assistant.profile.papers
    for a, b in (("Cen Chen", "Yaliang Li"), ("Taolin Zhang", "Jun Huang")):
        answer = bundled_assistant.ask(question.format(a=a, b=b))
        held = {n: people.papers_with(papers, [n]) for n in (a, b)}
        more, less = sorted((a, b), key=lambda n: -len(held[n]))
        assert answer.text.startswith(f"{more} appears on more: {len(held[more])}"), answer.text
        assert f"against {len(held[less])} for {less}" in answer.text
        assert _cited(answer) == {p.id for n in (a, b) for p in held[n]}


def test_who_leads_more_of_two(bundled_assistant: Assistant) -> None:
    papers = bundled_assistant.profile.papers
    answer = bundled_assistant.ask("who is first author more often, Taolin Zhang or Cen Chen?")
    led = {n: people.first_authored(papers, n) for n in ("Taolin Zhang", "Cen Chen")}
    for n, ps in led.items():
        assert f"{len(ps)}" in answer.text and n in answer.text, answer.text
    assert _cited(answer) == {p.id for ps in led.values() for p in ps}


# Two figures the profile states: the claimed papers the listing leaves out
@pytest.mark.parametrize(
    "template",
    [
        "The header says a number of papers, so how many of them aren't in the list?",
        "claimed vs listed - how many papers of {surname}'s arent shown?",
        "I'm curious how big the gap is between the number of papers they claim and the number listed.",
        "How many more papers does her profile claim than it lists?",
    ],
)
def test_claimed_minus_listed(bundled_assistant: Assistant, ada: Assistant, template: str) -> None:
    for bot in (bundled_assistant, ada):
        answer = _ask(bot, template)
        gap = (bot.profile.papers_claimed or 0) - len(bot.profile.papers)
        assert f"{gap} of the claimed papers are not listed" in answer.text, answer.text


# People ranked by the distinct years they appear in, not by their papers
@pytest.mark.parametrize(
    "question",
    [
        "Which co-author has been on his papers in the most different years?",
        "Which of {owner}'s co-authors appears in the largest number of distinct years?",
        "coauthor of {surname} who shows up across the most years?",
        "I'm curious which co-author of theirs appears in more different years than anyone else.",
        "Not who has the most papers - who appears in the most separate years on her papers?",
    ],
)
def test_coauthor_in_most_years(bundled_assistant: Assistant, question: str) -> None:
    bot = bundled_assistant
    answer = _ask(bot, question)
    owner = bot.profile.name
    years: dict[str, set[int]] = {}
    for p in bot.profile.papers:
        for a in p.authors:
            if not people.same_person(a, owner):
                years.setdefault(a, set()).add(p.year)
    most = max(map(len, years.values()))
    leaders = [a for a, ys in years.items() if len(ys) == most]
    assert answer.text.startswith(f"{' and '.join(leaders)} appear"), answer.text
    assert f"{most} years" in answer.text.split("\n")[0]


# The median of a grouping's counts, said as 'counts' and 'numbers' too, after a frame
@pytest.mark.parametrize(
    "question",
    [
        "Statistics teacher question: take her yearly paper counts and give me the median.",
        "what's the median of his yearly publication numbers?",
        "A maths tutor who likes medians asks: the median of their annual paper counts?",
    ],
)
def test_median_of_yearly_counts(bundled_assistant: Assistant, question: str) -> None:
    per = Counter(p.year for p in bundled_assistant.profile.papers)
    years = range(min(per), max(per) + 1)
    counts = sorted(per.get(y, 0) for y in years)
    mid = (counts[(len(counts) - 1) // 2] + counts[len(counts) // 2]) / 2
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(f"The median is {mid:g} listed papers a year"), answer.text


# Who asks, said in a clause or as whose question it is: no part of the subject
@pytest.mark.parametrize(
    "question",
    [
        "A chess coach who loves AlphaZero asks: when did she first use reinforcement learning?",
        "A gardener who grows tomatoes asks: which was his first reinforcement learning paper?",
        "Podcast question from a listener: what was their earliest reinforcement learning paper?",
    ],
)
def test_asker_frame_is_no_topic(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert "topic 'reinforcement learning')" in answer.text.split("\n")[0], answer.text
