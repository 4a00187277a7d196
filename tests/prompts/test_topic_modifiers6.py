"""A topic with a modifier the router used to drop. Exclusion ('X but not Y', 'X other than
Y', 'X excluding Y', 'X beyond Y', 'besides Y, what X'): the papers on X less those naming Y,
said so. Before, Y's words were searched as part of the topic, so Y's papers led the list.
Needs of the bundled profile (Minghui Qiu, 50 listed papers) that the eval sets do not ask
about; casual, formal, typo, he/she/they/the name and indirect wordings."""

from __future__ import annotations

import re

import pytest

from prompts.assistant import Assistant
from prompts.understand.setaside import excluded_part
from tests.prompts.test_topic_phrasings import cited, short

# Few-shot work whose title names text classification
FEW_SHOT_CLASSIFICATION = frozenset(
    {
        "Meta-Learning Adversarial Domain Adaptation Network for Few-Shot Text Classification",
        "Meta-Learning Siamese Network for Few-Shot Text Classification",
        "Towards Unified Prompt Tuning for Few-shot Text Classification",
    }
)
FEW_SHOT_OTHER = frozenset(
    {
        "SpanProto: A Two-stage Span-based Prototypical Network for Few-shot Named Entity"
        " Recognition",
        "KECP: Knowledge Enhanced Contrastive Prompting for Few-shot Extractive Question Answering",
    }
)
DISTILLATION_CROSS_DOMAIN = frozenset(
    {
        "HRKD: Hierarchical Relational Knowledge Distillation for Cross-domain Language Model"
        " Compression"
    }
)
DISTILLATION_OTHER = frozenset(
    {
        "Meta-KD: A Meta Knowledge Distillation Framework for Language Model Compression"
        " across Domains"
    }
)

EXCLUSIONS = {
    "few-shot less text classification": (
        [
            "Which of Minghui Qiu's few-shot papers are about something other than text"
            " classification?",
            "few shot stuff but not text clasification, from her?",
            "Could you list his few-shot learning papers, excluding text classification?",
            "I'm curious whether they did few-shot work beyond text classification.",
            "Besides text classification, which few-shot problems has Qiu tackled?",
            "few-shot papers of theirs that aren't about text classification?",
        ],
        FEW_SHOT_CLASSIFICATION,
        FEW_SHOT_OTHER,
    ),
    "distillation less cross-domain": (
        [
            "Which of Minghui Qiu's knowledge distillation papers are not about cross-domain"
            " compression?",
            "distillation stuff from her but not the cross-domain ones?",
            "I'm curious whether he did knowledge distilation work other than cross-domain.",
            "Could you list the knowledge distillation papers this researcher wrote, excluding"
            " cross-domain ones?",
            "their knowledge distillation papers except cross-domain compression",
        ],
        DISTILLATION_CROSS_DOMAIN,
        DISTILLATION_OTHER,
    ),
}


@pytest.mark.parametrize("family", list(EXCLUSIONS))
def test_a_topic_but_not_another_lists_the_first_less_the_papers_naming_the_second(
    bundled_assistant: Assistant, family: str
) -> None:
    phrasings, left_out, kept = EXCLUSIONS[family]
    for q in phrasings:
        answer = bundled_assistant.ask(q)
        titles = cited(answer)
        assert not titles & left_out, (q, short(titles))
        assert kept <= titles, (q, short(titles))
        assert "Leaving out" in answer.text, (q, answer.text[:80])


def test_a_topic_all_on_the_subject_set_aside_is_a_no_with_its_papers(
    bundled_assistant: Assistant,
) -> None:
    """'Do her toolkits go beyond NLP?': every toolkit paper names NLP, so No, with them."""
    for q in [
        "Do Minghui Qiu's toolkits go beyond NLP?",
        "toolkits by him but not for nlp?",
        "Has the researcher released toolkits beyond natural langauge processing?",
    ]:
        answer = bundled_assistant.ask(q)
        # 'No: every listed paper on ... is also on NLP' or, NLP read as the field, 'No: both
        # listed papers on 'toolkit' are in CL'
        assert answer.text.startswith("No: "), (q, answer.text[:80])
        assert any(t.startswith("EasyNLP") for t in cited(answer)), q


# Every paper whose abstract states a count over 300,000 (702k instructions, 341,896 images,
# 320k queries); PeakClips's 200K clips is under it
OVER_300K = frozenset(
    {
        "Valley: Video Assistant with Large Language model Enhanced abilitY",
        "Enhancing Diagnostic Accuracy in Rare and Common Fundus Diseases with a"
        " Knowledge-Rich Vision-Language Model",
        "MERIT: Multilingual Semantic Retrieval with Interleaved Multi-Condition Query",
    }
)


def test_a_size_bound_lists_the_papers_stating_a_number_beyond_it(
    bundled_assistant: Assistant,
) -> None:
    for q in [
        "Which of Minghui Qiu's papers built a dataset of more than 300,000 items?",
        "any 300k+ datasets from her?",
        "I'm curious whether they released data with over 300K samples.",
        "datsets above three hundred thousand examples by him?",
        "Could you list the researcher's papers with data north of 300,000 entries?",
    ]:
        answer = bundled_assistant.ask(q)
        assert cited(answer) == OVER_300K, (q, short(cited(answer)))
        assert "over 300,000" in answer.text, (q, answer.text[:80])


def test_a_size_bound_no_paper_reaches_is_a_no(bundled_assistant: Assistant) -> None:
    for q in [
        "Which of Minghui Qiu's papers train models above 70B parameters?",
        "any 70B+ models from her?",
        "modles over 70B by him?",
        "Has the researcher trained anything larger than 70B?",
    ]:
        answer = bundled_assistant.ask(q)
        assert answer.text.startswith("No: none of the 50 listed papers"), (q, answer.text[:80])
        assert not answer.abstained, q


