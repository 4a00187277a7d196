"""The LLM-free router on a table of phrasings: intent, fact, filters and topic."""

from __future__ import annotations

from typing import Any

import pytest

from prompts.understand.router import parse_query
from retrieval.ingest.text_format import parse_profile
from retrieval.model import Profile

TEXT = """Test Owner

CL
h-index9
20papers
1,500citations
Novelty40%
AI Score70

3 Papers

CLJan 10, 2020Code
Alpha: Parsing Sentences with Graphs

Test Owner, Meiling Zhao, Bob Qiu et al. · mit

We parse sentences with graphs.

CVJun 1, 2021
Gamma: Seeing Street Scenes

Carl Wu, MeiLing Zhao, Test Owner et al.

Gamma segments street scenes.

LGApr 4Code
Zeta: Forecasting Rain

Test Owner, Eve Stone

Zeta forecasts rain from radar.
"""


@pytest.fixture(scope="module")
def profile() -> Profile:
    return parse_profile(TEXT, captured_year=2026)


ANY = object()  # "some topic"
# (question, intent, fact, filters that must be set, topic)
CASES: list[tuple[str, str, str | None, dict[str, Any], Any]] = [
    # header stats
    ("What is his h-index?", "stats", "header", {}, None),
    ("total citation count?", "stats", "header", {}, None),
    ("What are his Novelty and AI Score values?", "stats", "header", {}, None),
    ("What is his primary arXiv category?", "stats", "header", {}, None),
    ("How many papers does he have?", "stats", "header", {}, None),
    ("Give me an overview of the profile", "stats", "header", {}, None),
    # counts and lists, with every kind of filter
    ("How many CL papers has he published since 2023?", "count", "papers",
     {"categories": ["CL"], "year_from": 2023, "year_to": None}, None),
    ("how many computer vison papers does he have?", "count", "papers",
     {"categories": ["CV"]}, None),
    ("How many cv papers in 2021?", "count", "papers",
     {"categories": ["CV"], "year_from": 2021, "year_to": 2021}, None),
    ("How many papers did he publish in 2020 and 2021 combined?", "count", "papers",
     {"year_from": 2020, "year_to": 2021}, None),
    ("Number of information retrieval papers between 2020 and 2022", "count", "papers",
     {"categories": ["IR"], "year_from": 2020, "year_to": 2022}, None),
    ("How many NLP papers before 2022?", "count", "papers",
     {"categories": ["CL"], "year_to": 2021}, None),
    ("Which papers did he publish in 2024?", "list", "papers", {"year_from": 2024}, None),
    ("List all papers from 2021.", "list", "papers", {"year_from": 2021, "year_to": 2021}, None),
    ("Which papers have code available?", "list", "papers", {"has_code": True}, None),
    ("How many papers since 2021 have released code?", "count", "papers",
     {"has_code": True, "year_from": 2021}, None),
    ("Which papers did he publish last year?", "list", "papers", {"year_from": 2025}, None),
    ("Any robotics papers?", "count", "papers", {"categories": ["RO"]}, None),
    ("what share of his work is computer vision", "count", "papers", {"categories": ["CV"]}, None),
    ("What was his most recent CL paper?", "superlative", "latest", {"categories": ["CL"]}, None),
    ("In which year did he publish the most CV papers?", "superlative", "busiest_year",
     {"categories": ["CV"]}, None),
    ("Which papers carry an affiliation tag?", "list", "affiliations", {}, None),
    ("What categories does he publish in?", "count", "categories", {}, None),
    # orderings
    ("What is the earliest paper in his profile?", "superlative", "earliest", {}, None),
    ("What's his newest paper?", "superlative", "latest", {}, None),
    ("What is his most common paper category?", "superlative", "most_common_category", {}, None),
    ("In which year did he publish the most papers?", "superlative", "busiest_year", {}, None),
    ("Which year had the fewest papers?", "superlative", "quietest_year", {}, None),
    ("When did he first publish on rain forecasting?", "superlative", "earliest", {}, ANY),
    # people
    ("On which papers is Test Owner himself the first author?", "people", "first_author", {}, None),
    ("Which papers were led by Carl Wu?", "people", "first_author", {"authors": ["Carl Wu"]}, None),
    ("Which papers did meiling zhao co-author?", "people", "author_papers",
     {"authors": ["Meiling Zhao"]}, None),
    ("Which papers list both Carl Wu and Meiling Zhao?", "people", "author_papers",
     {"authors": ["Carl Wu", "Meiling Zhao"]}, None),
    ("Has he worked with Yann LeCun?", "people", "author_papers",
     {"authors": ["Yann LeCun"]}, None),
    ("How many papers has Carl Wu co-authored?", "people", "author_papers",
     {"authors": ["Carl Wu"]}, None),
    ("Who are his most frequent co-authors?", "people", "coauthors", {}, None),
    ("Who appears most often in his author lists?", "people", "coauthors", {}, None),
    ("How many distinct co-authors does he have?", "people", "coauthor_count", {}, None),
    ("Apart from Test Owner, does anyone else with the surname Qiu appear?", "people", "surname",
     {}, None),
    # timelines
    ("How did his focus shift from 2020 to 2025?", "timeline", "shift",
     {"year_from": 2020, "year_to": 2025}, None),
    ("Show his publication timeline", "timeline", "per_year", {}, None),
    # one named paper's metadata
    ("Who wrote Zeta?", "paper", "paper_info", {}, None),
    ("Who else worked on Gamma?", "paper", "paper_info", {}, None),
    ("Which is newer, Alpha or Gamma?", "superlative", "latest", {}, None),
    ("When was the gamma paper published?", "paper", "paper_info", {}, None),
    ("Does Alpha have code?", "paper", "paper_info", {}, None),
    # content questions: retrieval, with their filters and topic
    ("Which papers use reinforcement learning since 2023?", "retrieval", None,
     {"year_from": 2023}, "reinforcement learning"),
    ("How many radar images were used to train Zeta?", "retrieval", None, {}, ANY),
    ("What does Zeta forecast?", "retrieval", None, {}, ANY),
    ("What is the novelty of Gamma?", "retrieval", None, {}, ANY),
    ("Which papers study citation fidelity?", "retrieval", None, {}, ANY),
    ("What papers use machine learning for weather?", "retrieval", None, {"categories": []}, ANY),
    ("Has he worked on distribution shift?", "retrieval", None, {}, "distribution shift"),
    ("Which company does Carl Wu work for?", "outside", None, {}, None),
    ("Did he ever win an award for his work?", "outside", None, {}, None),
    ("What is his email?", "outside", None, {}, None),
    ("Where did he get his PhD?", "outside", None, {}, None),
    ("How does Meta-SN address label scarcity?", "retrieval", None, {}, ANY),
    ("Which papers study reward models?", "retrieval", None, {}, ANY),
    ("Which papers did he publish before 2021 on question answering?", "retrieval", None,
     {"year_to": 2020, "year_from": None}, "question answering"),
    ("nowcastng storms??", "retrieval", None, {}, "nowcastng storms"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "intent", "fact", "filters", "topic"), CASES)
