"""A part of the papers set aside in the user's own words, before or after the subject:
'leaving out X, what ...', '..., leaving the X ones aside', 'setting aside X', 'putting the X
ones aside', 'apart from X', 'not the X papers: ...'. The part is read as any subject is: a
topic (its papers taken out), a year, a category or code (the papers with it left out).
Before, the cue's words were searched as the topic ('no listed paper mentions Leaving') or
the part's words restricted the answer to it. Needs of the bundled profile (Minghui Qiu, 50
listed papers) that no eval set asks; casual, formal, typo, he/she/they/the name, indirect."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant
from prompts.understand.setaside import set_aside
from tests.prompts.test_topic_phrasings import cited, short

DISTILLATION_2021 = frozenset(
    {
        "HRKD: Hierarchical Relational Knowledge Distillation for Cross-domain Language Model"
        " Compression",
        "Learning to Augment for Data-Scarce Domain BERT Knowledge Distillation",
    }
)
# The CL papers of 2021 that are not on distillation
CL_2021_OTHERS = frozenset(
    {
        "DKPLM: Decomposable Knowledge-enhanced Pre-trained Language Model for Natural Language"
        " Understanding",
        "Meta-Learning Adversarial Domain Adaptation Network for Few-Shot Text Classification",
        "SMedBERT: A Knowledge-Enhanced Pre-trained Language Model with Structured Semantics for"
        " Medical Text Mining",
    }
)
META_FEW_SHOT = frozenset(
    {
        "Meta-Learning Adversarial Domain Adaptation Network for Few-Shot Text Classification",
        "Meta-Learning Siamese Network for Few-Shot Text Classification",
    }
)
META_OTHERS = frozenset(
    {
        "KEML: A Knowledge-Enriched Meta-Learning Framework for Lexical Relation Classification",
        "Meta-KD: A Meta Knowledge Distillation Framework for Language Model Compression across"
        " Domains",
    }
)


def test_a_topic_set_aside_before_or_after_a_category_and_year_leaves_the_others(
    bundled_assistant: Assistant,
) -> None:
    """CL papers of 2021 less those on distillation, the part said first or last."""
    for q in [
        "Leaving out distillation, what did she publish in CL in 2021?",
        "Setting aside the distillation papers, which CL papers did Minghui Qiu write in 2021?",
        "Which 2021 CL papers does Qiu have, putting the distillation ones aside?",
        "I'm curious what they published in computation and language in 2021 apart from"
        " distillation.",
        "leaving distilation aside, his 2021 nlp papers?",
    ]:
        answer = bundled_assistant.ask(q)
        titles = cited(answer)
        assert titles == CL_2021_OTHERS, (q, short(titles))
        assert "mentions" not in answer.text, (q, answer.text[:80])


def test_a_topic_set_aside_from_a_topic_takes_its_papers_out(
    bundled_assistant: Assistant,
) -> None:
    """Meta-learning less few-shot: the few-shot meta-learning papers go, the others stay."""
    for q in [
        "meta-learning papers, leaving the few-shot ones aside",
        "Apart from few-shot learning, which meta-learning papers has he written?",
        "Which of Minghui Qiu's meta-learning papers remain once you set aside few-shot?",
        "Not the few-shot papers: what meta-learning work does she have?",
    ]:
        answer = bundled_assistant.ask(q)
        titles = cited(answer)
        assert not titles & META_FEW_SHOT, (q, short(titles))
        assert titles >= META_OTHERS, (q, short(titles))


def test_a_field_set_aside_keeps_the_subject_and_the_other_fields(
    bundled_assistant: Assistant,
) -> None:
    """'NLP work apart from the distillation papers': CL less distillation, no distillation
    paper; 'leaving out CV' is a category left out, no move between fields."""
    for q in [
        "NLP work apart from the distillation papers?",
        "Setting the distillation papers aside, what NLP papers does Qiu have?",
    ]:
        titles = cited(bundled_assistant.ask(q))
        assert not titles & DISTILLATION_2021, (q, short(titles))
        assert titles >= CL_2021_OTHERS, (q, short(titles))
    for q in ["Leaving out CV, what did he publish in 2025?", "apart from cv, her 2025 papers?"]:
        answer = bundled_assistant.ask(q)
        papers = [p for p in bundled_assistant.profile.papers if p.title in cited(answer)]
        assert papers, (q, answer.text[:80])
        assert all(p.year == 2025 and p.category != "CV" for p in papers), (q, answer.text[:80])
        assert "premise" not in answer.text, (q, answer.text[:80])


def test_a_year_set_aside_leaves_that_years_papers_out(bundled_assistant: Assistant) -> None:
    for q in [
        "Setting aside 2025, which papers are on multimodal reasoning?",
        "multimodal reasoning papers, leaving 2025 aside",
        "Apart from 2025, what has Qiu done on multimodal reasoning?",
    ]:
        answer = bundled_assistant.ask(q)
        papers = [p for p in bundled_assistant.profile.papers if p.title in cited(answer)]
        assert papers, (q, answer.text[:80])
        assert all(p.year != 2025 for p in papers), (q, answer.text[:80])


def test_the_papers_without_code_set_aside_leave_those_with_code(
    bundled_assistant: Assistant,
) -> None:
    """'Not the video papers without code: which ones have code?': the subject is the part's,
    its code the other side."""
    for q in [
        "Not the video papers without code: which ones have code?",
        "Not the ones without code: which video papers have code?",
        "Leaving out the video papers without code, which remain?",
    ]:
        answer = bundled_assistant.ask(q)
        papers = [p for p in bundled_assistant.profile.papers if p.title in cited(answer)]
        assert papers, (q, answer.text[:80])
        assert all(p.has_code for p in papers), (q, answer.text[:80])
        assert any(p.title.startswith("Valley:") for p in papers), (q, answer.text[:80])


def test_within_a_visual_category_a_kind_of_visual_paper_set_aside_keeps_the_image_papers(
    bundled_assistant: Assistant,
) -> None:
    for q in [
        "CV papers from 2025 except the video ones",
        "Which 2025 CV papers are not about video?",
        "Leaving out video, what did they publish in computer vision in 2025?",
    ]:
        answer = bundled_assistant.ask(q)
        titles = cited(answer)
        assert any(t.startswith("GThinker") for t in titles), (q, answer.text[:80])
        assert not any("Video" in t for t in titles), (q, short(titles))


@pytest.mark.parametrize(
    "question",
    [
        "did he put out any CV paper in 2024?",  # 'put out' publishes
        "In the year Qiu put out the EasyNLP toolkit, how many papers did he publish?",
        "In the ORConvQA paper, why did they leave out reranking?",  # a paper's choice
        "Not the metric: what reasoning areas does VIPER cover?",  # says what is not asked
        "Not general fusion, but explicit alignment of signals: which papers?",  # a contrast
        "Not just code: which papers release their data?",  # widens
        "Which papers test whether a model generalises outside its training distribution?",
    ],
)
def test_words_that_set_no_papers_aside_are_not_read_as_a_part(question: str) -> None:
    assert set_aside(question) is None


def test_a_part_set_aside_is_cut_from_the_question_wherever_it_is_said() -> None:
    for q, part in [
        ("Leaving out reasoning, what did he publish in CV in 2025?", "reasoning"),
        ("knowledge-enhanced LMs, leaving the medical ones aside?", "the medical ones"),
        ("Putting aside the survey papers, which RL papers are there?", "the survey papers"),
        (
            "Not the recommendation papers: what retrieval work is there?",
            "the recommendation papers",
        ),
        ("which KEPLM papers does he have outside the medical domain?", "the medical domain"),
        ("Leave out 2020: what did she publish on prompts?", "2020"),
    ]:
        aside = set_aside(q)
        assert aside is not None and aside.part == part, (q, aside)
        assert part not in aside.rest, (q, aside)


# The papers whose abstract says their data (a dataset, a benchmark) is or will be released
DATA_RELEASED = frozenset(
    {
        "Meta-Learning Siamese Network for Few-Shot Text Classification",
        "Valley: Video Assistant with Large Language model Enhanced abilitY",
        "Beyond the Last Frame: Process-aware Evaluation for Generative Video Reasoning",
        "One-shot Text Field Labeling using Attention and Belief Propagation for Structure"
        " Information Extraction",
        "GThinker: Towards General Multimodal Reasoning via Cue-Guided Rethinking",
        "K-frames: Scene-Driven Any-k Keyframe Selection for long video understanding",
        "Unleashing Perception-Time Scaling to Multimodal Reasoning Models",
    }
)
# ... their model (weights, a checkpoint, 'the one-shot model')
MODEL_RELEASED = frozenset(
    {
        "Valley2: Exploring Multimodal Models with Scalable Vision-Language Design",
        "GThinker: Towards General Multimodal Reasoning via Cue-Guided Rethinking",
        "K-frames: Scene-Driven Any-k Keyframe Selection for long video understanding",
        "One-shot Text Field Labeling using Attention and Belief Propagation for Structure"
        " Information Extraction",
    }
)


def test_papers_putting_out_their_data_are_those_whose_abstract_says_so(
    bundled_assistant: Assistant,
) -> None:
    """Not every paper naming public datasets: the sentence saying it is released, shown."""
    for q in [
        "Which of Minghui Qiu's papers make their datasets publicly available?",
        "any papers where she shares the benchmark she built?",
        "which papers realease there data for download",
        "I'm curious whether they open-source the corpora they collect. Which papers?",
        "For a shared task we need downloadable data: which of his papers publish their dataset"
        " or promise to?",
    ]:
        answer = bundled_assistant.ask(q)
        assert cited(answer) == DATA_RELEASED, (q, short(cited(answer)))
        assert "will be" in answer.text and "released" in answer.text, (q, answer.text[:80])


def test_papers_putting_out_their_model_are_those_whose_abstract_says_so(
    bundled_assistant: Assistant,
) -> None:
    for q in [
        "papers that open-source a model checkpoint",
        "Which of his papers release their trained model weights?",
        "did she ever share the weights of her models? which papers",
        "I'm curious whether any of their papers make the model itself available.",
    ]:
        answer = bundled_assistant.ask(q)
        assert cited(answer) == MODEL_RELEASED, (q, short(cited(answer)))


def test_a_subject_with_its_data_released_keeps_the_subject(bundled_assistant: Assistant) -> None:
    for q in ["which video papers release their data?", "video papers w/ the dataset released?"]:
        titles = cited(bundled_assistant.ask(q))
        assert titles, q
        assert titles <= DATA_RELEASED, (q, short(titles))
        assert any(t.startswith("Valley:") for t in titles), (q, short(titles))


def test_with_code_said_short_and_a_hobby_project_are_a_code_filter(
    bundled_assistant: Assistant,
) -> None:
    for q in [
        "video papers w code?",
        "video papers w/ code",
        "I want to reuse video code in a hobby project: which of Qiu's video papers have a code"
        " release?",
        "For my hobby app: his video papers with code?",
    ]:
        answer = bundled_assistant.ask(q)
        papers = [p for p in bundled_assistant.profile.papers if p.title in cited(answer)]
        assert papers and all(p.has_code for p in papers), (q, answer.text[:80])
        assert any(p.title.startswith("Valley:") for p in papers), (q, answer.text[:80])
    for q in ["What are his hobbies?", "does she have a hobby outside work?"]:
        assert not bundled_assistant.ask(q).citations, q