@pytest.mark.xfail(strict=True, reason="still declined or prefixed by a reading note")
@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("any toolkit of hers other than NLP ones?", "No: every listed paper"),
        (
            "I'm curious whether they built toolkits excluding natural language processing.",
            "No: every listed paper",
        ),
        (
            "I'm curious whether they built a model bigger than 70 billion parameters.",
            "No: none of the 50 listed papers",
        ),
    ],
)
def test_modifier_phrasings_not_yet_read(
    bundled_assistant: Assistant, question: str, lead: str
) -> None:
    assert bundled_assistant.ask(question).text.startswith(lead)


# Papers that evaluate (benchmarks, an empirical study), whose text names models or methods
EVALUATION = frozenset(
    {
        "MMLongCite: A Benchmark for Evaluating Fidelity of Long-Context Vision-Language Models",
        "Beyond the Last Frame: Process-aware Evaluation for Generative Video Reasoning",
        "DocAsRef: An Empirical Study on Repurposing Reference-Based Summary Quality Metrics"
        " Reference-Freely",
    }
)


def test_a_kind_of_contribution_set_aside_leaves_out_no_papers(
    bundled_assistant: Assistant,
) -> None:
    """'Evaluations rather than new models': 'models' (a method, an architecture, proposing
    one) names no subject every paper is not on; nothing is left out for naming it."""
    for q in [
        "Which of Minghui Qiu's papers are evaluations rather than new models?",
        "I'm curious whether they did evaluation work beyond proposing new models.",
        "What evaluation papers has she written, excluding new frameworks?",
        "evaluaton studies by her, but not new models?",
        "Has the researcher published evaluation work other than new methods?",
        "their evaluation papers rather than new architectures",
    ]:
        answer = bundled_assistant.ask(q)
        assert "Leaving out" not in answer.text, (q, answer.text[:80])
        assert cited(answer) >= EVALUATION, (q, short(cited(answer)))


# The one paper stating a count of images over 300,000 (341,896 fundus images); Valley's
# 702k video-text pairs and MERIT's 320k queries count no images
OVER_300K_IMAGES = frozenset(
    {
        "Enhancing Diagnostic Accuracy in Rare and Common Fundus Diseases with a"
        " Knowledge-Rich Vision-Language Model"
    }
)


def test_a_bound_on_a_unit_takes_only_numbers_of_that_unit(
    bundled_assistant: Assistant,
) -> None:
    """A yes/no wording is answered Yes first."""
    for q, yes in [
        ("Which of Minghui Qiu's papers built a dataset of more than 300,000 images?", False),
        ("any datasets with 300k+ images from her?", True),
        ("I'm curious whether they compiled data with over 300K images.", True),
        ("datsets above three hundred thousand images by him?", False),
        ("Could you list the researcher's papers with data north of 300,000 pictures?", False),
    ]:
        answer = bundled_assistant.ask(q)
        assert cited(answer) == OVER_300K_IMAGES, (q, short(cited(answer)))
        assert "over 300,000 images" in answer.text, (q, answer.text[:80])
        assert answer.text.startswith("Yes: ") == yes, (q, answer.text[:80])


def test_a_small_count_with_no_unit_is_no_bound_on_a_stated_number(
    bundled_assistant: Assistant,
) -> None:
    """'More than 5 datasets', 'over 3 benchmarks': how many things a paper uses, which the
    abstracts state in words or not at all; not a search of stated numbers that says No."""
    for q in [
        "Which of Minghui Qiu's papers evaluate on more than 5 datasets?",
        "does she test on over 3 benchmarks in any paper?",
        "I'm curious whether they compared against more than 10 baselines.",
        "Has the researcher run experiments on at least 4 tasks?",
        "papers of his that use more than 2 modalities?",
    ]:
        answer = bundled_assistant.ask(q)
        assert "a number over" not in answer.text, (q, answer.text[:80])
        assert answer.citations, q


def test_the_list_and_the_count_of_one_exclusion_give_the_same_papers(
    bundled_assistant: Assistant,
) -> None:
    """'Video papers not about generation': listed or counted, the same papers."""
    listed = cited(
        bundled_assistant.ask("Which of Minghui Qiu's video papers are not about generation?")
    )
    assert listed
    for q in [
        "How many of Minghui Qiu's video papers are not about generation?",
        "how many vidoe papers of hers aren't about generation?",
        "Could you count the researcher's video papers, excluding generation?",
        "I'm curious how many video papers they wrote other than on generation.",
        "Number of his video papers but not generation ones?",
    ]:
        answer = bundled_assistant.ask(q)
        assert cited(answer) == listed, (q, short(cited(answer) ^ listed))
        assert re.match(rf"{len(listed)} of the 50 listed papers", answer.text), (
            q,
            answer.text[:80],
        )


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("Which papers of hers rely on the text rather than on the image?", "text image"),
        ("models that answer from memory rather than from the video, any by him?", "memory video"),
        (
            "I'm curious whether they adapt at test time rather than through retraining.",
            "test-time retraining",
        ),
        (
            "does Qiu do retrieval rather than using larger models for long inputs",
            "retrieval long inputs",
        ),
        ("Has the researcher trained with rewards rather than with labels?", "rewards labels"),
    ],
)
def test_rather_than_before_a_preposition_contrasts_ways_not_subjects(
    question: str, topic: str
) -> None:
    """'Answering from memory rather than from the image' is one behaviour: nothing set aside."""
    assert excluded_part(question, topic) is None
