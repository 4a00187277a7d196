"""'Not just X' / 'not only X' / 'not merely X' beside a question widens it: the whole answer
(every paper listing someone, every shown author of a paper), X included; a bare 'not X'
or 'other than X' still leaves X out, and a subject set against the asked one after it
('..., not just small models') is read with the question. Bundled profile (Minghui Qiu);
phrasings of no eval set."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from prompts.understand.widening import widened
from retrieval.people import papers_with

BAO = "Forrest Sheng Bao"  # on two listed papers, SueNes and DocAsRef


def _cited(bot: Assistant, question: str) -> set[str]:
    answer = bot.ask(question)
    return set() if answer.abstained else {c.title for c in answer.citations}


def _bao_papers(bot: Assistant) -> set[str]:
    return {p.title for p in papers_with(bot.profile.papers, [BAO])}


@pytest.mark.parametrize(
    "question",
    [
        "Not just SueNes: which of her papers list Forrest Sheng Bao?",
        "not only suenes - what papers is forrest sheng bao on?",
        "Which papers does Forrest Sheng Bao appear on, not only SueNes?",
        "I'm curious which papers name Forrest Sheng Bao (not merely SueNes).",
        "Which papers, not just the summarization one, list Forrest Sheng Bao?",
        "OK, not only the 2020 one: which of Qiu's papers include Forrest Sheng Bao?",
    ],
)
def test_not_just_one_paper_asks_for_every_paper_listing_the_person(
    bundled_assistant: Assistant, question: str
) -> None:
    want = _bao_papers(bundled_assistant)
    assert len(want) == 2
    assert _cited(bundled_assistant, question) == want, bundled_assistant.ask(question).text[:300]


@pytest.mark.parametrize(
    ("question", "short"),
    [
        ("Who wrote MERIT, not only its lead author?", "MERIT"),
        ("Not just the first name on the byline: who are SpanProto's authors?", "SpanProto"),
        ("spanproto authors, not just the first one?", "SpanProto"),
        ("I'd like all the shown authors of CODA, not merely the first.", "CODA"),
        ("Not only who led it: who is on the author line of Meta-KD?", "Meta-KD"),
    ],
)
def test_not_just_the_first_author_asks_for_every_shown_author(
    bundled_assistant: Assistant, question: str, short: str
) -> None:
    paper = next(p for p in bundled_assistant.profile.papers if short in p.title)
    text = bundled_assistant.ask(question).text
    assert all(name in text for name in paper.authors), (question, text[:300])


@pytest.mark.parametrize(
    "question",
    [
        "Which papers list Forrest Sheng Bao, not SueNes?",
        "Forrest Sheng Bao's papers other than SueNes?",
        "which papers with forrest sheng bao, excluding SueNes",
    ],
)
def test_not_x_still_leaves_x_out(bundled_assistant: Assistant, question: str) -> None:
    cited = _cited(bundled_assistant, question)
    want = {t for t in _bao_papers(bundled_assistant) if not t.startswith("SueNes")}
    assert cited == want, bundled_assistant.ask(question).text[:300]


@pytest.mark.parametrize(
    "question",
    [
        "has she built large models that scale, not just small task models?",
        "which papers use data from companies, not only public benchmarks?",
        "which methods do not just classify but also generate text?",
        "Not only vision, but also speech: which papers handle both?",
        "Not SueNes: which papers list Forrest Sheng Bao?",
    ],
)
def test_a_contrast_or_a_bare_not_is_left_as_said(question: str) -> None:
    assert widened(question).question == question
