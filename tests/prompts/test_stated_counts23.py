"""A yes/no that states an amount of papers ('did she publish 5 papers in 2004?', 'exactly
two', 'fewer than ten', 'a dozen', 'at least three', 'more than half') leads with Yes only when
that amount holds, else No and the figure the listing gives ('No, 6, not 5'): never a Yes to
another number. Each phrasing (digits and words, casual, formal, typo, he/she/they/the name)
is asked with a true and a false amount, on a synthetic profile (Ada Example: 3 papers in
2003, 6 in 2004 of which 2 CV, 1 in 2005; Bo Li on 4 papers, Cy Moe on 1; 3 with code)."""

from __future__ import annotations

from pathlib import Path

import pytest

from prompts.assistant import Assistant
from prompts.understand.amounts import stated_count
from tests.prompts.synthetic import opened

# (category, date, code, title, co-author, abstract)
PAPERS = [
    ("LG", "Mar 3, 2003", True, "TideNet: Forecasting Ocean Tides", "Bo Li", "forecasts tides"),
    ("LG", "May 9, 2003", False, "DuneGen: Sand Dune Shapes", "Bo Li", "models sand dunes"),
    ("LG", "Aug 1, 2003", False, "IceFlow: Glacier Motion", "Di Ng", "tracks glacier flow"),
    ("CV", "Jan 4, 2004", True, "LeafSeg: Segmenting Leaves", "Bo Li", "segments leaves"),
    ("CV", "Feb 6, 2004", False, "BarkID: Tree Species from Bark", "Bo Li", "names tree bark"),
    ("LG", "Apr 2, 2004", True, "SoilMix: Soil Moisture Estimates", "Di Ng", "estimates soil"),
    ("LG", "Jun 7, 2004", False, "RiverRun: River Discharge", "Di Ng", "predicts rivers"),
    ("LG", "Sep 8, 2004", False, "SnowPack: Snow Depth Mapping", "Di Ng", "maps snow depth"),
    ("LG", "Nov 5, 2004", False, "FogCast: Fog Prediction at Airports", "Di Ng", "predicts fog"),
    ("RO", "Jul 7, 2005", False, "HoverBot: A Walking Robot", "Cy Moe", "walks on legs"),
]


def _text() -> str:
    items = [
        f"{cat}{date}{'Code' if code else ''}\n{title}\n\nAda Example, {who}\n\n"
        f"{title.split(':')[0]} {said} with new field data from many sites.\n"
        for cat, date, code, title, who, said in PAPERS
    ]
    head = (
        f"Ada Example\n\nLG\nh-index3\n{len(PAPERS)}papers\n10citations\nNovelty40%\n"
        f"AI Score55\n\n{len(PAPERS)} Papers\n\n"
    )
    return head + "\n".join(items)


@pytest.fixture(scope="module")
def ada(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return opened(Path(tmp_path_factory.mktemp("ada")), _text())


# (question, the figure the listing gives)
FALSE_AMOUNTS = [
    ("Did she publish 5 papers in 2004?", "6"),
    ("did Ada Example put out four papers in 2003?", "3"),
    ("Is it correct that they published exactly two papers in 2005?", "1"),
    ("Did he pubish 7 papers in 2004?", "6"),
    ("Has Ada Example written three CV papers?", "2"),
    ("were there fewer than five of her papers in 2004?", "6"),
    ("did she publish a dozen papers in 2004?", "6"),
    ("Does she have 5 papers with code?", "3"),
    ("Has she co-authored 3 papers with Bo Li?", "4"),
    ("did they write two papers with cy moe?", "1"),
    ("Has he got no more than 2 LG papers from 2004?", "4"),
    ("Are more than half of her papers from 2003?", "3"),
    ("Are over half of Ada Example's papers CV?", "2"),
    ("is at least half of his output from 2003?", "3"),
]

TRUE_AMOUNTS = [
    "Did she publish 6 papers in 2004?",
    "did Ada Example put out three papers in 2003?",
    "Is it correct that they published exactly one paper in 2005?",
    "Did he pubish six papers in 2004?",
    "Has Ada Example written two CV papers?",
    "were there fewer than seven of her papers in 2004?",
    "Does she have 3 papers with code?",
    "Has she co-authored 4 papers with Bo Li?",
    "Has he got no more than 4 LG papers from 2004?",
    "Are more than half of her papers from 2004?",
    "Are over half of Ada Example's papers LG?",
    "is at least half of his output from 2004?",
    "is under a third of their work from 2003?",
]


@pytest.mark.parametrize(("question", "figure"), FALSE_AMOUNTS)
def test_an_amount_that_does_not_hold_is_a_no_with_the_figure(
    ada: Assistant, question: str, figure: str
) -> None:
    first = ada.ask(question).text.split("\n")[0]
    assert first.startswith("No"), first
    assert f" {figure} of the" in first or f"No, {figure}" in first, first


@pytest.mark.parametrize("question", TRUE_AMOUNTS)
def test_an_amount_that_holds_is_a_yes(ada: Assistant, question: str) -> None:
    first = ada.ask(question).text.split("\n")[0]
    assert first.startswith("Yes"), first


@pytest.mark.parametrize(
    ("question", "low", "high"),
    [
        ("Did she publish 5 papers in 2023?", 5, 5),
        ("did they put out five papers?", 5, 5),
        ("Are exactly two of his papers CV?", 2, 2),
        ("Are three of her papers CV?", 3, 10**6),
        ("fewer than 10 papers in 2020, right?", 0, 9),
        ("Which years have fewer than 10 papers?", None, None),  # asked of years
        ("Did she publish fewer than 10 papers in 2020?", 0, 9),
        ("Has she at most four CV papers?", 0, 4),
        ("did he publish a dozen papers in 2021?", 12, 12),
        ("Has she published more than 10 papers?", 11, 10**6),
    ],
)
def test_the_amount_read(question: str, low: int | None, high: int | None) -> None:
    asked = stated_count(question)
    if low is None:
        assert asked is None
    else:
        assert asked is not None and (asked.low, asked.high) == (low, high)


@pytest.mark.parametrize(
    "question",
    [
        "Did she publish her 3 latest papers in 2025?",  # a place in an order
        "Are the top 5 papers all CV?",
        "Is one paper from 2024 about video?",  # 'one' said bare
        "Does any co-author appear on 3 of her papers?",  # counted per co-author
        "Did she publish two papers in the same month?",  # counted per period
        "How many of her 5 newest papers have code?",
        "2nd half of '23 -- any paper w/ code?",  # a year said short
    ],
)
def test_no_amount_of_the_papers(question: str) -> None:
    assert stated_count(question) is None
