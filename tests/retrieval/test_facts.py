"""Exact facts over a small hand-made profile whose answers are known by construction."""

from __future__ import annotations

import pytest

from retrieval import facts, names, people
from retrieval.filters import Filters
from retrieval.ingest.text_format import parse_profile
from retrieval.model import Paper, Profile

# Six papers, 2020-2026: CL x3, CV x2, LG x1; the owner first on #1 and #6; a case variant
# ("MeiLing Zhao" / "Meiling Zhao"); a real second Qiu and a "Qiu" inside a given name.
TEXT = """Test Owner

CL
h-index9
20papers
1,500citations
Novelty40%
AI Score70

20 Papers

CLJan 10, 2020Code
Alpha: Parsing Sentences with Graphs

Test Owner, Meiling Zhao, Bob Qiu et al. · mit

We parse sentences with graphs.

CLMar 5, 2020
Few-shot Text Classification with Prototypes

Meiling Zhao, Test Owner, Qiuyu Lin

We propose a prototype network, namely ProtoNet-X, for few-shot text. ProtoNet-X wins.

CVJun 1, 2021Code
Gamma: Seeing Street Scenes

Carl Wu, MeiLing Zhao, Test Owner et al.

Gamma segments street scenes.

CVFeb 2, 2023
Delta: Detecting Logos

Carl Wu, Dan Park, Eve Stone et al.

Delta detects logos in photos.

CLAug 8, 2023
Epsilon: Prompting Language Models

Eve Stone, Carl Wu, Test Owner

Epsilon studies prompts.

LGApr 4Code
Zeta: Forecasting Rain

Test Owner, Eve Stone

Zeta forecasts rain from radar.
"""


@pytest.fixture(scope="module")
def profile() -> Profile:
    return parse_profile(TEXT, captured_year=2026)


def titles(papers: list[Paper]) -> list[str]:
    return [p.short_title for p in papers]


def test_stats_say_claimed_and_listed(profile: Profile) -> None:
    stats = facts.profile_stats(profile)
    assert (stats.papers_claimed, stats.papers_listed) == (20, 6)
    assert (stats.main_category, stats.main_category_name) == ("CL", "Computation and Language")
    assert (stats.h_index, stats.citations, stats.novelty, stats.ai_score) == (9, 1500, 40, 70)


def test_select_by_category_years_and_code(profile: Profile) -> None:
    assert titles(facts.select(profile, Filters(categories=["CL"], year_from=2023))) == ["Epsilon"]
    assert len(facts.select(profile, Filters(year_from=2020, year_to=2021))) == 3
    assert titles(facts.select(profile, Filters(has_code=True))) == ["Alpha", "Gamma", "Zeta"]
    # Exact years that are not a range: 2020 and 2023 but not 2021.
    assert len(facts.select(profile, None, years=[2020, 2023])) == 4


def test_counts_rank_most_first_with_stable_ties(profile: Profile) -> None:
    assert facts.by_category(profile.papers) == [("CL", 3), ("CV", 2), ("LG", 1)]
    assert facts.by_year(profile.papers) == [(2020, 2), (2023, 2), (2021, 1), (2026, 1)]


def test_earliest_and_latest_count_the_capture_year(profile: Profile) -> None:
    earliest = facts.earliest(profile.papers)
    assert earliest is not None and earliest.short_title == "Alpha"
    latest = facts.latest(profile.papers)
    assert latest is not None and latest.short_title == "Zeta" and latest.year == 2026
    assert facts.earliest([]) is None


def test_timeline_has_every_year_including_gaps(profile: Profile) -> None:
    table = facts.timeline(profile.papers)
    assert list(table) == [2020, 2021, 2022, 2023, 2024, 2025, 2026]
    assert table[2020] == {"CL": 2} and table[2022] == {} and table[2023] == {"CV": 1, "CL": 1}


