"""A claim about the whole profile ('all of her work is on X', 'has he always done X', 'does
she only do NLP', 'why are all his papers from X') is checked against the listing as a share:
Yes or No first, the true share, what falls outside; a claim granted in a clause and corrected
still gets the question after it answered. Bundled profile: 50 listed papers from 2020 on, 22
of them CL; the multimodal papers start in 2023; one paper is tagged 'pku'."""

from __future__ import annotations

import re

import pytest

from prompts.assistant import Assistant

EVERY_PAPER_ON_LMS = [
    "Is all of her work on language models?",
    "Are all his papers about language models?",
    "Everything she does is about language models, right?",
    "is every paper of Qiu's on language models",
    "all of their work is on language models, right?",
    "Does he just work on language models?",
    # the full name as owner and a typo (found at review: both were 'Yes: 20 listed papers')
    "Would it be fair to say all of Minghui Qiu's research concerns language models?",
    "is evrything she writes about language models?",
]


def _share(text: str) -> int:
    m = re.match(r"(?:No|That premise does not hold): (\d+) of the 50 listed papers", text)
    assert m, text[:200]
    return int(m[1])


@pytest.mark.parametrize("question", EVERY_PAPER_ON_LMS)
def test_a_topic_claimed_of_every_paper_is_no_with_the_share(
    bundled_assistant: Assistant, question: str
) -> None:
    head = bundled_assistant.ask(question).text.splitlines()[0]
    assert head.startswith("No: ") and 0 < _share(head) < 50, head
    assert "the other" in head, head  # what the rest are


def test_every_phrasing_of_the_claim_and_only_agree(bundled_assistant: Assistant) -> None:
    shares = {_share(bundled_assistant.ask(q).text) for q in EVERY_PAPER_ON_LMS}
    shares.add(_share(bundled_assistant.ask("does she only work on language models").text))
    assert len(shares) == 1, shares


ALWAYS_MULTIMODAL = [
    "Has she always worked on multimodal models?",
    "has he always done multimodal stuff?",
    "Has Qiu always been working on multimodal models?",
    "They've always worked on multimodal models, right?",
    "has she worked on multimodal models from the start?",
]


