"""Questions in yes/no form lead with Yes or No whatever their shape (a modal verb, 'X
anywhere?', a statement closed by a hedge); a kind of contribution asked alone is answered
from the kinds the papers state of themselves; a named paper's detail is answered by the
sentence stating it, not the abstract's opening; pay asked without a pay word is declined.
Each behaviour is asked as a family of phrasings (formal, casual, lower case with a typo,
he/she/they/the name, indirect, negated) that must agree."""

from __future__ import annotations

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant


def short_titles(answer: Answer) -> set[str]:
    return {c.title.split(":")[0] for c in answer.citations}


# A modal verb opens a yes/no about one named paper (Valley3 has a native audio capability;
# CODA adapts on the device).
MODAL = [
    ("Could valley3 handle audio inputs?", "Valley3"),
    ("can valley 3 understand speach or audio", "Valley3"),
    ("Can the Valley3 model process sound as well as images?", "Valley3"),
    ("I'm curious whether Valley3 can take audio.", "Valley3"),
    ("will CODA adapt on the device?", "CODA"),
    ("Can CODA adapt models directly on a mobile device?", "CODA"),
]


@pytest.mark.parametrize(("question", "paper"), MODAL)
def test_a_modal_yes_no_on_a_named_paper_leads_with_yes(
    bundled_assistant: Assistant, question: str, paper: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("Yes"), answer.text
    assert paper in short_titles(answer), short_titles(answer)


# A subject asked with 'anywhere' and no verb or question word is a yes/no.
ANYWHERE = [
    "contrastive learning anywhere in their work?",
    "Is prompt tuning used anywhere in Minghui Qiu's papers?",
    "knowlege distillation mentioned anywhere?",
    "I'm curious whether meta-learning shows up anywhere.",
    "graph neural networks anywhere in his papers?",
]


@pytest.mark.parametrize("question", ANYWHERE)
def test_a_subject_asked_anywhere_leads_with_yes_and_its_papers(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("Yes"), answer.text
    assert answer.citations and not answer.abstained


# A negative statement closed by a hedge ('I think?', 'I take it?', 'yeah?') is a claim to
# check: wrong when papers on it are listed, right when none is.
HEDGED_WRONG = [
    ("no session-based recommendation papers from her, I think?", "Session-based Recommendation"),
    ("Minghui Qiu never worked on session-based recommendation, I take it?", "Session-based"),
    ("zero knowledge distillation papers from them yeah?", "Knowledge Distillation"),
    ("they have no graph neural network papers i guess?", "Graph Neural Networks"),
    ("Qiu has no few-shot learning papers, I believe?", "Few-Shot"),
    ("no audio stuff from him at all, I guess?", "Valley3"),
]


@pytest.mark.parametrize(("question", "said"), HEDGED_WRONG)
def test_a_hedged_negative_claim_the_papers_contradict_is_answered_no(
    bundled_assistant: Assistant, question: str, said: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("No"), answer.text
    assert any(said.casefold() in c.title.casefold() for c in answer.citations), answer.text


def test_a_hedged_negative_claim_the_papers_bear_out_is_not_contradicted(
    bundled_assistant: Assistant,
) -> None:
    answer = bundled_assistant.ask("no robotics papers from her, I think?")
    assert answer.text.startswith("Right"), answer.text


# A yes/no whose subject is one kind of contribution alone: the one survey (Reinforced MLLM)
# and the two toolkits (EasyNLP, EasyTransfer) state their kind in their titles.
KIND_ALONE = [
    ("Has Qiu ever written a literature review?", {"Reinforced MLLM"}),
    ("any survey papers from her?", {"Reinforced MLLM"}),
    ("did they publish a review article?", {"Reinforced MLLM"}),
    ("I'm curious whether this researcher authored a survey.", {"Reinforced MLLM"}),
    ("does he release toolkits", {"EasyNLP", "EasyTransfer -- A Simple and Scalable Deep"}),
    ("Has this researcher built any software libraries?", {"EasyNLP"}),
]


@pytest.mark.parametrize(("question", "papers"), KIND_ALONE)
def test_a_kind_of_contribution_asked_alone_is_yes_with_its_papers(
    bundled_assistant: Assistant, question: str, papers: set[str]
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.text.startswith("Yes"), answer.text
    cited = short_titles(answer)
    assert all(any(t.startswith(p.split(" -- ")[0]) for t in cited) for p in papers), cited


def test_a_kind_asked_with_a_subject_stays_a_topic_search(bundled_assistant: Assistant) -> None:
    # 'a survey on multimodal reasoning' is a topic: its papers, not every survey
    answer = bundled_assistant.ask("has he written a survey on multimodal reasoning?")
    assert answer.text.startswith("Yes"), answer.text
    assert len(answer.citations) > 1


# A named paper's detail: the sentence stating it leads, found by the question's own words
# (rarer words count more; a count asked, said again, counts too) or by the kind asked
# (two named parts; among results, the one on the asked measure).
DETAILS = [
    ("Which two self-supervised objectives does KP-PLM add?", "prompt relevance inspection"),
    ("kp plm two pretraining tasks?", "prompt relevance inspection"),
    ("I'm curious which two self-supervised tasks KP-PLM introduces", "masked prompt modeling"),
    ("what self-supervised task does UPT design?", "Selective Masked Language Modeling"),
    ("which reward guides the selector in learning to expand?", "serves as a reward"),
    ("Logo-VGR is made of which two pieces?", "Logo Perception Grounding"),
    ("what are logo-vgr's two modules", "Logo-Guided Visual Grounded Reasoning"),
    ("RetiZero image retrieval top-5 on the 15 diseases?", "0.950"),
    ("how well does retizero do at image-to-image retreival?", "0.950"),
]


@pytest.mark.parametrize(("question", "said"), DETAILS)
def test_a_named_papers_detail_is_answered_by_the_sentence_stating_it(
    bundled_assistant: Assistant, question: str, said: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert said in answer.text, answer.text
    assert len(answer.citations) == 1, short_titles(answer)


# Pay asked without a pay word is a question about the owner's life: declined.
PAY = [
    "any clue what minghui qiu makes a year?",
    "what does she earn?",
    "what do they currently make",
    "I wonder what he makes these days.",
    "What does the researcher make per month?",
]


@pytest.mark.parametrize("question", PAY)
def test_pay_asked_without_a_pay_word_is_declined(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert answer.abstained and not answer.citations, answer.text


def test_a_thing_made_is_not_pay(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("what models do they make?")
    assert not answer.abstained, answer.text
