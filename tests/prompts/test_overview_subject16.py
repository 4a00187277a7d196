"""An overview asked of a subject ('qiu + e-commerce overview?', 'RL line - overview pls') is
about that subject's papers, not the profile's header: the word 'overview' alone reads as the
header, so the subject left once it is set aside decides, when the search finds papers on it.
Controls: an overview of nothing narrower, or of the profile's numbers, is still the header;
a subject no paper is on is not answered with papers."""

from __future__ import annotations

import pytest

from prompts.assistant import Assistant

# (title words of the subject's papers, one of which the answer must cite; phrasings): casual,
# formal, typo, he/she/they/the name, indirect; each read as the header before
FAMILIES = [
    (
        ("Valley3", "Valley2", "Learning to Expand", "FashionLOGO", "Kaleido-BERT"),
        [
            "qiu + e-commerce overview?",
            "e-commerce overview for her, please",
            "Minghui Qiu: an overview of the e-commerce side?",
            "ecommerce overview pls, they do a lot of it right?",
            "Could I get an overview - his online shopping and product research?",
        ],
    ),
    (
        ("Meta-KD", "HRKD", "Learning to Augment"),
        [
            "knowledge distillation overview for qiu?",
            "Overview: her knowledge-distillation line",
            "quick overview - model compression by distillation, his take?",
            "their knowledge distilation overview pls",
            "Minghui Qiu knowledge distillation: overview?",
        ],
    ),
    (
        ("RainSeer", "Seeing Inside the Storm"),
        [
            "rainfall overview for qiu?",
            "Overview: her precipitation and radar research",
            "weather forecasting overview pls, his side of it",
            "rain nowcasting - overview?",
            "Minghui Qiu and rainfall: an overview?",
        ],
    ),
    (
        ("R1-ShareVL", "Reinforced MLLM", "GThinker"),
        [
            "rl in his work over the years - overview?",
            "multimodal reasoning line - overview pls",
            "Overview: RL and reasoning for MLLMs in her list?",
            "reinforcement lerning for multimodal models, overview?",
            "Minghui Qiu, reinforcement learning for reasoning: overview",
        ],
    ),
]


# 'e-comerce' is not mended to the papers' 'e-commerce' in any topic question ('his e-comerce
# stuff?' declines too): the spelling, not the overview, is what fails
MISSPELT = pytest.param(
    FAMILIES[0][0],
    "overview of the e-comerce stuff?",
    marks=pytest.mark.xfail(strict=True, reason="'e-comerce' is not mended"),
    id="overview of the e-comerce stuff?",
)


@pytest.mark.parametrize(
    ("cited", "question"),
    [pytest.param(title, q, id=q) for title, phrasings in FAMILIES for q in phrasings] + [MISSPELT],
)
def test_a_subjects_overview_lists_its_papers(
    bundled_assistant: Assistant, cited: tuple[str, ...], question: str
) -> None:
    answer = bundled_assistant.ask(question)
    assert not answer.abstained, answer.text
    assert any(t in c.title for c in answer.citations for t in cited), answer.text
    assert "h-index" not in answer.text  # not the header


# Controls: nothing narrower than the profile (the header, with its h-index), or a subject no
# paper is on (no paper cited)
HEADER = ["qiu stats overview?", "overview pls", "Profile overview: Minghui Qiu"]
HEADER += ["give me an overview of qiu", "Overview of Minghui Qiu's profile please"]
ABSENT = ["quantum computing overview for qiu?", "Overview: her protein folding research"]
ABSENT += ["blockchain overview, his papers?"]


@pytest.mark.parametrize(
    ("question", "header"), [*((q, True) for q in HEADER), *((q, False) for q in ABSENT)]
)
def test_an_overview_of_no_subject_the_papers_hold_keeps_its_reading(
    bundled_assistant: Assistant, question: str, header: bool
) -> None:
    text, cited = (answer := bundled_assistant.ask(question)).text, answer.citations
    assert ("h-index 34" in text) if header else not cited, text
