"""Overview needs that ask for less than the whole research (bundled profile): a period's
recap cites every paper of the period under its theme; a line of work lists all its papers
in date order, in phases; the open problems the papers state are quoted and cited, and the
answer says the profile holds no plans. Each family is one need asked several ways (casual,
formal, typo, he/she/they or the name, indirect)."""

from __future__ import annotations

import itertools
import re

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant
from retrieval.model import Paper

RECAP_2021 = [
    "her 2021 work in a nutshell?",
    "Could you give me a recap of Minghui Qiu's research in 2021?",
    "wat was qiu up to in 2021, brief sumary",
    "I'm curious what their 2021 output was about overall.",
    "2021 for him, summarised please",
]
THIS_YEAR = [
    "give me the gist of this yaer's work",
    "a quick recap of her research this year?",
    "I'm curious what Qiu's papers from this year are about, in brief.",
    "this year in a nutshell, for minghui qiu",
    "Summarise his research for the current year.",
]
OPEN = [
    "what does her work say is still unsolved?",
    "Which open challenges do Minghui Qiu's papers name?",
    "future work directions in qiu's papres?",
    "I'm curious which open questions their papers leave for future research.",
    "According to his publications, what problems remain unsolved?",
]
STRAND = [
    "the knowledge distillation strand of her work?",
    "Summarize Minghui Qiu's line of work on knowledge distillation.",
    "qiu's distillation thread, quick recap",
    "I'm curious how their knowledge distillation research developed over time.",
    "walk me through his research strand on knowledge distillation",
]


def _cited(answer: Answer) -> set[str]:
    return {c.paper_id for c in answer.citations}


def _of_year(assistant: Assistant, year: int) -> set[str]:
    return {p.id for p in assistant.profile.papers if p.date.year == year}


@pytest.mark.parametrize("question", RECAP_2021)
def test_a_period_recap_cites_every_paper_of_the_period(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text[:300]
    assert _cited(answer) == _of_year(bundled_assistant, 2021), answer.text
    assert "theme" in answer.text, answer.text[:300]  # grouped by theme, not a bare list


@pytest.mark.parametrize("question", THIS_YEAR)
def test_this_years_recap_cites_every_paper_of_the_capture_year(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text[:300]
    assert _cited(answer) == _of_year(bundled_assistant, 2026), answer.text
    assert "Valley3" in answer.text and "Curriculum" in answer.text, answer.text


def _survey(assistant: Assistant) -> Paper:
    return next(p for p in assistant.profile.papers if p.title.startswith("Reinforced MLLM"))


@pytest.mark.parametrize("question", OPEN)
def test_open_problems_quote_what_the_papers_say_is_open(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text[:300]
    assert _survey(bundled_assistant).id in _cited(answer), answer.text
    assert "sparse rewards" in answer.text, answer.text
    assert "no research plans" in answer.text, answer.text[:300]


@pytest.mark.parametrize(
    "question",
    ["What will Minghui Qiu work on next year?", "is she planning new work on open problems?"],
)
def test_plans_are_not_read_as_the_papers_open_problems(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "says is still open" not in answer.text, answer.text[:300]


@pytest.mark.parametrize("question", STRAND)
def test_a_line_of_work_lists_its_papers_in_date_order(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text[:300]
    papers = {p.id: p for p in bundled_assistant.profile.papers}
    cited = [papers[c.paper_id] for c in answer.citations]
    titles = {p.title.split(":")[0] for p in cited}
    assert {"Meta-KD", "HRKD"} <= titles, answer.text
    assert any(p.title.startswith("Learning to Augment") for p in cited), answer.text
    # each paper where it is first said: oldest first
    said = sorted(cited, key=lambda p: answer.text.index(f"[{_n(answer, p)}]"))
    assert [p.date for p in said] == sorted(p.date for p in said), answer.text


def _n(answer: Answer, paper: Paper) -> int:
    return next(c.n for c in answer.citations if c.paper_id == paper.id)


def test_a_line_with_a_pause_is_told_in_phases(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("how has his knowledge distillation work changed over time?")
    years = sorted({int(y) for y in re.findall(r"^- (\d{4}) ", answer.text, re.MULTILINE)})
    gaps = any(b - a > 1 for a, b in itertools.pairwise(years))
    assert ("Phase 2" in answer.text) == gaps, answer.text
