"""Facts on a topic read only the papers the search and the keyword index find (the earliest
or latest only until enough are found): the same answers as reading every allowed paper."""

from __future__ import annotations

import pytest

from prompts.answer.facts import HANDLERS, _on_topic, _on_topic_kept
from prompts.answer.wording import Sources
from prompts.assistant import Assistant
from prompts.understand.router import parse_query
from retrieval import facts
from tests.retrieval.test_mentions_index import topics


@pytest.mark.parametrize(
    "question",
    [
        "What was the first paper on {topic}?",
        "What is the most recent paper on {topic}?",
        "What are the 3 latest papers on {topic}?",
        "How many papers on {topic} since 2021?",
    ],
)
def test_facts_on_a_topic_match_a_scan_of_every_paper(
    bundled_assistant: Assistant, question: str
) -> None:
    profile, searcher = bundled_assistant.profile, bundled_assistant.searcher
    checked = 0
    for topic in topics(bundled_assistant)[::12]:
        query = parse_query(question.format(topic=topic), profile)
        if not query.needs_search or query.fact not in HANDLERS:
            continue
        answers = []
        for papers, evidence in (
            _on_topic_kept(query, profile, searcher),
            _on_topic(query, facts.select(profile, query.filters, query.years), searcher),
        ):
            src = Sources(evidence)
            answers.append((HANDLERS[query.fact](query, profile, papers, src), src.citations()))
        assert answers[0] == answers[1], topic
        checked += 1
    assert checked > 20
