"""An overview asked for the application domains (industries, sectors, real-world areas, where
the work is applied) names the domains the papers themselves name, each counted and cited,
before the themes; a domain set aside by the question is not named. Controls: the research
areas asked plainly (the themes alone) and a method named after domains (domain adaptation)."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from tests.prompts import synthetic

LEAD = "Application domains Ada Example's papers name:"


def profile_text() -> str:
    papers = [
        (f"ShopRank{i}: Ranking Product Listings, Variant {i}",
         f"ShopRank{i} ranks product listings for e-commerce search. Online shoppers click more.")
        for i in range(3)
    ] + [
        (f"ScanDx{i}: Reading Chest Scans, Variant {i}",
         f"ScanDx{i} helps clinicians diagnose disease from medical scans of patients.")
        for i in range(2)
    ]  # fmt: skip
    # then rainfall forecasting (weather), robot grasping and protein folding papers
    return synthetic.profile_text(papers, "LG", others=4, kinds=3)


def said(text: str, start: str) -> str:
    """The answer's line starting `start`, after the themes (which come first)."""
    assert text.startswith("Ada Example's"), text[:300]
    lines = [s for s in text.splitlines() if s.startswith(start)]
    assert lines, text
    return lines[0]


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return synthetic.opened(tmp_path_factory.mktemp("domains24"), profile_text())


DOMAINS = [
    "What application domains does Ada Example's work target?",
    "which industries does her stuff help",
    "I'm curious which real-world sectors their papers serve.",
    "In which real-world areas is her research applied?",
    "where does ada's research get applied",
    "For a sector report: which domains does her research apply to?",
]


@pytest.mark.parametrize("question", DOMAINS)
def test_the_domains_asked_are_the_domains_the_papers_name(bot: Assistant, question: str) -> None:
    answer = bot.ask(question)
    lead = said(answer.text, LEAD)
    for domain in ("e-commerce and retail (3 papers", "medicine and health (2 papers",
                   "weather and climate (4 papers"):  # fmt: skip
        assert domain in lead, lead
    assert "[" in lead and any(c.title.startswith("ShopRank") for c in answer.citations)


def test_a_domain_set_aside_is_not_named(bot: Assistant) -> None:
    answer = bot.ask("Besides e-commerce, what application areas does her work reach?")
    lead = said(answer.text, LEAD)
    assert "medicine and health" in lead, answer.text[:300]
    assert "e-commerce and retail" not in lead


CONTROLS = [
    "What are her main research areas?",
    "Has she worked on domain adaptation?",
]


@pytest.mark.parametrize("question", CONTROLS)
def test_no_domains_unless_asked(bot: Assistant, question: str) -> None:
    assert "Application domains" not in bot.ask(question).text


APPLIED = [
    "theory person or applied person?",
    "Is Ada Example more of an applied researcher or a theorist?",
    "would u call her work theoretical or more applied",
]


@pytest.mark.parametrize("question", APPLIED)
def test_applied_or_theory_is_read_from_the_papers_words(bot: Assistant, question: str) -> None:
    answer = bot.ask(question)
    lead = said(answer.text, "Mostly applied, going by the abstracts: 9 listed papers name")
    assert "0 state theoretical results" in lead
    assert "Application domains" not in answer.text


def test_no_leaning_unless_theory_is_asked(bot: Assistant) -> None:
    assert "Mostly applied" not in bot.ask("What does Ada Example mostly work on?").text
