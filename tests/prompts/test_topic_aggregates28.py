"""An aggregate asked over a topic's papers (prompts/understand/topical.py): the busiest or
quietest year, the most common category, the papers per year, the first or last paper with a
date asked, the share with code. Each family asks one need many ways (casual, formal, typo,
terse, indirect, he/she/they/the name); every expected value is computed from the papers the
bot itself counts as on the topic ('how many papers on X?'). Controls: the same aggregates over
the whole profile, plain topic lists and counts, keep their answers."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant
from prompts.understand.topical import code_meant, read_aggregate, subject
from retrieval.model import Paper, category_label

TOPICS = ["reinforcement learning", "multimodal", "knowledge distillation"]
SHORT = {"reinforcement learning": "RL", "multimodal": "multimodal", "knowledge distillation": "KD"}


def _on_topic(bot: Assistant, topic: str) -> list[Paper]:
    """The papers the bot counts as on the topic, as 'how many papers on X?' cites them."""
    a = bot.ask(f"How many papers on {topic}?")
    ids = {c.paper_id for c in a.citations}
    return [p for p in bot.profile.papers if p.id in ids]


def _head(a: Answer) -> str:
    return a.text.split("\n")[0]


PEAK = [
    "Which year had the most papers on {t}?",
    "In what year did she publish most on {t}?",
    "{s} papers - peak year?",
    "I'm curious in which year he was most active on {t}",
    "whcih year had the most {t} papers?",
    "What was their busiest year for {t}?",
    "When did Qiu publish the most on {t}?",
]


@pytest.mark.parametrize("topic", TOPICS)
def test_peak_year_of_a_topic(bundled_assistant: Assistant, topic: str) -> None:
    papers = _on_topic(bundled_assistant, topic)
    counts = Counter(p.year for p in papers)
    best = max(counts.values())
    winners = {str(y) for y, n in counts.items() if n == best}
    for template in PEAK:
        q = template.format(t=topic, s=SHORT[topic])
        head = _head(bundled_assistant.ask(q))
        assert head.startswith(f"Of the {len(papers)} listed papers on"), (q, head)
        assert "busiest year" in head and all(y in head.split(",")[1] for y in winners), (q, head)


def test_quietest_year_of_a_topic(bundled_assistant: Assistant) -> None:
    papers = _on_topic(bundled_assistant, "multimodal")
    counts = Counter(p.year for p in papers)
    low = min(counts.values())
    for q in [
        "Which year saw the fewest papers on multimodal models?",
        "her quietest year for multimodal work?",
    ]:
        head = _head(bundled_assistant.ask(q))
        assert "quietest year" in head, (q, head)
        assert all(str(y) in head for y, n in counts.items() if n == low), (q, head)


CATEGORY = [
    "Which category does most of her {t} work fall into?",
    "What category are most of the {t} papers in?",
    "{t} papers: which arxiv category dominates?",
    "what categroy is most of qiu's {t} stuff?",
]


@pytest.mark.parametrize("topic", TOPICS)
def test_main_category_of_a_topic(bundled_assistant: Assistant, topic: str) -> None:
    papers = _on_topic(bundled_assistant, topic)
    (code, _), *_ = Counter(p.category for p in papers).most_common(1)
    for template in CATEGORY:
        q = template.format(t=topic)
        head = _head(bundled_assistant.ask(q))
        assert head.startswith(f"Of the {len(papers)} listed papers on"), (q, head)
        assert f"{category_label(code)} is the most common category" in head, (q, head)


PER_YEAR = [
    "How many {t} papers per year?",
    "How many {t} papers did she publish each year?",
    "{t} papers by year?",
    "yearly count of his {t} papers",
    "{s} papers per yr",
    "Break down their {t} papers by year",
]


@pytest.mark.parametrize("topic", TOPICS)
def test_topic_papers_per_year(bundled_assistant: Assistant, topic: str) -> None:
    papers = _on_topic(bundled_assistant, topic)
    counts = Counter(p.year for p in papers)
    for template in PER_YEAR:
        q = template.format(t=topic, s=SHORT[topic])
        a = bundled_assistant.ask(q)
        assert _head(a).startswith(f"Of the {len(papers)} listed papers on"), (q, a.text)
        for year, n in counts.items():
            assert re.search(rf"^- {year}: {n}\b", a.text, re.M), (q, year, a.text)
        assert {c.paper_id for c in a.citations} == {p.id for p in papers}, q


FIRST = [
    "When did qiu first write about {t}?",
    "Since when has she worked on {t}?",
    "When did he begin publishing on {t}?",
    "What year did their work on {t} start?",
]
LAST = ["When did she last publish on {t}?", "When did he last write about {t}?"]


@pytest.mark.parametrize("topic", ["e-commerce", "knowledge distillation"])
def test_first_and_last_paper_on_a_topic(bundled_assistant: Assistant, topic: str) -> None:
    papers = sorted(_on_topic(bundled_assistant, topic), key=lambda p: p.date)
    for templates, end, word in ((FIRST, papers[0], "earliest"), (LAST, papers[-1], "most recent")):
        for template in templates:
            q = template.format(t=topic)
            head = _head(bundled_assistant.ask(q))
            assert head.startswith(f"The {word} listed paper"), (q, head)
            assert str(end.date) in head, (q, head)


CODE_SHARE = [
    "What fraction of his {t} papers have code?",
    "What share of her {t} papers have code?",
    "percentage of {t} papers with code released?",
    "of qiu's {t} papers, what % come with code",
]


@pytest.mark.parametrize("topic", ["reinforcement learning", "multimodal"])
def test_share_of_a_topic_with_code(bundled_assistant: Assistant, topic: str) -> None:
    papers = _on_topic(bundled_assistant, topic)
    coded = [p for p in papers if p.has_code]
    pct = round(100 * len(coded) / len(papers))
    for template in CODE_SHARE:
        q = template.format(t=topic)
        a = bundled_assistant.ask(q)
        said = f"Of the {len(papers)} listed papers on '{topic}', {len(coded)} ({pct}%) have code"
        assert _head(a).startswith(said), (q, a.text)
        assert {c.paper_id for c in a.citations} == {p.id for p in coded}, q


TREND = [
    "Is her work on {t} growing or shrinking?",
    "Has he been publishing more or less on {t} over time?",
    "trend in their {t} papers?",
]


@pytest.mark.parametrize("topic", ["multimodal", "knowledge distillation"])
def test_trend_of_a_topic_is_its_papers_per_year(bundled_assistant: Assistant, topic: str) -> None:
    papers = _on_topic(bundled_assistant, topic)
    counts = Counter(p.year for p in papers)
    for template in TREND:
        q = template.format(t=topic)
        a = bundled_assistant.ask(q)
        assert _head(a).startswith(f"Of the {len(papers)} listed papers on '{topic}'"), (q, a.text)
        for year, n in counts.items():
            assert re.search(rf"^- {year}: {n}\b", a.text, re.M), (q, year, a.text)


def test_code_release_named_as_the_topic(bundled_assistant: Assistant) -> None:
    coded = [p for p in bundled_assistant.profile.papers if p.has_code]
    year, n = Counter(p.year for p in coded).most_common(1)[0]
    head = _head(bundled_assistant.ask("peak year for code drops?? and how many"))
    assert head.startswith(f"{year} is the busiest year (with code): {n} of the {len(coded)}")


def test_whole_profile_aggregates_keep_their_answers(bundled_assistant: Assistant) -> None:
    every = bundled_assistant.profile.papers
    year, n = Counter(p.year for p in every).most_common(1)[0]
    for q in ["What was his busiest year?", "Which year was she most prolific?"]:
        head = _head(bundled_assistant.ask(q))
        assert head.startswith(f"{year} is the busiest year: {n} of the {len(every)}"), (q, head)
    code, k = Counter(p.category for p in every).most_common(1)[0]
    head = _head(bundled_assistant.ask("Which category has most of her papers?"))
    assert head.startswith(f"{category_label(code)} is the most common category: {k}"), head
    head = _head(bundled_assistant.ask("How many papers per year?"))
    assert head == "Listed papers per year, by category:", head


def test_topic_lists_counts_and_shares_keep_their_answers(bundled_assistant: Assistant) -> None:
    papers = _on_topic(bundled_assistant, "reinforcement learning")
    total = len(bundled_assistant.profile.papers)
    a = bundled_assistant.ask("What share of all her papers are about reinforcement learning?")
    assert _head(a).startswith(f"{len(papers)} of the {total} listed papers"), a.text
    coded = sum(p.has_code for p in bundled_assistant.profile.papers)
    a = bundled_assistant.ask(
        "What share of her papers with code are about reinforcement learning?"
    )
    assert f"of the {coded} listed papers (with code)" in _head(a), a.text
    a = bundled_assistant.ask("papers on reinforcement learning")
    assert "busiest" not in a.text and "per year" not in a.text, a.text
    assert len(a.citations) >= len(papers) - 1, a.text


@pytest.mark.parametrize(
    ("q", "fact"),
    [
        ("Which year had the most papers on RL?", "busiest_year"),
        ("RL papers - peak year?", "busiest_year"),
        ("which yr had the fewest RL papers", "quietest_year"),
        ("What category are most of the RL papers in?", "most_common_category"),
        ("RL papers per yr", "per_year"),
        ("yearly count of her RL papers", "per_year"),
        ("When did qiu first write about RL?", "earliest"),
        ("since when has she done RL?", "earliest"),
        ("When did he last write about RL?", "latest"),
    ],
)
def test_aggregate_read(q: str, fact: str) -> None:
    assert read_aggregate(q) == fact


@pytest.mark.parametrize(
    "q",
    [
        "papers on RL",
        "What was her first paper on RL about?",
        "When was her most recent RL paper?",  # an end, not a ranked year (read elsewhere)
        "What is her most cited RL paper?",
        "Did she publish on RL every year?",
        "Which area of RL has she worked on most?",
        "When did Qiu start at his present company?",  # a job, not a subject's first paper
        "reinforced mllm survey date (month/year)?",  # a date's format, no year by year
        "Which of her papers on RL show increasing accuracy?",
        "What year was her main RL paper?",
        "has she published on shrinking big language models?",  # a subject, not a trend
        "Any work about increasing model efficiency?",
        "Which of her papers shrink a big language model into a small one?",  # a method
        "does she have work that shrinks models with data from other domains?",
        "for our reading group, which of her RL papers should we pick up?",
        "When we train with RL the model stops exploring. Has she looked at that?",
    ],
)
def test_no_aggregate_read(q: str) -> None:
    assert read_aggregate(q) in (None, "latest"), q


def test_subject_without_the_aggregate_words() -> None:
    assert subject("yearly e-commerce") == "e-commerce"
    assert subject("multimodal growing shrinking") == "multimodal"
    assert subject("peak year") is None
    assert code_meant("code drops") and code_meant("github repos")
    assert not code_meant("code generation")
