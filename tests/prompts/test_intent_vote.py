"""The intent classifier's vote costs one MiniLM run, so it is cast only when something reads
it, and read last: a question its own words decide (a count in a year, the co-authors, the
papers with code, a life question in words of its own) is understood and answered without
it, whatever the wording (casual, formal, typo, he/she/they/the name, indirect, negated). Cast
first or only when read, the vote gives the same Query, operation and answer. Bundled
profile; phrasings of our own."""

from __future__ import annotations

import re

import pytest

from prompts.assistant import Assistant
from prompts.understand.intent import Vote

# One need each, asked six ways: the words decide the answer, the vote is never read.
DECIDED = {
    "a year's count": [
        "How many papers did she publish in 2022?",
        "how many papres in 2022",
        "Could you tell me the number of publications Minghui Qiu has from 2022?",
        "I'm curious how many papers they put out in 2022",
        "count of 2022 papers pls",
        "Did he publish fewer than 5 papers in 2022?",
    ],
    "the co-authors": [
        "Who does she write with most?",
        "who are her most frequent coauthors",
        "Which co-authors appear most often on Minghui Qiu's papers?",
        "i'm curious who they collaborate with the most",
        "top collaborater of hers?",
        "Who does he co-author with most often?",
    ],
    "the papers with code": [
        "Which of her papers have released code?",
        "papers with code pls",
        "I'm curious which of their papers come with a github link",
        "Does Minghui Qiu have any papers with code?",
        "list the papers that come with their code",
        "which of his papers shipped code?",
    ],
    "a life question": [
        "Is she married?",
        "what's her salary",
        "how old is he",
        "does this researcher have a family?",
        "I'm curious whether Minghui Qiu is married",
        "Is Dr. Qiu not married?",
    ],
}
# Questions the vote may decide (a subject's papers or a detail, the themes, a trend, two
# papers side by side, a life question in no word of its own): cast where read.
MIXED = [
    "what has she done on knowledge distillation",
    "Which dataset does the MeteoLogist paper use?",
    "What are her main research areas?",
    "How has his focus shifted over the years?",
    "Compare Valley and Valley2",
    "I'm curious whether Minghui Qiu has kids",
    "explain the work on prompt tuning",
]


@pytest.fixture
def casts(bundled_assistant: Assistant, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The questions the classifier is run on, from here on."""
    calls: list[str] = []
    classify = bundled_assistant.intents.classify

    def counted(question: str) -> tuple[str, float]:
        calls.append(question)
        return classify(question)

    monkeypatch.setattr(bundled_assistant.intents, "classify", counted)
    return calls


def seen(bot: Assistant, question: str) -> tuple[object, ...]:
    query, vote = bot.understand(question)
    answer = bot.ask(question)
    cited = [c.paper_id for c in answer.citations]
    return query.model_dump(), vote.operation, answer.text, cited, answer.abstained


@pytest.mark.parametrize("need", DECIDED)
def test_a_question_its_words_decide_never_runs_the_classifier(
    bundled_assistant: Assistant, casts: list[str], need: str
) -> None:
    answers = set()
    for question in DECIDED[need]:
        bundled_assistant.understand(question)
        answer = bundled_assistant.ask(question)
        assert casts == [], question
        assert answer.citations or answer.abstained, question
        # a stated amount adds its verdict first ('fewer than 5?': 'No, 7: 7 of ...')
        answers.add(re.sub(r"^(?:Yes|No, \d+): ", "", answer.text))
    assert len(answers) == 1, answers  # one need: one answer, however it is asked


@pytest.mark.parametrize("question", [q for family in DECIDED.values() for q in family] + MIXED)
def test_the_vote_cast_first_gives_the_same_query_and_answer(
    bundled_assistant: Assistant, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    lazy = seen(bundled_assistant, question)
    vote = bundled_assistant.intents.vote

    def cast_first(asked: str) -> Vote:
        cast = vote(asked)
        cast.operation  # noqa: B018 (run now, as before the vote was lazy)
        return cast

    monkeypatch.setattr(bundled_assistant.intents, "vote", cast_first)
    assert seen(bundled_assistant, question) == lazy


def test_a_life_question_in_no_word_of_its_own_still_reads_the_vote(
    bundled_assistant: Assistant, casts: list[str]
) -> None:
    answer = bundled_assistant.ask("I'm curious whether Minghui Qiu has kids")
    assert casts  # 'kids' is no word of the papers: only the vote says it asks of her life
    assert answer.abstained and not answer.citations


def test_a_vote_is_cast_once_and_a_rule_reads_over_it() -> None:
    runs: list[int] = []
    vote = Vote(lambda: (runs.append(1), ("fact", 0.9))[1])  # type: ignore[arg-type, return-value]
    listed = vote.instead("fact", "topic")
    assert not vote.cast and not runs
    assert listed.operation == "topic" and listed.sure == 0.9
    assert vote.operation == "fact" and runs == [1]
    assert Vote.known("compare").operation == "compare"
