"""A co-author named with a variant spelling or a slip is the profile's person: one word
right and the other one slip away ('Chengyu Wong'), or a short family name written as it
sounds after a given name typed exactly ('Linfeng Lee' for Linfeng Li); nobody absent from
the profile is taken for someone in it (checked over 36 real-looking absent names). A
person asked two ways in one message (their papers, and whether they lead any) gets both;
the most frequent first author is ranked by name whether or not 'who' is said.
Bundled profile (Minghui Qiu); phrasings of no eval set."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from retrieval.people import first_authors, papers_with, people


def _cited(bot: Assistant, question: str) -> set[str]:
    answer = bot.ask(question)
    return set() if answer.abstained else {c.title for c in answer.citations}


def _papers_of(bot: Assistant, name: str) -> set[str]:
    return {p.title for p in papers_with(bot.profile.papers, [name])}


@pytest.mark.parametrize(
    ("question", "meant"),
    [
        ("which of her papers list Linfeng Lee?", "Linfeng Li"),
        ("does qingbin lee appear on any of qiu's papers?", "Qingbin Li"),
        ("I'm curious whether Ziheng Woo co-wrote with them.", "Ziheng Wu"),
        ("papers with chengyu wong", "Chengyu Wang"),
        ("How many papers has Yifan Lee written with Minghui Qiu?", "Yifan Li"),
        ("Has he published with Dehong Gaoo?", "Dehong Gao"),
        ("which paper of hers has deng ping fan on it?", "Deng-Ping Fan"),
    ],
)
def test_a_name_spelled_otherwise_is_the_profiles_person(
    bundled_assistant: Assistant, question: str, meant: str
) -> None:
    want = _papers_of(bundled_assistant, meant)
    assert want
    assert _cited(bundled_assistant, question) == want, bundled_assistant.ask(question).text[:300]


ABSENT = [
    "Yann LeCun", "Geoffrey Hinton", "Kaiming He", "Fei-Fei Li", "Andrew Ng", "Yoshua Bengio",
    "Percy Liang", "Christopher Manning", "Diyi Yang", "Jure Leskovec", "Jian Sun", "Ming Zhou",
    "Hang Li", "Xiang Ren", "Jie Tang", "Yang Liu", "Wei Xu", "Lei Li", "Zhiyuan Liu",
    "Maosong Sun", "Dan Roth", "Noah Smith", "Luke Zettlemoyer", "Quoc Le", "Jeff Dean",
    "Sebastian Ruder", "Jun Zhu", "Wei Chen", "Min Zhang", "Chen Wang", "Yifan Zhou",
    "Jing Liu", "Zhen Li", "Gao Huang", "Jianfeng Gao", "Hao Chen",
]  # fmt: skip


def test_no_absent_name_is_taken_for_someone_in_the_profile(
    bundled_assistant: Assistant,
) -> None:
    everyone = {p.name for p in people(bundled_assistant.profile.papers)}
    assert len(ABSENT) >= 30 and not set(ABSENT) & everyone
    false = []
    for name in ABSENT:
        for question in (f"which of her papers list {name}?", f"papers with {name.lower()}"):
            query, _ = bundled_assistant.understand(question)
            if set(query.people) & everyone:
                false.append((question, query.people))
    assert false == []


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Which of their papers feature Jianing Wang, and whether Wang is first on any?", None),
        ("papers featuring taolin zhang - does zhang lead any of them?", "Taolin Zhang"),
        ("List the papers with Chengyu Wang and say if Wang leads any.", "Chengyu Wang"),
        (
            "I'd like the papers that include Taolin Zhang, and whether Zhang is the first "
            "author on any.",
            "Taolin Zhang",
        ),
        ("Which papers is Chengyu Wang on, and does Wang lead any?", "Chengyu Wang"),
    ],
)
def test_a_person_asked_two_ways_gets_every_paper_and_the_led_ones(
    bundled_assistant: Assistant, question: str, name: str | None
) -> None:
    name = name or "Jianing Wang"
    answer = bundled_assistant.ask(question)
    assert {c.title for c in answer.citations} == _papers_of(bundled_assistant, name)
    assert f"{name} is the first author of" in answer.text, answer.text[:300]


@pytest.mark.parametrize(
    "question",
    [
        "the most frequent first author among her papers?",
        "most common lead author on qiu's list?",
        "top first author of their papers, with a count",
        "Her most usual first author - name and number?",
        "commonest 1st author in the profile?",
    ],
)
def test_the_most_frequent_first_author_is_ranked_without_who(
    bundled_assistant: Assistant, question: str
) -> None:
    top = first_authors(bundled_assistant.profile.papers)[0]
    text = bundled_assistant.ask(question).text
    assert text.startswith(f"{top.name} is first author most often"), text[:300]


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("gao cong: over one paper with qiu?", "Gao Cong"),
        ("Does Yaliang Li turn up on more than one of his papers?", "Yaliang Li"),
        ("Has Taolin Zhang been on several of their papers?", "Taolin Zhang"),
        ("is taolin zhang on at least three of her papers", "Taolin Zhang"),
        ("I'm curious whether Gao Cong shows up on multiple papers of hers.", "Gao Cong"),
    ],
)
def test_a_count_bound_met_by_a_person_is_a_yes(
    bundled_assistant: Assistant, question: str, name: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("Yes"), answer.text[:300]
    assert {c.title for c in answer.citations} == _papers_of(bundled_assistant, name)
