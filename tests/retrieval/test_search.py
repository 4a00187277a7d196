"""Hybrid search: facts buried in one sentence, filters, and the relevance threshold."""

from __future__ import annotations

from prompts.assistant import Assistant
from retrieval.filters import Filters


def test_fact_in_one_sentence_is_found_with_its_sentence(assistant: Assistant) -> None:
    result = assistant.search("How many years of radar images were used?")
    top = result.hits[0]
    assert top.paper.title.startswith("RainNet") and top.relevant
    assert "12 years of radar images" in " ".join(top.sentences[:2])


def test_hits_are_one_per_paper(assistant: Assistant) -> None:
    result = assistant.search("few-shot prompts relation extraction", k=10)
    ids = [h.paper.id for h in result.hits]
    assert len(ids) == len(set(ids))


def test_filters_restrict_results(assistant: Assistant) -> None:
    assert {
        h.paper.year for h in assistant.search("models", Filters(year_from=2022, year_to=2022)).hits
    } == {2022}
    assert all(h.paper.has_code for h in assistant.search("models", Filters(has_code=True)).hits)
    assert {
        h.paper.category for h in assistant.search("models", Filters(categories=["CV"])).hits
    } == {"CV"}
    by_author = assistant.search("models", Filters(authors=["eve STONE"])).hits
    assert [h.paper.title[:7] for h in by_author] == ["RainNet"]
    assert assistant.search("models", Filters(year_from=2030)).hits == []


def test_unrelated_question_clears_no_threshold(assistant: Assistant) -> None:
    assert not assistant.search("What is his favourite football team?").relevant
    assert assistant.search("adversarial patches in street scenes").relevant
