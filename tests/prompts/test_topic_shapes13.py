"""Topics asked in new shapes. (1) A subject framed through someone or something outside the
profile ('Hinton-style', "like OpenAI's CLIP", 'the way BioBERT did'): the outside name is no
filter, the subject is what remains; a name the profile's papers use, an author's, or a
subject named after someone ("Alzheimer's detection") stays. (2) A vague reference by field
and part of a year ('that nlp thing from autumn 23'): the papers of that category in that
window. Needs of the bundled profile (Minghui Qiu, 50 listed papers) that no eval set asks;
casual, formal, typo, he/she/they/the name, indirect."""

from __future__ import annotations

import datetime as dt

import pytest

from prompts.assistant import Assistant
from prompts.understand.dates import read_dates
from prompts.understand.likened import unlikened
from tests.prompts.test_topic_phrasings import cited, short

META_KD = (
    "Meta-KD: A Meta Knowledge Distillation Framework for Language Model Compression across Domains"
)
HRKD = (
    "HRKD: Hierarchical Relational Knowledge Distillation for Cross-domain Language Model"
    " Compression"
)
AUGMENT = "Learning to Augment for Data-Scarce Domain BERT Knowledge Distillation"
DOMAIN_BERTS = frozenset(
    {
        "SMedBERT: A Knowledge-Enhanced Pre-trained Language Model with Structured Semantics"
        " for Medical Text Mining",
        "FashionBERT: Text and Image Matching with Adaptive Loss for Cross-modal Retrieval",
        "Kaleido-BERT: Vision-Language Pre-training on Fashion Domain",
        "Knowledge-Empowered Representation Learning for Chinese Medical Reading Comprehension:"
        " Task, Model and Resources",
    }
)
IMAGE_TEXT = frozenset(
    {
        "FashionBERT: Text and Image Matching with Adaptive Loss for Cross-modal Retrieval",
        "Kaleido-BERT: Vision-Language Pre-training on Fashion Domain",
    }
)
REF = dt.date(2026, 5, 26)


def test_distillation_asked_through_its_inventor_lists_the_distillation_papers(
    bundled_assistant: Assistant,
) -> None:
    for q in [
        "hinton's knowledge distilation - which of qiu's papers?",
        "Which of his papers do knowledge distillation a la Hinton?",
        "I'm curious whether she has Hinton-like distillation papers",
        "distillation like hintons approach, any papers from them?",
        "In the vein of Geoffrey Hinton's distillation, which papers has Minghui Qiu written?",
    ]:
        answer = bundled_assistant.ask(q)
        titles = cited(answer)
        assert not answer.abstained, (q, answer.text[:80])
        assert {META_KD, HRKD, AUGMENT} <= titles, (q, short(titles))
        assert "hinton" not in answer.text.casefold(), (q, answer.text[:80])


def test_self_supervision_asked_through_lecun_finds_the_self_supervised_papers(
    bundled_assistant: Assistant,
) -> None:
    """Sibling: another researcher, another subject."""
    for q in [
        "LeCun-style self-supervised learning: anything from her?",
        "any lecun-style self supervised stuff in qiu's list?",
        "Which of Minghui Qiu's papers use self-supervised objectives in the spirit of LeCun?",
    ]:
        answer = bundled_assistant.ask(q)
        papers = [p for p in bundled_assistant.profile.papers if p.title in cited(answer)]
        assert papers and not answer.abstained, (q, answer.text[:80])
        said = [p for p in papers if "self-supervis" in f"{p.title} {p.abstract}".casefold()]
        assert said, (q, short(cited(answer)))


def test_image_text_alignment_asked_through_a_product_finds_the_matching_papers(
    bundled_assistant: Assistant,
) -> None:
    """Sibling: a product of a company ("OpenAI's CLIP"), not a person."""
    for q in [
        "like OpenAI's CLIP, which papers align images and text?",
        "openai's clip-style image text matching, did he do any?",
        "I'm curious whether they matched images with text the way OpenAI did.",
    ]:
        answer = bundled_assistant.ask(q)
        titles = cited(answer)
        assert not answer.abstained, (q, answer.text[:80])
        assert titles & IMAGE_TEXT, (q, short(titles))
        assert "openai" not in answer.text.casefold(), (q, answer.text[:80])


def test_bert_taken_into_a_field_asked_through_its_makers_finds_the_domain_berts(
    bundled_assistant: Assistant,
) -> None:
    for q in [
        "which papers adapt Google's BERT to a single domain such as medicine or fashion?",
        "does he have domain-specific BERTs, the way BioBERT did for biomedicine?",
        "Devlin et al.'s BERT, but for fashion or medical text: which of Qiu's papers?",
    ]:
        answer = bundled_assistant.ask(q)
        titles = cited(answer)
        assert not answer.abstained, (q, answer.text[:80])
        assert len(titles & DOMAIN_BERTS) >= 2, (q, short(titles))


