"""Aggregates people compute over the metadata, each answered exactly with its papers cited and
the number first: papers whose shown author line holds the owner and someone else together;
titles containing a word (said as 'shows up in the titles', 'titles of hers that say X', 'only
titles, not abstracts'); an asker whose trade has 'patent' in it is no patent question. Each
family runs on the bundled profile and on a small synthetic one, so no count is a constant of
the bundled profile."""

from __future__ import annotations

import calendar
import re
from collections import Counter

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant
from retrieval.model import Paper
from tests.prompts import synthetic

# (title, authors, abstract): Ada Example shown on some author lines with Bo Li, hidden behind
# 'et al.' on others; 'Graph' in three titles, in one abstract only
PAPERS = [
    ("GraphFlow: Graph Networks for Traffic", "Ada Example, Bo Li, Cy Ray", "Routes traffic."),
    ("GraphTide: Graph Models of Tides", "Bo Li, Ada Example, Dee Fox et al.", "Models tides."),
    ("SoilNet: Soil Moisture Sensing", "Bo Li, Cy Ray, Dee Fox et al.", "Senses soil moisture."),
    ("LeafCount: Counting Leaves", "Bo Li, Eve Kim, Ada Example", "Counts leaves on a graph."),
    ("Graph Atlas: Mapping Rivers", "Eve Kim, Ada Example, Cy Ray", "Maps rivers."),
    ("BeeWatch: Tracking Bees in Hives", "Cy Ray, Bo Li, Gil Orr et al.", "Tracks bees."),
    ("RockSort: Sorting Minerals", "Ada Example, Gil Orr", "Sorts minerals."),
]
DATES = [("Jan", 2020), ("Mar", 2020), ("Mar", 2020), ("Jun", 2020), ("Oct", 2021), ("Oct", 2021),
         ("Dec", 2021)]  # fmt: skip
CODED = (0, 3, 6)  # code released, on GitHub
VISION = (1, 4)  # filed under CV, the rest under LG


def profile_text() -> str:
    items = []
    for i, (title, authors, abstract) in enumerate(PAPERS):
        code = "Code" if i in CODED else ""
        link = f" Code: https://github.com/adalab/{title.split(':')[0]}." if code else ""
        items.append(
            f"{'CV' if i in VISION else 'LG'}{DATES[i][0]} {3 + i}, {DATES[i][1]}{code}\n"
            f"{title}\n\n{authors}\n\n"
            f"{abstract}{link}\n"
        )
    head = (
        f"Ada Example\n\nLG\nh-index3\n{len(PAPERS)}papers\n10citations\nNovelty40%\n"
        f"AI Score55\n\n{len(PAPERS)} Papers\n\n"
    )
    return head + "\n".join(items)


