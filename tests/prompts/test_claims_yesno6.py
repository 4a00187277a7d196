"""A property a question gives one named paper (its speed, where it runs, how much data it
needs, what it costs, how many languages, whether it answers the problem it studies) that the
paper's own sentence states the opposite way: the answer leads with 'No' (or 'That premise does
not hold' when the question only takes it as given) and quotes that sentence; the same property
stated the same way is no contradiction. Each need asked several ways (casual, formal, typo,
he/she/they/the name, indirect, negated where it means something)."""

from __future__ import annotations

import datetime as dt

import pytest

from prompts.answer.premises import paper_premise
from prompts.assistant import Assistant
from retrieval.model import Paper


def _paper(abstract: str, title: str = "FooNet: A Test Model") -> Paper:
    return Paper(
        id="foo", n=1, title=title, authors=["A B"], authors_truncated=False, category="CL",
        date=dt.date(2024, 1, 1), abstract=abstract,
    )  # fmt: skip


FOO = _paper(
    "Existing recognisers run on remote servers and are expensive. In this paper, we propose "
    "FooNet, which runs on the user's device at a low cost. FooNet learns well when labelled "
    "examples are scarce. We also provide defenses against the attacks we describe."
)
OPPOSITE_CLAIMED = [
    ("FooNet runs in the cloud, right?", "cloud"),
    ("Is it true that FooNet's inference happens server-side?", "server"),
    ("foonet is prety expensive to run isnt it", "expensive"),
    ("I'm curious whether FooNet needs lots of labelled data.", "lots of labelled data"),
    ("Since FooNet needs plenty of training data, where do they get it?", "plenty of training"),
    ("FooNet offers no defenses against those attacks, right?", "no defenses"),
]


@pytest.mark.parametrize(("question", "phrase"), OPPOSITE_CLAIMED)
def test_a_property_stated_the_opposite_way(question: str, phrase: str) -> None:
    said = paper_premise(question, FOO, asserted=True)
    assert said is not None and said.startswith("The opposite of"), said
    assert phrase in said.casefold()


SAME_WAY = [
    "FooNet runs on the device, right?",
    "Does FooNet run on-device rather than in the cloud?",
    "is foonet cheap?",
    "FooNet works when data is scarce?",
    "What defenses does FooNet provide?",
    "Existing recognisers run on servers; what does FooNet do?",
]


@pytest.mark.parametrize("question", SAME_WAY)
def test_the_property_stated_the_same_way_is_no_contradiction(question: str) -> None:
    said = paper_premise(question, FOO, asserted=True)
    assert said is None or not said.startswith("The opposite of"), said


# EasyTransfer's own sentence: '... show to be 4.0x faster than the community version of
# distributed training'.
SLOW = [
    "EasyTransfer is slow at distributed training, right?",
    "Is it true that the EasyTransfer platform trains more slowly than the community version?",
    "easytransfer is kinda slow isnt it",
    "I'm curious whether Minghui Qiu's EasyTransfer toolkit is slower than the community one.",
    "Why is EasyTransfer slower than the community version of distributed training?",
]


@pytest.mark.parametrize("question", SLOW)
def test_a_paper_said_to_be_slow_that_says_it_is_faster(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(("No: ", "That premise does not hold: ")), answer.text[:200]
    assert "4.0x faster" in answer.text
    assert {c.title.split(" --")[0] for c in answer.citations} == {"EasyTransfer"}


# KECP's own sentence: '... outperforms state-of-the-art approaches in few-shot settings ...'.
PLENTY = [
    "KECP needs lots of labeled data, right?",
    "Is it correct that the KECP method requires large amounts of training data?",
    "kecp only works with plenty of data?",
    "I'm curious whether her KECP paper assumes abundant training data.",
    "Since KECP needs huge amounts of labelled data, which datasets did they use?",
]


@pytest.mark.parametrize("question", PLENTY)
def test_a_paper_said_to_need_much_data_that_works_with_little(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(("No: ", "That premise does not hold: ")), answer.text[:200]
    assert "few-shot" in answer.text
    assert [c.title.split(":")[0] for c in answer.citations] == ["KECP"]


# Another researcher's own work: no listed paper names them as an author, so the profile has
# nothing on it; declined, nothing cited as if it answered.
OTHERS_WORK = [
    "What are Yann LeCun's best-known papers?",
    "Summarize Fei-Fei Li's research on ImageNet.",
    "I'm curious what Andrew Ng has worked on lately.",
    "list Yoshua Bengio's publicatons pls",
    "Tell me about Kaiming He's work on residual networks.",
]


@pytest.mark.parametrize("question", OTHERS_WORK)
def test_another_researchers_work_is_declined(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained and not answer.citations, answer.text[:200]
    assert "among its authors" in answer.text and "Minghui Qiu" in answer.text


# ... but a co-author's papers, and whether she worked with someone, are answered.
@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("What are Chengyu Wang's papers in the profile?", "14 of the 50 listed papers"),
        ("Has Qiu worked with Yann LeCun?", "No: Yann LeCun does not appear"),
        # the owner's own paper, whatever words stand before her name
        ("What dataset does Qiu's keyframe selection paper introduce?", "K-frames"),
    ],
)
def test_a_coauthor_or_a_collaboration_is_answered(
    bundled_assistant: Assistant, question: str, lead: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith(lead) and not answer.abstained, answer.text[:200]


# Life away from the papers: the profile has none of it; declined, nothing cited.
LIFE = [
    "What does Minghui Qiu do for fun outside of research?",
    "any personal intrests of hers I could bring up?",
    "I'm curious what their interests are outside of work.",
    "What are his pastimes?",
    "what does Qiu do on weekends",
]


@pytest.mark.parametrize("question", LIFE)
def test_life_outside_the_papers_is_declined(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained and not answer.citations, answer.text[:200]
    assert answer.text.startswith("The profile does not answer this")


# A kind of work asked for outside a field, where all the papers naming it are in that field:
# 'No', naming them (an answer, not a decline). EasyNLP and EasyTransfer are the only toolkit
# papers, both CL.
NON_FIELD_TOOLKIT = [
    "Has she written any toolkit papers outside computation and language?",
    "Did Minghui Qiu release a software toolkit in any field except NLP?",
    "any non-nlp toolkits from them?",
    "I'm curious whether he has a toolkit paper outside natural language processing.",
    "Is there a toolkit of theirs in a field other than NLP?",
]


@pytest.mark.parametrize("question", NON_FIELD_TOOLKIT)
def test_none_outside_the_field_names_the_papers_inside_it(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("No: both listed papers on"), answer.text[:200]
    assert not answer.abstained
    assert {c.title.split(":")[0].split(" --")[0] for c in answer.citations} == {
        "EasyNLP",
        "EasyTransfer",
    }
