"""Two to four named papers offered as a choice ('which one is about video, Valley or
FashionBERT?', 'does KECP or UPT use prompts?', 'Between HRKD and Meta-KD, which came
first?'): the answer says which of the named papers speaks of the thing, quoted from its own
title or abstract, cites only those papers, and never reads 'between X and Y' as the dates
between them. Per-paper citation counts, which the profile does not hold, are never compared
from abstracts. Needs of the bundled profile (Minghui Qiu), in words of no eval set."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant


def _short(assistant: Assistant, question: str) -> tuple[str, list[str]]:
    answer = assistant.ask(question)
    return answer.text, [c.title.split(":")[0] for c in answer.citations]


VIDEO = [
    "which one is about video, Valley or FashionBERT?",
    "Valley or FashionBERT: which deals with video?",
    "of fashionbert and valley, which one handles videos",
    "Between Valley and FashionBERT, which is the video paper?",
    "which of the two is on video - Valley or FashionBERT?",
]


@pytest.mark.parametrize("question", VIDEO)
def test_the_one_that_speaks_of_it_is_named_first(
    bundled_assistant: Assistant, question: str
) -> None:
    text, cited = _short(bundled_assistant, question)
    assert sorted(cited) == ["FashionBERT", "Valley"], question
    assert text.startswith("Valley speaks of video"), text[:200]
    assert "Compared from their abstracts" not in text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("does KECP or UPT use prompts?", "Yes: both speak of prompt"),
        ("Do Meta-KD or HRKD deal with medical text?", "No: neither Meta-KD nor HRKD"),
        ("does spanproto or kecp work on named entities?", "Yes: SpanProto speaks of named"),
    ],
)
def test_a_yes_no_of_named_papers_reads_only_them(
    bundled_assistant: Assistant, question: str, lead: str
) -> None:
    text, cited = _short(bundled_assistant, question)
    assert text.startswith(lead), text[:200]
    assert len(cited) == 2, cited  # the two asked about, no other paper on the subject


@pytest.mark.parametrize(
    "question",
    [
        "does RainSeer or Seeing Inside the Storm use radar?",
        "do rainseer or seeing inside the storm work from radar?",
    ],
)
def test_both_said_when_both_speak_of_it(bundled_assistant: Assistant, question: str) -> None:
    text, cited = _short(bundled_assistant, question)
    assert text.startswith("Yes: both speak of radar"), text[:200]
    assert sorted(cited) == ["RainSeer", "Seeing Inside the Storm"]


def test_a_choice_both_papers_speak_to_is_compared(bundled_assistant: Assistant) -> None:
    question = "Between RainSeer and Seeing Inside the Storm, which one uses radar?"
    text, cited = _short(bundled_assistant, question)
    assert text.startswith("Compared from their abstracts"), text[:200]
    assert sorted(cited) == ["RainSeer", "Seeing Inside the Storm"]


@pytest.mark.parametrize(
    "question",
    [
        "between HRKD and Meta-KD, which came out first?",
        "Of HRKD and Meta-KD, which came first?",
        "Between Meta-KD and HRKD: which one is older?",
    ],
)
def test_between_two_named_papers_then_which_is_a_choice(
    bundled_assistant: Assistant, question: str
) -> None:
    text, cited = _short(bundled_assistant, question)
    assert sorted(cited) == ["HRKD", "Meta-KD"], (question, cited)
    assert "the earliest is Meta-KD" in text, text[:200]


def test_papers_between_two_named_papers_stay_a_window(bundled_assistant: Assistant) -> None:
    text, cited = _short(bundled_assistant, "how many papers between HRKD and Meta-KD?")
    assert text.startswith("5 of the 50 listed papers"), text[:120]
    assert "HRKD" not in cited and "Meta-KD" not in cited


@pytest.mark.parametrize(
    "question",
    [
        "which is more cited, EasyNLP or EasyTransfer?",
        "EasyNLP vs EasyTransfer: which one has more citations?",
    ],
)
def test_citations_of_named_papers_are_not_compared(
    bundled_assistant: Assistant, question: str
) -> None:
    text, _ = _short(bundled_assistant, question)
    assert text.startswith("The profile gives no per-paper citation counts"), text[:120]


@pytest.mark.parametrize(
    "question",
    [
        "what do fashionbert and kaleido-bert have in common?",
        "How are FashionBERT and Kaleido-BERT alike?",
    ],
)
def test_what_two_papers_have_in_common_comes_first(
    bundled_assistant: Assistant, question: str
) -> None:
    text, cited = _short(bundled_assistant, question)
    assert sorted(cited) == ["FashionBERT", "Kaleido-BERT"]
    assert text.splitlines()[1].startswith("In common: shared author Dehong Gao"), text[:300]


@pytest.mark.parametrize(
    "question",
    ["Do Valley and Valley2 share an author?", "Do Valley and Valley2 have an author in common?"],
)
def test_a_shared_author_is_still_a_people_question(
    bundled_assistant: Assistant, question: str
) -> None:
    text, _ = _short(bundled_assistant, question)
    assert "Ruipu Luo" in text.splitlines()[1], text[:200]


def test_two_papers_set_in_a_relation_are_no_choice(bundled_assistant: Assistant) -> None:
    text, _ = _short(bundled_assistant, "is HRKD an extension of Meta-KD?")
    assert "speaks of" not in text, text[:200]


def test_what_two_papers_share_is_not_first_when_differences_are_asked(
    bundled_assistant: Assistant,
) -> None:
    text, _ = _short(
        bundled_assistant, "Not what they share: how do FashionBERT and Kaleido-BERT differ?"
    )
    assert not text.splitlines()[1].startswith("In common"), text[:300]
