"""A claim about the whole body of work said in other words ('her whole output', 'his entire
body of work', 'everything in her oeuvre'), and a claim about a time's papers ('are all her
2025 papers on X?', 'she only does X these days, right?', 'all of his recent work'), is checked
as a share among those papers: No first, then how many of how many. Bundled profile: 50 listed
papers, 14 of them from 2025, 22 CL; 'recent' is the last two years before today."""

from __future__ import annotations

import re

import pytest

from prompts.assistant import Assistant
from prompts.understand.dates import recent_since

WHOLE_WORK_ON_LMS = [
    "Qiu's whole output is language model papers, isn't it?",
    "Is her entire body of work on language models?",
    "Everything in his oeuvre is about language models, correct?",
    "is the whole of their research on language models",
    "Her complete publication record is language model work, right?",
    # the claim put up front, as a percentage, or said after its subject
    "Would you say Qiu's work is exclusively language-model related?",
    "Isn't her research 100% about language models?",
    "Am I right that every single one of her publications deals with language models?",
    "her papers are all about language models, yes?",
]


def _share(text: str) -> tuple[int, int]:
    m = re.match(r"(?:No|That premise does not hold): (\d+) of the (\d+) listed papers", text)
    assert m, text[:200]
    return int(m[1]), int(m[2])


@pytest.mark.parametrize("question", WHOLE_WORK_ON_LMS)
def test_the_whole_work_said_in_other_words_is_the_every_paper_claim(
    bundled_assistant: Assistant, question: str
) -> None:
    head = bundled_assistant.ask(question).text.splitlines()[0]
    expected = _share(bundled_assistant.ask("Is all of her work on language models?").text)
    assert _share(head) == expected, head


RECENT_ONLY_MULTIMODAL = [
    "They only work on multimodal stuff these days, right?",
    "Does she only publish on multimodal models nowadays?",
    "Has all of his recent work been on multimodal models?",
    "is qiu exclusivly doing multimodal models lately?",
    "Is it all multimodal LLM stuff for her now?",  # 'LLM' as the papers' 'LLMs'
]


@pytest.mark.parametrize("question", RECENT_ONLY_MULTIMODAL)
def test_a_claim_of_now_is_checked_among_the_recent_papers(
    bundled_assistant: Assistant, question: str
) -> None:
    head = bundled_assistant.ask(question).text.splitlines()[0]
    since = recent_since(bundled_assistant.profile)
    recent = sum(p.date >= since for p in bundled_assistant.profile.papers)
    n, size = _share(head)
    assert size == recent < 50 and 0 < n < size, head
    assert since.isoformat() in head, head  # the period it took is said


DATED_ON_MULTIMODAL = [
    "Are all of her 2025 papers about multimodal models?",
    "Are all his papers from 2025 on multimodal models?",
    "every 2025 paper of theirs is on multimodal models, right?",
    "In 2025 she did nothing but multimodal models, right?",
    # the year's papers said with who put them out, or as the year's work being all one thing
    "every paper she put out in 2025 was about multimodal models, wasn't it?",
    "Qiu's 2025 work was all multimodal models, correct?",
    "their 2025 pubs are entirely multimodal models right?",
]


@pytest.mark.parametrize("question", DATED_ON_MULTIMODAL)
def test_a_claim_about_a_years_papers_is_a_share_of_that_year(
    bundled_assistant: Assistant, question: str
) -> None:
    head = bundled_assistant.ask(question).text.splitlines()[0]
    n, size = _share(head)
    assert size == 14 and 0 < n < 14, head  # of the 14 papers of 2025, not the topic's list


def test_a_claim_about_the_papers_since_a_year_is_a_share_of_them(
    bundled_assistant: Assistant,
) -> None:
    since = sum(p.date.year >= 2024 for p in bundled_assistant.profile.papers)
    for question in [
        "every paper that he wrote since 2024 is about language models, isn't it?",
        "Are all of her papers since 2024 on language models?",
    ]:
        head = bundled_assistant.ask(question).text.splitlines()[0]
        n, size = _share(head)
        assert size == since and 0 < n < size, head


def test_a_topics_papers_said_to_fall_in_a_time_stay_that_claim(
    bundled_assistant: Assistant,
) -> None:
    """Control: 'all her RL work is from 2025 on' claims when the RL papers came out."""
    head = bundled_assistant.ask("All of her RL work is from 2025 on, right?").text
    assert "outside the period asked" in head.splitlines()[0], head


def test_a_field_claimed_of_the_whole_record_is_its_category_share(
    bundled_assistant: Assistant,
) -> None:
    for question in [
        "Her entire publication record is NLP, right?",
        "Is her whole output NLP?",
        "He publishes nothing but NLP papers, right?",
    ]:
        head = bundled_assistant.ask(question).text.splitlines()[0]
        assert head.startswith("No: 22 of the 50 listed papers (44%) match CL"), head
