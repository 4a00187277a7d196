"""Amounts of papers a question names. A yes/no asking for more than some count ('more than
one', 'two or more', 'several or just one', 'at least three') is Yes only when more papers
match, else 'No, only N'. A share of the papers taken for granted ('since half his papers have
code') is checked against the listing: corrected first with the exact count when wrong, left
alone when it holds."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant

# The bundled profile: one AO-PH paper, five LG papers; Jiachen Yu on one paper, Yufei Zhan
# on two; 13 of the 50 listed papers with code, 14 CV, 22 CL, 12 from 2020.
ONE_PAPER = [
    "does she have more than a single AO-PH paper?",
    "I'm wondering whether Qiu put out multiple papers filed under AO-PH",
    "do they have several AO-PH papers or only one?",
    "Are two or more of Minghui Qiu's papers in the AO-PH category?",
    "is jiachen yu on more than one of his papers?",
    "Did Qiu team up with Jiachen Yu more than once?",
]


@pytest.mark.parametrize("question", ONE_PAPER)
def test_more_than_one_asked_of_a_single_paper_is_no(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("No, only one"), answer.text[:300]
    assert len(answer.citations) == 1


SEVERAL = [
    "I'm curious whether Yufei Zhan co-wrote several of their papers or just one",
    "Has Yufei Zhan been a co-author on two or more of her papers?",
    "does he have more than one LG paper?",
    "at least three LG papers by them?",
    "Has she published more than 4 papers in the LG category?",
]


@pytest.mark.parametrize("question", SEVERAL)
def test_more_than_asked_and_passed_is_yes(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("Yes"), answer.text[:300]
    assert len(answer.citations) >= 2


def test_the_count_asked_decides_not_any_match(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("more than five LG papers from him?")
    assert answer.text.startswith("No, only 5"), answer.text[:300]
    assert len(answer.citations) == 5


WRONG_SHARES = [
    ("Seeing as three quarters of her papers ship code, list those", "13 of the 50", "code"),
    ("I heard most of Minghui Qiu's papers are CV; which are they?", "14 of the 50", "CV"),
    ("given that 30 of his papers came out in 2020, which ones?", "12 of the 50", "2020"),
    ("since about 10% of their papers have a github link, which?", "13 of the 50", "code"),
    ("as half of qiu's papers are in CV, which ones are they?", "14 of the 50", "CV"),
    ("with more than 20 of her papers having code, which are they", "13 of the 50", "code"),
]


@pytest.mark.parametrize(("question", "count", "kind"), WRONG_SHARES)
def test_a_wrong_share_taken_for_granted_is_corrected_with_the_count(
    bundled_assistant: Assistant, question: str, count: str, kind: str
) -> None:
    answer = bundled_assistant.ask(question)
    first = answer.text.split("\n")[0]
    assert first.startswith("That premise does not hold"), answer.text[:300]
    assert count in first and kind in first, first
    assert len(answer.citations) == int(count.split()[0])


RIGHT_SHARES = [
    ("since about a quarter of his papers have code, which ones?", "13 of the 50"),
    ("Given that 13 of her papers have code, which are they?", "13 of the 50"),
    ("since roughly a third of her papers have code, which?", "13 of the 50"),
    ("I've read that over 10 of his papers come with code; which?", "13 of the 50"),
    ("I heard that fewer than 20 of their papers have code - list them", "13 of the 50"),
    ("Given that fewer than half of Qiu's papers have code, list them", "13 of the 50"),
    ("As roughly 14 of their papers are CV, could you list them?", "14 of the 50"),
    ("since a little under half of her papers are CL, which?", "22 of the 50"),
    ("given that about 44% of their papers are in CL, which ones?", "22 of the 50"),
    ("As some 22 of Minghui Qiu's papers are filed under CL, which are they?", "22 of the 50"),
    ("since 12 of her papers are from 2020, which are they?", "12 of the 50"),
    ("seeing as about a quarter of his papers date from 2020, which ones?", "12 of the 50"),
]


@pytest.mark.parametrize(("question", "count"), RIGHT_SHARES)
def test_a_share_that_holds_is_not_corrected(
    bundled_assistant: Assistant, question: str, count: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert "premise does not hold" not in answer.text, answer.text[:300]
    assert count in answer.text.split("\n")[0], answer.text[:300]
    assert len(answer.citations) == int(count.split()[0])


# Reverse Modeling: 'We found that publicly available pre-trained LLMs cannot understand such
# inputs. However, LLMs trained from scratch with both forward and reverse texts can ...'
ABLE_WHERE_DENIED = [
    "the Reverse Modeling paper showed off-the-shelf pretrained LLMs process reversed sentences "
    "effortlessly; what came after?",
    "Since the reverse modeling paper says standard pre-trained LLMs had no problems with "
    "reversed inputs, what did it propose?",
    "why do ordinary pre-trained LLMs cope fine with backward text in the reverse modeling paper?",
    "I've read that the Reverse Modeling paper found released LLMs comprehend reversed text with "
    "ease; what else did they find?",
    "reverse modelling paper: existing llms deal with reverse text easily, so what was the point",
]


@pytest.mark.parametrize("question", ABLE_WHERE_DENIED)
def test_a_finding_said_the_other_way_is_corrected_with_the_abstract(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    first = " ".join(answer.text.split("\n")[:2])  # after a reading note, if any
    assert "cannot understand such inputs" in first, answer.text[:300]
    assert answer.citations[0].title.startswith("Reverse Modeling")


TRUE_PREMISES = [
    "In Reverse Modeling, LLMs trained from scratch on forward and reverse text understand "
    "reversed input easily; what came next?",
    "why do models trained from scratch with both directions handle reversed text with ease in "
    "the Reverse Modeling paper?",
    "Reverse Modeling found that public pre-trained LLMs cannot understand reversed inputs; what "
    "did they do next?",
    "Valley uses ViT-L/14 as its vision encoder; which temporal modules does it compare?",
    "SpanProto works in two stages; what happens in the second?",
    "K-frames predicts query-relevant clips; how big is PeakClips?",
    "Since EasyTransfer is deployed at Alibaba, which business scenarios does it serve?",
    "I've read that KEML classifies lexical relations; which model learns its concepts?",
    "Given that CURE was tested on Qwen-2.5-Math-7B, what gain did it report?",
    "I'd assumed RetiZero targets fundus diseases; how many images was it trained on?",
    "DocAsRef repurposes reference-based metrics reference-freely; how does it compare with "
    "GPT-3.5 evaluators?",
]


@pytest.mark.parametrize("question", TRUE_PREMISES)
def test_a_premise_the_abstract_states_is_not_corrected(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    first = answer.text.split("\n")[0]
    for correction in ("premise does not hold", "opposite", "does not say", "Not confirmed"):
        assert correction not in first, answer.text[:300]
    assert not answer.abstained


# Papers on text alone: no images, video or audio in their titles or abstracts (all CL).
MODALITY_NEVER_NAMED = [
    ("which images does SpanProto tag?", "No images are named", "SpanProto"),
    (
        "Since SueNes scores videos, which ones does it rate?",
        "No video is named",
        "SueNes",
    ),
    ("what audio does HRKD compress?", "No audio is named", "HRKD"),
    ("keml picture classes - which ones?", "No images are named", "KEML"),
    (
        "I've heard that Qiu's KEML is an image classifier; what accuracy does it get?",
        "No images are named",
        "KEML",
    ),
    ("they built SpanProto for speech, right?", "No audio is named", "SpanProto"),
]


@pytest.mark.parametrize(("question", "said", "paper"), MODALITY_NEVER_NAMED)
def test_a_modality_a_paper_never_names_is_said_first(
    bundled_assistant: Assistant, question: str, said: str, paper: str
) -> None:
    answer = bundled_assistant.ask(question)
    first = " ".join(answer.text.split("\n")[:2]).casefold()  # after a reading note, if any
    assert said.casefold() in first, answer.text[:300]
    assert answer.citations[0].title.startswith(paper)


MODALITY_NAMED = [
    "which images does RetiZero use?",
    "what images does FashionBERT match?",
    "what video does Valley use?",
    "how does SpanProto handle text?",
    "what does KEML classify?",
]


@pytest.mark.parametrize("question", MODALITY_NAMED)
def test_a_modality_the_paper_names_is_not_corrected(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert " named in " not in answer.text, answer.text[:300]
    assert not answer.abstained
