"""Date windows and count, rank and superlative premises in any words: year-months written as
numbers ('2021-01 to 2021-06'), months listed before the one year they share ('September,
October or November of 2025'), a season glossed with its months ('spring 2022 (March to
May)'), an era glossing the dates ('before 2021 (pre-covid)'), a year claimed to be the
quietest or busiest, and what a question claims of one paper (a count joined to what it
counts, a factor, a rank, a model it was 'built on') checked against the abstract: 'Yes' only
when it holds, else 'No' and the abstract's own figure. Each need is asked several ways
(casual, formal, typo, he/she/they/the name, indirect, negated where it means something); the
answers must agree. Counts are of the bundled profile's 50 listed papers (captured 2026)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from prompts.answer.premises import paper_premise
from prompts.assistant import Assistant
from prompts.llm.verify.counts import misstated_count
from retrieval.model import Paper

# January to June 2021: Learning to Augment, Kaleido-BERT and GCE-GNN.
ISO_MONTHS = [
    "how many papers from 2021-01 to 2021-06?",
    "Count Minghui Qiu's publications dated 2021-01 through 2021-06.",
    "papres between 2021-01 and 2021-06 pls",
    "I'm curious how many papers she put out from 2021/01 to 2021/06.",
    "what did they publish 2021-01 - 2021-06, how many?",
]


@pytest.mark.parametrize("question", ISO_MONTHS)
def test_year_months_written_as_numbers(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("3 of the 50 listed papers match 2021-01-01 to 2021-06-30"), (
        answer.text[:200]
    )


# September to November 2025: Logo-VGR, RainSeer, Perception-Time Scaling, K-frames, MMLongCite.
MONTHS_LISTED = [
    "how many papers in September, October or November of 2025?",
    "How many papers did he publish in September, October and November 2025?",
    "sept, oct or nov 2025 papers how many",
    "I'd like to know how many papers Minghui Qiu released in Sep/Oct/Nov 2025.",
    "count their papers from the months of September, October, and November 2025",
]


@pytest.mark.parametrize("question", MONTHS_LISTED)
def test_months_listed_before_their_year(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("5 of the 50 listed papers match 2025-09-01 to 2025-11-30"), (
        answer.text[:200]
    )
    assert "topic" not in answer.text


# Spring 2022 said with its months: CP-Tuning, EasyNLP, KECP and UPT.
SEASON_GLOSSED = [
    "how many papers in spring 2022 (March to May)?",
    "How many did she publish during spring 2022, i.e. March through May?",
    "spring of 2022 (mar-may) papers, count?",
    "I'm wondering how many papers Minghui Qiu had in spring 2022 (from March to May).",
    "their spring 2022 output, march to may, how many?",
]


@pytest.mark.parametrize("question", SEASON_GLOSSED)
def test_a_season_glossed_with_its_months(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("4 of the 50 listed papers match 2022-03-01 to 2022-05-31"), (
        answer.text[:200]
    )


# Before 2021: the 12 papers of 2020; the era named beside the date is no topic.
ERA_GLOSSED = [
    "how many papers before 2021 (pre-covid)?",
    "Count her publications prior to 2021, the pre-pandemic era.",
    "papers pre-2021 (pre-covid days) how many",
    "I'm curious how many papers they wrote before 2021, so pre-covid.",
    "Minghui Qiu's pre-covid output (before 2021): how many papers?",
]


@pytest.mark.parametrize("question", ERA_GLOSSED)
def test_an_era_glossing_the_dates(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("12 of the 50 listed papers match up to 2020"), answer.text[:200]


# 2020 has 12 papers; the quietest years are 2024 and 2026, with 3 each.
QUIETEST_CLAIMED = [
    "2020 was her slowest year, right?",
    "Was 2020 the least productive year for Minghui Qiu?",
    "i think 2020 was his quietest year lol",
    "I'm curious whether 2020 was their weakest year.",
    "Wasn't 2020 the quietest year for them?",
]


@pytest.mark.parametrize("question", QUIETEST_CLAIMED)
def test_a_year_claimed_quietest(bundled_assistant: Assistant, question: str) -> None:
    text = bundled_assistant.ask(question).text
    assert text.startswith("No: 2024 and 2026 are tied as the quietest year"), text[:200]
    assert "3 papers each" in text and "2020 has 12 papers" in text, text[:300]


# 2025 has 14 papers, the most of any year.
BUSIEST_CLAIMED = [
    "2025 was her busiest year, right?",
    "Was 2025 the most productive year for Minghui Qiu?",
    "2025 - their peak year?",
    "I'd like to check whether 2025 was his busiest year.",
]


@pytest.mark.parametrize("question", BUSIEST_CLAIMED)
def test_a_year_claimed_busiest(bundled_assistant: Assistant, question: str) -> None:
    text = bundled_assistant.ask(question).text
    assert text.startswith("Yes: 2025 is the busiest year, with 14 papers"), text[:200]


# SpanProto's abstract: 'tackles few-shot NER via a two-stage approach'.
STAGES_CLAIMED = [
    "SpanProto is a three-stage network, right?",
    "Can you confirm that SpanProto uses a three-stage approach?",
    "spanproto is a 3-stage aproach, correct?",
    "I read that SpanProto tackles few-shot NER in three stages. True?",
    "their SpanProto paper is three-stage, isn't it?",
    "Qiu's SpanProto: a three-stage method, yes or no?",
]


@pytest.mark.parametrize("question", STAGES_CLAIMED)
def test_a_count_claimed_of_a_paper(bundled_assistant: Assistant, question: str) -> None:
    text = bundled_assistant.ask(question).text
    assert text.startswith("No: SpanProto's abstract does not say"), text[:200]
    assert "two-stage approach" in text and "Yes" not in text


def _paper(abstract: str, title: str = "FooNet: A Test Model") -> Paper:
    return Paper(
        id="foo", n=1, title=title, authors=["A B"], authors_truncated=False, category="CL",
        date=dt.date(2024, 1, 1), abstract=abstract,
    )  # fmt: skip


FAST = _paper("FooNet trains models 2.5x faster than the baseline system. It is open source.")
FACTOR_CLAIMED = [
    "FooNet trains 10x faster, right?",
    "Is it true that FooNet is ten times quicker than the baseline?",
    "foonet gives a 10-fold speedup?",
    "I heard FooNet trains 10 times faster than the baseline. Can you confirm?",
    "Since FooNet is 10x faster, what does she use it for?",
]


@pytest.mark.parametrize("question", FACTOR_CLAIMED)
def test_a_factor_claimed_of_a_paper(question: str) -> None:
    found = misstated_count(question, FAST)
    assert found is not None and "2.5x faster" in found[1], found


@pytest.mark.parametrize(
    "question", ["FooNet trains 2.5x faster, right?", "is foonet 2.5 times quicker?"]
)
def test_the_factor_stated_is_no_misstatement(question: str) -> None:
    assert misstated_count(question, FAST) is None


RANKED = _paper("FooNet ranks third on the Bar leaderboard among open models. It is small.")
RANK_CLAIMED = [
    "FooNet topped the Bar leaderboard, right?",
    "Was FooNet #1 on the Bar leaderboard?",
    "foonet came first on bar lol",
    "I'm curious whether FooNet ranked number one on Bar.",
    "FooNet took first place on the Bar leaderboard, didn't it?",
]


@pytest.mark.parametrize("question", RANK_CLAIMED)
def test_a_rank_claimed_of_a_paper(question: str) -> None:
    said = paper_premise(question, RANKED)
    assert said is not None and said.startswith("It is not ranked first") and "third" in said


def test_the_rank_stated_is_no_premise() -> None:
    assert paper_premise("FooNet ranks third on the Bar leaderboard, right?", RANKED) is None


COMPARED = _paper(
    "FooNet is a reference-free metric. It closely competes with evaluators based on Qwen-2.5."
)
BUILT_ON_CLAIMED = [
    "FooNet was built on Qwen-2.5, correct?",
    "Is FooNet based on Qwen-2.5?",
    "foonet runs on qwen-2.5 right",
    "I was told FooNet is fine-tuned from Qwen-2.5.",
    "Since FooNet relies on Qwen-2.5, how big is it?",
]


@pytest.mark.parametrize("question", BUILT_ON_CLAIMED)
def test_a_model_named_only_as_a_comparison(question: str) -> None:
    said = paper_premise(question, COMPARED)
    assert said is not None and "only as what FooNet is compared with" in said, said


# 'Since <paper> <does something>, ...' gives a reason, not a date: the answer is about
# GThinker, not the papers dated after it.
SINCE_AS_REASON = [
    "Since GThinker was trained with reinforcement learning, what data did it use?",
    "since gthinker uses rl, what does it train on?",
    "Since GThinker relies on cue-guided rethinking, how is it trained?",
    "I'm curious: since GThinker has an RL stage, what data does that stage use?",
    "Since their GThinker paper builds a dataset, how big is it?",
]


@pytest.mark.parametrize("question", SINCE_AS_REASON)
def test_since_as_a_reason_is_no_date(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert "not since" not in answer.text and "since 2025" not in answer.text, answer.text[:200]
    titles = [c.title for c in answer.citations]
    assert titles and all("GThinker" in t for t in titles), titles


# Cen Chen's latest listed paper with the owner is Reinforced MLLM (2025-04-30): a claim that
# they stopped working together after 2023 is answered No, with that paper.
STOPPED_WITH = [
    "Cen Chen stopped working with her after 2023, right?",
    "did cen chen stop collaborating with him after 2023?",
    "Cen Chen no longer co-authors with Minghui Qiu since 2024?",
    "I'm curious whether Cen Chen stopped co-writing with them after 2023.",
    "Has Cen Chen stopped co-authoring with Qiu after 2023?",
]


@pytest.mark.parametrize("question", STOPPED_WITH)
def test_a_collaboration_said_to_have_stopped(bundled_assistant: Assistant, question: str) -> None:
    text = bundled_assistant.ask(question).text
    assert text.startswith("No: 1 of the 50 listed papers (since 2024) list Cen Chen"), text[:200]
    assert "Reinforced MLLM" in text


# 2020 against 2021: 12 and 7 papers.
YEARS_CHANGED = [
    "did her output go up or down from 2020 to 2021?",
    "Did Minghui Qiu's paper count drop from 2020 to 2021?",
    "i wonder if their output fell between 2020 and 2021",
    "Has his number of papers declined from 2020 to 2021?",
    "output 2020 vs 2021, up or down?",
]


@pytest.mark.parametrize("question", YEARS_CHANGED)
def test_a_change_between_two_years(bundled_assistant: Assistant, question: str) -> None:
    text = bundled_assistant.ask(question).text
    assert text.startswith("More in 2020: 12 in 2020 against 7 in 2021, 5 more."), text[:200]


# A category code that is also an everyday word, named after the word 'category': AI since
# 2025 is Reinforced MLLM and Valley3.
CATEGORY_SAID = [
    "papers with category AI since 2025 -- how many?",
    "How many papers since 2025 are in category AI?",
    "arxiv category AI, 2025 onwards: which papers and how many?",
    "I'm curious how many of her papers since 2025 carry the category AI.",
    "their category AI output since 2025, count?",
]


@pytest.mark.parametrize("question", CATEGORY_SAID)
def test_a_category_named_after_the_word(bundled_assistant: Assistant, question: str) -> None:
    text = bundled_assistant.ask(question).text
    assert text.startswith("2 of the") and "match AI (Artificial Intelligence)" in text, text[:200]


# GThinker reasons over images; nothing in its abstract is about audio: a statement that it
# is gets no 'Yes' (a paper matching the words is not the statement holding).
AUDIO_CLAIMED = [
    "GThinker was trained on audio, correct?",
    "Can you confirm that GThinker reasons over audio clips?",
    "gthinker is an audio model, right?",
    "I heard GThinker is about speech. True?",
    "their GThinker paper does audio reasoning, yes or no?",
]


@pytest.mark.parametrize("question", AUDIO_CLAIMED)
def test_a_statement_the_abstract_does_not_support(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.text.startswith("Yes"), answer.text[:200]
    assert [c.title for c in answer.citations][:1] == [
        "GThinker: Towards General Multimodal Reasoning via Cue-Guided Rethinking"
    ], answer.text[:200]


# True of the paper in words its abstract does not use ('RL' for its 'Reinforcement Learning
# with Verified Reward', 'video' for its 'short video scenarios'): the citation check cannot
# confirm every true paraphrase, so an unconfirmed statement is never refuted.
TRUE_CLAIMED = [
    ("CURE uses RL, right?", "CURE"),
    ("Is it true that CURE is an RL method?", "CURE"),
    ("can u confirm cure does reinforcment learning", "CURE"),
    ("Valley2 handles video, correct?", "Valley2"),
    ("I read that their Valley2 model is used for short videos. True?", "Valley2"),
]


@pytest.mark.parametrize(("question", "paper"), TRUE_CLAIMED)
def test_a_true_statement_is_not_refuted(
    bundled_assistant: Assistant, question: str, paper: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not re.match(r"(No|Not as stated)\b", answer.text), answer.text[:200]
    assert answer.citations and answer.citations[0].title.startswith(paper), answer.text[:200]