def test_routes(
    profile: Profile, question: str, intent: str, fact: str | None, filters: dict[str, Any],
    topic: Any,
) -> None:  # fmt: skip
    query = parse_query(question, profile)
    assert (query.intent, query.fact) == (intent, fact)
    for name, value in filters.items():
        assert getattr(query.filters, name) == value, name
    if topic is ANY:
        assert query.topic
    else:
        assert query.topic == topic


def test_mixed_question_keeps_filters_and_topic(profile: Profile) -> None:
    query = parse_query("How many of his 2025 papers use reinforcement learning?", profile)
    assert (query.intent, query.fact, query.count, query.needs_search) == (
        "count", "papers", True, True,
    )  # fmt: skip
    assert (query.filters.year_from, query.filters.year_to) == (2025, 2025)
    assert query.topic == "reinforcement learning"


def test_years_that_are_not_a_range_are_kept_exactly(profile: Profile) -> None:
    query = parse_query("How many papers in 2020 and 2022?", profile)
    assert query.years == [2020, 2022]


def test_header_questions_name_their_fields(profile: Profile) -> None:
    query = parse_query("What are his Novelty and AI Score values?", profile)
    assert query.fields == ["novelty", "ai_score"]


def test_surname_question_excludes_the_owner(profile: Profile) -> None:
    query = parse_query("Is anyone else named Qiu among the authors?", profile)
    assert (query.surname, query.exclude_owner) == ("Qiu", True)


def test_owner_is_not_an_author_filter(profile: Profile) -> None:
    # Author lines are truncated: requiring the owner would drop most of his papers.
    query = parse_query("How many CV papers does Test Owner have?", profile)
    assert query.filters.authors == [] and query.filters.categories == ["CV"]


PATENT_NEEDS = [
    "Which of her papers are about patent retrieval?",
    "any work on patents classification by qiu?",
    "I'm curious whether they studied patent search.",
]


@pytest.mark.parametrize("question", PATENT_NEEDS)
def test_patents_are_a_subject_when_the_papers_use_the_word(
    profile: Profile, question: str
) -> None:
    # Patents held are declined (no record carries them) unless her papers are on patents.
    owned = parse_query(question, profile, vocabulary=frozenset({"patent", "retrieval"}))
    assert owned.intent != "outside"
    assert owned.topic and "patent" in owned.topic
    assert parse_query(question, profile).intent == "outside"
