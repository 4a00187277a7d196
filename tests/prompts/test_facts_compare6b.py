"""Papers named by what a question types: a title's leading words or an acronym spelled out,
a one-word name typed low beside another name, and a comparison's side that names no paper.

A paper without a short name goes by its title's leading words ('Learning to Augment'), and
one with an acronym by the words its abstract spells it out as ('Meta Fine-Tuning (MFT)'); an
ordinary word that is a paper's name ('valley') names it when paired with another paper's
name; a comparison that finds only one side says which name it did not find. Each need is
asked as a family of phrasings (casual, formal, typo, he/she/they/the name, indirect)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import build_assistant
from prompts import assistant as assistant_module
from prompts.answer.model import Answer
from prompts.assistant import Assistant
from retrieval.index import cache as cache_module
from retrieval.index import papers as papers_module
from retrieval.names import named_papers
from tests.conftest import make_settings

PTS = "Unleashing Perception-Time Scaling to Multimodal Reasoning Models"
KEML = "KEML: A Knowledge-Enriched Meta-Learning Framework for Lexical Relation Classification"
UPT = "Towards Unified Prompt Tuning for Few-shot Text Classification"
DGRC = (
    "From Atoms to Chains: Divergence-Guided Reasoning Curriculum for Unlabeled LLM Domain "
    "Adaptation"
)
CMEDMRC = (
    "Knowledge-Empowered Representation Learning for Chinese Medical Reading Comprehension: "
    "Task, Model and Resources"
)
GCE = "Global Context Enhanced Graph Neural Networks for Session-based Recommendation"
MLADA = "Meta-Learning Adversarial Domain Adaptation Network for Few-Shot Text Classification"
VALLEY = "Valley: Video Assistant with Large Language model Enhanced abilitY"
VALLEY3 = "Valley3: Scaling Omni Foundation Models for E-commerce"
KALEIDO = "Kaleido-BERT: Vision-Language Pre-training on Fashion Domain"
CODA = "CODA: A COst-efficient Test-time Domain Adaptation Mechanism for HAR"
RAINSEER = "RainSeer: Fine-Grained Rainfall Reconstruction via Physics-Guided Modeling"
MERIT = "MERIT: Multilingual Semantic Retrieval with Interleaved Multi-Condition Query"
CURE = "CURE: Critical-Token-Guided Re-Concatenation for Entropy-Collapse Prevention"


def _cited(answer: Answer) -> set[str]:
    return {c.title for c in answer.citations}


# Named by the acronym spelled out ('Perception-Time Scaling' of PTS) or the title's leading
# words ('Knowledge-Empowered Representation Learning for ...'), in any case when 3+ words.
BY_WORDS = [
    ("Compare Perception-Time Scaling and Knowledge-Enriched Meta-Learning", {PTS, KEML}),
    (
        "how does Unified Prompt Tuning differ from Divergence-Guided Reasoning Curriculum?",
        {UPT, DGRC},
    ),
    (
        "whats the diffrence between knowledge-empowered representation learning and global "
        "context enhanced graph neural networks",
        {CMEDMRC, GCE},
    ),
    (
        "I'm curious how her Perception-Time Scaling paper stacks up against Unified Prompt Tuning.",
        {PTS, UPT},
    ),
    (
        "Minghui Qiu's Divergence-Guided Reasoning Curriculum vs Knowledge-Enriched Meta-Learning: what separates them?",
        {DGRC, KEML},
    ),
    (
        "Could they compare Meta-Learning Adversarial Domain Adaptation Network with Perception-Time Scaling?",
        {MLADA, PTS},
    ),
]


@pytest.mark.parametrize(("question", "titles"), BY_WORDS)
def test_a_paper_is_named_by_its_titles_leading_words_or_spelled_acronym(
    bundled_assistant: Assistant, question: str, titles: set[str]
) -> None:
    answer = bundled_assistant.ask(question)
    assert _cited(answer) == titles, answer.text


# The other side of a comparison names no paper of the profile: said, not compared.
ONE_SIDE = [
    ("Compare CODA and GlacierNet", CODA, "GlacierNet"),
    ("how does RainSeer differ from Zephyrix?", RAINSEER, "Zephyrix"),
    (
        "I'm curious how her MERIT paper compares with the PolyGlot Retriever paper",
        MERIT,
        "PolyGlot Retriever",
    ),
    ("whats the diffrence between CURE and EntroFix", CURE, "EntroFix"),
    (
        "Minghui Qiu's Kaleido-BERT versus VisionMatch9: how do they differ?",
        KALEIDO,
        "VisionMatch9",
    ),
]


@pytest.mark.parametrize(("question", "title", "missing"), ONE_SIDE)
def test_a_comparison_finding_one_side_says_which_name_it_did_not_find(
    bundled_assistant: Assistant, question: str, title: str, missing: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert f'No paper named "{missing}"' in answer.text, answer.text
    assert _cited(answer) == {title}, answer.text


def test_a_baseline_the_paper_names_is_no_missing_paper(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("How does SpanProto compare to BERT?")
    assert "No paper named" not in answer.text, answer.text


# 'valley' is an ordinary word; beside another paper's name in a pair it is the paper.
VALLEY_PAIRS = [
    ("who wrote both valley and valley3?", {VALLEY, VALLEY3}),
    ("Which co-authors are shared between valley & valley3", {VALLEY, VALLEY3}),
    ("valley vs kaleido-bert: how do they differ?", {VALLEY, KALEIDO}),
    ("I'm curious who is on valley3 and valley", {VALLEY, VALLEY3}),
    ("compare valley with Kaleido-BERT", {VALLEY, KALEIDO}),
]


@pytest.mark.parametrize(("question", "titles"), VALLEY_PAIRS)
def test_an_ordinary_word_name_typed_low_beside_another_name_is_that_paper(
    bundled_assistant: Assistant, question: str, titles: set[str]
) -> None:
    answer = bundled_assistant.ask(question)
    assert _cited(answer) == titles, answer.text


@pytest.mark.parametrize(
    "text", ["is there a valley in the loss curve of Valley3?", "a valley and a peak in Valley3"]
)
def test_an_ordinary_word_alone_names_no_paper(bundled_assistant: Assistant, text: str) -> None:
    papers = list(bundled_assistant.profile.papers)
    assert [p.title for p in named_papers(text, papers)] == [VALLEY3]


GLACIER = """Ada Example

