"""A yes/no on whether the work ever touches a term few of the papers use ('results on 20
Newsgroups', 'the limits of ROUGE', 'compared against O4-mini'): Yes, with the paper naming it
cited, however the rest of the question is worded (casual, formal, typo, indirect,
he/she/they/the name); the search on the whole question finds nothing close in meaning, so it
had been declined. Controls: a term no paper names stays a No, a subject with a word no paper
uses stays a No ('recipe recommendation' beside a paper on session-based recommendation), and a term asked with another specific word its paper lacks ('O4-mini on
rainfall forecasting') is no Yes."""

from __future__ import annotations

from pathlib import Path

import pytest

from prompts.assistant import Assistant
from tests.prompts.synthetic import opened, profile_text

PAPERS = [
    (
        "MetaText: Adversarial Meta-Learning for Few-Shot Text Classification",
        "We propose MetaText, a meta-learning network for few-shot text classification. "
        "We note the limits of lexical features. The accuracy of 1-shot classification on the dataset of 20 Newsgroups is boosted "
        "from 52.1% to 59.6%.",
    ),
    (
        "SumJudge: Weakly Supervised Evaluation of Summaries",
        "Canonical automatic summary evaluation metrics, such as ROUGE, focus on lexical "
        "similarity which cannot well capture semantics. SumJudge learns a judge from "
        "negative samples.",
    ),
    (
        "CueThink: General Multimodal Reasoning via Cue-Guided Rethinking",
        "CueThink rethinks visual cues during reasoning, past the limits of slow thinking. It achieves 81.5% on a challenging "
        "reasoning benchmark, surpassing the latest O4-mini model.",
    ),
    (
        "TinyDistil: Teacher-Student Distillation of Language Models",
        "TinyDistil distills a large teacher into a small student language model. We "
        "discuss the limits of distillation.",
    ),
    (
        "SessRec: Session-based Recommendation with Graphs",
        "SessRec recommends the next item of a session; we show the limits of item graphs.",
    ),
    (
        "BoundNet: Sample Complexity Bounds for Transfer",
        "BoundNet states the limits of transfer between domains.",
    ),
]


@pytest.fixture(scope="module")
def ada(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return opened(Path(tmp_path_factory.mktemp("ada")), profile_text(PAPERS, "CL", 5, 3))


# (question, the paper naming the term)
NAMED = [
    ("Is it true that this researcher reports results on 20 Newsgroups?", "MetaText"),
    ("did she report numbers on 20 Newsgroups?", "MetaText"),
    ("Has Ada Example ever reported results on 20 Newsgroups?", "MetaText"),
    ("Has this researcher written about the limits of ROUGE?", "SumJudge"),
    ("did they ever discuss the limits of ROUGE?", "SumJudge"),
    ("Is there a paper that reports results versus O4-mini?", "CueThink"),
    ("I'm curious whether he has reported results against O4-mini.", "CueThink"),
]


@pytest.mark.parametrize(("question", "paper"), NAMED)
def test_a_scarce_term_named_by_a_paper_is_a_yes_with_it(
    ada: Assistant, question: str, paper: str
) -> None:
    answer = ada.ask(question)
    assert answer.text.startswith("Yes"), answer.text[:300]
    assert any(c.title.startswith(paper) for c in answer.citations), answer.text[:300]


NOT_NAMED = [
    "does she report results on MNIST?",
    "Has this researcher written about the limits of BLEU?",
    "Has she worked on quantum computing?",
    "any recipe recommendation papers?",
    "Recipe recommendation: anything by Ada Example?",
]


@pytest.mark.parametrize("question", NOT_NAMED)
def test_a_term_no_paper_names_as_asked_stays_a_no(ada: Assistant, question: str) -> None:
    answer = ada.ask(question)
    assert not answer.text.startswith("Yes"), answer.text[:300]


OTHER_SUBJECT = [
    "Has she compared against O4-mini on few-shot text classification?",
    "any paper of hers comparing against O4-mini on rainfall forecasting?",
]


@pytest.mark.parametrize("question", OTHER_SUBJECT)
def test_a_term_asked_of_another_subject_is_not_its_paper(ada: Assistant, question: str) -> None:
    answer = ada.ask(question)
    assert not any(c.title.startswith("CueThink") for c in answer.citations), answer.text[:300]
