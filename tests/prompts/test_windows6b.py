"""Counts over the whole list said other ways: the part one year is of it ('how big a slice',
'what portion'), the number of distinct categories ('how many different categories do her
papers span') and the years with papers of which none meets a condition ('a year with papers
but none in CV'). Each need is a family of phrasings that must agree on what a user sees."""

from __future__ import annotations

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant


def _cited(answer: Answer) -> set[str]:
    return {c.paper_id for c in answer.citations}


def _per_year(assistant: Assistant, category: str | None = None) -> dict[int, int]:
    """Listed papers per year with a paper, counting only the category's when one is given."""
    table: dict[int, int] = {}
    for p in assistant.profile.papers:
        table[p.date.year] = table.get(p.date.year, 0) + (category in (None, p.category))
    return table


PART_OF_THE_WHOLE = [
    "what portion of her papers came out in 2022?",
    "How big a slice of Minghui Qiu's whole list is 2022?",
    "how large a chunk of his whole publicaton record is from 2022",
    "I'm curious what proportion of their listed papers date from 2022.",
    "2022: what share of the researcher's papers is that?",
]


@pytest.mark.parametrize("question", PART_OF_THE_WHOLE)
def test_a_part_of_the_whole_list_is_its_count_and_percentage(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    total = len(bundled_assistant.profile.papers)
    n = _per_year(bundled_assistant)[2022]
    assert not answer.abstained, answer.text
    assert answer.text.startswith(f"{n} of the {total} listed papers"), answer.text
    assert f"({round(100 * n / total)}%)" in answer.text.splitlines()[0], answer.text


DISTINCT_CATEGORIES = [
    "how many distinct categories does she publish under?",
    "Number of different arXiv categories across Minghui Qiu's papers?",
    "how many diffrent subject categories do his papers cover",
    "I'm curious how many categories their papers show up in.",
    "count the unique category labels on her profile",
]


@pytest.mark.parametrize("question", DISTINCT_CATEGORIES)
def test_the_number_of_distinct_categories_is_counted_with_the_list(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    codes = {p.category for p in bundled_assistant.profile.papers}
    assert f"span {len(codes)} categories" in answer.text, answer.text
    assert len(answer.citations) == len(bundled_assistant.profile.papers), answer.text


def test_the_categories_of_a_topic_are_counted_among_its_papers(
    bundled_assistant: Assistant,
) -> None:
    answer = bundled_assistant.ask("how many different categories do her video papers span?")
    codes = {p.category for p in bundled_assistant.profile.papers}
    assert "topic 'video'" in answer.text, answer.text
    assert f"span {len(codes)} categories" not in answer.text, answer.text


YEARS_WITHOUT_CV = [
    "which years had no CV papers?",
    "In which year did Minghui Qiu publish nothing in computer vision?",
    "was there a year where none of his paprs were CV",
    "I'm curious whether there's a year in which they published papers but none in CV.",
    "years with papers but zero computer vision ones?",
]


@pytest.mark.parametrize("question", YEARS_WITHOUT_CV)
def test_years_with_papers_but_none_in_a_category_are_named(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    cv = _per_year(bundled_assistant, "CV")
    empty = sorted(y for y, n in cv.items() if n == 0)
    assert empty, cv
    head = answer.text.splitlines()[0]
    assert all(f"{y} (" in head for y in empty), answer.text
    assert not any(f"{y} (" in head for y in cv if y not in empty), answer.text
    in_empty = {p.id for p in bundled_assistant.profile.papers if p.date.year in empty}
    assert _cited(answer) == in_empty, answer.text
    if question.startswith(("was there", "I'm curious whether")):
        assert answer.text.startswith("Yes"), answer.text


def test_every_year_with_a_paper_in_the_category_is_a_no(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("Is there a year in which she published papers but none in CL?")
    cl = _per_year(bundled_assistant, "CL")
    empty = sorted(y for y, n in cl.items() if n == 0)
    assert answer.text.startswith("Yes" if empty else "No"), answer.text


TITLE_WITH_A_NAME_LIKE_TAIL = [
    "When was 'Few-shot Relation Extraction with Prompt Ensembles' published?",
    "what's the date of Few-shot Relation Extraction with Prompt Ensembles",
    "when did she put out few-shot relation extraction with prompt ensembles?",
    "I'm curious when Ada Example released 'Few-shot Relation Extraction with Prompt Ensembles'.",
    "publication date for the paper Few-shot Relation Extraction with Prompt Ensembles, please",
]


@pytest.mark.parametrize("question", TITLE_WITH_A_NAME_LIKE_TAIL)
def test_a_full_title_with_capitalised_words_after_with_names_the_paper_not_a_person(
    assistant: Assistant, question: str
) -> None:
    answer = assistant.ask(question)
    paper = next(p for p in assistant.profile.papers if p.title.startswith("Few-shot Relation"))
    assert not answer.abstained, answer.text
    assert _cited(answer) == {paper.id}, answer.text
    assert "2023" in answer.text, answer.text


BEFORE_A_PAPER_BY_PREFIX = [
    "how many papers pre-SMedBERT?",
    "Number of Minghui Qiu's papers pre-SMedBERT",
    "how many did he publish pre-smedbert paper",
    "I'm curious how many papers they had out pre-SMedBERT.",
]
AFTER_A_PAPER_BY_PREFIX = [
    "papers post-MERIT?",
    "What has Minghui Qiu published post-MERIT?",
    "her work post-merit paper, how many",
    "I'm curious how many papers they put out post-MERIT.",
]


@pytest.mark.parametrize("question", BEFORE_A_PAPER_BY_PREFIX + AFTER_A_PAPER_BY_PREFIX)
def test_pre_or_post_a_papers_name_is_before_or_after_its_date(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    papers = bundled_assistant.profile.papers
    if question in BEFORE_A_PAPER_BY_PREFIX:
        day = next(p for p in papers if p.title.startswith("SMedBERT")).date
        inside = {p.id for p in papers if p.date < day}
    else:
        day = next(p for p in papers if p.title.startswith("MERIT")).date
        inside = {p.id for p in papers if p.date > day}
    assert answer.text.startswith(f"{len(inside)} of the {len(papers)}"), answer.text
    assert _cited(answer) <= inside, answer.text


def test_pre_training_stays_a_topic(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("how many pre-training papers?")
    assert "topic 'pre-training'" in answer.text, answer.text


TIME_BETWEEN_TWO_PAPERS = [
    "how long was the gap between Kaleido-BERT and SMedBERT?",
    "How much time passed between SMedBERT and Kaleido-BERT?",
    "how many months between kaleido-bert and smedbert",
    "I'm curious how long it was between Kaleido-BERT and SMedBERT.",
    "how many days passed between Kaleido-BERT and SMedBERT?",
]


@pytest.mark.parametrize("question", TIME_BETWEEN_TWO_PAPERS)
def test_the_time_between_two_named_papers_is_their_dates_apart(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    papers = bundled_assistant.profile.papers
    two = [p for p in papers if p.title.startswith(("Kaleido-BERT", "SMedBERT"))]
    days = abs((two[0].date - two[1].date).days)
    assert f"{days} days" in answer.text.splitlines()[0], answer.text
    assert _cited(answer) == {p.id for p in two}, answer.text


BEFORE_A_YEARS_ERA = [
    "how many CL papers did she have before the 2022 LLM boom?",
    "Minghui Qiu's NLP papers prior to the 2022 large language model era",
    "cl paprs before the 2022 chatbot craze",
    "I'm curious how many language papers they wrote before the 2022 generative AI wave.",
    "Number of his CL publications before the 2022 LLM hype?",
]


@pytest.mark.parametrize("question", BEFORE_A_YEARS_ERA)
def test_an_era_named_after_a_year_is_bounded_by_the_year_and_no_topic(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    papers = bundled_assistant.profile.papers
    inside = {p.id for p in papers if p.category == "CL" and p.date.year < 2022}
    assert answer.text.startswith(f"{len(inside)} of the {len(papers)}"), answer.text
    assert "topic" not in answer.text.splitlines()[0], answer.text
    assert _cited(answer) == inside, answer.text


OLDEST_ITEMS_ON_THE_LIST = [
    "Could you give me the two oldest items on Minghui Qiu's list, with dates?",
    "the two earliest entries on her list",
    "whats the oldest two itmes on his list?",
    "I'm curious what the two earliest items on their list are.",
    "Name the 2 oldest records in the researcher's list.",
]


@pytest.mark.parametrize("question", OLDEST_ITEMS_ON_THE_LIST)
def test_items_or_entries_of_the_list_are_its_papers(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    oldest = sorted(bundled_assistant.profile.papers, key=lambda p: p.date)[:2]
    assert _cited(answer) == {p.id for p in oldest}, answer.text
