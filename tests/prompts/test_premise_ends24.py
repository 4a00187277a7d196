"""A year stated as when a set of papers began or ended ('her first CV paper was in 2022',
'her collaboration with Bo Li ended in 2021', 'she stopped publishing in 2023', 'her listed
publications begin in 2017') is the claim to check, not a filter: a false one is corrected
first with the set's earliest or latest paper (and the papers on the far side of the year);
a true one is confirmed, never corrected; 'her first paper in 2022' keeps 2022 a filter.
Families of phrasings (casual, formal, typo, she/her/the name, given clause) on a synthetic
profile."""

from __future__ import annotations

from pathlib import Path

import pytest

from prompts.assistant import Assistant
from tests.prompts.synthetic import opened

# (category, date, title, authors, abstract), oldest first
PAPERS = [
    ("CL", "Mar 3, 2019", "LexNet: Lexical Relation Mining", "Ada Example, Bo Li",
     "LexNet mines lexical relations between words from raw corpora."),
    ("CV", "Apr 9, 2020", "PixelTag: Tagging Fields in Scanned Forms", "Ada Example, Cy Park",
     "PixelTag tags the fields of scanned forms with a visual attention model."),
    ("CL", "May 2, 2021", "DocLink: Linking Entities in Long Documents", "Ada Example, Bo Li",
     "DocLink links entity mentions in long documents to a knowledge base."),
    ("CV", "Jun 5, 2022", "ShapeSeg: Segmenting Garments in Photos", "Ada Example, Cy Park",
     "ShapeSeg segments garments in fashion photos with weak labels."),
    ("CL", "Aug 8, 2022", "QueryMix: Mixing Queries for Retrieval", "Ada Example, Bo Li",
     "QueryMix mixes queries to train dense retrievers for question answering."),
    ("LG", "Feb 4, 2023", "GradStep: Step Sizes for Adaptive Optimizers", "Ada Example, Dee Ray",
     "GradStep sets step sizes of adaptive optimizers from curvature estimates."),
    ("CV", "Jul 7, 2024", "ClipCut: Cutting Long Videos into Scenes", "Ada Example, Dee Ray",
     "ClipCut cuts long videos into coherent scenes for video question answering."),
    ("CL", "Mar 1, 2025", "TextTrim: Pruning Prompts for Language Models", "Ada Example, Eve Stone",
     "TextTrim prunes long prompts for large language models without losing accuracy."),
]  # fmt: skip


def ada_text() -> str:
    items = [
        f"{cat}{date}\n{title}\n\n{authors}\n\n{abstract}\n"
        for cat, date, title, authors, abstract in PAPERS
    ]
    head = (
        f"Ada Example\n\nCL\nh-index3\n{len(PAPERS)}papers\n10citations\nNovelty40%\n"
        f"AI Score55\n\n{len(PAPERS)} Papers\n\n"
    )
    return head + "\n".join(items)


@pytest.fixture(scope="module")
def ada(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return opened(Path(tmp_path_factory.mktemp("ends")), ada_text())


# (questions, the paper that answers, the year it is of, a year the correction must count)
FALSE_ENDS = [
    (
        [
            "ada's first CV paper was in 2022, right?",
            "Her first computer vision paper came out in 2022, correct?",
            "her frist CV paper was in 2022?",
            "Given that Ada Example's first CV paper was in 2022, what was it?",
            "Her CV work began in 2022 — correct?",
        ],
        "PixelTag",
        "2020",
    ),
    (
        [
            "Her last paper with Bo Li was in 2021, right?",
            "Given that Bo Li's last paper with this researcher was in 2021, what was it?",
            "Since her collaboration with Bo Li ended in 2021, which paper closed it out?",
            "ada's latest paper with bo li is from 2021, correct?",
        ],
        "QueryMix",
        "2022",
    ),
    (
        [
            "Ada Example stopped publishing in 2023, didn't she?",
            "she stopped publishing in 2023, right?",
            "Given that her last paper is from 2023, what was her final project?",
            "Her most recent paper was in 2023, correct?",
        ],
        "TextTrim",
        "2025",
    ),
    (
        [
            "Given that Ada Example's listed publications begin in 2017, what was the first?",
            "Her record starts in 2017, so which paper comes first?",
            "her first paper was in 2017, right?",
        ],
        "LexNet",
        "2019",
    ),
]


@pytest.mark.parametrize(("family", "title", "year"), FALSE_ENDS)
def test_a_false_first_or_last_year_is_corrected_first_with_that_paper(
    ada: Assistant, family: list[str], title: str, year: str
) -> None:
    for q in family:
        answer = ada.ask(q)
        first = answer.text.split("\n")[0]
        assert first.startswith(("No: ", "That premise does not hold: ")), (q, answer.text)
        assert title in first and year in first, (q, answer.text)
        assert [c for c in answer.citations if c.title.startswith(title)], (q, answer.text)


def test_the_papers_after_a_claimed_stop_are_counted_by_year(ada: Assistant) -> None:
    answer = ada.ask("she stopped publishing in 2023, right?")
    assert "after 2023: 1 paper in 2024 and 1 in 2025" in answer.text, answer.text


# True claims: confirmed with the paper, never corrected
TRUE_ENDS = [
    ("ada's first CV paper was in 2020, right?", "PixelTag"),
    ("Her CV work began in 2020 — correct?", "PixelTag"),
    ("Her last paper with Bo Li was in 2022, right?", "QueryMix"),
    ("Given that Bo Li's last paper with this researcher was in 2022, what was it?", "QueryMix"),
    ("she stopped publishing in 2025, right?", "TextTrim"),
    ("Given that her listed publications begin in 2019, what was the first?", "LexNet"),
]


@pytest.mark.parametrize(("question", "title"), TRUE_ENDS)
def test_a_true_first_or_last_year_is_not_corrected(
    ada: Assistant, question: str, title: str
) -> None:
    answer = ada.ask(question)
    assert not answer.text.startswith(("No", "That premise does not hold")), answer.text
    assert "not from" not in answer.text, answer.text
    assert title in answer.text.split("\n")[0], answer.text


# Controls: a year that filters ('her first paper in 2022', 'the final one published in
# 2022', 'the first paper that was published in 2022'), not one claimed as the end
FILTERS = [
    ("What was her first paper in 2022?", "ShapeSeg"),
    ("what was ada's latest paper in 2022", "QueryMix"),
    ("What was her first CV paper?", "PixelTag"),
    ("Which paper was the final one published in 2022?", "QueryMix"),
    ("need the first thing she published in 2024 - which paper was it?", "ClipCut"),
    ("What was the first paper that was published in 2022?", "ShapeSeg"),
]


@pytest.mark.parametrize(("question", "title"), FILTERS)
def test_a_year_that_filters_is_no_claim(ada: Assistant, question: str, title: str) -> None:
    answer = ada.ask(question)
    assert "not from" not in answer.text and "premise" not in answer.text, answer.text
    assert title in answer.text.split("\n")[0], answer.text