@pytest.fixture(scope="module")
def ada(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return synthetic.opened(tmp_path_factory.mktemp("ops11"), profile_text())


def _cited(answer: Answer) -> set[str]:
    return {c.paper_id for c in answer.citations}


def _number(text: str) -> int:
    return int(re.match(r"\D*?(\d+)", text)[1])  # type: ignore[index]


def _shown(paper: Paper, *names: str) -> bool:
    return all(n in paper.authors for n in names)


# The owner beside someone on the shown author line: both must be shown
BESIDE = [
    "how many papers show both {other} and {owner} on the author line?",
    "On how many of the papers are {other} and {surname} both among the displayed authors?",
    "papers where {other} and {surname} are both visible as authors - count pls",
    "How many author lines name {other} alongside {owner}?",
    "I'm curious how many papers list {owner} and {other} together in the shown authors.",
    "Leaving out papers where just one of them is shown, how many display both {other} and "
    "{surname}?",
    "how mnay papers carry {other} as well as {surname} on the byline?",
]


@pytest.mark.parametrize("template", BESIDE)
def test_owner_beside_someone_on_the_shown_line(
    bundled_assistant: Assistant, ada: Assistant, template: str
) -> None:
    for bot, other in ((bundled_assistant, "Chengyu Wang"), (ada, "Bo Li")):
        owner = bot.profile.name
        question = template.format(other=other, owner=owner, surname=owner.split()[-1])
        answer = bot.ask(question)
        both = {p.id for p in bot.profile.papers if _shown(p, other, owner)}
        alone = {p.id for p in bot.profile.papers if _shown(p, other)}
        assert 0 < len(both) < len(alone)  # the owner hidden on some of the other's papers
        assert _cited(answer) == both, answer.text
        assert _number(answer.text) == len(both), answer.text


# Without the author line said, every listed paper is the owner's: the other's papers
@pytest.mark.parametrize(
    "template",
    [
        "how many papers did {other} and {surname} write together?",
        "How many papers has {owner} co-authored with {other}?",
        "Which papers list {other} as a co-author of {surname}?",
        "i'd like to know how many papers {surname} and {other} did together",
        "In how many of the papers does {other} appear alongside {owner}?",
    ],
)
def test_owner_and_someone_without_the_shown_line(
    bundled_assistant: Assistant, ada: Assistant, template: str
) -> None:
    for bot, other in ((bundled_assistant, "Chengyu Wang"), (ada, "Bo Li")):
        owner = bot.profile.name
        answer = bot.ask(template.format(other=other, owner=owner, surname=owner.split()[-1]))
        alone = {p.id for p in bot.profile.papers if _shown(p, other)}
        assert _cited(answer) == alone, answer.text


# A word of the titles, asked in words around the titles
TITLE_WORD = [
    "how often does the word '{word}' show up in the titles of {surname}'s papers?",
    "Not counting abstracts, only titles: how many of {pronoun} papers mention {word}?",
    "how many paper titles of this researcher literally say {word}?",
    "Just the titles, ignoring the abstracts - how many use the term {word}?",
    "I'm curious how many times {word} appears in a title of {owner}'s work.",
    "numbr of titles of her papers that contain {word}",
    # a frame first: the titles' word names the papers counted, so the frame is no topic
    "For a museum display, how many of {owner}'s titles include the term {word}?",
]


@pytest.mark.parametrize("template", TITLE_WORD)
def test_titles_containing_a_word(
    bundled_assistant: Assistant, ada: Assistant, template: str
) -> None:
    for bot, word in ((bundled_assistant, "Multimodal"), (ada, "Graph")):
        owner = bot.profile.name
        question = template.format(
            word=word, owner=owner, surname=owner.split()[-1], pronoun="their"
        )
        answer = bot.ask(question)
        titled = {
            p.id for p in bot.profile.papers if re.search(rf"\b{word}\b", p.title, re.IGNORECASE)
        }
        assert _cited(answer) == titled, answer.text
        assert _number(answer.text) == len(titled), answer.text


# 'patent' said of who asks is no question about patents
PATENT_ASKER = [
    "A patent attorney asked me to find out how many of {surname}'s papers have code.",
    "our patent lawyer wants to know: how many papers with code does {owner} have?",
    "I'm a patent examiner - how many of their papers come with code?",
    "Our patent counsel asked us to check how many of {owner}'s papers have a code link.",
    "Patent agent here. number of papers with code by {surname}?",
]


@pytest.mark.parametrize("template", PATENT_ASKER)
def test_patent_trade_of_the_asker_is_no_patent_question(
    bundled_assistant: Assistant, ada: Assistant, template: str
) -> None:
    for bot in (bundled_assistant, ada):
        owner = bot.profile.name
        answer = bot.ask(template.format(owner=owner, surname=owner.split()[-1]))
        coded = {p.id for p in bot.profile.papers if p.has_code}
        assert not answer.abstained, answer.text
        assert _cited(answer) == coded, answer.text


def test_patents_themselves_are_still_declined(bundled_assistant: Assistant) -> None:
    for question in ("How many patents does Qiu hold?", "has she patented anything?"):
        assert "patent" in bundled_assistant.ask(question).text.casefold()


# The busiest month of one year
BUSY_MONTH = [
    "in {year}, what month was {surname} busiest?",
    "Of the months of {year}, which saw the most papers from {owner}?",
    "whcih month in {year} had the most of her papers",
    "I'm curious which calendar month of {year} was the most productive for {owner}.",
    "Among the months in {year}, which one had more papers than any other?",
]


@pytest.mark.parametrize("template", BUSY_MONTH)
def test_busiest_month_of_one_year(
    bundled_assistant: Assistant, ada: Assistant, template: str
) -> None:
    for bot, year in ((bundled_assistant, 2025), (ada, 2020)):
        owner = bot.profile.name
        answer = bot.ask(template.format(year=year, owner=owner, surname=owner.split()[-1]))
        months = Counter(p.date.month for p in bot.profile.papers if p.year == year)
        top = max(months.values())
        busiest = [calendar.month_name[m] for m, n in months.items() if n == top]
        first_line = answer.text.splitlines()[0]
        assert all(m in first_line for m in busiest), answer.text
        behind = {
            p.id for p in bot.profile.papers if p.year == year and months[p.date.month] == top
        }
        assert behind <= _cited(answer), answer.text


# A frame before a count that names its own papers restricts nothing
FRAMED = [
    ("For our lab's quarterly digest, how many of {surname}'s papers have code?", "code"),
    ("Just out of curiosity for a trivia night, how many papers did {owner} put out in {year}?",
     "year"),
    ("We're sizing up a visiting speaker: how many papers with code does {surname} have?",
     "code"),
    ("My manager needs a slide - how many of their {year} papers are there?", "year"),
    ("Not the whole list, only the number: how many papers from {year}?", "year"),
    ("i need it for a grant form, how mnay papers has she got in {year}", "year"),
]  # fmt: skip


@pytest.mark.parametrize(("template", "kept"), FRAMED)
def test_a_frame_before_a_count_is_no_topic(
    bundled_assistant: Assistant, ada: Assistant, template: str, kept: str
) -> None:
    for bot, year in ((bundled_assistant, 2021), (ada, 2020)):
        owner = bot.profile.name
        answer = bot.ask(template.format(year=year, owner=owner, surname=owner.split()[-1]))
        papers = bot.profile.papers
        expected = {p.id for p in papers if (p.has_code if kept == "code" else p.year == year)}
        assert _cited(answer) == expected, answer.text
        assert _number(answer.text) == len(expected), answer.text


# The months left when a run of months is left out, whatever its length
MONTHS_LEFT = [
    ("Leaving out {a} to {b}, how many of {surname}'s papers are left?", ""),
    ("how many papers, not counting anything from {a} through {b}?", ""),
    ("Excluding {a}-{b} of every year, what's {pronoun} paper count?", ""),
    ("I'm curious how many papers remain once {a} to {b} are set aside, across all years.", ""),
    ("ignoring {a} thru {b}, how mnay papers does {owner} have", ""),
]


@pytest.mark.parametrize(("template", "_"), MONTHS_LEFT)
def test_a_long_run_of_months_left_out(
    bundled_assistant: Assistant, ada: Assistant, template: str, _: str
) -> None:
    for bot in (bundled_assistant, ada):
        owner = bot.profile.name
        question = template.format(
            a="January", b="September", owner=owner, surname=owner.split()[-1], pronoun="their"
        )
        answer = bot.ask(question)
        left = {p.id for p in bot.profile.papers if p.date.month >= 10}
        assert _cited(answer) == left, answer.text
        assert _number(answer.text) == len(left), answer.text


# An account set aside, another asked: the one asked
ACCOUNTS = [
    "Not counting {other}, how many code repositories are under {asked}'s GitHub?",
    "excluding {other}'s repos, how many of the code links point to {asked}?",
    "Besides {other}, how many repositories sit in the {asked} organisation?",
    "i'm curious: ignoring {other} github, how many papers have code under {asked}?",
    "Leaving out {other}, how many of {surname}'s github repos belong to {asked}?",
]


@pytest.mark.parametrize("template", ACCOUNTS)
def test_an_account_set_aside_is_not_the_one_counted(
    bundled_assistant: Assistant, ada: Assistant, template: str
) -> None:
    owner = bundled_assistant.profile.name
    for other, asked in (("ByteDance", "alibaba"), ("alibaba", "bytedance")):
        question = template.format(other=other, asked=asked, surname=owner.split()[-1])
        answer = bundled_assistant.ask(question)
        under = {
            p.id
            for p in bundled_assistant.profile.papers
            if re.search(rf"github\.com/{asked}/", p.abstract, re.IGNORECASE)
        }
        assert under and _cited(answer) == under, answer.text
        assert _number(answer.text) == len(under), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "For a talk on knowledge distillation, how many papers did Qiu write in 2021?",
        "I'm curious about knowledge distillation: how many 2021 papers are there?",
        "Regarding knowledge distillation - how many of her 2021 papers?",
    ],
)
def test_a_frame_naming_a_subject_keeps_it(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    of_2021 = {p.id for p in bundled_assistant.profile.papers if p.year == 2021}
    assert _cited(answer) and _cited(answer) < of_2021, answer.text


# The person first on the most author lines, the role ranked without 'who'
TOP_LEAD = [
    "most common first author? name and count",
    "the most frequent lead author on {surname}'s papers, and how many?",
    "I'm curious about the usual first author on {possessive} papers.",
    "top first-named author in the list pls",
    "Commonest 1st author across {owner}'s publications?",
]


@pytest.mark.parametrize("template", TOP_LEAD)
def test_the_most_frequent_first_author(
    bundled_assistant: Assistant, ada: Assistant, template: str
) -> None:
    for bot in (bundled_assistant, ada):
        owner = bot.profile.name
        question = template.format(owner=owner, surname=owner.split()[-1], possessive="her")
        answer = bot.ask(question)
        leads = Counter(p.authors[0] for p in bot.profile.papers)
        top = max(leads.values())
        first = answer.text.splitlines()[0]
        assert any(n in first for n, c in leads.items() if c == top), answer.text
        assert f"{top} papers" in first, answer.text


# Two categories counted side by side, each on its own
EACH_CATEGORY = [
    "how many {a} papers and how many {b} papers does {surname} have?",
    "number of {a} papers and the number of {b} ones?",
    "I'm curious how many are {a} and how many are {b}.",
    "For a slide: how many {a} papers, and how many {b} papers?",
    "how mnay {a} papers and how many {b}",
]


@pytest.mark.parametrize("template", EACH_CATEGORY)
def test_two_categories_counted_each(
    bundled_assistant: Assistant, ada: Assistant, template: str
) -> None:
    for bot, (a, b) in ((bundled_assistant, ("CL", "CV")), (ada, ("LG", "CV"))):
        surname = bot.profile.name.split()[-1]
        answer = bot.ask(template.format(a=a, b=b, surname=surname))
        na = sum(p.category == a for p in bot.profile.papers)
        nb = sum(p.category == b for p in bot.profile.papers)
        first = answer.text.splitlines()[0]
        assert f"{na} in {a}" in first and f"{nb} in {b}" in first, answer.text


# Papers with code set against those without, the other side left elliptical
CODE_GAP = [
    "how big is the gap between {possessive} papers that release code and those that don't?",
    "What's the difference between the number of papers without a code link and the number "
    "with one?",
    "how many papers have code and how many do not?",
    "Papers sharing code versus papers that don't: how many more on one side?",
    "papers without code minus the ones with one, what's the number for {surname}?",
]


@pytest.mark.parametrize("template", CODE_GAP)
def test_code_split_with_an_elliptical_side(
    bundled_assistant: Assistant, ada: Assistant, template: str
) -> None:
    for bot in (bundled_assistant, ada):
        surname = bot.profile.name.split()[-1]
        answer = bot.ask(template.format(possessive="her", surname=surname))
        coded = sum(p.has_code for p in bot.profile.papers)
        rest = len(bot.profile.papers) - coded
        first = answer.text.splitlines()[0]
        assert f"{coded} with code" in first and f"{rest} without code" in first, answer.text
        assert f"{abs(rest - coded)} more" in first, answer.text
