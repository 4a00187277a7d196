"""A named paper's fact (issue 11): a thing asked of the one paper named is answered from its
sentences, even when a paper noun describes it ('In her KECP paper on QA, what ...'); the
authors as the ones judging ('what do the X authors think') ask no byline; 'which X are named'
asks the things named, not the paper's name; a finding is given with the sentence carrying it
on to what came of it; a paper described is led by the sentence saying the question's own
words. Families in words of no eval set, with sibling needs of the same shape."""

from __future__ import annotations

import datetime as dt

import pytest

from prompts.answer.offline import stating_sentences
from prompts.assistant import Assistant
from retrieval.model import Paper
from retrieval.search import Hit


def _only(answer: object, start: str) -> None:
    titles = [c.title for c in answer.citations]  # type: ignore[attr-defined]
    assert titles and all(t.startswith(start) for t in titles), titles
    assert "listed paper" not in answer.text[:60], answer.text[:200]  # type: ignore[attr-defined]


THING_OF_NAMED = [
    ("In his KECP paper on extractive QA, which objectives does the model train on?", "KECP",
     "contrastive learning objectives"),
    ("Which problems with PROTO does the Meta-SN paper on few-shot text classification list?",
     "Meta-Learning Siamese", "randomness"),
    ("Which open challenges for future research does the Reinforced MLLM survey name?",
     "Reinforced", "sparse rewards"),
    ("in her FashionBERT paper on cross-modal retrieval, what is the adaptive loss for?",
     "FashionBERT", "trade off multitask"),
    ("I'm curious: in Qiu's K-frames paper on long videos, which user need does any-k serve?",
     "K-frames", "budgets"),
    ("which losses does KECP combine?", "KECP", "contrastive"),  # sibling: losses, not objectives
]  # fmt: skip


@pytest.mark.parametrize(("question", "paper", "said"), THING_OF_NAMED)
def test_a_thing_asked_of_a_named_paper_is_its_sentence(
    bundled_assistant: Assistant, question: str, paper: str, said: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, (question, answer.text[:300])
    _only(answer, paper)
    assert said in answer.text, (question, answer.text[:600])


def test_limitations_asked_of_a_named_paper_stay_inside_it(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("what limitations does the K-frames paper admit?")  # sibling
    assert not answer.abstained, answer.text[:300]
    _only(answer, "K-frames")


@pytest.mark.parametrize(
    ("question", "paper"),
    [
        ("What do the KECP authors say the model is trained with?", "KECP"),
        ("what did the Valley authors find about video?", "Valley"),
        ("What do the RainSeer authors argue existing interpolation misses?", "RainSeer"),
        ("which problem did the SpanProto authors point out?", "SpanProto"),
        ("I'm curious what the GThinker authors believe current models lack.", "GThinker"),
    ],
)
def test_the_authors_as_the_ones_judging_ask_no_byline(
    bundled_assistant: Assistant, question: str, paper: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "written by" not in answer.text, (question, answer.text[:300])
    assert any(c.title.startswith(paper) for c in answer.citations), (question, answer.text[:300])


@pytest.mark.parametrize("question", ["who are the authors of KECP?", "KECP authors?"])
def test_the_byline_is_still_answered_when_asked(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "Jianing Wang" in answer.text, (question, answer.text[:300])


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Which datasets are named in the RainSeer paper?", "RAIN-F"),  # sibling: datasets
        ("In 'Seeing Inside the Storm', which precursors are mentioned?", "convergence"),
        ("which storm precursors get named in the MeteoLogist paper", "convergence"),
    ],
)
def test_things_said_to_be_named_are_the_things_not_the_papers_name(
    bundled_assistant: Assistant, question: str, said: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert said in answer.text, (question, answer.text[:600])


def _paper(abstract: str) -> Paper:
    return Paper(
        id="foo", n=1, title="FooNet: A Test Model", authors=["A B"], authors_truncated=False,
        category="CL", date=dt.date(2024, 1, 1), abstract=abstract,
    )  # fmt: skip


@pytest.mark.parametrize(
    "follow",
    [
        "This leads us to a simple method for pruning noisy labels.",
        "Based on this finding, we build a method for pruning noisy labels.",
        "As a result, we propose pruning noisy labels by the loss gap.",
    ],
)
def test_a_finding_is_given_with_what_it_led_to(follow: str) -> None:
    finding = "Our study shows that noisy and clean labels get different losses in training."
    paper = _paper(f"FooNet studies label noise. {finding} {follow} It works on six datasets.")
    hit = Hit(paper=paper, score=1.0, similarity=0.5, evidence=finding, sentences=[finding],
              relevant=True)  # fmt: skip
    stated = stating_sentences("what did they do with the different losses of noisy labels?", hit)
    assert stated[:2] == [finding, follow], stated


def test_a_finding_with_no_consequence_after_it_stands_alone() -> None:
    finding = "Our study shows that noisy and clean labels get different losses in training."
    paper = _paper(f"FooNet studies label noise. {finding} It works on six datasets.")
    hit = Hit(paper=paper, score=1.0, similarity=0.5, evidence=finding, sentences=[finding],
              relevant=True)  # fmt: skip
    stated = stating_sentences("what did they find about the losses of noisy labels?", hit)
    assert stated[0] == finding and "six datasets" not in " ".join(stated), stated


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("what's the adaptive loss in FashionBERT for?", "trade off multitask"),
        ("fashionbert adaptive loss, what is it", "trade off multitask"),
        ("k-frames any-k: what does that mean?", "user budgets"),  # sibling: another paper
        ("What is PeakClips in the K-frames paper?", "200K video highlights"),
    ],
)
def test_a_described_paper_leads_with_the_sentence_saying_the_asked_words(
    bundled_assistant: Assistant, question: str, said: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert said in answer.text, (question, answer.text[:600])


def test_a_paper_asked_about_in_general_opens_with_its_abstract(
    bundled_assistant: Assistant,
) -> None:
    answer = bundled_assistant.ask("tell me about FashionBERT")
    assert "In this paper, we address the text and image matching" in answer.text[:400]
