"""A topic's searched words read as the profile's own terms, replayed (issue 11).

bench/topic_vocabulary.py replays a topic list under four rules that map the searched words
onto the profile's vocabulary (replace, near, union, within) and splits family agreement by
how two phrasings' searched words differ. These check the replay on made-up rows: each rule
lists what its docstring says, a decline or an answer made without a search stays as it
was, and the kinds of difference are told apart.
"""

from __future__ import annotations

from typing import Any

from bench.topic_vocabulary import by_terms, kinds, terms
from prompts.assistant import Assistant
from tests.prompts.test_topic_phrasings import assert_same_papers

REPLACE, NEAR, UNION, WITHIN = 0.0, 1.0, 2.0, 3.0


def row(**over: Any) -> dict[str, Any]:
    """A searched topic row listing papers a and b, whose words map to 'few-shot' (0.8,
    held by b and c) and 'prompts' (0.6, held by d)."""
    base: dict[str, Any] = {
        "set": "s",
        "family": "f",
        "kind": "topic",
        "gold": ["b"],
        "acceptable": [],
        "searched": True,
        "query": "learning from a handful of examples",
        "selected": ["a", "b"],
        "cited": ["a", "b"],
        "terms": [["few-shot", 0.8, ["b", "c"]], ["prompts", 0.6, ["d"]]],
    }
    return base | over


def test_no_term_close_enough_keeps_todays_list() -> None:
    for policy in (REPLACE, NEAR, UNION, WITHIN):
        assert by_terms(row(), (policy, 0.9)) == ["a", "b"]


def test_each_rule_lists_what_it_says() -> None:
    assert by_terms(row(), (REPLACE, 0.7)) == ["b", "c"]  # the closest term's papers
    assert by_terms(row(), (NEAR, 0.5)) == ["b", "c", "d"]  # every close term's papers
    assert by_terms(row(), (UNION, 0.7)) == ["a", "b", "c"]  # today's and the closest's
    assert by_terms(row(), (WITHIN, 0.7)) == ["b"]  # today's holding a close term


def test_within_keeps_todays_list_when_none_of_it_holds_a_term() -> None:
    assert by_terms(row(selected=["a"]), (WITHIN, 0.5)) == ["a"]


def test_a_decline_or_an_answer_without_a_search_stays() -> None:
    declined = row(selected=[], cited=[])
    unsearched = row(searched=False, query=None, selected=[], cited=["e"])
    for policy in (REPLACE, NEAR, UNION, WITHIN):
        assert by_terms(declined, (policy, 0.5)) == []
        assert by_terms(unsearched, (policy, 0.5)) == ["e"]


def test_kinds_tell_how_the_searched_words_differ() -> None:
    rows = [
        row(family="same", query="few-shot learning"),
        row(family="same", query="Few-shot  learning"),
        row(family="within", query="few-shot"),
        row(family="within", query="few-shot learning", cited=["z"]),
        row(family="apart", query="few-shot"),
        row(family="apart", query="handful of examples", cited=["z"]),
        row(family="none", query=None),
        row(family="none", query=None),
    ]
    got = kinds(rows)
    assert "same words: 1 pairs, 1 agree" in got
    assert "one's words within the other's: 1 pairs, 0 agree" in got
    assert "disjoint: 1 pairs, 0 agree" in got
    assert "neither searched a topic: 1 pairs, 1 agree" in got


def test_terms_counts_phrasings_mapped_to_one_term() -> None:
    rows = [
        row(query="few-shot"),
        row(query="handful of examples"),  # same closest term, other words
        row(query="tiny data", terms=[["low-resource", 0.9, ["c"]]]),
    ]
    got = terms(rows)
    assert "same searched words: 0/2 pairs" in got
    assert "closest term at 0.75: both mapped 2, same term 1 (0.50)" in got


# A need in everyday words the papers do not use: 'how much it rains' and 'rain amounts'
# listed RainSeer alone, 'rain showers' listed it with the radar paper (Seeing Inside the
# Storm). Searching the profile's own word ('precipitation', branch topic21's experiment
# afeb742) joined 'how much it rains' to the others but not 'rain amounts'; the two papers
# are siblings (retrieval/siblings.py), so each phrasing now lists both.
RAIN_AMOUNTS = [
    "rain showers stuff??",
    "did he do anything on how much it rains",
    "anything of hers on rain showers",
    "Could you tell me which of Dr. Qiu's publications estimate rain amounts?",
]


def test_rain_amounts_in_everyday_words_cite_one_set(bundled_assistant: Assistant) -> None:
    assert_same_papers(bundled_assistant, RAIN_AMOUNTS, ["RainSeer"])