@pytest.mark.parametrize("question", ALWAYS_MULTIMODAL)
def test_always_is_checked_year_by_year(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    head = answer.text.splitlines()[0]
    assert head.startswith("No: the listed papers on it start in 2023"), head
    assert "before that" in head and "CL" in head, head  # what came before
    assert any(c.title.startswith("KEML") for c in answer.citations), head  # the first paper


ONLY_NLP = [
    "Does he only do NLP?",
    "does she only do natural language processing",
    "Does Qiu work exclusively on NLP?",
    "Is all of his work NLP?",
    "Is it just NLP that she does?",
]


@pytest.mark.parametrize("question", ONLY_NLP)
def test_only_a_field_is_its_category_share(bundled_assistant: Assistant, question: str) -> None:
    head = bundled_assistant.ask(question).text.splitlines()[0]
    assert head.startswith("No: 22 of the 50 listed papers (44%) match CL"), head
    assert "CV" in head, head  # the other fields said


@pytest.mark.parametrize(
    ("question", "share"),
    [
        ("Why is all of her work on language models?", None),
        ("How come he always works on multimodal models?", None),
        ("Why are all of his papers from pku?", 1),
        ("why are all her papers from PKU", 1),
    ],
)
def test_a_universal_asked_why_is_corrected(
    bundled_assistant: Assistant, question: str, share: int | None
) -> None:
    text = bundled_assistant.ask(question).text
    assert text.startswith("That premise does not hold"), text[:200]
    if share is not None:
        assert _share(text) == share, text[:200]


def test_every_paper_of_a_tag_is_no_yes(bundled_assistant: Assistant) -> None:
    head = bundled_assistant.ask("Is every paper of hers from PKU?").text.splitlines()[0]
    assert head.startswith("No: 1 of the 50"), head
    assert "affiliation tag" in head, head  # what the profile records of origins


GRANTED_THEN_ASKED = [
    "Given that she has never worked on reinforcement learning, what are her main topics?",
    "Since he never worked on reinforcement learning, what does he mostly work on?",
    "given that Qiu has never done any RL, what are his research areas?",
]


@pytest.mark.parametrize("question", GRANTED_THEN_ASKED)
def test_a_corrected_premise_then_answers_the_question(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("That premise does not hold"), answer.text[:200]
    assert "As for what you asked" in answer.text and "themes" in answer.text, answer.text
    marks = {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)}
    assert marks <= {c.n for c in answer.citations}, marks  # numbered on, none dangling


def test_controls_stay(bundled_assistant: Assistant) -> None:
    """A plain yes/no, a list, and premises read elsewhere are not universal claims."""
    plain = bundled_assistant.ask("Has she worked on language models?").text
    assert plain.startswith("Yes") and "of the 50" not in plain.splitlines()[0], plain[:200]
    listed = bundled_assistant.ask("Which papers are on multimodal models?").text
    assert not listed.startswith(("No", "That premise")), listed[:200]
    why = bundled_assistant.ask("Why didn't he publish anything on reinforcement learning?").text
    assert why.startswith("That premise does not hold") and "As for" not in why, why[:200]
    started = bundled_assistant.ask(
        "Since he only started publishing in 2023, what were his first papers?"
    ).text
    assert "earliest listed paper is KEML" in started and "As for" not in started, started


@pytest.mark.parametrize(
    "question",
    [
        "Does none of her work involve reinforcement learning?",
        "do none of his papers use reinforcement learning",
    ],
)
def test_none_asked_outright_is_no_when_some_are(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("No: ") and 0 < _share(answer.text) < 50, answer.text[:200]
    assert any(c.title.startswith("Reinforced MLLM") for c in answer.citations), answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Has he always released code?", "none in 2024"),
        ("Does she only publish with Chengyu Wang?", "the other 36"),
    ],
)
def test_code_and_coauthor_claims_are_shares(
    bundled_assistant: Assistant, question: str, said: str
) -> None:
    head = bundled_assistant.ask(question).text.splitlines()[0]
    assert head.startswith("No: ") and said in head, head


def test_a_topic_no_paper_names_is_not_counted_loosely(bundled_assistant: Assistant) -> None:
    """'speech' is in no paper: the claim is answered as the search answers it, none on it."""
    text = bundled_assistant.ask("Is all of her work on speech recognition?").text
    assert text.startswith("No: no listed paper mentions 'speech'"), text[:200]


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Has he always been the first author?", "No: "),
        ("She's always first author, right?", "No: "),
        ("Why is she always the first author?", "That premise does not hold: "),
    ],
)
def test_always_first_author_is_every_paper(
    bundled_assistant: Assistant, question: str, lead: str
) -> None:
    head = bundled_assistant.ask(question).text.splitlines()[0]
    assert head.startswith(lead) and "first author of 3 of the 50" in head, head


@pytest.mark.parametrize("question", ["has he always done NLP?", "Has she always published in CL?"])
def test_always_in_a_field_says_when_it_ended(bundled_assistant: Assistant, question: str) -> None:
    head = bundled_assistant.ask(question).text.splitlines()[0]
    assert head.startswith("No: 22 of the 50") and "the last in 2024, none since" in head, head


@pytest.mark.parametrize(
    "question",
    [
        "Since the original Valley paper (not counting it), how many papers are on the profile?",
        "since the leakage-in-transfer-learning paper has no defense, what would you propose?",
    ],
)
def test_a_time_or_a_paper_granted_is_no_claim_of_the_person(
    bundled_assistant: Assistant, question: str
) -> None:
    """'Since the Valley paper, ...' is a time; 'since the X paper has no ...' is said of one
    paper: the rest leans on it, so nothing is asked apart."""
    text = bundled_assistant.ask(question).text
    assert "As for what you asked" not in text, text[:300]