def test_focus_shift_splits_the_span_and_names_examples(profile: Profile) -> None:
    early, late = facts.focus_shift(profile.papers, 2020, 2023)
    assert (early.year_from, early.year_to, late.year_from, late.year_to) == (
        2020,
        2021,
        2022,
        2023,
    )
    assert early.categories == [("CL", 2), ("CV", 1)]
    assert {p.short_title for p in late.papers} == {"Delta", "Epsilon"}
    assert early.representatives
    assert {p.id for p in early.representatives} <= {p.id for p in early.papers}


def test_label_uses_the_name_the_abstract_gives(profile: Profile) -> None:
    assert names.paper_label(profile.papers[1]).startswith("ProtoNet-X: Few-shot Text")
    assert names.paper_label(profile.papers[0]) == "Alpha: Parsing Sentences with Graphs"


def test_affiliation_tags(profile: Profile) -> None:
    assert [(p.short_title, p.affiliation) for p in facts.with_affiliation(profile.papers)] == [
        ("Alpha", "mit")
    ]


def test_name_variants_are_one_person(profile: Profile) -> None:
    person = people.find_person(profile.papers, "meiling zhao")
    assert person is not None and len(person.papers) == 3
    assert person.name == "Meiling Zhao"  # the spelling most papers use


def test_coauthors_exclude_the_owner_and_rank_by_papers(profile: Profile) -> None:
    ranked = people.coauthors(profile.papers, "Test Owner")
    assert [(p.name, len(p.papers)) for p in ranked[:3]] == [
        ("Carl Wu", 3), ("Eve Stone", 3), ("Meiling Zhao", 3),
    ]  # fmt: skip
    assert all(p.name != "Test Owner" for p in ranked)


def test_first_authored_and_shared_papers(profile: Profile) -> None:
    assert titles(people.first_authored(profile.papers, "test owner")) == ["Alpha", "Zeta"]
    both = people.papers_with(profile.papers, ["Carl Wu", "Eve Stone"])
    assert titles(both) == ["Delta", "Epsilon"]


def test_last_authored_reads_complete_author_lists_only(profile: Profile) -> None:
    # Gamma's list ends 'Test Owner et al.': someone after them is hidden, so it is not counted.
    assert titles(people.last_authored(profile.papers, "Test Owner")) == ["Epsilon"]
    assert titles(people.last_authored(profile.papers, "Qiuyu Lin")) == [
        "Few-shot Text Classification with Prototypes"
    ]


def test_surname_matches_tokens_not_substrings(profile: Profile) -> None:
    assert [p.name for p in people.with_surname(profile.papers, "Qiu")] == ["Bob Qiu"]
    assert [p.name for p in people.given_name_only(profile.papers, "Qiu")] == ["Qiuyu Lin"]


def test_people_named_in_free_text(profile: Profile) -> None:
    text = "papers with both carl wu and MEILING ZHAO?"
    assert people.mentioned_people(text, profile) == ["Carl Wu", "Meiling Zhao"]
    assert people.mentioned_people("anything by Bob?", profile) == []


def test_mentions_find_the_topic_spelled_out_or_as_its_defined_acronym() -> None:
    text = TEXT.split("CLJan 10")[0] + (
        "LGMay 1, 2024\nOne\n\nA B\n\nWe train with reinforcement learning (RL) at scale.\n\n"
        "LGMay 2, 2024\nTwo\n\nA B\n\nAn RL agent plays games.\n\n"
        "LGMay 3, 2024\nThree\n\nA B\n\nWe reinforce nothing here.\n"
    )
    papers = parse_profile(text, captured_year=2026).papers
    assert names.expansion(papers, "RL") == "reinforcement learning"
    for topic in ("reinforcement learning", "RL"):
        found = names.mentions(papers, topic)
        assert sorted(p.title for p in papers if p.id in found) == ["One", "Two"]
    assert names.mentions(papers, "RL")[papers[1].id] == "An RL agent plays games."
