"""A count over a set of papers says the fact asked, not only the papers. A share asked against
its total ('CL papers / all papers', '2021: CL vs total?', 'as a fraction of everything listed',
'CV with code / total count', 'the 2021 CV ones and the total CV count') says the count of the
total beside the part. A date window across a year's end ('July 2021 through June 2022') is one
period: its total first and, when asked which, its papers, not its two calendar years set
against each other unless that is asked. Two years asked as a multiple ('how many times as
many') say the multiple. Controls: a plain count keeps its plain head; years set against each
other when asked still are. Runs on a small synthetic profile, every number computed from it."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from tests.prompts import synthetic

# (category, date, code, title): CV 8 (4 with code), CL 6 (1 with code), LG 2; 2021 has 5
# papers (2 CL), 2023 has 2; July 2021 to June 2022 holds 6 (3 in each year)
PAPERS = [
    ("CL", "Jan 4, 2020", False, "TagLex: Tagging Rare Words in Old Letters"),
    ("CV", "Mar 9, 2020", True, "LeafCount: Counting Leaves on Trees"),
    ("CL", "Jun 2, 2020", False, "PoemSplit: Splitting Poems into Stanzas"),
    ("LG", "Sep 7, 2020", False, "TideNet: Learning Tide Tables"),
    ("CV", "Feb 3, 2021", True, "BeeWatch: Tracking Bees in Hives with Cameras"),
    ("CL", "Apr 5, 2021", False, "MenuRead: Reading Restaurant Menus Aloud"),
    ("CV", "Aug 6, 2021", False, "RockSort: Sorting Minerals by Colour"),
    ("CL", "Oct 8, 2021", True, "LawDigest: Summarising Court Rulings"),
    ("CV", "Nov 9, 2021", False, "RiverMap: Mapping Rivers at Night"),
    ("CL", "Jan 10, 2022", False, "SongKey: Finding the Key of Folk Songs"),
    ("CV", "Mar 11, 2022", True, "CloudCam: Cloud Cover from Roof Cameras"),
    ("LG", "May 12, 2022", False, "SoilFlow: Forecasting Soil Moisture"),
    ("CV", "Sep 13, 2022", False, "FishEye: Counting Fish in Murky Water"),
    ("CL", "Dec 14, 2022", False, "RecipeGen: Writing Recipes from Pantry Lists"),
    ("CV", "Feb 15, 2023", False, "SnowDepth: Measuring Snow from Photos"),
    ("CV", "Jul 16, 2023", True, "KiteTrack: Following Kites in the Sky"),
]


def profile_text() -> str:
    items = [
        f"{category}{date}{'Code' if code else ''}\n{title}\n\nAda Example, Gil Orr\n\n"
        f"{title.split(':')[0]} {title.split(':')[1].strip().lower()} with new data.\n"
        for category, date, code, title in PAPERS
    ]
    head = (
        f"Ada Example\n\nCV\nh-index3\n{len(PAPERS)}papers\n10citations\nNovelty40%\n"
        f"AI Score55\n\n{len(PAPERS)} Papers\n\n"
    )
    return head + "\n".join(items)


@pytest.fixture(scope="module")
def ada(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return synthetic.opened(tmp_path_factory.mktemp("totals26"), profile_text())


# A part of the whole listing asked against it: 6 of the 16 are CL
CL_OF_ALL = [
    "how many of her papers are CL, as a fraction of everything listed",
    "CL papers / all papers = ? (ada)",
    "Ada Example: CL count / total count?",
    "cl papers vs. the total?",
    "What share of Example's papers are CL?",  # control: a share asked already said it
]


@pytest.mark.parametrize("question", CL_OF_ALL)
def test_a_part_asked_against_the_whole_listing_says_the_share(
    ada: Assistant, question: str
) -> None:
    first = ada.ask(question).text.split("\n")[0]
    assert "6 of the 16" in first and "38%" in first, first


# A part of one set asked against that set: its total counted, not the listing's
WITHIN = [
    ("2021: CL papers vs total?", "2 of the 5"),
    ("In 2021, CL papers / all papers?", "2 of the 5"),
    ("CV only: count with code / total count.", "4 of the 8"),
    ("cv papers with code vs the total number of cv papers?", "4 of the 8"),
    ("Count her CV papers dated 2021 and the total CV count.", "3 of the 8"),
    ("how many 2022 cv papers does she have, and the total cs.CV count?", "2 of the 8"),
]


@pytest.mark.parametrize(("question", "share"), WITHIN)
def test_a_part_asked_against_its_own_total_says_that_total(
    ada: Assistant, question: str, share: str
) -> None:
    first = ada.ask(question).text.split("\n")[0]
    assert share in first, first


# Controls: a plain count keeps its plain head, no share nor total added
PLAIN = [
    ("how many CL papers does she have?", "6 of the 16 listed papers match"),
    ("How many of Ada Example's papers came out in 2021 in total?", "5 of the 16"),
]


@pytest.mark.parametrize(("question", "head"), PLAIN)
def test_a_plain_count_keeps_its_head(ada: Assistant, question: str, head: str) -> None:
    first = ada.ask(question).text.split("\n")[0]
    assert first.startswith(head) and "%" not in first, first


# A window across a year's end: one period, its total first
WINDOW = [
    "For an annual report covering July 2021 through June 2022: how many papers?",
    "how many papers did she put out between July 2021 and June 2022",
    "Academic year jul 2021 - jun 2022, paper count pls",
    "For a report running July to June: what did Ada Example publish from July 2021 "
    "through June 2022?",
    "which papers are from july 2021 to june 2022, and how many?",
]


@pytest.mark.parametrize("question", WINDOW)
def test_a_window_across_a_years_end_is_one_period(ada: Assistant, question: str) -> None:
    answer = ada.ask(question)
    first = answer.text.split("\n")[0]
    assert not first.startswith(("As many", "More in")), answer.text[:300]
    assert "6 " in first and ("in all" in first or "of the 16" in first), first
    assert len(answer.citations) == 6


LISTED = [
    "For a report running July to June: what did Ada Example publish from July 2021 "
    "through June 2022?",
    "which papers are from july 2021 to june 2022, and how many?",
]


@pytest.mark.parametrize("question", LISTED)
def test_a_windows_papers_asked_are_named(ada: Assistant, question: str) -> None:
    text = ada.ask(question).text
    for title in ("RockSort", "LawDigest", "RiverMap", "SongKey", "CloudCam", "SoilFlow"):
        assert title in text, text[:600]


# Two years set against each other when asked: the comparison stays; a multiple is said
def test_two_years_asked_against_each_other_are_still_compared(ada: Assistant) -> None:
    answer = ada.ask("Did she publish more in 2021 than in 2023?")
    assert answer.text.startswith("Yes: 5 in 2021 against 2 in 2023"), answer.text[:300]


MULTIPLE = [
    "How many times as many papers did Ada Example publish in 2021 as in 2023?",
    "papers in 2021 and in 2023: how many times more in 2021?",
    "what is the ratio of her 2021 paper count to her 2023 count?",
]


@pytest.mark.parametrize("question", MULTIPLE)
def test_two_years_asked_as_a_multiple_say_it(ada: Assistant, question: str) -> None:
    text = ada.ask(question).text
    assert "2.5" in text and "5 in 2021" in text and "2 in 2023" in text, text[:300]


# A total named by the set kept: 'all her CV papers' is the CV papers of every year
NAMED_TOTAL = [
    "Of all her CV papers, how many came out in 2021?",
    "how many of all her CV papers came out in 2021?",
]


@pytest.mark.parametrize("question", NAMED_TOTAL)
def test_a_total_named_by_its_set_is_that_set(ada: Assistant, question: str) -> None:
    first = ada.ask(question).text.split("\n")[0]
    assert "3 of the 8" in first, first


# Two counts asked by the result's name alone ('ratio?', 'the split?'): both counted, set
# against each other; a ratio inside a paper stays a question about that paper
RATIO_ONLY = [
    ("2021 vs 2023 papers, ratio?", "5 in 2021 against 2 in 2023"),
    ("2023 vs 2021 ratio?", "2 in 2023 against 5 in 2021"),
    ("ratio of CV to CL papers?", "8 in CV against 6 in CL"),
    ("CL vs CV papers - the split?", "6 in CL against 8 in CV"),
]


@pytest.mark.parametrize(("question", "said"), RATIO_ONLY)
def test_a_ratio_asked_alone_sets_the_two_counts_against_each_other(
    ada: Assistant, question: str, said: str
) -> None:
    answer = ada.ask(question)
    assert said in answer.text.split("\n")[0], answer.text[:300]
    assert not answer.abstained


def test_a_ratio_inside_a_paper_is_no_count(ada: Assistant) -> None:
    text = ada.ask("what is the error ratio of LeafCount?").text
    assert "of the 16" not in text and " against " not in text, text[:300]


# A set and its part with code asked in steps or as a list: the set counted, each marked
STEPS = [
    "- 2021\n- how many papers\n- any with code?",
    "2021 -> count? -> code yes/no?",
    "- Ada Example, 2021\n- number of papers\n- which have code",
    "2021 papers and papers with code, how many?",
]


@pytest.mark.parametrize("question", STEPS)
def test_a_set_and_its_code_asked_in_steps_counts_the_set(ada: Assistant, question: str) -> None:
    answer = ada.ask(question)
    first = answer.text.split("\n")[0]
    assert first.startswith("5 listed papers match 2021") and "2 of them" in first, first
    assert len(answer.citations) == 5


def test_code_asked_of_a_set_alone_lists_only_those_with_code(ada: Assistant) -> None:
    answer = ada.ask("which 2021 papers have code?")
    assert len(answer.citations) == 2, answer.text[:300]


# Two years' difference asked: the difference said
DIFFERENCE = [
    "how many more papers did she publish in 2021 than in 2023?",
    "how many fewer papers in 2023 than 2021?",
    "2021 and 2023 paper counts - the difference?",
]


@pytest.mark.parametrize("question", DIFFERENCE)
def test_two_years_difference_asked_is_said(ada: Assistant, question: str) -> None:
    first = ada.ask(question).text.split("\n")[0]
    assert "3 more" in first and "5 in 2021" in first and "2 in 2023" in first, first