@pytest.mark.parametrize(
    "question",
    [
        "Alzheimer's detection papers?",  # a subject named after someone: not covered
        "anything like Kubernetes?",  # the name is all that is asked
    ],
)
def test_a_subject_named_after_someone_or_a_name_alone_is_still_declined(
    bundled_assistant: Assistant, question: str
) -> None:
    assert bundled_assistant.ask(question).abstained


def test_a_coauthor_named_with_a_possessive_still_restricts_the_papers(
    bundled_assistant: Assistant,
) -> None:
    answer = bundled_assistant.ask("Which of Chengyu Wang's papers are on distillation?")
    papers = [p for p in bundled_assistant.profile.papers if p.title in cited(answer)]
    assert papers and any(p.title == META_KD for p in papers), answer.text[:80]
    assert all("Chengyu Wang" in p.authors for p in papers), short(cited(answer))


def test_only_names_the_papers_never_use_are_taken_from_the_topic() -> None:
    vocabulary = frozenset({"distillation", "knowledge", "bert", "medical", "domain", "images"})
    people = frozenset({"qiu", "minghui", "wang"})
    assert unlikened("Hinton-style distillation", vocabulary, people).split() == ["distillation"]
    said = unlikened("like OpenAI's CLIP, images", vocabulary, people)
    assert "OpenAI" not in said and "CLIP" not in said and "images" in said
    assert "BERT" in unlikened("Google's BERT for one domain", vocabulary, people)
    assert "Google" not in unlikened("Google's BERT for one domain", vocabulary, people)
    # an author's, a word of the papers, a name alone, an example given: kept
    assert "Wang" in unlikened("Wang's distillation", vocabulary, people, {"distillation"})
    assert unlikened("anything like Kubernetes", vocabulary, people) == "anything like Kubernetes"
    assert "medicine" in unlikened("BERT for a field like medicine", vocabulary, people)
    assert "Alzheimer" in unlikened("Alzheimer's detection", vocabulary, people, {"distillation"})
    # a quote closed after a word is no possessive; an acronym after 'like' may be the subject
    assert "KG" in unlikened("the 'irrelevant knowledge from the KG' problem", vocabulary, people)
    assert "GPT" in unlikened("distillation compared to models like GPT", vocabulary, people)
    # an acronym before '-style' names a method, not someone
    assert "GNN-style" in unlikened("GNN-style distillation", vocabulary, people)
    assert "rl-style" in unlikened("rl-style distillation", vocabulary, people)
    # a name built on one the papers use is an example of their own kind
    assert "BioBERT" in unlikened("BERTs the way BioBERT did", vocabulary, people)


@pytest.mark.parametrize(
    ("question", "category", "expected"),
    [
        (
            "that nlp thing of hers from autumn 23, which was it?",
            "CL",
            {"Learning Knowledge-Enhanced Contextual"},
        ),
        ("which cv paper came out in summer 23", "CV", {"Valley:", "FashionLOGO:"}),
        ("the lg stuff from fall 25?", "LG", {"RainSeer:", "K-frames:"}),
        (
            "What CV paper did Qiu publish in summer 2023, I think?",
            "CV",
            {"Valley:", "FashionLOGO:"},
        ),
        (
            "their ML papers of autumn 2025, if I remember correctly?",
            "LG",
            {"RainSeer:", "K-frames:"},
        ),
    ],
)
def test_a_vague_reference_by_field_and_season_gives_that_windows_papers(
    bundled_assistant: Assistant, question: str, category: str, expected: set[str]
) -> None:
    answer = bundled_assistant.ask(question)
    papers = [p for p in bundled_assistant.profile.papers if p.title in cited(answer)]
    assert not answer.abstained, (question, answer.text[:80])
    assert all(p.category == category for p in papers), (question, short(cited(answer)))
    for start in expected:
        assert any(p.title.startswith(start) for p in papers), (question, short(cited(answer)))


@pytest.mark.parametrize(
    ("said", "start", "end"),
    [
        ("spring 25", dt.date(2025, 3, 1), dt.date(2025, 5, 31)),
        ("from h1 24, which one?", dt.date(2024, 1, 1), dt.date(2024, 6, 30)),
        ("the quietest Q3 21", dt.date(2021, 7, 1), dt.date(2021, 9, 30)),
        ("autumn 23, which was it", dt.date(2023, 9, 1), dt.date(2023, 11, 30)),
    ],
)
def test_a_part_of_a_year_with_two_bare_digits_is_of_that_year(
    said: str, start: dt.date, end: dt.date
) -> None:
    dates, _ = read_dates(said, REF)
    assert dates is not None and (dates.start, dates.end) == (start, end), dates


def test_a_season_alone_or_before_a_count_is_still_of_any_year() -> None:
    for said in ["in the spring, 25 papers?", "papers in spring with 25 citations"]:
        dates, _ = read_dates(said, REF)
        assert dates is not None and dates.months == [3, 4, 5], (said, dates)
