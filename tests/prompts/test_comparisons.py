"""Comparisons asked as new users ask them, papers named loosely or by description, and fact
questions answered by the sentence that states the kind of thing asked (bundled profile).

Each family is one need asked several ways: casual, formal, lower case or a typo, he/she/they,
indirect ('I'm curious ...')."""

from __future__ import annotations

import pytest

from prompts.answer.model import Answer
from prompts.assistant import Assistant

COMPARED = "Compared from their abstracts: "


def compared(answer: Answer) -> str:
    """The comparison's heading ('Valley2 [1] vs Valley3 [2]'), or '' when none was given."""
    first = answer.text.splitlines()[0]
    return first.removeprefix(COMPARED) if first.startswith(COMPARED) else ""


VALLEY2_VALLEY3 = [
    "whats the diff between valley 2 and valley 3",
    "valley2 vs valley3?",
    "How does Valley2 differ from Valley3?",
    "I'm curious what changed between valley 2 and valley 3.",
    "what's the difference between her valley 2 and valley 3 models",
    "whats the diffrence btween valley 2 and valley 3",
]


@pytest.mark.parametrize("question", VALLEY2_VALLEY3)
def test_names_typed_in_lower_case_or_with_a_space_are_compared(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    # 'valley 2' is Valley2, not the first Valley as well
    assert compared(answer) == "Valley2 [1] vs Valley3 [2]", answer.text[:120]
    assert [c.title.split(":")[0] for c in answer.citations] == ["Valley2", "Valley3"]


META_KD_HRKD = [
    "meta-kd vs hrkd?",
    "How do Meta-KD and HRKD each compress language models?",
    "Meta-KD or HRKD: which one uses meta-learning?",
    "hrkd and meta-kd, how are they different",
    "I'm curious how he approached compression in Meta-KD and HRKD respectively.",
]


@pytest.mark.parametrize("question", META_KD_HRKD)
def test_comparisons_asked_in_other_words(bundled_assistant: Assistant, question: str) -> None:
    answer = bundled_assistant.ask(question)
    assert set(compared(answer).split(" vs ")) == {"Meta-KD [1]", "HRKD [2]"} or set(
        compared(answer).split(" vs ")
    ) == {"Meta-KD [2]", "HRKD [1]"}, answer.text[:120]
    assert {c.title.split(":")[0] for c in answer.citations} == {"Meta-KD", "HRKD"}


DESCRIBED = [
    ("How do the two logo papers differ?", {"FashionLOGO", "Logo-VGR"}),
    ("Compare the two medical papers.", {"SMedBERT", "CMedMRC"}),
    ("compare both medical papers pls", {"SMedBERT", "CMedMRC"}),
    ("compare the two sesion-based recomendation papers", {"GCE-GNN", "SRGI"}),
    ("How does the rainfall paper differ from the nowcasting paper?", {"RainSeer", "Seeing"}),
    ("the fundus disease paper vs SMedBERT - differences?", {"RetiZero", "SMedBERT"}),
    (
        "I'm curious how Meta Fine-Tuning Neural Language Models compares with Meta-Learning "
        "Siamese Network.",
        {"MFT", "Meta-SN"},
    ),
]


@pytest.mark.parametrize(("question", "names"), DESCRIBED)
def test_papers_named_by_description_or_title_are_compared(
    bundled_assistant: Assistant, question: str, names: set[str]
) -> None:
    answer = bundled_assistant.ask(question)
    heading = compared(answer)
    assert heading, answer.text[:120]
    assert len(answer.citations) == 2
    assert all(any(n in part for part in heading.split(" vs ")) for n in names), heading


NOT_COMPARISONS = [
    "Which came later, Valley2 or Valley3?",
    "Do Valley and Valley2 have code?",
    "Which papers are about session-based recommendation?",
    "how many papers did she publish each year?",
]


@pytest.mark.parametrize("question", NOT_COMPARISONS)
def test_other_questions_naming_two_papers_are_not_compared(
    bundled_assistant: Assistant, question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not compared(answer), answer.text[:120]
    assert answer.citations


DESCRIBED_METADATA = [
    ("What category is the fashion logo embeddings paper in?", "CV (Computer Vision)"),
    ("whats the category of the rainfall reconstruction paper", "LG (Machine Learning)"),
    ("what catgory is the rainfall reconstructon paper in", "LG (Machine Learning)"),
    ("When did the rainfall reconstruction paper come out?", "2025-10-02"),
    ("I'm curious who wrote the fundus disease paper.", "Meng Wang"),
    ("does the knowledge prompting paper have code", "no code"),
]


@pytest.mark.parametrize(("question", "said"), DESCRIBED_METADATA)
def test_a_paper_named_by_description_answers_about_that_paper(
    bundled_assistant: Assistant, question: str, said: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert said in answer.text, answer.text[:200]
    assert len(answer.citations) == 1


FACTS = [
    ("Which vision encoder does Valley use?", "ViT-L/14"),
    ("what model did the OCR hallucination paper build on?", "Qwen2.5-VL"),
    ("Seeing is Believing was tested with which base model?", "Qwen2.5-VL"),
    ("which LLM did they train CURE on", "Qwen-2.5-Math-7B"),
    ("I'm curious what backbone the CURE experiments used.", "Qwen-2.5-Math-7B"),
    ("How many diseases does RetiZero know about?", "more than 400 fundus diseases"),
    ("retizero spans how many diseases", "more than 400 fundus diseases"),
    ("how many diseses does retizero cover", "more than 400 fundus diseases"),
    ("how many fundus images were used to pretrain RetiZero", "341,896 fundus images"),
    ("mmlongcite covers how many context length intervals?", "6 context length intervals"),
    ("meteologist was benchmarked on what data?", "3D-NEXRAD"),
    ("what size is the vfaith benchmark", "755 entries"),  # a size asked, not the data's name
    (
        "I'm curious which dataset the nowcasting work with meteorological drivers used.",
        "3D-NEXRAD",
    ),
]


@pytest.mark.parametrize(("question", "stated"), FACTS)
def test_a_fact_is_answered_by_the_sentence_stating_the_kind_asked(
    bundled_assistant: Assistant, question: str, stated: str
) -> None:
    answer = bundled_assistant.ask(question)
    first = answer.text.split("[1]")[0]  # the first sentence quoted states it
    assert stated in first, answer.text[:300]
    assert len(answer.citations) == 1


def test_a_count_asked_about_results_quotes_the_results(bundled_assistant: Assistant) -> None:
    answer = bundled_assistant.ask("On how many diseases was RetiZero's zero-shot accuracy tested?")
    assert "15 diseases" in answer.text.split("[1]")[0], answer.text[:300]
