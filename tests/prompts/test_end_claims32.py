"""A yes/no claim about the first or last paper is checked on that paper, however it is said:
'was her earliest paper a CV paper?', 'first paper = CV?', 'did she start out in computer
vision?', 'her newest paper is about ranking, right?', 'the latest paper in her list is
RankFast?'. The answer leads with Yes or No, cites the paper at that end and, when the claim
fails, the paper at that end of those it holds of; a negated claim flips the wording, not the
facts. Controls: the first paper of a set ('her earliest CV paper') is still that set's."""

from __future__ import annotations

from pathlib import Path

import pytest

from prompts.assistant import Assistant
from prompts.understand.ends import end_claim
from tests.prompts.synthetic import opened

PAPERS = [  # category and date (Code), title, authors (· tag), abstract
    (
        "CLNov 12, 2020",
        "TagWise: Part-of-Speech Tagging for Dialects",
        "Ada Example, Ed Fox",
        "TagWise tags dialect sentences with parts of speech.",
    ),
    (
        "CLJul 26, 2021",
        "GlowNet: Sentence Embeddings for Legal Text",
        "Ada Example, Bo Li",
        "GlowNet learns sentence embeddings for contracts and court rulings.",
    ),
    (
        "CVMar 3, 2022",
        "SkyCam: Cloud Detection in Satellite Images",
        "Ada Example · pku",
        "SkyCam detects clouds in satellite images of the coast.",
    ),
    (
        "CVDec 31, 2023Code",
        "PixelFlow: Video Frame Prediction with Optical Flow",
        "Ada Example, Cy Wu",
        "PixelFlow predicts future video frames. Code: https://github.com/ada/pixelflow.",
    ),
    (
        "LGOct 2, 2024",
        "TreeCut: Pruning Decision Forests",
        "Ada Example, Di Ng",
        "TreeCut prunes decision forests with little loss of accuracy.",
    ),
    (
        "IRJun 5, 2025Code",
        "RankFast: Learning to Rank at Scale",
        "Ada Example · pku",
        "RankFast ranks documents at scale. Code: https://github.com/ada/rankfast.",
    ),
]


def _text(papers: list[tuple[str, str, str, str]] = PAPERS) -> str:
    items = [f"{head}\n{title}\n\n{by}\n\n{abstract}\n" for head, title, by, abstract in papers]
    head = (
        f"Ada Example\n\nCL\nh-index3\n{len(papers)}papers\n10citations\nNovelty40%\n"
        f"AI Score55\n\n{len(papers)} Papers\n\n"
    )
    return head + "\n".join(items)


@pytest.fixture(scope="module")
def ada(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return opened(Path(tmp_path_factory.mktemp("ada32")), _text())


def _led_with(assistant: Assistant, question: str, lead: str, papers: set[str]) -> None:
    """Answered (not declined), led by `lead`, citing exactly `papers` (by short title)."""
    answer = assistant.ask(question)
    assert answer.text.startswith(lead), answer.text[:300]
    assert {c.title.split(":")[0] for c in answer.citations} == papers
    assert not answer.abstained


FIRST_IN_CV = [
    "Was her earliest paper a CV paper?",
    "was ada's first paper in computer vision?",
    "first paper = CV?",
    "I'm curious whether her very first listed paper was already a computer vision paper.",
    "Her earliest paper was a CV paper, right?",
    "did she start out in computer vision?",
    "As a journalist: was the earliest paper in the profile a computer-vision paper?",
    "Was Ada Example's first listed paper a CV paper?",
]


@pytest.mark.parametrize("question", FIRST_IN_CV)
def test_the_first_paper_not_in_the_claimed_category_is_no(ada: Assistant, question: str) -> None:
    # the first paper (TagWise, CL), then the first that is CV (SkyCam)
    _led_with(ada, question, "No", {"TagWise", "SkyCam"})


@pytest.mark.parametrize(
    ("question", "lead", "papers"),
    [
        ("Was her first paper a CL paper?", "Yes", {"TagWise"}),
        ("is her newest paper an IR paper?", "Yes", {"RankFast"}),
        ("her most recent paper is about ranking, right?", "Yes", {"RankFast"}),
        ("Was her latest paper in 2024?", "No", {"RankFast", "TreeCut"}),
        ("was her first paper about satellite images?", "No", {"TagWise", "SkyCam"}),
        ("Is the most recent paper in CV?", "No", {"RankFast", "PixelFlow"}),
        ("latest paper = computer vision? y/n", "No", {"RankFast", "PixelFlow"}),
    ],
)
def test_a_claim_about_either_end_is_checked_on_that_paper(
    ada: Assistant, question: str, lead: str, papers: set[str]
) -> None:
    _led_with(ada, question, lead, papers)


@pytest.mark.parametrize(
    ("question", "lead", "papers"),
    [
        ("Her first paper wasn't in computer vision, was it?", "Right", {"TagWise", "SkyCam"}),
        ("His earliest paper isn't a CL paper, is it?", "Actually, it is", {"TagWise"}),
    ],
)
def test_a_negated_claim_flips_the_wording_not_the_facts(
    ada: Assistant, question: str, lead: str, papers: set[str]
) -> None:
    _led_with(ada, question, lead, papers)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Quick check: the latest paper in her list is RankFast?", "Yes"),
        ("the latest paper in her list is TreeCut?", "No"),
    ],
)
def test_a_named_paper_claimed_at_the_end_of_her_list(
    ada: Assistant, question: str, lead: str
) -> None:
    answer = ada.ask(question)
    assert answer.text.startswith(lead), answer.text[:300]
    assert "RankFast" in {c.title.split(":")[0] for c in answer.citations}


@pytest.mark.parametrize(
    ("question", "paper"),
    [
        ("What was her earliest CV paper?", "SkyCam"),
        ("What was her first paper about?", "TagWise"),
        ("which is her latest paper with code?", "RankFast"),
    ],
)
def test_the_end_of_a_set_is_still_that_sets(ada: Assistant, question: str, paper: str) -> None:
    answer = ada.ask(question)
    assert paper in answer.text and not answer.text.startswith(("Yes", "No")), answer.text[:300]


@pytest.mark.parametrize(
    "question",
    [
        "Was the earliest paper in the profile a computer-vision paper?",
        "I wonder whether her very first listed paper was already a vision paper.",
        "did he start out in computer vision?",
    ],
)
def test_the_bundled_first_paper_is_not_vision(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("No"), answer.text[:300]
    assert "KEML" in answer.text


@pytest.mark.parametrize(
    ("question", "end", "tail"),
    [
        ("Was her earliest paper a CV paper?", "earliest", "a CV paper"),
        ("latest paper = computer vision? y/n", "latest", "computer vision"),
        ("Her newest one is about weather, isn't it?", "latest", "about weather"),
        ("Was her latest paper published in 2026?", "latest", "in 2026"),
        ("did they start off in computer vision", "earliest", "in computer vision"),
    ],
)
def test_the_claim_is_read_apart_from_the_paper_it_is_made_of(
    question: str, end: str, tail: str
) -> None:
    claim = end_claim(question)
    assert claim is not None and (claim.end, claim.tail) == (end, tail)


@pytest.mark.parametrize(
    "question",
    [
        "Has she started on RL?",  # whether she works on it, not her first paper
        "What was her first paper about?",
        "latest paper -- summary in one paragraph?",
        "newest paper - first author?",
        "Was her earliest CV paper from 2020?",  # the first of the CV papers
        "Was her first paper with Chengyu Wang from 2020?",
    ],
)
def test_no_claim_is_read_where_the_paper_is_asked_for(question: str) -> None:
    assert end_claim(question) is None
