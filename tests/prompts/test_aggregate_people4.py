"""Aggregates, windows and people needs in new shapes: a window bounded by two named papers,
the lead of each paper of a family, co-authors common to two years or two papers, a season
across a year's end, a year's first or last paper said by what it did to the year, and a
person's papers asked as 'several'. Each need is asked several ways (casual, formal, typo,
he/she/they/the name, indirect); the answers must agree. Facts are of the bundled profile's
50 listed papers."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant


def _cited(answer: object) -> set[str]:
    return {c.title.split(":")[0] for c in answer.citations}  # type: ignore[attr-defined]


# The papers strictly between HRKD (2021-10-16) and KP-PLM (2022-10-16): DKPLM, CP-Tuning,
# EasyNLP, KECP and UPT, neither end among them
WINDOW = {"DKPLM", "Making Pre-trained Language Models End-to-end Few-shot Learners with "
          "Contrastive Prompt Tuning", "EasyNLP", "KECP",
          "Towards Unified Prompt Tuning for Few-shot Text Classification"}  # fmt: skip
BETWEEN_PAPERS = [
    "what did she publish between HRKD and KP-PLM?",
    "How many papers did Minghui Qiu put out after HRKD but before KP-PLM?",
    "papers in between hrkd and kp-plm pls",
    "I'm curious what they worked on in the gap between the HRKD paper and KP-PLM.",
    "Which of his papers came out before KP-PLM and after HRKD?",
    "papres betwen HRKD and KP-PLM?",
]


@pytest.mark.parametrize("question", BETWEEN_PAPERS)
def test_a_window_bounded_by_two_named_papers(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    head = answer.text.split("\n")[0]
    assert "5 " in head and "2021-10-17 to 2022-10-15" in head, answer.text[:200]
    cited = _cited(answer)
    assert len(cited) > 1 and cited <= WINDOW, cited


# The first author of each paper of the Valley family (Valley, Valley2, Valley3)
EACH_OF_FAMILY = [
    "who was first author on each Valley paper?",
    "Lead authors of all the Valley models?",
    "Who is listed first on each of the Valley papers?",
    "I'm curious who led every Valley paper she co-wrote.",
    "the three valley papers: who is the first author of each?",
    "For a citation guide: name the lead author of every Valley model paper by them.",
]


@pytest.mark.parametrize("question", EACH_OF_FAMILY)
def test_the_lead_of_each_paper_of_a_family(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    for lead in ("Ruipu Luo", "Ziheng Wu", "Zeyu Chen"):
        assert lead in answer.text, answer.text[:300]
    assert {"Valley", "Valley2", "Valley3"} <= _cited(answer)


# Co-authors on a paper of each of two years: Lin Chen (CODA in 2024, the storm paper in 2026)
TWO_YEARS = [
    "who co-authored with her in both 2024 and 2026?",
    "Which collaborator of Minghui Qiu appears on a 2024 paper and again on a 2026 paper?",
    "any coauthor on his 2024 papers AND on his 2026 ones?",
    "I'm curious whether someone worked with them in 2024 and also in 2026.",
    "name a co-author who spans 2024 and 2026",
    "Is there a colaborator on both a 2024 and a 2026 paper of theirs?",
]


@pytest.mark.parametrize("question", TWO_YEARS)
def test_co_authors_common_to_two_years(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert "Lin Chen" in answer.text, answer.text[:300]
    assert "most frequent" not in answer.text, answer.text[:300]
    assert "CODA" in _cited(answer), _cited(answer)


# Co-authors common to two named papers: KECP and SpanProto share Jianing Wang and Chengyu Wang
TWO_PAPERS = [
    "which co-authors do KECP and SpanProto have in common?",
    "Who co-authored both KECP and SpanProto with her?",
    "kecp + spanproto: shared coauthors?",
    "I'm curious which collaborators of his are on both KECP and SpanProto.",
    "co-authors overlapping between KECP and SpanProto, besides Minghui Qiu?",
]


@pytest.mark.parametrize("question", TWO_PAPERS)
def test_co_authors_common_to_two_papers(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert "Jianing Wang" in answer.text and "Chengyu Wang" in answer.text, answer.text[:300]
    assert {"KECP", "SpanProto"} <= _cited(answer), _cited(answer)
    # SpanProto's other co-author is on one of the two only: not named as shared
    assert "Chengcheng Han" not in answer.text, answer.text[:300]


# A winter across a year's end: December 2021 to February 2022
WINTER = [
    "papers in winter 2021/22?",
    "How many papers did Minghui Qiu publish over the 2021-22 winter (Dec to Feb)?",
    "what came out in the winter of 2021-22?",
    "I'm curious what she released during the 2021/22 winter.",
    "papers in winter 2021/22, how mnay?",
]


@pytest.mark.parametrize("question", WINTER)
def test_a_winter_across_a_year_end(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert "2021-12-01 to 2022-02-28" in answer.text.split("\n")[0], answer.text[:200]
    assert _cited(answer) == {"DKPLM"}, _cited(answer)


# The first or the last paper of a year, said by what it did to the year
OPENED_YEAR = [
    ("which paper opened her 2025?", "Valley2"),
    ("What kicked off 2025 for Minghui Qiu?", "Valley2"),
    ("I'm curious which paper started off their 2025.", "Valley2"),
    ("the paper that closed out his 2024?", "Reverse Modeling in Large Language Models"),
    ("Which work ended Qiu's 2024?", "Reverse Modeling in Large Language Models"),
]


@pytest.mark.parametrize(("question", "paper"), OPENED_YEAR)
def test_a_years_first_or_last_paper(
    bundled_assistant: Assistant, question: str, paper: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert _cited(answer) == {paper}, answer.text[:200]
    assert "topic" not in answer.text.split("\n")[0], answer.text[:200]


# A person's papers asked as 'several' or 'a few': Cen Chen is on 4
SEVERAL = [
    "Has Cen Chen co-authored several papers with her?",
    "did he write multiple papers with cen chen?",
    "I'm curious whether Cen Chen shows up on a few papers of theirs.",
    "Cen Chen: a number of joint papers with Minghui Qiu, or just one?",
    "Have they published severall papers together with Cen Chen?",
]


@pytest.mark.parametrize("question", SEVERAL)
def test_several_papers_with_someone(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert "4 of the 50 listed papers list Cen Chen" in answer.text, answer.text[:200]
    assert not answer.abstained
