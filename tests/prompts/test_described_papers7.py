"""A paper described rather than named ('the fundus model', 'the pseudo-relevance feedback
paper') is the one paper whose title and abstract its words match clearly better than the
next, and is answered as a named paper is; a comparison whose one side is described cites and
answers both sides. Words that describe several papers alike name none of them. Each behaviour
is asked as a family of phrasings (formal, casual, lower case with a typo, he/she/they/the
name, indirect) that must agree."""

from __future__ import annotations

import datetime as dt

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant
from prompts.understand.likeness import Likeness
from retrieval.model import Paper

RETIZERO = "Enhancing Diagnostic Accuracy in Rare and Common Fundus Diseases"
EXPAND = "Learning to Expand"
KFRAMES = "K-frames"
OCR = "Seeing is Believing?"
HRKD = "HRKD"
METASN = "Meta-Learning Siamese Network"
GTHINKER = "GThinker"
LOGOVGR = "Logo-VGR"
RAINSEER = "RainSeer"


def cited(answer: Answer) -> list[str]:
    return [c.title for c in answer.citations]


def cites(answer: Answer, start: str) -> bool:
    return any(title.startswith(start) for title in cited(answer))


# A detail of one described paper: that paper alone is cited, as if named.
DESCRIBED_FACT = [
    ("how many diseases does qiu's fundus model recognize zero-shot?", RETIZERO),
    ("In Minghui Qiu's fundus diagnosis paper, how many diseases are evaluated?", RETIZERO),
    ("I'm curious how many fundus images their eye-disease model was pre-trained on.", RETIZERO),
    ("what does the pseudo relevance feedback paper use as its reward?", EXPAND),
    ("In his pseudo-relevance feedback selection paper, how are feedback terms chosen?", EXPAND),
    ("her keyframe selection model: how many frames does it pick?", KFRAMES),
    ("which benchmark does the ocr hallucinaton paper introduce?", OCR),
]


@pytest.mark.parametrize(("question", "paper"), DESCRIBED_FACT)
def test_a_described_paper_is_answered_as_the_one_paper(
    bundled_assistant: Assistant, question: str, paper: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    assert cites(answer, paper), cited(answer)
    assert len(answer.citations) == 1, cited(answer)


# A comparison whose one side is named and the other described: both cited.
DESCRIBED_SIDE = [
    ("HRKD vs the pseudo-relevance feedback paper?", HRKD, EXPAND),
    ("compare meta-sn with the keyframe selection one", METASN, KFRAMES),
    ("How do RainSeer and their OCR hallucination paper differ?", RAINSEER, OCR),
    ("gthinker versus the open-world logo recognition paper - compair them", GTHINKER, LOGOVGR),
    ("I'm curious how Qiu's fundus model differs from HRKD.", RETIZERO, HRKD),
    ("pseudo relevance feedback paper vs the siamese network one, differences?", EXPAND, METASN),
]


@pytest.mark.parametrize(("question", "first", "second"), DESCRIBED_SIDE)
def test_a_comparison_with_a_described_side_cites_both(
    bundled_assistant: Assistant, question: str, first: str, second: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    assert cites(answer, first) and cites(answer, second), cited(answer)


def paper(n: int, title: str, abstract: str, year: int = 2021) -> Paper:
    return Paper(
        id=f"p{n}",
        n=n,
        title=title,
        authors=["A. Author"],
        authors_truncated=False,
        category="CL",
        date=dt.date(year, 1, 1),
        abstract=abstract,
    )


PAPERS = [
    paper(1, "Radar Storm Nowcasting", "We forecast storms from radar echoes."),
    paper(2, "Rainfall Reconstruction from Gauges", "We map rainfall from sparse gauges."),
    paper(3, "Logo Detection in the Wild", "Open-world logo recognition.", 2025),
    paper(4, "Fashion Logo Embeddings", "Logo features for fashion retrieval.", 2023),
    paper(5, "Language Models for Text", "A language model study."),
    paper(6, "Language Models for Code", "A language model for programs."),
    paper(7, "Language Models for Speech", "A language model for audio."),
]


@pytest.mark.parametrize(
    ("description", "meant"),
    [
        ("storm nowcasting", ["p1"]),
        ("rainfall gauge", ["p2"]),
        ("logo", ["p3", "p4"]),  # alike: the two are named, not one
        ("2023 logo", ["p4"]),  # a year said keeps that year's paper
        ("language model", []),  # three alike: none
        ("M3CoT reasoning", []),  # a name no paper gives: none
    ],
)
def test_likeness_picks_one_paper_only_by_a_clear_margin(
    description: str, meant: list[str]
) -> None:
    assert [p.id for p in Likeness(PAPERS).described(description)] == meant


def test_a_paper_named_already_is_not_described_again() -> None:
    # 'the storm one' beside storm nowcasting named: the other storm paper is not made up
    assert [p.id for p in Likeness(PAPERS).described("storm nowcasting", {"p1"})] == []


# Who asks, said first ('A reviewer here:'), is not what is asked: a reviewer asking a
# paper's number is not asking how the paper was reviewed.
ASKER_HERE = [
    ("A reviewer here: how many frames does K-frames select?", KFRAMES),
    ("reviewer here - what reward does the pseudo-relevance feedback paper use?", EXPAND),
    ("PhD student here, which benchmark did HRKD get evaluated on?", HRKD),
    ("An editor here: what does Meta-SN use for class prototypes?", METASN),
    ("a journalist here — how many diseases does RetiZero cover?", RETIZERO),
]


@pytest.mark.parametrize(("question", "paper"), ASKER_HERE)
def test_who_asks_said_first_is_not_the_question(
    bundled_assistant: Assistant, question: str, paper: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    assert cites(answer, paper), cited(answer)
    assert "review" not in answer.text.casefold(), answer.text


# A paper whose abstract says where its code is, with no link and no code flag: that sentence,
# not 'no code' (the storm nowcasting paper's code is in its supplementary material).
CODE_TOLD = [
    "can I get the code of the Seeing Inside the Storm paper?",
    "their storm nowcasting paper: code released?",
    "Is there source code for Qiu's nowcasting paper with meteorological drivers?",
    "I'm curious whether the MeteoLogist paper shares its code.",
    "where's the implementaton of the storm nowcasting paper",
]


@pytest.mark.parametrize("question", CODE_TOLD)
def test_code_the_abstract_points_to_is_not_denied(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert cites(answer, "Seeing Inside the Storm"), cited(answer)
    assert "supplementary" in answer.text, answer.text
    assert "marks no code" not in answer.text, answer.text