CL
h-index3
2papers
10citations

2 Papers

CLMar 3, 2021Code
Learning to Forecast Glaciers for Alpine Hydrology

Ada Example, Bo Li

Meltwater matters for rivers. We train a model on satellite images of glaciers and predict their melt a season ahead.

CVJan 20, 2023
Counting Sheep in Drone Images

Cy Chen, Ada Example

Farmers count flocks by hand. We count sheep in drone images with a density map.
"""


def test_names_derived_by_older_code_are_derived_again_when_the_store_opens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store kept by code that derived fewer names: the next open (new code) derives the
    names again from the kept papers, without a re-ingest."""
    profile = tmp_path / "ada.txt"
    profile.write_text(GLACIER, encoding="utf-8")
    settings = make_settings(tmp_path / "data", profile)
    question = "who wrote learning to forecast glaciers?"
    with monkeypatch.context() as old:
        old.setattr(assistant_module, "_CLASSIFIERS", {})
        old.setattr(papers_module, "aliases", lambda paper: [paper.title])  # the old names
        old.setattr(cache_module, "code_fingerprint", lambda package: "old code")
        before = build_assistant(settings)
        assert before.understand(question)[0].paper_ids == []
    monkeypatch.setattr(assistant_module, "_CLASSIFIERS", {})
    after = build_assistant(settings)
    glacier = next(p for p in after.profile.papers if p.title.startswith("Learning to"))
    assert after.understand(question)[0].paper_ids == [glacier.id]
    assert after.ask(question).citations[0].title == glacier.title
