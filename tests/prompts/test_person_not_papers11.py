"""Things about the person or a paper that a publication profile does not hold are declined,
whatever the wording: how the researcher's name is said or written in another script, their
accounts online, a paper's total number of authors when its author line is cut to 'et al.',
and the compute a paper's model was trained with. Each need is asked as a family of phrasings
(formal, casual, typo, he/she/they/the name, indirect, a contrast said first); a neighbouring
question the profile does answer is still answered."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant

NAME_SAID = [
    "How should I pronounce her surname?",
    "what's the right way to say Minghui Qiu's name out loud?",
    "Is there a guide to the pronunciation of his name?",
    "how is qiu's name writen in chinese",
    "I'm curious what their name looks like in hanzi.",
    "Could you give me his name in the native script?",
]

ACCOUNTS = [
    "what's her twitter?",
    "does qiu have a linkedin account",
    "What's his Bluesky username?",
    "I'm curious whether they keep a Weibo account.",
    "where can i follow him online",
    "link to Minghui Qiu's google scholar profile pls",
]


@pytest.mark.parametrize("question", NAME_SAID + ACCOUNTS)
def test_the_persons_name_aloud_or_accounts_online_are_declined(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, answer.text
    assert answer.text.startswith("The profile does not answer this"), answer.text
    assert not answer.citations, answer.text  # no paper is dragged in on a shared word


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Which papers have her name as first author?", "first author"),
        ("How does Valley handle long videos?", "Valley"),
        ("papers by her x Chengyu Wang?", "Chengyu Wang"),  # 'x' joins two people
        ("Whose accounts of video reasoning does GThinker give?", "GThinker"),
        ("Which paper is about Chinese medical reading comprehension?", "Chinese medical"),
    ],
)
def test_papers_and_header_asked_near_those_words_are_answered(
    bundled_assistant: Assistant, question: str, said: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    assert said.casefold() in answer.text.casefold(), answer.text


# Author lines of the bundled profile show three names, then 'et al.'
AUTHOR_TOTALS = [
    ("How many authors does MERIT have?", "Wei Chow"),
    ("what's the number of authors on SpanProto", "Jianing Wang"),
    ("how many ppl wrote the hrkd paper in total?", "Chenhe Dong"),
    ("I'm curious how many writers the HRKD paper had.", "Chenhe Dong"),
    ("Not just the three shown, all of them: how many authors does SpanProto have?", "Jianing"),
    ("how many authors are there on qiu's MERIT paper altogether", "Wei Chow"),
]


@pytest.mark.parametrize(("question", "shown"), AUTHOR_TOTALS)
def test_a_papers_total_author_count_behind_et_al_is_unknown_and_the_shown_names_given(
    bundled_assistant: Assistant, question: str, shown: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, answer.text
    assert "et al." in answer.text and "not known" in answer.text, answer.text
    assert shown in answer.text, answer.text  # what the profile does show


def test_who_wrote_a_paper_is_still_answered(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("Who wrote SpanProto?")
    assert not answer.abstained, answer.text
    assert "Jianing Wang" in answer.text, answer.text


COMPUTE = [
    ("What compute did the CURE team use?", "CURE"),
    ("Not the accuracy, the GPUs: what did HRKD train on?", "HRKD"),
    ("how much compute was used for gthinker", "GThinker"),
    ("kecp gpu setup?", "KECP"),
    ("I'm curious what compute resources K-frames needed.", "K-frames"),
]


@pytest.mark.parametrize(("question", "paper"), COMPUTE)
def test_training_compute_no_abstract_states_is_declined_citing_that_paper(
    bundled_assistant: Assistant, question: str, paper: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained, answer.text
    assert "abstract does not state how it was trained" in answer.text, answer.text
    assert [c.title[: len(paper)] for c in answer.citations] == [paper], answer.text


def test_a_detail_set_aside_first_leaves_the_one_asked(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("Not the code, the results: how well does CURE do?")
    assert not answer.abstained, answer.text
    assert [c.title[:4] for c in answer.citations] == ["CURE"], answer.text
